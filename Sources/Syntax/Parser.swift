/// Parses a cell's source into a `Module`.
///
/// Errors are CPython 3.11's: tokenizer errors first (anywhere in the source), then parser
/// errors, then the checks CPython's compiler makes (`'return' outside function`, ...).
/// Sources nested deeper than the limits fail with a `RecursionError`-kind error; no input
/// crashes or exhausts the stack.
public func parse(_ source: String) throws(SyntaxError) -> Module {
    var lexer = Lexer(source)
    let stream = lexer.tokenize()
    // Brackets still open matter only when the source was read to its end.
    let unclosed = stream.deferredError == nil ? lexer.brackets.last : nil
    let work = { @Sendable () throws(SyntaxError) -> Module in
        var parser = Parser(stream: stream, unclosedBracket: unclosed)
        let module = try parser.parseModule()
        try SemanticChecker.check(
            module, repeatedKeywords: parser.repeatedKeywords,
            tracksNames: SemanticChecker.needsNameTracking(stream))
        return module
    }
    return LargeStack.fitsAnyStack(stream) ? try work() : try LargeStack.run(work)
}

/// Parses a single expression, as `eval` reads its argument (surrounding whitespace and
/// newlines allowed).
public func parseExpression(_ source: String) throws(SyntaxError) -> Expr {
    var lexer = Lexer(source)
    let stream = lexer.tokenize()
    // Brackets still open matter only when the source was read to its end.
    let unclosed = stream.deferredError == nil ? lexer.brackets.last : nil
    let work = { @Sendable () throws(SyntaxError) -> Expr in
        var parser = Parser(stream: stream, unclosedBracket: unclosed)
        return try parser.parseEvalInput()
    }
    return LargeStack.fitsAnyStack(stream) ? try work() : try LargeStack.run(work)
}

/// A recursive-descent parser with precedence climbing over a token array.
///
/// Expression parsers keep the Swift stack shallow: one frame per precedence level of a
/// binary operator, loops for operator chains and trailers, and a depth counter that turns
/// pathological nesting into an error. The height of every expression tree built is tracked
/// too (`height`), so no input can build a tree too deep to evaluate or even to free.
struct Parser {
    /// The deepest nesting of expression parsers (brackets, lambdas, conditionals, `**`).
    static let maximumDepth = 1000
    /// The tallest expression tree accepted; CPython's compiler gives up at about 3000 for a
    /// default recursion limit, lit keeps a margin for its tree-walking interpreter.
    static let maximumHeight = 1000

    /// The tokens and their payloads.
    let stream: TokenStream
    /// `stream.tokens`, for quick access.
    let tokens: [Token]
    /// The index of the current token; the last token is always `.endOfInput`.
    var index = 0
    /// The furthest token the parser has read, speculative reads included (CPython reports
    /// an unclosed bracket when it read past the bracket's line).
    var furthest = 0
    /// The innermost bracket still open at the end of the source, if any.
    let unclosedBracket: Lexer.OpenBracket?
    /// Whether this parses an f-string replacement field (errors get an `f-string: ` prefix).
    var isFormattedField = false
    /// Current nesting of expression parsers.
    var depth = 0
    /// The height of the expression most recently returned by an expression parser.
    var height = 0
    /// Where the text of the expression most recently returned starts.
    ///
    /// That is its location, or the `(` around it; a node built on it starts there too
    /// (`(a + b) * c` starts at `(`).
    var start = SourceLocation(line: 1, column: 1)
    /// How many brackets enclose the current position (CPython's tokenizer level), for the
    /// `Perhaps you forgot a comma?` hint.
    var bracketLevel = 0
    /// Where the most recently completed `or`-level expression started, where CPython points
    /// its `Perhaps you forgot a comma?` hint.
    var lastDisjunctionStart: SourceLocation?
    /// The index of the token just after that expression: the hint applies only there.
    var lastDisjunctionEnd = -1
    /// For each keyword argument that repeats an earlier one, its value's location mapped to
    /// its name's: CPython's compiler reports `keyword argument repeated` at the name, which
    /// the AST does not keep.
    var repeatedKeywords: [SourceLocation: SourceLocation] = [:]

    init(stream: TokenStream, unclosedBracket: Lexer.OpenBracket?) {
        self.stream = stream
        self.tokens = stream.tokens
        self.unclosedBracket = unclosedBracket
    }

    /// The spelling of the current token when it is a name.
    var currentName: String? {
        guard case .name = current.kind else { return nil }
        return stream.name(of: current)
    }

    // MARK: - Entry points

    /// Parses a whole cell.
    mutating func parseModule() throws(SyntaxError) -> Module {
        do throws(SyntaxError) {
            var body: [Stmt] = []
            while !isAtEnd {
                body.append(contentsOf: try parseStatement())
            }
            return Module(body: body, endsWithSemicolon: endsWithSemicolon)
        } catch {
            throw preferUnclosedBracket(error)
        }
    }

    /// Parses `eval` input: one expression list, then only newlines.
    mutating func parseEvalInput() throws(SyntaxError) -> Expr {
        do throws(SyntaxError) {
            // Like `eval`, ignore the indentation of the first line and blank lines around.
            while current.kind == .newline || current.kind == .indent { advance() }
            let expression = try parseStarExpressions()
            while current.kind == .newline || current.kind == .dedent { advance() }
            guard isAtEnd else { throw unexpected() }
            return expression
        } catch {
            throw preferUnclosedBracket(error)
        }
    }

    /// CPython reports a bracket left open at the end of the source instead of a parser error
    /// that the parser found at the end or on a later line.
    func preferUnclosedBracket(_ error: SyntaxError) -> SyntaxError {
        // Reading the token where tokenizing stopped raises the tokenizer's error; most
        // tokenizer errors also replace an earlier parser error, except an unexpected indent.
        if let deferred = stream.deferredError {
            if furthest >= tokens.count - 2 { return deferred }
            let isIndentError =
                error.kind == .indentationError
                && (error.message == "unexpected indent" || error.message == "unexpected unindent")
            if stream.errorOverridesParser && !isIndentError { return deferred }
        }
        guard let open = unclosedBracket,
            error.kind == .syntaxError || error.kind == .indentationError
        else { return error }
        let reached = tokens[min(furthest, tokens.count - 1)]
        if reached.start.line > open.location.line || furthest >= tokens.count - 1
            || error.kind == .indentationError
        {
            return SyntaxError(
                "'\(Character(open.character))' was never closed", at: open.location)
        }
        return error
    }

    /// Whether the source's last token (comments aside) is `;`.
    var endsWithSemicolon: Bool {
        for token in tokens.reversed() {
            switch token.kind {
            case .newline, .indent, .dedent, .endOfInput: continue
            case .op(.semicolon): return true
            default: return false
            }
        }
        return false
    }

    // MARK: - Token access

    @inline(__always)
    var current: Token { tokens[index] }

    @inline(__always)
    var isAtEnd: Bool {
        if case .endOfInput = tokens[index].kind { return true }
        return false
    }

    /// The token `offset` places ahead (the end marker past the end).
    @inline(__always)
    func peek(_ offset: Int = 1) -> Token {
        tokens[min(index + offset, tokens.count - 1)]
    }

    /// The token before the current one.
    var previous: Token { tokens[max(0, index - 1)] }

    @inline(__always)
    mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
        if index > furthest { furthest = index }
    }

    @inline(__always)
    func check(_ op: Punctuator) -> Bool {
        if case .op(let found) = current.kind { return found == op }
        return false
    }

    @inline(__always)
    func check(_ keyword: Keyword) -> Bool {
        if case .keyword(let found) = current.kind { return found == keyword }
        return false
    }

    @inline(__always)
    mutating func accept(_ op: Punctuator) -> Bool {
        if check(op) {
            advance()
            return true
        }
        return false
    }

    @inline(__always)
    mutating func accept(_ keyword: Keyword) -> Bool {
        if check(keyword) {
            advance()
            return true
        }
        return false
    }

    /// Consumes `op` or fails with CPython's generic error.
    mutating func expect(_ op: Punctuator) throws(SyntaxError) {
        guard accept(op) else { throw unexpected() }
    }

    /// Consumes a name and returns it, or fails.
    mutating func expectName() throws(SyntaxError) -> String {
        guard let name = currentName else { throw unexpected() }
        advance()
        return name
    }

    var isNewline: Bool {
        if case .newline = current.kind { return true }
        return false
    }

    // MARK: - Errors

    /// A syntax error at a location (prefixed for f-string fields, as CPython does).
    func error(_ message: String, at location: SourceLocation) -> SyntaxError {
        SyntaxError(isFormattedField ? "f-string: " + message : message, at: location)
    }

    /// The error for a token the grammar does not allow here: `invalid syntax`, or CPython's
    /// more specific message where it has one.
    mutating func unexpected() -> SyntaxError {
        let token = current
        switch token.kind {
        case .deferredError:
            if let deferred = stream.deferredError { return deferred }
        case .indent:
            // CPython points just before the token after the indentation.
            let next = peek().start
            return SyntaxError(
                .indentationError, "unexpected indent", line: next.line, column: next.column - 1)
        case .dedent:
            // CPython's DEDENT tokens carry no column.
            return SyntaxError(
                .indentationError, "unexpected unindent", line: token.start.line, column: 0)
        default:
            break
        }
        if startsExpression(token), let start = lastDisjunctionStart, lastDisjunctionEnd == index,
            !isNameFollowedByString
        {
            // CPython reads the expression after a missing comma: it must be complete for the
            // hint, and reading to the end of the source reports an unclosed bracket instead.
            let (parses, reachesEnd) = speculativeExpression()
            if reachesEnd { furthest = tokens.count - 1 }
            if bracketLevel > 0 && parses {
                return error("invalid syntax. Perhaps you forgot a comma?", at: start)
            }
        }
        return error("invalid syntax", at: token.start)
    }

    /// Whether an expression parses from the current token.
    ///
    /// Also tells whether reading it reaches the end of the source. The position is restored.
    mutating func speculativeExpression() -> (parses: Bool, reachesEnd: Bool) {
        let saved = (index, height, depth, bracketLevel, lastDisjunctionStart)
        defer {
            (index, height, depth, bracketLevel, lastDisjunctionStart) = saved
        }
        do throws(SyntaxError) {
            _ = try parseExpression()
            return (true, isAtEnd)
        } catch {
            return (false, index >= tokens.count - 1)
        }
    }

    /// Whether comma-separated expressions from the current token run to the source's end.
    ///
    /// Arguments (`name=value`, `*a`, `**k`) are read too. The position is restored.
    mutating func expressionsReachEnd() -> Bool {
        let saved = (index, height, depth, bracketLevel, lastDisjunctionStart)
        defer {
            (index, height, depth, bracketLevel, lastDisjunctionStart) = saved
        }
        do throws(SyntaxError) {
            repeat {
                if case .name = current.kind, case .op(.assign) = peek().kind {
                    advance()
                    advance()
                }
                _ = accept(.star) || accept(.doubleStar)
                _ = try parseExpression()
                if check(.for) { _ = try parseComprehensionClauses() }
            } while accept(.comma) && !isAtEnd
            return isAtEnd
        } catch {
            return false
        }
    }

    /// `name "string"`: CPython gives no comma hint for this juxtaposition.
    private var isNameFollowedByString: Bool {
        guard case .string = current.kind, case .name = previous.kind else { return false }
        return true
    }

    /// Whether a token can begin an expression.
    func startsExpression(_ token: Token) -> Bool {
        switch token.kind {
        case .name, .number, .string: return true
        case .keyword(let keyword):
            switch keyword {
            case .none, .true, .false, .not, .lambda, .await, .yield: return true
            default: return false
            }
        case .op(let op):
            switch op {
            case .leftParen, .leftBracket, .leftBrace, .minus, .plus, .tilde, .ellipsis:
                return true
            default: return false
            }
        default: return false
        }
    }

    /// Enters one level of nested parsing, failing past the depth limit.
    @inline(__always)
    mutating func enter() throws(SyntaxError) {
        depth += 1
        if depth > Parser.maximumDepth { throw tooDeep(at: current.start) }
    }

    /// The error for nesting beyond the parser's limits.
    func tooDeep(at location: SourceLocation) -> SyntaxError {
        SyntaxError(
            .recursionError, "maximum recursion depth exceeded during compilation", at: location)
    }

    /// Builds an expression node over children whose tallest has height `childHeight`.
    @inline(__always)
    mutating func node(_ kind: ExprKind, at location: SourceLocation, over childHeight: Int)
        throws(SyntaxError) -> Expr
    {
        let newHeight = childHeight + 1
        if newHeight > Parser.maximumHeight { throw tooDeep(at: location) }
        height = newHeight
        start = location
        return Expr(kind, at: location)
    }

    /// Builds a leaf expression.
    @inline(__always)
    mutating func leaf(_ kind: ExprKind, at location: SourceLocation) -> Expr {
        height = 1
        start = location
        return Expr(kind, at: location)
    }
}
