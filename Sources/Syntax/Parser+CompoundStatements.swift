/// Compound statements: blocks, `if`, loops, `try`, `with`, `def`, `class`, decorators.
extension Parser {
    /// Consumes the `:` of a compound statement's header (`expected ':'` before a newline).
    mutating func expectColon(forced: Bool = false) throws(SyntaxError) {
        if accept(.colon) { return }
        if case .deferredError = current.kind { throw unexpected() }
        // After `def ...)`, `try`, `else` and `finally` CPython insists on the colon.
        if isNewline || forced { throw error("expected ':'", at: current.start) }
        throw unexpected()
    }

    /// The body after a header's colon.
    ///
    /// An indented block, or simple statements on the same line. `header` names the statement
    /// for CPython's `expected an indented block after ...`.
    mutating func parseBlock(after header: String, line: Int) throws(SyntaxError) -> [Stmt] {
        guard isNewline else { return try parseSimpleStatements() }
        advance()
        guard case .indent = current.kind else {
            var location = current.start
            // CPython's DEDENT tokens carry no column.
            if case .dedent = current.kind { location.column = 0 }
            throw SyntaxError(
                .indentationError, "expected an indented block after \(header) on line \(line)",
                at: location)
        }
        advance()
        var body: [Stmt] = []
        while true {
            if case .dedent = current.kind {
                advance()
                break
            }
            if isAtEnd { break }
            body.append(contentsOf: try parseStatement())
        }
        return body
    }

    /// `if test: ... elif test: ... else: ...`; `elif` chains nest in `orElse`.
    mutating func parseIf() throws(SyntaxError) -> Stmt {
        var branches: [(test: Expr, body: [Stmt], location: SourceLocation)] = []
        var orElse: [Stmt] = []
        repeat {
            let start = current.start
            let keyword = check(.if) ? "'if' statement" : "'elif' statement"
            advance()
            let test = try parseNamedExpression()
            try expectColon()
            let body = try parseBlock(after: keyword, line: start.line)
            branches.append((test, body, start))
            if branches.count > Parser.maximumHeight { throw tooDeep(at: start) }
        } while check(.elif)
        if check(.else) {
            orElse = try parseElse()
        }
        // Fold the `elif` chain from its end, without recursion.
        for branch in branches.reversed() {
            let statement = Stmt(
                .ifElse(test: branch.test, body: branch.body, orElse: orElse),
                at: branch.location)
            orElse = [statement]
        }
        guard let result = orElse.first else { throw unexpected() }
        return result
    }

    /// `else: block`.
    mutating func parseElse() throws(SyntaxError) -> [Stmt] {
        let line = current.start.line
        advance()
        try expectColon(forced: true)
        return try parseBlock(after: "'else' statement", line: line)
    }

    /// `while test: ... else: ...`.
    mutating func parseWhile() throws(SyntaxError) -> Stmt {
        let start = current.start
        advance()
        let test = try parseNamedExpression()
        try expectColon()
        let body = try parseBlock(after: "'while' statement", line: start.line)
        let orElse = check(.else) ? try parseElse() : []
        return Stmt(.whileLoop(test: test, body: body, orElse: orElse), at: start)
    }

    /// `for target in iterable: ... else: ...`.
    mutating func parseFor() throws(SyntaxError) -> Stmt {
        let start = current.start
        advance()
        let target = try parseTargetList()
        try validateTarget(target, context: .forTarget)
        guard accept(.in) else { throw unexpected() }
        let iterable = try parseStarExpressions()
        try expectColon()
        let body = try parseBlock(after: "'for' statement", line: start.line)
        let orElse = check(.else) ? try parseElse() : []
        return Stmt(
            .forLoop(target: target, iterable: iterable, body: body, orElse: orElse), at: start)
    }

    /// `try: ... except E as e: ... else: ... finally: ...`.
    mutating func parseTry() throws(SyntaxError) -> Stmt {
        let start = current.start
        advance()
        try expectColon(forced: true)
        let body = try parseBlock(after: "'try' statement", line: start.line)
        var handlers: [ExceptHandler] = []
        while check(.except) {
            let handlerStart = current.start
            advance()
            if check(.star) {
                throw error("'except*' is not supported in lit cells", at: current.start)
            }
            var type: Expr?
            var name: String?
            if !check(.colon) && !isNewline {
                let first = try parseExpression()
                if check(.comma) {
                    throw error(
                        "multiple exception types must be parenthesized", at: first.location)
                }
                type = first
                if accept(.as) { name = try expectName() }
            }
            try expectColon()
            let handlerBody = try parseBlock(after: "'except' statement", line: handlerStart.line)
            handlers.append(
                ExceptHandler(type: type, name: name, body: handlerBody, location: handlerStart))
        }
        var orElse: [Stmt] = []
        if !handlers.isEmpty && check(.else) { orElse = try parseElse() }
        var finally: [Stmt] = []
        if check(.finally) {
            let line = current.start.line
            advance()
            try expectColon(forced: true)
            finally = try parseBlock(after: "'finally' statement", line: line)
        } else if handlers.isEmpty {
            throw error("expected 'except' or 'finally' block", at: current.start)
        }
        return Stmt(
            .tryStatement(body: body, handlers: handlers, orElse: orElse, finally: finally),
            at: start)
    }

    /// `with a as b, c: ...`, also in parentheses: `with (a as b, c):`.
    mutating func parseWith() throws(SyntaxError) -> Stmt {
        let start = current.start
        advance()
        var items: [WithItem]
        if check(.leftParen), let parenthesized = try? parseParenthesizedWithItems() {
            items = parenthesized
        } else {
            items = []
            repeat {
                items.append(try parseWithItem())
            } while accept(.comma)
        }
        try expectColon()
        let body = try parseBlock(after: "'with' statement", line: start.line)
        return Stmt(.with(items: items, body: body), at: start)
    }

    /// `(a as b, c)` followed by `:`, or `nil` (with the position restored) when the
    /// parentheses belong to an expression instead.
    private mutating func parseParenthesizedWithItems() throws(SyntaxError) -> [WithItem] {
        let savedIndex = index
        let savedLevel = bracketLevel
        do throws(SyntaxError) {
            advance()
            bracketLevel += 1
            var items: [WithItem] = []
            repeat {
                if check(.rightParen) { break }
                items.append(try parseWithItem())
            } while accept(.comma)
            try expectClosing(.rightParen)
            guard check(.colon) else { throw unexpected() }
            return items
        } catch {
            index = savedIndex
            bracketLevel = savedLevel
            throw error
        }
    }

    /// `context [as target]`.
    private mutating func parseWithItem() throws(SyntaxError) -> WithItem {
        let context = try parseExpression()
        var target: Expr?
        if accept(.as) {
            let parsed = try parseTarget()
            try validateTarget(parsed, context: .assign)
            target = parsed
        }
        return WithItem(context: context, target: target)
    }

    /// `@decorator` lines followed by a `def` or `class`.
    mutating func parseDecorated() throws(SyntaxError) -> Stmt {
        var decorators: [Expr] = []
        while accept(.at) {
            decorators.append(try parseNamedExpression())
            guard isNewline else { throw unexpected() }
            advance()
        }
        if check(.def) { return try parseFunctionDef(decorators: decorators) }
        if check(.class) { return try parseClassDef(decorators: decorators) }
        if check(.async) {
            throw error("'async' is not supported in lit cells", at: current.start)
        }
        throw unexpected()
    }

    /// `def name(parameters) -> returns: body`.
    mutating func parseFunctionDef(decorators: [Expr]) throws(SyntaxError) -> Stmt {
        let start = current.start
        advance()
        let name = try expectName()
        guard check(.leftParen) else {
            if case .deferredError = current.kind { throw unexpected() }
            throw error("expected '('", at: current.start)
        }
        advance()
        bracketLevel += 1
        let (parameters, _) = try parseParameters(closing: .rightParen, allowsAnnotations: true)
        try expectClosing(.rightParen)
        var returns: Expr?
        if check(.arrow) {
            let arrow = current.start
            advance()
            // CPython's `['->' expression] &&':'`: a bad annotation leaves the colon missing.
            guard speculativeExpression().parses else { throw error("expected ':'", at: arrow) }
            returns = try parseExpression()
        }
        try expectColon(forced: true)
        let body = try parseBlock(after: "function definition", line: start.line)
        let definition = FunctionDef(
            name: name, parameters: parameters, body: body, decorators: decorators,
            returns: returns)
        return Stmt(.functionDef(definition), at: start)
    }

    /// `class Name(bases, keyword=value): body`.
    mutating func parseClassDef(decorators: [Expr]) throws(SyntaxError) -> Stmt {
        let start = current.start
        advance()
        let name = try expectName()
        var bases: [Argument] = []
        if check(.leftParen) {
            (bases, _) = try parseCallArguments(allowsGenerator: false)
        }
        try expectColon()
        let body = try parseBlock(after: "class definition", line: start.line)
        let definition = ClassDef(name: name, bases: bases, body: body, decorators: decorators)
        return Stmt(.classDef(definition), at: start)
    }
}
