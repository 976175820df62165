/// What a span of source is, for syntax highlighting.
public enum HighlightKind: String, Equatable, Sendable, CaseIterable {
    /// A reserved word, `True`, `False` and `None` included.
    case keyword
    /// The name of a Python builtin (`print`, `len`, `range`, ...).
    case builtin
    /// The name a `def` or `class` statement defines.
    case definition
    /// Any other name.
    case name
    /// A numeric literal.
    case number
    /// A string literal with its prefix and quotes (an f-string as a whole).
    case string
    /// A `#` comment, up to the end of its line.
    case comment
    /// An operator such as `+`, `**=`, `->` or `:=`.
    case `operator`
    /// Brackets, `,`, `:`, `;`, `.` and a line-continuation backslash.
    case punctuation
    /// `@name.attribute` at the start of a line.
    case decorator
    /// Spaces, tabs and newlines.
    case whitespace
    /// A character that cannot appear in Python source here.
    case error
}

/// One highlighted span: its kind and its exact text.
public struct HighlightToken: Equatable, Sendable {
    /// What the span is.
    public var kind: HighlightKind
    /// The span's text, exactly as in the source.
    public var text: String

    /// Creates a span.
    public init(_ kind: HighlightKind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}

/// Splits source into highlighted spans.
///
/// It never fails: every character of the input is in
/// exactly one span, in order, so joining the spans' texts gives the source back. Unterminated
/// strings run to the end of their line (or of the source, for triple quotes) and stray
/// characters become `.error` spans.
public func highlightTokens(_ source: String) -> [HighlightToken] {
    var highlighter = Highlighter(Array(source.unicodeScalars))
    return highlighter.run()
}

private struct Highlighter {
    let text: [Unicode.Scalar]
    var pos = 0
    var tokens: [HighlightToken] = []
    /// Whether only whitespace precedes `pos` on its line (for decorators).
    var atLineStart = true
    /// Whether the previous name was `def` or `class`.
    var afterDefinitionKeyword = false

    init(_ text: [Unicode.Scalar]) {
        self.text = text
    }

    static let keywords: Set<String> = Set(Keyword.allCases.map(\.rawValue))

    static let builtins: Set<String> = [
        "abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool", "breakpoint", "bytearray",
        "bytes", "callable", "chr", "classmethod", "compile", "complex", "delattr", "dict", "dir",
        "divmod", "enumerate", "eval", "exec", "filter", "float", "format", "frozenset",
        "getattr", "globals", "hasattr", "hash", "help", "hex", "id", "input", "int",
        "isinstance", "issubclass", "iter", "len", "list", "locals", "map", "max", "memoryview",
        "min", "next", "object", "oct", "open", "ord", "pow", "print", "property", "range",
        "repr", "reversed", "round", "set", "setattr", "slice", "sorted", "staticmethod", "str",
        "sum", "super", "tuple", "type", "vars", "zip", "__import__", "self",
        "Exception", "BaseException", "ValueError", "TypeError", "KeyError", "IndexError",
        "AttributeError", "NameError", "RuntimeError", "StopIteration", "ZeroDivisionError",
        "AssertionError", "NotImplementedError", "ImportError", "ModuleNotFoundError",
        "OverflowError", "RecursionError", "ArithmeticError", "LookupError", "OSError",
        "NotImplemented", "Ellipsis",
    ]

    func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let index = pos + offset
        return index < text.count ? text[index] : nil
    }

    mutating func emit(_ kind: HighlightKind, from start: Int) {
        guard pos > start else { return }
        let spelling = ScalarText.string(text[start..<pos])
        if kind == .error, let last = tokens.last, last.kind == .error {
            tokens[tokens.count - 1].text += spelling
        } else {
            tokens.append(HighlightToken(kind, spelling))
        }
        if kind != .whitespace && kind != .comment { atLineStart = false }
    }

    mutating func run() -> [HighlightToken] {
        while let c = peek() {
            let start = pos
            switch c {
            case " ", "\t", "\u{0C}", "\r", "\n":
                pos = Lexer.scan(text, from: pos) { d in
                    if d == "\n" || d == "\r" { atLineStart = true }
                    return d == " " || d == "\t" || d == "\u{0C}" || d == "\r" || d == "\n"
                }
                emit(.whitespace, from: start)
            case "#":
                pos = Lexer.scan(text, from: pos) { $0 != "\n" && $0 != "\r" }
                emit(.comment, from: start)
            case "'", "\"":
                scanString()
                emit(.string, from: start)
            case "0"..."9":
                scanNumber()
                emit(.number, from: start)
            case ".":
                if let d = peek(1), d.value >= 48 && d.value <= 57 {
                    scanNumber()
                    emit(.number, from: start)
                } else {
                    pos += (peek(1) == "." && peek(2) == ".") ? 3 : 1
                    emit(.punctuation, from: start)
                }
            case "@":
                if atLineStart, let d = peek(1), Lexer.isIdentifierStart(d) || d == " " {
                    pos += 1
                    while let d = peek(), d == " " || d == "\t" { pos += 1 }
                    while let d = peek(), Lexer.isIdentifierContinue(d) || d == "." { pos += 1 }
                    emit(.decorator, from: start)
                } else {
                    scanOperator()
                    emit(.operator, from: start)
                }
            case "(", ")", "[", "]", "{", "}", ",", ":", ";", "\\":
                if c == ":" && peek(1) == "=" {
                    pos += 2
                    emit(.operator, from: start)
                } else {
                    pos += 1
                    emit(.punctuation, from: start)
                }
            default:
                if Lexer.isIdentifierStart(c) && (c.value < 128 || c.properties.isXIDStart) {
                    scanName()
                } else if isOperatorStart(c) {
                    scanOperator()
                    emit(.operator, from: start)
                } else {
                    pos += 1
                    emit(.error, from: start)
                }
            }
        }
        return tokens
    }

    func isOperatorStart(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "+", "-", "*", "/", "%", "@", "<", ">", "=", "!", "&", "|", "^", "~": return true
        default: return false
        }
    }

    /// An operator: the longest of Python's spellings at `pos` (a lone `!` included).
    mutating func scanOperator() {
        guard let c = peek() else { return }
        let next = peek(1)
        pos += 1
        // `**`, `//`, `<<`, `>>` (and their augmented forms) double their first character.
        if next == c && (c == "*" || c == "/" || c == "<" || c == ">") {
            pos += 1
            if peek() == "=" { pos += 1 }
            return
        }
        if next == "=" || (c == "-" && next == ">") { pos += 1 }
    }

    /// A name, a keyword, or the prefix of a string such as `rb'...'`.
    mutating func scanName() {
        let start = pos
        pos = Lexer.scan(text, from: pos) { c in
            Lexer.isIdentifierContinue(c) && (c.value < 128 || c.properties.isXIDContinue)
        }
        if let quote = peek(), quote == "'" || quote == "\"", pos - start <= 2,
            StringPrefix(text[start..<pos]) != nil
        {
            scanString()
            emit(.string, from: start)
            afterDefinitionKeyword = false
            return
        }
        let name = ScalarText.string(text[start..<pos])
        let kind: HighlightKind
        if Highlighter.keywords.contains(name) {
            kind = .keyword
        } else if afterDefinitionKeyword {
            kind = .definition
        } else if Highlighter.builtins.contains(name) {
            kind = .builtin
        } else {
            kind = .name
        }
        afterDefinitionKeyword = name == "def" || name == "class"
        emit(kind, from: start)
    }

    /// A string from its opening quote to its closing one, or to the end of its line (one
    /// quote) or of the source (three quotes) when it is never closed.
    mutating func scanString() {
        guard let quote = peek() else { return }
        let triple = peek(1) == quote && peek(2) == quote
        pos += triple ? 3 : 1
        while true {
            pos = Lexer.scan(text, from: pos) {
                $0 != quote && $0 != "\\" && $0 != "\n" && $0 != "\r"
            }
            guard let c = peek() else { return }
            if c == "\\" {
                pos += 1
                if let escaped = peek() {
                    if escaped == "\r" && peek(1) == "\n" { pos += 1 }
                    if !triple && escaped != "\n" && escaped != "\r" {
                        pos += 1
                        continue
                    }
                    pos += 1
                }
                continue
            }
            if !triple && (c == "\n" || c == "\r") { return }
            if c == quote {
                if !triple {
                    pos += 1
                    return
                }
                if peek(1) == quote && peek(2) == quote {
                    pos += 3
                    return
                }
            }
            pos += 1
        }
    }

    /// A number: digits, letters, underscores and dots, with a sign after a decimal exponent.
    mutating func scanNumber() {
        let isHex = peek() == "0" && (peek(1) == "x" || peek(1) == "X")
        while let c = peek() {
            if Lexer.isIdentifierContinue(c) && c.value < 128 || c == "." {
                pos += 1
                if !isHex, c == "e" || c == "E", let sign = peek(), sign == "+" || sign == "-" {
                    pos += 1
                }
            } else {
                break
            }
        }
    }
}
