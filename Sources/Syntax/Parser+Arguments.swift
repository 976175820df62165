/// Call arguments and the parameter lists of `def` and `lambda`.
extension Parser {
    /// The parenthesized arguments of a call or class header.
    ///
    /// CPython's ordering rules apply. Returns the arguments and the height of the tallest.
    mutating func parseCallArguments(allowsGenerator: Bool = true) throws(SyntaxError) -> (
        [Argument], Int
    ) {
        let open = current.start
        advance()
        bracketLevel += 1
        var arguments: [Argument] = []
        var childHeight = 0
        var sawKeyword = false
        var sawDoubleStar = false
        var misplaced: String?
        while !check(.rightParen) {
            let start = current.start
            if accept(.star) {
                let value = try parseExpression()
                if sawDoubleStar {
                    throw error(
                        "iterable argument unpacking follows keyword argument unpacking",
                        at: start)
                }
                arguments.append(.star(value))
            } else if accept(.doubleStar) {
                arguments.append(.doubleStar(try parseExpression()))
                sawDoubleStar = true
            } else if let name = currentName, case .op(.assign) = peek().kind {
                advance()
                advance()
                let value = try parseExpression()
                if check(.assign) { throw unexpected() }
                if arguments.contains(where: { argument in
                    if case .keyword(let other, _) = argument { return other == name }
                    return false
                }) {
                    repeatedKeywords[value.location] = start
                }
                arguments.append(.keyword(name: name, value: value))
                sawKeyword = true
            } else if case .keyword(let keyword) = current.kind,
                keyword == .true || keyword == .false || keyword == .none,
                case .op(.assign) = peek().kind
            {
                throw error("cannot assign to \(keyword.rawValue)", at: start)
            } else {
                var value: Expr
                if let name = currentName, case .op(.walrus) = peek().kind {
                    advance()
                    advance()
                    let assigned = try parseExpression()
                    value = try node(
                        .namedExpr(name: name, value: assigned), at: start, over: height)
                } else {
                    value = try parseExpression()
                }
                if check(.walrus) {
                    throw error(
                        "cannot use assignment expressions with \(expressionName(value))",
                        at: value.location)
                }
                if check(.assign) {
                    throw error(
                        "expression cannot contain assignment, perhaps you meant \"==\"?",
                        at: value.location)
                }
                if check(.for) {
                    guard allowsGenerator else { throw unexpected() }
                    if !arguments.isEmpty {
                        throw error(
                            "Generator expression must be parenthesized", at: value.location)
                    }
                    let elementHeight = height
                    let (clauses, clausesHeight) = try parseComprehensionClauses()
                    if check(.comma) && !(peek().kind == .op(.rightParen)) {
                        let failure = error(
                            "Generator expression must be parenthesized", at: value.location)
                        advance()
                        if unclosedBracket != nil && expressionsReachEnd() {
                            furthest = tokens.count - 1
                        }
                        throw failure
                    }
                    value = try node(
                        .generator(value, clauses), at: open,
                        over: max(elementHeight, clausesHeight))
                }
                // CPython reports these after reading the whole argument list.
                if misplaced == nil && sawDoubleStar {
                    misplaced = "positional argument follows keyword argument unpacking"
                } else if misplaced == nil && sawKeyword {
                    misplaced = "positional argument follows keyword argument"
                }
                arguments.append(.positional(value))
            }
            childHeight = max(childHeight, height)
            if !accept(.comma) { break }
        }
        if let misplaced, check(.rightParen) { throw error(misplaced, at: current.start) }
        try expectClosing(.rightParen)
        return (arguments, childHeight)
    }

    /// The parameters of a `def` (up to `)`) or a `lambda` (up to `:`).
    ///
    /// CPython's ordering rules apply. Returns the parameters and the height of the tallest
    /// default or annotation.
    mutating func parseParameters(closing: Punctuator, allowsAnnotations: Bool)
        throws(SyntaxError) -> (Parameters, Int)
    {
        var parameters = Parameters()
        var childHeight = 0
        var sawDefault = false
        var sawSlash = false
        var sawStar = false
        var sawDoubleStar = false
        var bareStar: SourceLocation?
        while !check(closing) {
            let start = current.start
            if sawDoubleStar {
                if check(.slash) || check(.star) || check(.doubleStar) { throw unexpected() }
                throw error("arguments cannot follow var-keyword argument", at: start)
            }
            if check(.leftParen) && parenthesizedParametersFollow() {
                throw error(
                    closing == .colon
                        ? "Lambda expression parameters cannot be parenthesized"
                        : "Function parameters cannot be parenthesized", at: start)
            }
            if check(.slash) {
                if sawStar { throw error("/ must be ahead of *", at: start) }
                if sawSlash { throw error("/ may appear only once", at: start) }
                if parameters.regular.isEmpty {
                    throw error("at least one argument must precede /", at: start)
                }
                sawSlash = true
                parameters.positionalOnly = parameters.regular
                parameters.regular = []
                advance()
            } else if check(.star) {
                if sawStar {
                    let next = peek().kind
                    guard next == .name || next == .op(.comma) else { throw unexpected() }
                    throw error("* argument may appear only once", at: start)
                }
                sawStar = true
                advance()
                if check(.comma) || check(closing) {
                    bareStar = start
                } else {
                    let parameter = try parseParameter(allowsAnnotations: allowsAnnotations)
                    childHeight = max(childHeight, height)
                    if check(.assign) {
                        throw error(
                            "var-positional argument cannot have default value", at: current.start)
                    }
                    parameters.varArgs = parameter
                }
            } else if check(.doubleStar) {
                advance()
                let parameter = try parseParameter(allowsAnnotations: allowsAnnotations)
                childHeight = max(childHeight, height)
                if check(.assign) {
                    throw error(
                        "var-keyword argument cannot have default value", at: current.start)
                }
                if let star = bareStar, parameters.keywordOnly.isEmpty {
                    // CPython points at `*` in a `def`, after it in a `lambda`.
                    throw error(
                        "named arguments must follow bare *", at: closing == .colon ? start : star)
                }
                parameters.varKeywords = parameter
                sawDoubleStar = true
            } else {
                var parameter = try parseParameter(allowsAnnotations: allowsAnnotations)
                childHeight = max(childHeight, height)
                if check(.assign) {
                    let equals = current.start
                    advance()
                    if check(.comma) || check(closing) {
                        throw error("expected default value expression", at: equals)
                    }
                    parameter.defaultValue = try parseExpression()
                    childHeight = max(childHeight, height)
                }
                if sawStar {
                    parameters.keywordOnly.append(parameter)
                } else {
                    if parameter.defaultValue != nil {
                        sawDefault = true
                    } else if sawDefault && (check(.comma) || check(closing)) {
                        throw error(
                            "non-default argument follows default argument", at: parameter.location)
                    }
                    parameters.regular.append(parameter)
                }
            }
            if !accept(.comma) { break }
        }
        if let star = bareStar, parameters.keywordOnly.isEmpty, check(closing) {
            throw error(
                "named arguments must follow bare *", at: closing == .colon ? current.start : star)
        }
        height = childHeight
        return (parameters, childHeight)
    }

    /// Whether `(name, name, ...)` follows, as in Python 2's tuple parameters.
    private func parenthesizedParametersFollow() -> Bool {
        var offset = 1
        var sawName = false
        while true {
            switch peek(offset).kind {
            case .name: sawName = true
            case .op(.comma): break
            case .op(.rightParen): return sawName
            default: return false
            }
            offset += 1
        }
    }

    /// A parameter name with its optional annotation.
    mutating func parseParameter(allowsAnnotations: Bool) throws(SyntaxError) -> Parameter {
        let start = current.start
        let name = try expectName()
        var parameter = Parameter(name: name, location: start)
        if allowsAnnotations && accept(.colon) {
            parameter.annotation = try parseExpression()
        } else {
            height = 0
        }
        return parameter
    }
}
