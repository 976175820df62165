/// Expressions, from comma lists down to primaries, by precedence.
extension Parser {
    /// `star_expressions`: one expression or starred item, or several separated by commas
    /// (a tuple, which may end with a comma).
    mutating func parseStarExpressions() throws(SyntaxError) -> Expr {
        let first = try parseStarExpression()
        guard check(.comma) else { return first }
        let firstStart = start
        var items = [first]
        var childHeight = height
        while accept(.comma) {
            guard startsExpression(current) || check(.star) else { break }
            items.append(try parseStarExpression())
            childHeight = max(childHeight, height)
        }
        return try node(.tuple(items), at: firstStart, over: childHeight)
    }

    /// `star_expression`: `*bitwise_or` or an expression.
    mutating func parseStarExpression() throws(SyntaxError) -> Expr {
        if check(.star) {
            let start = current.start
            advance()
            let value = try parseBitwiseOr()
            return try node(.starred(value), at: start, over: height)
        }
        return try parseExpression()
    }

    /// `star_named_expression`: `*bitwise_or` or a named expression (display elements).
    mutating func parseStarNamedExpression() throws(SyntaxError) -> Expr {
        if check(.star) {
            let start = current.start
            advance()
            let value = try parseBitwiseOr()
            return try node(.starred(value), at: start, over: height)
        }
        return try parseNamedExpression()
    }

    /// `named_expression`: `name := value` or an expression, with CPython's hints for a
    /// mistaken `=`.
    mutating func parseNamedExpression() throws(SyntaxError) -> Expr {
        if let name = currentName, case .op(.walrus) = peek().kind {
            let start = current.start
            advance()
            advance()
            let value = try parseExpression()
            return try node(.namedExpr(name: name, value: value), at: start, over: height)
        }
        let expression = try parseExpression()
        if check(.walrus) {
            throw error(
                "cannot use assignment expressions with \(expressionName(expression))",
                at: expression.location)
        }
        if check(.assign), !isFormattedField {
            try rejectAssignmentInExpression(expression)
        }
        return expression
    }

    /// CPython's `invalid_named_expression`: `if x = 1:` and friends.
    mutating func rejectAssignmentInExpression(_ expression: Expr) throws(SyntaxError) {
        let saved = index
        let savedHeight = height
        advance()
        // CPython only blames the `=` when a complete operand follows it that is not itself
        // followed by another `=`.
        let followed: Bool
        do throws(SyntaxError) {
            _ = try parseBitwiseOr()
            followed = !check(.assign) && !check(.walrus)
        } catch {
            followed = false
        }
        index = saved
        height = savedHeight
        guard followed else { return }
        switch expression.kind {
        case .name:
            throw error(
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                at: expression.location)
        case .list, .tuple, .generator, .constant(.bool), .constant(.none):
            return
        default:
            throw error(
                "cannot assign to \(expressionName(expression)) here. "
                    + "Maybe you meant '==' instead of '='?", at: expression.location)
        }
    }

    /// `expression`: a lambda, or a disjunction with an optional `if ... else ...`.
    mutating func parseExpression() throws(SyntaxError) -> Expr {
        try enter()
        defer { depth -= 1 }
        if check(.lambda) { return try parseLambda() }
        let body = try parseDisjunction()
        guard check(.if) else { return body }
        let bodyStart = start
        var childHeight = height
        advance()
        let test = try parseDisjunction()
        childHeight = max(childHeight, height)
        guard accept(.else) else {
            if bracketLevel > 0 && startsExpression(current) { throw unexpected() }
            throw error("expected 'else' after 'if' expression", at: bodyStart)
        }
        let orElse = try parseExpression()
        childHeight = max(childHeight, height)
        return try node(
            .conditional(test: test, body: body, orElse: orElse), at: bodyStart,
            over: childHeight)
    }

    /// `expression` without a conditional: the operand of `if`/`else` in comprehensions.
    mutating func parseDisjunction() throws(SyntaxError) -> Expr {
        let first = try parseConjunction()
        let firstStart = start
        guard check(.or) else {
            lastDisjunctionStart = firstStart
            lastDisjunctionEnd = index
            return first
        }
        var values = [first]
        var childHeight = height
        while accept(.or) {
            values.append(try parseConjunction())
            childHeight = max(childHeight, height)
        }
        lastDisjunctionStart = firstStart
        lastDisjunctionEnd = index
        return try node(.boolean(.or, values), at: firstStart, over: childHeight)
    }

    mutating func parseConjunction() throws(SyntaxError) -> Expr {
        let first = try parseInversion()
        guard check(.and) else { return first }
        let firstStart = start
        var values = [first]
        var childHeight = height
        while accept(.and) {
            values.append(try parseInversion())
            childHeight = max(childHeight, height)
        }
        return try node(.boolean(.and, values), at: firstStart, over: childHeight)
    }

    /// `not ... not comparison`, without recursion.
    mutating func parseInversion() throws(SyntaxError) -> Expr {
        var nots: [SourceLocation] = []
        while check(.not) {
            nots.append(current.start)
            advance()
            if nots.count > Parser.maximumHeight { throw tooDeep(at: current.start) }
        }
        var expression = try parseComparison()
        for location in nots.reversed() {
            expression = try node(.unary(.not, expression), at: location, over: height)
        }
        return expression
    }

    /// A comparison chain `a < b == c`.
    mutating func parseComparison() throws(SyntaxError) -> Expr {
        let first = try parseBitwiseOr()
        guard var op = comparisonOperator() else { return first }
        let firstStart = start
        var comparisons: [Comparison] = []
        var childHeight = height
        while true {
            advance()
            if op == .notIn || op == .isNot { advance() }
            let right = try parseBitwiseOr()
            childHeight = max(childHeight, height)
            comparisons.append(Comparison(op, right))
            guard let next = comparisonOperator() else { break }
            op = next
        }
        return try node(.compare(first, comparisons), at: firstStart, over: childHeight)
    }

    /// The comparison operator at the current token (two tokens for `not in`, `is not`).
    func comparisonOperator() -> CompareOperator? {
        switch current.kind {
        case .op(.less): return .less
        case .op(.greater): return .greater
        case .op(.equal): return .equal
        case .op(.notEqual): return .notEqual
        case .op(.lessEqual): return .lessEqual
        case .op(.greaterEqual): return .greaterEqual
        case .keyword(.in): return .in
        case .keyword(.is):
            if case .keyword(.not) = peek().kind { return .isNot }
            return .is
        case .keyword(.not):
            if case .keyword(.in) = peek().kind { return .notIn }
            return nil
        default: return nil
        }
    }

    /// `bitwise_or` and everything tighter.
    mutating func parseBitwiseOr() throws(SyntaxError) -> Expr {
        try parseBinary(minimumPrecedence: 1)
    }

    /// The binary operator at the current token and its precedence (higher binds tighter).
    func binaryOperator() -> (BinaryOperator, Int)? {
        guard case .op(let op) = current.kind else { return nil }
        switch op {
        case .pipe: return (.bitOr, 1)
        case .caret: return (.bitXor, 2)
        case .ampersand: return (.bitAnd, 3)
        case .leftShift: return (.leftShift, 4)
        case .rightShift: return (.rightShift, 4)
        case .plus: return (.add, 5)
        case .minus: return (.subtract, 5)
        case .star: return (.multiply, 6)
        case .slash: return (.divide, 6)
        case .doubleSlash: return (.floorDivide, 6)
        case .percent: return (.modulo, 6)
        case .at: return (.matrixMultiply, 6)
        default: return nil
        }
    }

    /// Left-associative binary operators by precedence climbing.
    mutating func parseBinary(minimumPrecedence: Int) throws(SyntaxError) -> Expr {
        var left = try parseFactor()
        var leftHeight = height
        let leftStart = start
        while let (op, precedence) = binaryOperator(), precedence >= minimumPrecedence {
            advance()
            let right =
                precedence == 6
                ? try parseFactor() : try parseBinary(minimumPrecedence: precedence + 1)
            left = try node(
                .binary(left, op, right), at: leftStart, over: max(leftHeight, height))
            leftHeight = height
        }
        height = leftHeight
        start = leftStart
        return left
    }

    /// Unary `-`, `+`, `~` (collected in a loop), then a power.
    mutating func parseFactor() throws(SyntaxError) -> Expr {
        var prefixes: [(UnaryOperator, SourceLocation)] = []
        while case .op(let op) = current.kind, op == .minus || op == .plus || op == .tilde {
            prefixes.append((op == .minus ? .negate : op == .plus ? .plus : .invert, current.start))
            advance()
            if prefixes.count > Parser.maximumHeight { throw tooDeep(at: current.start) }
        }
        var expression = try parsePower()
        for (op, location) in prefixes.reversed() {
            expression = try node(.unary(op, expression), at: location, over: height)
        }
        return expression
    }

    /// `primary ** factor` (right-associative, binding tighter than a unary minus on its left).
    mutating func parsePower() throws(SyntaxError) -> Expr {
        let base = try parsePrimary()
        guard check(.doubleStar) else { return base }
        let baseHeight = height
        let baseStart = start
        advance()
        try enter()
        defer { depth -= 1 }
        let exponent = try parseFactor()
        return try node(
            .binary(base, .power, exponent), at: baseStart, over: max(baseHeight, height))
    }

    /// An atom followed by any number of `.name`, `(arguments)` and `[index]` trailers.
    mutating func parsePrimary() throws(SyntaxError) -> Expr {
        if check(.await) {
            throw error("'await' is not supported in lit cells", at: current.start)
        }
        var expression = try parseAtom()
        let expressionStart = start
        while case .op(let op) = current.kind {
            switch op {
            case .dot:
                advance()
                guard let name = currentName else { throw unexpected() }
                advance()
                expression = try node(
                    .attribute(expression, name: name), at: expressionStart, over: height)
            case .leftParen:
                let calleeHeight = height
                let (arguments, argumentsHeight) = try parseCallArguments()
                expression = try node(
                    .call(expression, arguments: arguments), at: expressionStart,
                    over: max(calleeHeight, argumentsHeight))
            case .leftBracket:
                let valueHeight = height
                advance()
                bracketLevel += 1
                let index = try parseSlices()
                let indexHeight = height
                try expectClosing(.rightBracket)
                expression = try node(
                    .subscript(expression, index: index), at: expressionStart,
                    over: max(valueHeight, indexHeight))
            default:
                return expression
            }
        }
        return expression
    }

    /// `slices`: one slice or expression, or a comma list of them (a tuple).
    mutating func parseSlices() throws(SyntaxError) -> Expr {
        let first = try parseSlice()
        let firstStart = start
        guard check(.comma) else {
            // `x[*a]` indexes with a tuple, as in CPython.
            if case .starred = first.kind {
                return try node(.tuple([first]), at: firstStart, over: height)
            }
            return first
        }
        var items = [first]
        var childHeight = height
        while accept(.comma) {
            guard startsExpression(current) || check(.colon) || check(.star) else { break }
            items.append(try parseSlice())
            childHeight = max(childHeight, height)
        }
        return try node(.tuple(items), at: firstStart, over: childHeight)
    }

    /// `lower:upper:step` with every part optional, a starred expression, or an expression.
    mutating func parseSlice() throws(SyntaxError) -> Expr {
        let start = current.start
        if check(.star) { return try parseStarExpression() }
        var lower: Expr?
        var childHeight = 0
        if !check(.colon) {
            let expression = try parseNamedExpression()
            guard check(.colon) else { return expression }
            lower = expression
            childHeight = height
        }
        advance()
        var upper: Expr?
        var step: Expr?
        if startsExpression(current) {
            upper = try parseExpression()
            childHeight = max(childHeight, height)
        }
        if accept(.colon), startsExpression(current) {
            step = try parseExpression()
            childHeight = max(childHeight, height)
        }
        return try node(
            .slice(lower: lower, upper: upper, step: step), at: start, over: childHeight)
    }

    /// `lambda parameters: body`.
    mutating func parseLambda() throws(SyntaxError) -> Expr {
        let start = current.start
        advance()
        let (parameters, parametersHeight) = try parseParameters(
            closing: .colon, allowsAnnotations: false)
        try expect(.colon)
        let body = try parseExpression()
        return try node(
            .lambda(parameters, body: body), at: start, over: max(parametersHeight, height))
    }

    /// CPython's name for an expression in messages such as `cannot assign to ...`.
    func expressionName(_ expression: Expr) -> String {
        switch expression.kind {
        case .name: return "name"
        case .attribute: return "attribute"
        case .subscript: return "subscript"
        case .starred: return "starred"
        case .list: return "list"
        case .tuple: return "tuple"
        case .lambda: return "lambda"
        case .call: return "function call"
        case .boolean, .binary, .unary: return "expression"
        case .generator: return "generator expression"
        case .listComprehension: return "list comprehension"
        case .setComprehension: return "set comprehension"
        case .dictComprehension: return "dict comprehension"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .formattedString: return "f-string expression"
        case .compare: return "comparison"
        case .conditional: return "conditional expression"
        case .namedExpr: return "named expression"
        case .slice: return "slice"
        case .constant(let constant):
            switch constant {
            case .none: return "None"
            case .bool(true): return "True"
            case .bool(false): return "False"
            case .ellipsis: return "ellipsis"
            default: return "literal"
            }
        }
    }
}
