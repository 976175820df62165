import Syntax

#if canImport(Glibc)
    import Glibc
#endif

/// Fuzzes the lexer and parser: any bytes, read as UTF-8 (invalid bytes replaced), either
/// parse or fail with a `SyntaxError` that points inside the source; nothing crashes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSyntax(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        _ = try parse(source)
    } catch {
        let lines = lineCount(source)
        // CPython reports some errors one line past the end (an unexpected end of input).
        if error.line < 1 || error.line > lines + 1 {
            print("FuzzSyntax: error line \(error.line) outside 1...\(lines + 1): \(error)")
            abort()
        }
    }
    do {
        _ = try parseExpression(source)
    } catch {}
    return 0
}

/// The number of lines, counting `\n`, `\r\n` and a lone `\r` as line ends, as CPython does.
private func lineCount(_ source: String) -> Int {
    var count = 1
    var previous: UInt8 = 0
    for byte in source.utf8 {
        if byte == 0x0A, previous != 0x0D { count += 1 }
        if byte == 0x0D { count += 1 }
        previous = byte
    }
    return count
}
