/// One token of a cell's source, with where it starts and ends.
///
/// Tokens are plain values (no reference counting): the text of names, the values of numbers
/// and the bodies of strings live in the `TokenStream`, at the token's `payload` index.
struct Token: Equatable, Sendable {
    /// What the token is.
    var kind: TokenKind
    /// The index of the token's name, number or string in its stream (-1 for other kinds).
    var payload: Int32 = -1
    /// The 1-based line and column of its first character.
    var start: SourceLocation
    /// The line and column just past its last character.
    var end: SourceLocation
}

/// The tokens of a source with the payloads of its names, numbers and strings.
struct TokenStream: Sendable {
    /// The tokens, ending with `.endOfInput`.
    var tokens: [Token] = []
    /// Identifier spellings, indexed by `Token.payload`.
    var names: [String] = []
    /// Numeric values, indexed by `Token.payload`.
    var numbers: [Constant] = []
    /// String literals, indexed by `Token.payload`.
    var strings: [StringLiteralToken] = []
    /// The error of the `.deferredError` token, if tokenizing stopped at one.
    var deferredError: SyntaxError?
    /// Whether that error replaces a parser error found before it (most tokenizer errors do;
    /// indentation errors and stray backslashes do not).
    var errorOverridesParser = false

    /// The spelling of a `.name` token.
    func name(of token: Token) -> String { names[Int(token.payload)] }
    /// The value of a `.number` token.
    func number(of token: Token) -> Constant { numbers[Int(token.payload)] }
    /// The literal of a `.string` token.
    func string(of token: Token) -> StringLiteralToken { strings[Int(token.payload)] }
}

/// The kinds of token the lexer produces.
enum TokenKind: Equatable, Sendable {
    /// An identifier that is not a keyword.
    case name
    /// A reserved word.
    case keyword(Keyword)
    /// A numeric literal (its value is in the stream).
    case number
    /// A string literal of any prefix (its body is in the stream), not yet decoded.
    case string
    /// An operator or delimiter.
    case op(Punctuator)
    /// The end of a logical line.
    case newline
    /// The start of a more indented block.
    case indent
    /// The end of an indented block.
    case dedent
    /// The end of the source.
    case endOfInput
    /// Where tokenizing stopped at an error CPython reports only when the parser reaches it
    /// (a bad dedent, a TabError, a stray backslash); the error is the stream's
    /// `deferredError`.
    case deferredError
}

/// Python's reserved words.
enum Keyword: String, Equatable, Sendable, CaseIterable {
    case `false` = "False"
    case none = "None"
    case `true` = "True"
    case and, `as`, assert, async, await
    case `break`, `class`, `continue`, def, del, elif, `else`, except, finally
    case `for`, from, global, `if`, `import`, `in`, `is`, lambda, nonlocal
    case not, or, pass, raise, `return`, `try`, `while`, with, yield
}

/// Operators and delimiters.
enum Punctuator: String, Equatable, Sendable, CaseIterable {
    case leftParen = "("
    case rightParen = ")"
    case leftBracket = "["
    case rightBracket = "]"
    case leftBrace = "{"
    case rightBrace = "}"
    case comma = ","
    case colon = ":"
    case semicolon = ";"
    case dot = "."
    case ellipsis = "..."
    case arrow = "->"
    case assign = "="
    case walrus = ":="
    case plus = "+"
    case minus = "-"
    case star = "*"
    case doubleStar = "**"
    case slash = "/"
    case doubleSlash = "//"
    case percent = "%"
    case at = "@"
    case leftShift = "<<"
    case rightShift = ">>"
    case ampersand = "&"
    case pipe = "|"
    case caret = "^"
    case tilde = "~"
    case less = "<"
    case greater = ">"
    case lessEqual = "<="
    case greaterEqual = ">="
    case equal = "=="
    case notEqual = "!="
    case plusAssign = "+="
    case minusAssign = "-="
    case starAssign = "*="
    case slashAssign = "/="
    case doubleSlashAssign = "//="
    case percentAssign = "%="
    case atAssign = "@="
    case ampersandAssign = "&="
    case pipeAssign = "|="
    case caretAssign = "^="
    case leftShiftAssign = "<<="
    case rightShiftAssign = ">>="
    case doubleStarAssign = "**="
    /// A character that is no operator (`$`, `?`, `!`, a backtick): CPython's `ERRORTOKEN`,
    /// which the parser reports as `invalid syntax`.
    case unknown = "?"

    /// The binary operator of an augmented assignment such as `+=`.
    var augmentedOperator: BinaryOperator? {
        switch self {
        case .plusAssign: .add
        case .minusAssign: .subtract
        case .starAssign: .multiply
        case .slashAssign: .divide
        case .doubleSlashAssign: .floorDivide
        case .percentAssign: .modulo
        case .atAssign: .matrixMultiply
        case .ampersandAssign: .bitAnd
        case .pipeAssign: .bitOr
        case .caretAssign: .bitXor
        case .leftShiftAssign: .leftShift
        case .rightShiftAssign: .rightShift
        case .doubleStarAssign: .power
        default: nil
        }
    }
}

/// A string literal as written: its prefix, quotes and raw body, decoded by the parser.
struct StringLiteralToken: Equatable, Sendable {
    /// `r`/`R` was in the prefix: backslashes are kept.
    var isRaw: Bool
    /// `f`/`F` was in the prefix: the body holds replacement fields.
    var isFormatted: Bool
    /// 1 for `'`/`"`, 3 for triple quotes.
    var quoteLength: Int
    /// The characters between the quotes, newlines normalized to `\n`.
    var body: [Unicode.Scalar]
    /// Where the first character of the body stands.
    var bodyStart: SourceLocation
}
