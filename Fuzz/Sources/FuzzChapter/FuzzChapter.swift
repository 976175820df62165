import Book

#if canImport(Glibc)
    import Glibc
#endif

/// Fuzzes the chapter reader and writer round trip.
///
/// Any bytes either read as a chapter or fail with a located error. A chapter that reads takes its own recorded outputs back without a changed
/// byte; new outputs (made from the input, backticks and tildes included) are either recorded
/// so that the file reads back with exactly those outputs and the same cells, and recording
/// them again changes nothing, or refused with an error.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzChapter(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let reader = ChapterReader(options: ReadOptions(rendersHTML: size < 4096))
    guard let chapter = try? reader.parse(bytes, path: "fuzz.md") else { return 0 }
    var current: [Int: String] = [:]
    for cell in chapter.cells { current[cell.index] = cell.output?.text ?? "" }
    if let same = try? ChapterWriter.updatedBytes(of: chapter, outputs: current), same != bytes {
        fail("recording the outputs a chapter already holds changed its bytes")
    }
    var outputs: [Int: String] = [:]
    let pieces = ["", "x\n", "```\n", "~~~~\n", "````python\n", "  indented\n", "\n\n", "a\r\nb"]
    for (position, cell) in chapter.cells.enumerated() {
        let seed = Int(bytes[position % max(bytes.count, 1)])
        outputs[cell.index] = pieces[seed % pieces.count] + pieces[(seed / 8) % pieces.count]
    }
    guard let updated = try? ChapterWriter.updatedBytes(of: chapter, outputs: outputs) else {
        return 0
    }
    guard let reread = try? reader.parse(updated, path: "fuzz.md") else {
        fail("the updated chapter does not read")
        return 0
    }
    if reread.cells.map(\.code) != chapter.cells.map(\.code) {
        fail("recording outputs changed the cells' code")
    }
    for cell in reread.cells {
        let expected = outputs[cell.index] ?? ""
        if !OutputText.same(cell.output?.text ?? "", expected) {
            fail("cell \(cell.index) reads back \(String(reflecting: cell.output?.text))")
        }
    }
    if let again = try? ChapterWriter.updatedBytes(of: reread, outputs: outputs), again != updated {
        fail("recording the same outputs twice changed the file the second time")
    }
    return 0
}

/// Reports a finding and ends the process so that libFuzzer keeps the input.
private func fail(_ message: String) {
    print("FuzzChapter: " + message)
    abort()
}
