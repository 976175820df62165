import Foundation

/// The indentation-aware tokenizer: turns a cell's source into tokens, CPython 3.11's way.
///
/// It works over an array of Unicode scalars (newlines normalized to `\n`), so every step is
/// O(1) and columns are counted in scalars. The whole source is tokenized before parsing:
/// CPython reports the first tokenizer error of a source in preference to any parser error,
/// which tokenizing up front reproduces.
struct Lexer {
    /// CPython's `MAXLEVEL`: brackets nest at most this deep.
    static let maximumBracketDepth = 200
    /// CPython's `MAXINDENT`: at most this many indentation levels (the base level included).
    static let maximumIndentLevels = 100

    /// A bracket that is open at the current position.
    struct OpenBracket: Equatable {
        /// `(`, `[` or `{`.
        var character: Unicode.Scalar
        /// Where it stands.
        var location: SourceLocation
    }

    /// The source, newlines normalized.
    let text: [Unicode.Scalar]
    /// The index of the next scalar to read.
    var pos = 0
    /// The current 1-based line.
    var line: Int
    /// The index at which the current line starts (negative for a fragment that starts mid-line,
    /// so that columns come out right).
    var lineStart: Int
    /// Whether this is the expression of an f-string replacement field: tokenized as if inside
    /// parentheses, so newlines join lines and indentation means nothing.
    let isFragment: Bool
    var stream = TokenStream()
    var indents: [Int] = [0]
    var altIndents: [Int] = [0]
    var brackets: [OpenBracket] = []
    /// Whether the current logical line has produced a token (so needs a NEWLINE).
    var lineHasContent = false

    /// Prepares to tokenize a whole cell.
    init(_ source: String) {
        self.init(scalars: Lexer.normalizedScalars(source), line: 1, column: 1, isFragment: false)
    }

    /// Prepares to tokenize scalars that start at a given location.
    init(scalars: [Unicode.Scalar], line: Int, column: Int, isFragment: Bool) {
        self.text = scalars
        self.line = line
        self.lineStart = 1 - column
        self.isFragment = isFragment
    }

    /// The source's scalars with `\r\n` and lone `\r` turned into `\n`, as CPython reads them.
    static func normalizedScalars(_ source: String) -> [Unicode.Scalar] {
        // ASCII without carriage returns, the usual case, converts byte by byte.
        let ascii = source.utf8.withContiguousStorageIfAvailable { bytes -> [Unicode.Scalar]? in
            var result: [Unicode.Scalar] = []
            result.reserveCapacity(bytes.count)
            for byte in bytes {
                if byte >= 128 || byte == 13 { return nil }
                result.append(Unicode.Scalar(byte))
            }
            return result
        }
        if let ascii, let scalars = ascii { return scalars }
        if !source.utf8.contains(13) { return Array(source.unicodeScalars) }
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(source.utf8.count)
        var previousWasReturn = false
        for scalar in source.unicodeScalars {
            if scalar == "\r" {
                result.append("\n")
                previousWasReturn = true
                continue
            }
            if scalar == "\n" && previousWasReturn {
                previousWasReturn = false
                continue
            }
            previousWasReturn = false
            result.append(scalar)
        }
        return result
    }

    // MARK: - Reading

    /// The index of the first scalar at or after `start` that fails `predicate` (or the end):
    /// the fast path of every long scan (names, comments, string bodies).
    @inline(__always)
    static func scan(
        _ text: [Unicode.Scalar], from start: Int, while predicate: (Unicode.Scalar) -> Bool
    ) -> Int {
        text.withUnsafeBufferPointer { buffer in
            var index = start
            while index < buffer.count && predicate(buffer[index]) { index += 1 }
            return index
        }
    }

    /// The scalar at `pos + offset`, or `nil` past the end.
    @inline(__always)
    func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let index = pos + offset
        return index >= 0 && index < text.count ? text[index] : nil
    }

    /// The 1-based column of the scalar at `index` on the current line.
    @inline(__always)
    func column(of index: Int) -> Int { index - lineStart + 1 }

    /// The location of the scalar at `index` on the current line.
    @inline(__always)
    func location(of index: Int) -> SourceLocation {
        SourceLocation(line: line, column: column(of: index))
    }

    /// Moves past a newline at `pos`.
    @inline(__always)
    mutating func consumeNewline() {
        pos += 1
        line += 1
        lineStart = pos
    }

    /// A tokenizer error whose caret is at the scalar just before `index` (CPython's `cur`).
    func error(_ message: String, before index: Int, kind: SyntaxError.Kind = .syntaxError)
        -> SyntaxError
    {
        SyntaxError(kind, message, line: line, column: index - lineStart)
    }

    /// Appends a token that started at `startIndex` on line `startLine` whose line began at
    /// `startLineStart`.
    @inline(__always)
    mutating func emit(_ kind: TokenKind, from start: SourceLocation, payload: Int = -1) {
        stream.tokens.append(
            Token(kind: kind, payload: Int32(payload), start: start, end: location(of: pos)))
        lineHasContent = true
    }

    /// Appends a name token.
    mutating func emitName(_ name: String, from start: SourceLocation) {
        stream.names.append(name)
        emit(.name, from: start, payload: stream.names.count - 1)
    }

    /// Appends a number token.
    mutating func emitNumber(_ value: Constant, from start: SourceLocation) {
        stream.numbers.append(value)
        emit(.number, from: start, payload: stream.numbers.count - 1)
    }

    /// Appends a string token.
    mutating func emitString(_ literal: StringLiteralToken, from start: SourceLocation) {
        stream.strings.append(literal)
        emit(.string, from: start, payload: stream.strings.count - 1)
    }

    // MARK: - The main loop

    /// Tokenizes the whole text.
    ///
    /// Tokenizing stops at the first error, which the stream keeps
    /// (see `TokenStream.deferredError`): the parser decides whether it is reported.
    mutating func tokenize() -> TokenStream {
        do throws(SyntaxError) {
            try scanTokens()
        } catch {
            stopAtError(error, overridesParserErrors: true)
        }
        return stream
    }

    /// The main loop; errors that CPython reports only when the parser reaches them stop it
    /// here, the others are thrown.
    private mutating func scanTokens() throws(SyntaxError) {
        var atLineStart = !isFragment
        while true {
            if atLineStart {
                atLineStart = false
                do throws(SyntaxError) {
                    try handleIndentation()
                } catch {
                    stopAtError(error, overridesParserErrors: false)
                    return
                }
            }
            while let c = peek(), c == " " || c == "\t" || c == "\u{0C}" {
                pos += 1
            }
            guard let c = peek() else { break }
            switch c {
            case "#":
                pos = Lexer.scan(text, from: pos) { $0 != "\n" }
            case "\n":
                let start = location(of: pos)
                if brackets.isEmpty && lineHasContent && !isFragment {
                    stream.tokens.append(
                        Token(kind: .newline, start: start, end: location(of: pos + 1)))
                    lineHasContent = false
                }
                consumeNewline()
                atLineStart = brackets.isEmpty && !isFragment
            case "\\":
                do throws(SyntaxError) {
                    try lexContinuation()
                } catch {
                    stopAtError(error, overridesParserErrors: false)
                    return
                }
            case "0"..."9":
                try lexNumber()
            case ".":
                if let d = peek(1), d.value >= 48, d.value <= 57 {
                    try lexNumber()
                } else {
                    try lexOperator(c)
                }
            case "'", "\"":
                try lexString(prefixStart: pos, isRaw: false, isFormatted: false)
            default:
                if Lexer.isIdentifierStart(c) {
                    try lexNameOrPrefixedString()
                } else {
                    try lexOperator(c)
                }
            }
        }
        try finish()
    }

    /// Ends the stream at a tokenizer error.
    ///
    /// Tokenizing stops there, as in CPython.
    ///
    /// Most tokenizer errors replace any parser error (CPython tokenizes the rest of the source
    /// after a parser error to look for them); indentation errors and stray backslashes are
    /// reported only when the parser reaches them.
    mutating func stopAtError(_ error: SyntaxError, overridesParserErrors: Bool) {
        let here = location(of: min(pos, text.count))
        stream.deferredError = error
        stream.errorOverridesParser = overridesParserErrors
        stream.tokens.append(Token(kind: .deferredError, start: here, end: here))
        stream.tokens.append(Token(kind: .endOfInput, start: here, end: here))
    }

    /// Emits the tokens that end the source: NEWLINE, DEDENTs and the end marker.
    mutating func finish() throws(SyntaxError) {
        let here = location(of: pos)
        if !brackets.isEmpty || isFragment {
            stream.tokens.append(Token(kind: .endOfInput, start: here, end: here))
            return
        }
        if lineHasContent {
            stream.tokens.append(Token(kind: .newline, start: here, end: here))
            lineHasContent = false
        }
        // CPython places the end of the source just past the last line's text.
        var endLocation = here
        if text.last == "\n" && !text.isEmpty {
            var lineBegin = text.count - 1
            while lineBegin > 0 && text[lineBegin - 1] != "\n" { lineBegin -= 1 }
            endLocation = SourceLocation(line: line - 1, column: text.count - lineBegin)
        }
        while indents.count > 1 {
            indents.removeLast()
            stream.tokens.append(Token(kind: .dedent, start: endLocation, end: endLocation))
        }
        stream.tokens.append(Token(kind: .endOfInput, start: endLocation, end: endLocation))
    }

    /// Measures the indentation of a new line and emits INDENT/DEDENT tokens, with CPython's
    /// tab rules (tabs to multiples of 8, checked against tabs counted as 1).
    mutating func handleIndentation() throws(SyntaxError) {
        var col = 0
        var altCol = 0
        while let c = peek() {
            if c == " " {
                col += 1
                altCol += 1
            } else if c == "\t" {
                col = (col / 8 + 1) * 8
                altCol += 1
            } else if c == "\u{0C}" {
                col = 0
                altCol = 0
            } else {
                break
            }
            pos += 1
        }
        guard let c = peek(), c != "#", c != "\n" else { return }
        let here = location(of: pos)
        let indentWidth = pos - lineStart
        let current = indents.last ?? 0
        let currentAlt = altIndents.last ?? 0
        if col == current {
            if altCol != currentAlt { throw tabError() }
        } else if col > current {
            if indents.count >= Lexer.maximumIndentLevels {
                throw SyntaxError(
                    .indentationError, "too many levels of indentation", line: line, column: 1)
            }
            if altCol <= currentAlt { throw tabError() }
            indents.append(col)
            altIndents.append(altCol)
            stream.tokens.append(
                Token(
                    kind: .indent, start: SourceLocation(line: line, column: indentWidth),
                    end: here))
        } else {
            if !indents.contains(col) {
                var end = pos
                while end < text.count && text[end] != "\n" { end += 1 }
                throw SyntaxError(
                    .indentationError, "unindent does not match any outer indentation level",
                    line: line, column: end - lineStart + 1)
            }
            while let last = indents.last, indents.count > 1, col < last {
                indents.removeLast()
                altIndents.removeLast()
                stream.tokens.append(Token(kind: .dedent, start: here, end: here))
            }
            if col != indents.last {
                var end = pos
                while end < text.count && text[end] != "\n" { end += 1 }
                throw SyntaxError(
                    .indentationError, "unindent does not match any outer indentation level",
                    line: line, column: end - lineStart + 1)
            }
            if altCol != altIndents.last { throw tabError() }
        }
    }

    /// CPython's TabError, whose caret stands at the start of the line.
    func tabError() -> SyntaxError {
        SyntaxError(
            .tabError, "inconsistent use of tabs and spaces in indentation", line: line, column: 1)
    }

    /// A backslash outside a string: it must end the line, which joins the next one.
    mutating func lexContinuation() throws(SyntaxError) {
        let backslash = pos
        guard let next = peek(1) else {
            throw SyntaxError(
                "unexpected EOF while parsing", line: line, column: column(of: pos) + 1)
        }
        if next != "\n" {
            throw error(
                "unexpected character after line continuation character", before: backslash + 2)
        }
        let backslashColumn = column(of: backslash)
        let backslashLine = line
        pos += 1
        consumeNewline()
        if peek() == nil {
            throw SyntaxError(
                "unexpected EOF while parsing", line: backslashLine, column: backslashColumn + 1)
        }
    }

    // MARK: - Names

    /// Whether a scalar may start an identifier (non-ASCII ones are checked afterwards).
    @inline(__always)
    static func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 97 && v <= 122) || (v >= 65 && v <= 90) || v == 95 || v >= 128
    }

    /// Whether a scalar may continue an identifier (non-ASCII ones are checked afterwards).
    @inline(__always)
    static func isIdentifierContinue(_ c: Unicode.Scalar) -> Bool {
        isIdentifierStart(c) || (c.value >= 48 && c.value <= 57)
    }

    /// The reserved words by spelling.
    static let keywords: [String: Keyword] = {
        var table: [String: Keyword] = [:]
        for keyword in Keyword.allCases { table[keyword.rawValue] = keyword }
        return table
    }()

    /// Lexes an identifier, a keyword, or a prefixed string such as `rf"..."`.
    mutating func lexNameOrPrefixedString() throws(SyntaxError) {
        let start = pos
        var hasNonASCII = false
        pos = Lexer.scan(text, from: pos) { c in
            if c.value >= 128 { hasNonASCII = true }
            return Lexer.isIdentifierContinue(c)
        }
        if let quote = peek(), quote == "'" || quote == "\"", pos - start <= 2,
            let prefix = StringPrefix(text[start..<pos])
        {
            if prefix.isBytes {
                throw SyntaxError(
                    "bytes literals are not supported in lit cells", at: location(of: start))
            }
            try lexString(prefixStart: start, isRaw: prefix.isRaw, isFormatted: prefix.isFormatted)
            return
        }
        if hasNonASCII { try verifyIdentifier(from: start) }
        var spelling = ScalarText.string(text[start..<pos])
        // Python compares identifiers after NFKC normalization (`ﬁ` is `fi`).
        if hasNonASCII { spelling = spelling.precomposedStringWithCompatibilityMapping }
        let startLocation = location(of: start)
        // Every keyword has 2 to 8 letters and starts with a lowercase letter, `F`, `N` or `T`:
        // most names skip the table.
        let first = text[start].value
        let mayBeKeyword =
            pos - start >= 2 && pos - start <= 8
            && ((first >= 97 && first <= 122) || first == 70 || first == 78 || first == 84)
        if mayBeKeyword, let keyword = Lexer.keywords[spelling] {
            emit(.keyword(keyword), from: startLocation)
        } else {
            emitName(spelling, from: startLocation)
        }
    }

    /// Checks the non-ASCII characters of the identifier that ends at `pos`.
    func verifyIdentifier(from start: Int) throws(SyntaxError) {
        for index in start..<pos {
            let c = text[index]
            guard c.value >= 128 else { continue }
            let valid =
                index == start ? c.properties.isXIDStart : c.properties.isXIDContinue
            if !valid {
                throw Lexer.invalidCharacter(c, at: location(of: index))
            }
        }
    }

    /// CPython's message for a character that cannot appear in Python source.
    static func invalidCharacter(_ c: Unicode.Scalar, at location: SourceLocation) -> SyntaxError {
        let hex = String(c.value, radix: 16, uppercase: true)
        let code = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        if isPrintable(c) {
            return SyntaxError("invalid character '\(Character(c))' (U+\(code))", at: location)
        }
        return SyntaxError("invalid non-printable character U+\(code)", at: location)
    }

    /// Python's `str.isprintable` for one character.
    static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        if c == " " { return true }
        switch c.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator,
            .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    // MARK: - Operators

    /// Lexes an operator or delimiter starting with `c`, tracking brackets.
    mutating func lexOperator(_ c: Unicode.Scalar) throws(SyntaxError) {
        let start = location(of: pos)
        let next = peek(1)
        let third = peek(2)
        let op: Punctuator
        var length = 1
        switch c {
        case "(", "[", "{":
            if brackets.count >= Lexer.maximumBracketDepth {
                throw error("too many nested parentheses", before: pos + 1)
            }
            brackets.append(OpenBracket(character: c, location: start))
            op = c == "(" ? .leftParen : c == "[" ? .leftBracket : .leftBrace
        case ")", "]", "}":
            guard let open = brackets.popLast() else {
                throw error("unmatched '\(Character(c))'", before: pos + 1)
            }
            let expected: Unicode.Scalar =
                open.character == "(" ? ")" : open.character == "[" ? "]" : "}"
            if c != expected {
                var message =
                    "closing parenthesis '\(Character(c))' does not match opening parenthesis "
                    + "'\(Character(open.character))'"
                if open.location.line != line { message += " on line \(open.location.line)" }
                throw error(message, before: pos + 1)
            }
            op = c == ")" ? .rightParen : c == "]" ? .rightBracket : .rightBrace
        case ",": op = .comma
        case ";": op = .semicolon
        case "~": op = .tilde
        case ".":
            if next == "." && third == "." {
                op = .ellipsis
                length = 3
            } else {
                op = .dot
            }
        case ":":
            (op, length) = next == "=" ? (.walrus, 2) : (.colon, 1)
        case "=":
            (op, length) = next == "=" ? (.equal, 2) : (.assign, 1)
        case "!":
            (op, length) = next == "=" ? (.notEqual, 2) : (.unknown, 1)
        case "+":
            (op, length) = next == "=" ? (.plusAssign, 2) : (.plus, 1)
        case "-":
            (op, length) =
                next == "=" ? (.minusAssign, 2) : next == ">" ? (.arrow, 2) : (.minus, 1)
        case "%":
            (op, length) = next == "=" ? (.percentAssign, 2) : (.percent, 1)
        case "@":
            (op, length) = next == "=" ? (.atAssign, 2) : (.at, 1)
        case "&":
            (op, length) = next == "=" ? (.ampersandAssign, 2) : (.ampersand, 1)
        case "|":
            (op, length) = next == "=" ? (.pipeAssign, 2) : (.pipe, 1)
        case "^":
            (op, length) = next == "=" ? (.caretAssign, 2) : (.caret, 1)
        case "*":
            if next == "*" {
                (op, length) = third == "=" ? (.doubleStarAssign, 3) : (.doubleStar, 2)
            } else {
                (op, length) = next == "=" ? (.starAssign, 2) : (.star, 1)
            }
        case "/":
            if next == "/" {
                (op, length) = third == "=" ? (.doubleSlashAssign, 3) : (.doubleSlash, 2)
            } else {
                (op, length) = next == "=" ? (.slashAssign, 2) : (.slash, 1)
            }
        case "<":
            if next == "<" {
                (op, length) = third == "=" ? (.leftShiftAssign, 3) : (.leftShift, 2)
            } else {
                (op, length) = next == "=" ? (.lessEqual, 2) : (.less, 1)
            }
        case ">":
            if next == ">" {
                (op, length) = third == "=" ? (.rightShiftAssign, 3) : (.rightShift, 2)
            } else {
                (op, length) = next == "=" ? (.greaterEqual, 2) : (.greater, 1)
            }
        default:
            if c.value >= 128 { throw Lexer.invalidCharacter(c, at: start) }
            if !Lexer.isPrintable(c) {
                throw Lexer.invalidCharacter(c, at: start)
            }
            op = .unknown
        }
        pos += length
        emit(.op(op), from: start)
    }
}

/// The letters before a string's opening quote.
struct StringPrefix {
    var isRaw = false
    var isFormatted = false
    var isBytes = false

    /// Parses a prefix of up to two letters, or fails when the letters are no string prefix.
    init?(_ letters: ArraySlice<Unicode.Scalar>) {
        var unicode = false
        for letter in letters {
            switch letter {
            case "r", "R":
                if isRaw { return nil }
                isRaw = true
            case "f", "F":
                if isFormatted { return nil }
                isFormatted = true
            case "b", "B":
                if isBytes { return nil }
                isBytes = true
            case "u", "U":
                if unicode { return nil }
                unicode = true
            default:
                return nil
            }
        }
        if unicode && letters.count > 1 { return nil }
        if isBytes && isFormatted { return nil }
    }
}
