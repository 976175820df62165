/// String literals: finding where they end. Decoding escapes and f-string fields happens in
/// the parser (see `StringDecoder` and `FormattedStringParser`), as in CPython.
extension Lexer {
    /// Lexes a string whose prefix starts at `prefixStart` and whose quote is at `pos`.
    mutating func lexString(prefixStart: Int, isRaw: Bool, isFormatted: Bool) throws(SyntaxError) {
        let startLocation = location(of: prefixStart)
        let startLineStart = lineStart
        guard let quote = peek() else { return }
        var quoteLength = 1
        if peek(1) == quote && peek(2) == quote {
            quoteLength = 3
        }
        pos += quoteLength
        let bodyStart = pos
        let bodyLocation = location(of: pos)
        var bodyEnd = pos
        while true {
            pos = Lexer.scan(text, from: pos) { $0 != quote && $0 != "\\" && $0 != "\n" }
            guard let c = peek() else {
                throw unterminated(quoteLength, from: startLocation, startLineStart: startLineStart)
            }
            if c == "\n" {
                if quoteLength == 1 {
                    throw unterminated(
                        quoteLength, from: startLocation, startLineStart: startLineStart)
                }
                consumeNewline()
                continue
            }
            if c == "\\" {
                pos += 1
                if let escaped = peek() {
                    if escaped == "\n" {
                        consumeNewline()
                    } else {
                        pos += 1
                    }
                }
                continue
            }
            if c == quote && (quoteLength == 1 || (peek(1) == quote && peek(2) == quote)) {
                bodyEnd = pos
                pos += quoteLength
                break
            }
            pos += 1
        }
        let literal = StringLiteralToken(
            isRaw: isRaw, isFormatted: isFormatted, quoteLength: quoteLength,
            body: Array(text[bodyStart..<bodyEnd]), bodyStart: bodyLocation)
        emitString(literal, from: startLocation)
    }

    /// CPython's error for a string that reaches the end of its line or of the source.
    private func unterminated(_ quoteLength: Int, from start: SourceLocation, startLineStart: Int)
        -> SyntaxError
    {
        // At the end of the source CPython reports the last line read, not the empty one after
        // a final newline.
        var detectedLine = line
        if pos >= text.count && text.last == "\n" && line > start.line { detectedLine -= 1 }
        let kind = quoteLength == 3 ? "triple-quoted string literal" : "string literal"
        return SyntaxError("unterminated \(kind) (detected at line \(detectedLine))", at: start)
    }
}
