import Foundation

/// The lines of a file's bytes, numbered as cmark numbers them: a line ends at `\n`, `\r\n` or
/// a lone `\r`, and a UTF-8 byte order mark at the start is not part of line 1's content.
struct SourceLines: Hashable, Sendable {
    /// The byte offset where each line starts (`starts[0]` is line 1, after any BOM).
    private let starts: [Int]
    /// The byte offset where each line's content ends, before its line ending.
    private let ends: [Int]
    /// The offset after each line's line ending (the next line's start).
    private let nexts: [Int]

    /// Splits `bytes` into lines; `memchr` finds the line feeds, and only files that hold a
    /// carriage return take the byte-by-byte path.
    init(_ bytes: [UInt8]) {
        var starts: [Int] = []
        var ends: [Int] = []
        var nexts: [Int] = []
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let count = buffer.count
            let hasBOM =
                count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF
            var start = hasBOM ? 3 : 0
            let estimate = count / 32 + 16
            starts.reserveCapacity(estimate)
            ends.reserveCapacity(estimate)
            nexts.reserveCapacity(estimate)
            if memchr(base, 0x0D, count) == nil {
                while start < count,
                    let found = memchr(base + start, 0x0A, count - start)
                {
                    let index = base.distance(
                        to: found.assumingMemoryBound(to: UInt8.self))
                    starts.append(start)
                    ends.append(index)
                    nexts.append(index + 1)
                    start = index + 1
                }
            } else {
                var index = start
                while index < count {
                    let byte = buffer[index]
                    guard byte == 0x0A || byte == 0x0D else {
                        index += 1
                        continue
                    }
                    var next = index + 1
                    if byte == 0x0D, next < count, buffer[next] == 0x0A { next += 1 }
                    starts.append(start)
                    ends.append(index)
                    nexts.append(next)
                    start = next
                    index = next
                }
            }
            if start < count {
                starts.append(start)
                ends.append(count)
                nexts.append(count)
            }
        }
        self.starts = starts
        self.ends = ends
        self.nexts = nexts
    }

    /// The number of lines.
    var count: Int { starts.count }

    /// Whether a 1-based line number is in the file.
    func contains(_ line: Int) -> Bool { line >= 1 && line <= starts.count }

    /// The offset where a line's content starts (after the BOM on line 1); clamped to the
    /// file for lines outside it.
    func start(_ line: Int) -> Int {
        guard let last = nexts.last else { return 0 }
        return contains(line) ? starts[line - 1] : (line < 1 ? 0 : last)
    }

    /// The offset where a line's content ends, before its line ending.
    func end(_ line: Int) -> Int {
        guard let last = nexts.last else { return 0 }
        return contains(line) ? ends[line - 1] : (line < 1 ? 0 : last)
    }

    /// The offset after a line's line ending.
    func next(_ line: Int) -> Int {
        guard let last = nexts.last else { return 0 }
        return contains(line) ? nexts[line - 1] : (line < 1 ? 0 : last)
    }

    /// The line's content bytes, without its line ending.
    func content(_ line: Int, in bytes: [UInt8]) -> ArraySlice<UInt8> {
        bytes[start(line)..<end(line)]
    }

    /// The line ending after a line (empty for a last line without one).
    func ending(_ line: Int, in bytes: [UInt8]) -> ArraySlice<UInt8> {
        bytes[end(line)..<next(line)]
    }

    /// Whether a line holds nothing but spaces, tabs and block quote markers `>`: a blank line
    /// inside whatever containers it belongs to.
    func isBlank(_ line: Int, in bytes: [UInt8]) -> Bool {
        content(line, in: bytes).allSatisfy { byte in
            byte == 0x20 || byte == 0x09 || byte == UInt8(ascii: ">")
        }
    }

    /// The first line ending in the file, or `\n` when it has none.
    func firstEnding(in bytes: [UInt8]) -> [UInt8] {
        for line in 1...max(1, count) where contains(line) {
            let ending = self.ending(line, in: bytes)
            if !ending.isEmpty { return Array(ending) }
        }
        return [0x0A]
    }

    /// The 1-based column in characters of a byte offset in a line.
    func column(ofOffset offset: Int, inLine line: Int, in bytes: [UInt8]) -> Int {
        let lineStart = start(line)
        let clamped = min(max(offset, lineStart), bytes.count)
        var column = 1
        for byte in bytes[lineStart..<clamped] where byte & 0xC0 != 0x80 {
            column += 1
        }
        return column
    }
}

extension SourceLines {
    /// The 1-based line that holds a byte offset (the last line for offsets past the end).
    func line(containingOffset offset: Int) -> Int {
        guard count > 0 else { return 1 }
        var low = 1
        var high = count
        while low < high {
            let middle = (low + high + 1) / 2
            if start(middle) <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }
}

/// The byte lengths of the `\n`-terminated lines of a text such as a code block's content.
enum LineLengths {
    /// The length of each line ending in `\n`, without it.
    static func of(_ text: String) -> [Int] {
        var text = text
        return text.withUTF8 { buffer in
            var lengths: [Int] = []
            var start = 0
            guard let base = buffer.baseAddress else { return lengths }
            while start < buffer.count,
                let found = memchr(base + start, 0x0A, buffer.count - start)
            {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                lengths.append(index - start)
                start = index + 1
            }
            return lengths
        }
    }
}
