/// String literals: adjacent literals joined, escapes resolved, f-strings split into parts.
extension Parser {
    /// One string token or several adjacent ones (`'a' f'{b}' "c"`).
    mutating func parseStrings() throws(SyntaxError) -> Expr {
        let start = current.start
        var literals: [StringLiteralToken] = []
        while case .string = current.kind {
            literals.append(stream.string(of: current))
            advance()
        }
        // CPython reports decoding errors at the token after the strings.
        let errorLocation = current.start
        var parts: [FormattedStringPart] = []
        var isFormatted = false
        var childHeight = 0
        for literal in literals {
            if literal.isFormatted {
                isFormatted = true
                var scanner = FormattedStringScanner(
                    literal: literal, errorLocation: errorLocation)
                let (fieldParts, fieldsHeight) = try scanner.parse(with: &self, level: 0)
                childHeight = max(childHeight, fieldsHeight)
                for part in fieldParts { Parser.appendPart(part, to: &parts) }
            } else {
                let text = try decode(literal.body[...], isRaw: literal.isRaw, at: errorLocation)
                Parser.appendPart(.literal(text), to: &parts)
            }
        }
        if !isFormatted {
            var text = ""
            if case .literal(let joined) = parts.first { text = joined }
            return leaf(.constant(.string(text)), at: start)
        }
        return try node(.formattedString(parts), at: start, over: childHeight)
    }

    /// Appends a part, joining it to a literal before it and dropping empty literals.
    static func appendPart(_ part: FormattedStringPart, to parts: inout [FormattedStringPart]) {
        if case .literal(let text) = part {
            if text.isEmpty { return }
            if case .literal(let previous) = parts.last {
                parts[parts.count - 1] = .literal(previous + text)
                return
            }
        }
        parts.append(part)
    }

    /// Resolves escapes, turning a malformed one into a located syntax error.
    func decode(_ body: ArraySlice<Unicode.Scalar>, isRaw: Bool, at location: SourceLocation)
        throws(SyntaxError) -> String
    {
        do throws(StringDecoder.EscapeError) {
            return try StringDecoder.decode(body, isRaw: isRaw)
        } catch {
            throw SyntaxError(error.message, at: location)
        }
    }

    /// Parses the expression of an f-string replacement field from its scalars.
    mutating func parseFieldExpression(_ scalars: [Unicode.Scalar], at location: SourceLocation)
        throws(SyntaxError) -> Expr
    {
        var lexer = Lexer(
            scalars: scalars, line: location.line, column: location.column, isFragment: true)
        var parser = Parser(stream: lexer.tokenize(), unclosedBracket: nil)
        parser.isFormattedField = true
        parser.depth = depth
        parser.bracketLevel = 1
        var expression: Expr
        do throws(SyntaxError) {
            try parser.enter()
            expression = try parser.parseStarNamedExpression()
            if parser.check(.comma) {
                var items = [expression]
                var childHeight = parser.height
                while parser.accept(.comma) {
                    if parser.isAtEnd { break }
                    items.append(try parser.parseStarNamedExpression())
                    childHeight = max(childHeight, parser.height)
                }
                expression = try parser.node(
                    .tuple(items), at: expression.location, over: childHeight)
            }
        } catch {
            throw parser.preferUnclosedBracket(error)
        }
        guard parser.isAtEnd else { throw parser.preferUnclosedBracket(parser.unexpected()) }
        height = parser.height
        return expression
    }
}

/// Splits an f-string body into literal text and replacement fields, with CPython 3.11's
/// rules and messages (`f-string: single '}' is not allowed`, ...).
struct FormattedStringScanner {
    let body: [Unicode.Scalar]
    let isRaw: Bool
    /// Where CPython reports errors of the f-string's structure: the token after the string.
    let errorLocation: SourceLocation
    /// The next scalar to read.
    var index = 0
    /// A location cursor: the location of `cursorIndex` in the source.
    var cursorIndex = 0
    var cursorLine: Int
    var cursorColumn: Int

    init(literal: StringLiteralToken, errorLocation: SourceLocation) {
        self.body = literal.body
        self.isRaw = literal.isRaw
        self.errorLocation = errorLocation
        self.cursorLine = literal.bodyStart.line
        self.cursorColumn = literal.bodyStart.column
    }

    func error(_ message: String) -> SyntaxError {
        SyntaxError(message, at: errorLocation)
    }

    /// The source location of the body scalar at `target` (targets only move forward).
    mutating func location(of target: Int) -> SourceLocation {
        while cursorIndex < target && cursorIndex < body.count {
            if body[cursorIndex] == "\n" {
                cursorLine += 1
                cursorColumn = 1
            } else {
                cursorColumn += 1
            }
            cursorIndex += 1
        }
        return SourceLocation(line: cursorLine, column: cursorColumn)
    }

    /// Parses literal text and fields up to the end of the body or of a format spec.
    ///
    /// Level 0 runs to the end of the body, level 1 up to the `}` that closes a format spec.
    /// Returns the parts and the tallest field's height.
    mutating func parse(with parser: inout Parser, level: Int) throws(SyntaxError) -> (
        [FormattedStringPart], Int
    ) {
        var parts: [FormattedStringPart] = []
        var childHeight = 0
        var literal: [Unicode.Scalar] = []
        func flush(_ literal: inout [Unicode.Scalar], into parts: inout [FormattedStringPart])
            throws(SyntaxError)
        {
            guard !literal.isEmpty else { return }
            let text = try parser.decode(literal[...], isRaw: isRaw, at: errorLocation)
            Parser.appendPart(.literal(text), to: &parts)
            literal.removeAll(keepingCapacity: true)
        }
        while index < body.count {
            let c = body[index]
            if c == "\\" && !isRaw && index + 1 < body.count {
                let next = body[index + 1]
                if next == "N" && index + 2 < body.count && body[index + 2] == "{" {
                    var end = index + 3
                    while end < body.count && body[end] != "}" { end += 1 }
                    end = min(end + 1, body.count)
                    literal.append(contentsOf: body[index..<end])
                    index = end
                    continue
                }
                if next != "{" && next != "}" {
                    literal.append(c)
                    literal.append(next)
                    index += 2
                    continue
                }
                literal.append(c)
                index += 1
                continue
            }
            if c == "{" || c == "}" {
                if level == 0, index + 1 < body.count, body[index + 1] == c {
                    literal.append(c)
                    index += 2
                    continue
                }
                if c == "}" {
                    if level == 0 { throw error("f-string: single '}' is not allowed") }
                    break
                }
                try flush(&literal, into: &parts)
                if level >= 2 { throw error("f-string: expressions nested too deeply") }
                let field = try parseField(with: &parser, level: level)
                childHeight = max(childHeight, parser.height)
                parts.append(.field(field))
                continue
            }
            literal.append(c)
            index += 1
        }
        try flush(&literal, into: &parts)
        return (parts, childHeight)
    }

    /// Parses one `{expression=!conversion:spec}` field; `index` is at its `{`.
    mutating func parseField(with parser: inout Parser, level: Int) throws(SyntaxError)
        -> FormattedField
    {
        index += 1
        let expressionStart = index
        var quote: Unicode.Scalar?
        var quoteLength = 0
        var brackets: [Unicode.Scalar] = []
        scan: while index < body.count {
            let c = body[index]
            if c == "\\" {
                throw error("f-string expression part cannot include a backslash")
            }
            if let open = quote {
                if c == open {
                    if quoteLength == 3 {
                        if index + 2 < body.count && body[index + 1] == open
                            && body[index + 2] == open
                        {
                            index += 3
                            quote = nil
                            continue
                        }
                    } else {
                        quote = nil
                    }
                }
                index += 1
                continue
            }
            let next: Unicode.Scalar? = index + 1 < body.count ? body[index + 1] : nil
            switch c {
            case "'", "\"":
                if next == c && index + 2 < body.count && body[index + 2] == c {
                    quoteLength = 3
                    index += 3
                } else {
                    quoteLength = 1
                    index += 1
                }
                quote = c
                continue
            case "(", "[", "{":
                if brackets.count >= Lexer.maximumBracketDepth {
                    throw error("f-string: too many nested parenthesis")
                }
                brackets.append(c)
            case ")", "]", "}":
                if c == "}" && brackets.isEmpty { break scan }
                guard let open = brackets.popLast() else {
                    throw error("f-string: unmatched '\(Character(c))'")
                }
                let expected: Unicode.Scalar = open == "(" ? ")" : open == "[" ? "]" : "}"
                if c != expected {
                    throw error(
                        "f-string: closing parenthesis '\(Character(c))' does not match opening "
                            + "parenthesis '\(Character(open))'")
                }
            case "#":
                throw error("f-string expression part cannot include '#'")
            case "!", "=", "<", ">", ":":
                if next == "=" && c != ":" {
                    index += 2
                    continue
                }
                if brackets.isEmpty && c != "<" && c != ">" { break scan }
            default:
                break
            }
            index += 1
        }
        if quote != nil { throw error("f-string: unterminated string") }
        if let open = brackets.last { throw error("f-string: unmatched '\(Character(open))'") }
        guard index < body.count else { throw error("f-string: expecting '}'") }
        let expressionEnd = index
        let scalars = Array(body[expressionStart..<expressionEnd])
        if scalars.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{0C}" }) {
            let terminator = body[index]
            if terminator == "}" { throw error("f-string: empty expression not allowed") }
            throw error("f-string: expression required before '\(Character(terminator))'")
        }
        let expressionLocation = location(of: expressionStart)
        let value = try parser.parseFieldExpression(scalars, at: expressionLocation)
        let valueHeight = parser.height
        var field = FormattedField(value: value)
        if body[index] == "=" {
            index += 1
            while index < body.count,
                body[index] == " " || body[index] == "\t" || body[index] == "\n"
            {
                index += 1
            }
            field.debugText = ScalarText.string(body[expressionStart..<index])
            guard index < body.count else { throw error("f-string: expecting '}'") }
        }
        if body[index] == "!" {
            index += 1
            guard index < body.count else { throw error("f-string: expecting '}'") }
            let conversion = body[index]
            index += 1
            guard conversion == "s" || conversion == "r" || conversion == "a" else {
                throw error(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'")
            }
            field.conversion = Character(conversion)
        }
        guard index < body.count else { throw error("f-string: expecting '}'") }
        var specHeight = 0
        if body[index] == ":" {
            index += 1
            let (spec, height) = try parse(with: &parser, level: level + 1)
            field.formatSpec = spec
            specHeight = height
        }
        guard index < body.count, body[index] == "}" else {
            throw error("f-string: expecting '}'")
        }
        index += 1
        if field.debugText != nil && field.conversion == nil && field.formatSpec == nil {
            field.conversion = "r"
        }
        parser.height = max(valueHeight, specHeight)
        return field
    }
}
