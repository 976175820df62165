/// Atoms: names, literals, and the bracketed displays and comprehensions.
extension Parser {
    /// An atom.
    mutating func parseAtom() throws(SyntaxError) -> Expr {
        let token = current
        switch token.kind {
        case .name:
            advance()
            return leaf(.name(stream.name(of: token)), at: token.start)
        case .number:
            advance()
            return leaf(.constant(stream.number(of: token)), at: token.start)
        case .string:
            return try parseStrings()
        case .keyword(let keyword):
            switch keyword {
            case .none:
                advance()
                return leaf(.constant(.none), at: token.start)
            case .true, .false:
                advance()
                return leaf(.constant(.bool(keyword == .true)), at: token.start)
            case .yield:
                throw error("'yield' is not supported in lit cells", at: token.start)
            case .await:
                throw error("'await' is not supported in lit cells", at: token.start)
            default:
                throw unexpected()
            }
        case .op(let op):
            switch op {
            case .leftParen: return try parseParenthesized()
            case .leftBracket: return try parseListDisplay()
            case .leftBrace: return try parseBraceDisplay()
            case .ellipsis:
                advance()
                return leaf(.constant(.ellipsis), at: token.start)
            default:
                throw unexpected()
            }
        default:
            throw unexpected()
        }
    }

    /// `( )`, `(expression)`, `(a, b)`, `(x for x in y)`.
    mutating func parseParenthesized() throws(SyntaxError) -> Expr {
        let parenStart = current.start
        advance()
        bracketLevel += 1
        if accept(.rightParen) {
            bracketLevel -= 1
            return leaf(.tuple([]), at: parenStart)
        }
        if check(.yield) {
            throw error("'yield' is not supported in lit cells", at: current.start)
        }
        let first = try parseStarNamedExpression()
        var childHeight = height
        if check(.for) {
            let (clauses, clausesHeight) = try parseComprehensionClauses()
            if case .starred = first.kind {
                throw error(
                    "iterable unpacking cannot be used in comprehension", at: first.location)
            }
            try expectClosing(.rightParen)
            return try node(
                .generator(first, clauses), at: parenStart, over: max(childHeight, clausesHeight))
        }
        if check(.comma) {
            var items = [first]
            while accept(.comma) {
                if check(.rightParen) { break }
                items.append(try parseStarNamedExpression())
                childHeight = max(childHeight, height)
            }
            try expectClosing(.rightParen)
            return try node(.tuple(items), at: parenStart, over: childHeight)
        }
        try expectClosing(.rightParen)
        if case .starred = first.kind {
            throw error("cannot use starred expression here", at: first.location)
        }
        height = childHeight
        start = parenStart
        return first
    }

    /// Consumes a closing bracket and leaves its level.
    mutating func expectClosing(_ op: Punctuator) throws(SyntaxError) {
        guard check(op) else { throw unexpected() }
        bracketLevel -= 1
        advance()
    }

    /// `[ ]`, `[a, *b]`, `[x for x in y]`.
    mutating func parseListDisplay() throws(SyntaxError) -> Expr {
        let start = current.start
        advance()
        bracketLevel += 1
        if check(.rightBracket) {
            try expectClosing(.rightBracket)
            return leaf(.list([]), at: start)
        }
        let first = try parseStarNamedExpression()
        var childHeight = height
        if check(.for) {
            let (clauses, clausesHeight) = try parseComprehensionClauses()
            if case .starred = first.kind {
                throw error(
                    "iterable unpacking cannot be used in comprehension", at: first.location)
            }
            try expectClosing(.rightBracket)
            return try node(
                .listComprehension(first, clauses), at: start,
                over: max(childHeight, clausesHeight))
        }
        let (items, itemsHeight) = try parseDisplayRest(first, closing: .rightBracket)
        childHeight = max(childHeight, itemsHeight)
        try expectClosing(.rightBracket)
        return try node(.list(items), at: start, over: childHeight)
    }

    /// The elements after the first of a list or set display.
    mutating func parseDisplayRest(_ first: Expr, closing: Punctuator) throws(SyntaxError) -> (
        [Expr], Int
    ) {
        var items = [first]
        var childHeight = height
        while accept(.comma) {
            if check(closing) { break }
            if check(.for) {
                throw error(
                    "did you forget parentheses around the comprehension target?",
                    at: first.location)
            }
            items.append(try parseStarNamedExpression())
            childHeight = max(childHeight, height)
        }
        if check(.for) && items.count > 1 {
            throw error(
                "did you forget parentheses around the comprehension target?",
                at: first.location)
        }
        return (items, childHeight)
    }

    /// `{ }`, dict and set displays and comprehensions.
    mutating func parseBraceDisplay() throws(SyntaxError) -> Expr {
        let start = current.start
        advance()
        bracketLevel += 1
        if check(.rightBrace) {
            try expectClosing(.rightBrace)
            return leaf(.dict([]), at: start)
        }
        if check(.doubleStar) {
            let unpackStart = current.start
            advance()
            let mapping = try parseBitwiseOr()
            if check(.for) {
                _ = try parseComprehensionClauses()
                throw error(
                    "dict unpacking cannot be used in dict comprehension", at: unpackStart)
            }
            return try parseDictRest(first: .unpack(mapping), start: start, childHeight: height)
        }
        let first = try parseStarNamedExpression()
        var childHeight = height
        if check(.colon) {
            if case .starred = first.kind { throw unexpected() }
            let colon = current.start
            advance()
            if check(.comma) || check(.rightBrace) {
                throw error("expression expected after dictionary key and ':'", at: colon)
            }
            let value = try parseExpression()
            childHeight = max(childHeight, height)
            if check(.for) {
                let (clauses, clausesHeight) = try parseComprehensionClauses()
                try expectClosing(.rightBrace)
                return try node(
                    .dictComprehension(key: first, value: value, clauses), at: start,
                    over: max(childHeight, clausesHeight))
            }
            return try parseDictRest(
                first: .pair(key: first, value: value), start: start, childHeight: childHeight)
        }
        if check(.for) {
            let (clauses, clausesHeight) = try parseComprehensionClauses()
            if case .starred = first.kind {
                throw error(
                    "iterable unpacking cannot be used in comprehension", at: first.location)
            }
            try expectClosing(.rightBrace)
            return try node(
                .setComprehension(first, clauses), at: start,
                over: max(childHeight, clausesHeight))
        }
        let (items, itemsHeight) = try parseDisplayRest(first, closing: .rightBrace)
        childHeight = max(childHeight, itemsHeight)
        try expectClosing(.rightBrace)
        return try node(.set(items), at: start, over: childHeight)
    }

    /// The entries after the first of a dict display.
    mutating func parseDictRest(first: DictItem, start: SourceLocation, childHeight: Int)
        throws(SyntaxError) -> Expr
    {
        var items = [first]
        var childHeight = childHeight
        while accept(.comma) {
            if check(.rightBrace) { break }
            if accept(.doubleStar) {
                items.append(.unpack(try parseBitwiseOr()))
                childHeight = max(childHeight, height)
                continue
            }
            let key = try parseExpression()
            childHeight = max(childHeight, height)
            guard check(.colon) else {
                if !(current.kind == .deferredError) {
                    // CPython points at the key's last character.
                    var keyEnd = previous.end
                    keyEnd.column -= 1
                    throw error("':' expected after dictionary key", at: keyEnd)
                }
                throw unexpected()
            }
            let colon = current.start
            advance()
            if check(.comma) || check(.rightBrace) {
                throw error("expression expected after dictionary key and ':'", at: colon)
            }
            let value = try parseExpression()
            childHeight = max(childHeight, height)
            items.append(.pair(key: key, value: value))
        }
        try expectClosing(.rightBrace)
        return try node(.dict(items), at: start, over: childHeight)
    }

    /// `for target in iterable if condition ...` clauses of a comprehension.
    mutating func parseComprehensionClauses() throws(SyntaxError) -> ([Comprehension], Int) {
        var clauses: [Comprehension] = []
        var childHeight = 0
        while check(.for) || check(.async) {
            if check(.async) {
                throw error("'async' is not supported in lit cells", at: current.start)
            }
            advance()
            let target = try parseTargetList()
            childHeight = max(childHeight, height)
            guard accept(.in) else { throw unexpected() }
            try validateTarget(target, context: .forTarget)
            let iterable = try parseDisjunction()
            childHeight = max(childHeight, height)
            var conditions: [Expr] = []
            while accept(.if) {
                conditions.append(try parseDisjunction())
                childHeight = max(childHeight, height)
            }
            clauses.append(
                Comprehension(target: target, iterable: iterable, conditions: conditions))
        }
        return (clauses, childHeight)
    }
}
