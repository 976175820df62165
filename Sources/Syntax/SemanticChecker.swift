/// The checks CPython makes after parsing, in its order: first the symbol table's (over the
/// whole cell), then the compiler's (`'return' outside function`, `'break' outside loop`,
/// repeated keywords, misplaced starred expressions).
struct SemanticChecker {
    /// Where the names of repeated keyword arguments stand, by their values' locations.
    var repeatedKeywords: [SourceLocation: SourceLocation] = [:]

    /// Runs every check on a parsed module.
    static func check(
        _ module: Module, repeatedKeywords: [SourceLocation: SourceLocation] = [:],
        tracksNames: Bool = true
    ) throws(SyntaxError) {
        var symbols = SymbolTableChecker(tracksNames: tracksNames)
        try symbols.checkModule(module.body)
        var compiler = SemanticChecker(repeatedKeywords: repeatedKeywords)
        try compiler.checkBlock(module.body, inFunction: false, inLoop: false)
    }

    /// Whether the symbol table must record every name: only `global`, `nonlocal` and `:=`
    /// (perhaps inside an f-string field) make uses and assignments matter.
    static func needsNameTracking(_ stream: TokenStream) -> Bool {
        for token in stream.tokens {
            switch token.kind {
            case .keyword(.global), .keyword(.nonlocal), .op(.walrus): return true
            default: continue
            }
        }
        for literal in stream.strings where literal.isFormatted {
            for index in literal.body.indices.dropLast()
            where literal.body[index] == ":" && literal.body[index + 1] == "=" {
                return true
            }
        }
        return false
    }

    // MARK: - Compiler checks

    /// Checks statements; `inLoop` means a `break`/`continue` here has a loop to leave.
    mutating func checkBlock(_ body: [Stmt], inFunction: Bool, inLoop: Bool) throws(SyntaxError) {
        for statement in body {
            try checkStatement(statement, inFunction: inFunction, inLoop: inLoop)
        }
    }

    mutating func checkStatement(_ statement: Stmt, inFunction: Bool, inLoop: Bool)
        throws(SyntaxError)
    {
        let location = statement.location
        switch statement.kind {
        case .expr(let value):
            if case .starred = value.kind {
                throw SyntaxError("can't use starred expression here", at: value.location)
            }
            try checkExpression(value)
        case .assign(let targets, let value):
            if case .starred = value.kind {
                throw SyntaxError("can't use starred expression here", at: value.location)
            }
            try checkExpression(value)
            for target in targets { try checkTarget(target) }
        case .augAssign(let target, _, let value):
            try checkExpression(target)
            try checkExpression(value)
        case .annAssign(let target, let annotation, let value):
            if let value {
                if case .starred = value.kind {
                    throw SyntaxError("can't use starred expression here", at: value.location)
                }
                try checkExpression(value)
            }
            try checkExpression(target)
            try checkExpression(annotation)
        case .delete(let targets):
            for target in targets { try checkExpression(target) }
        case .pass, .global, .nonlocal, .importModules, .importFrom:
            break
        case .breakLoop:
            if !inLoop { throw SyntaxError("'break' outside loop", at: location) }
        case .continueLoop:
            if !inLoop { throw SyntaxError("'continue' not properly in loop", at: location) }
        case .returnValue(let value):
            if !inFunction { throw SyntaxError("'return' outside function", at: location) }
            if let value {
                if case .starred = value.kind {
                    throw SyntaxError("can't use starred expression here", at: value.location)
                }
                try checkExpression(value)
            }
        case .ifElse(let test, let body, let orElse):
            try checkExpression(test)
            try checkBlock(body, inFunction: inFunction, inLoop: inLoop)
            try checkBlock(orElse, inFunction: inFunction, inLoop: inLoop)
        case .whileLoop(let test, let body, let orElse):
            try checkExpression(test)
            try checkBlock(body, inFunction: inFunction, inLoop: true)
            try checkBlock(orElse, inFunction: inFunction, inLoop: inLoop)
        case .forLoop(let target, let iterable, let body, let orElse):
            try checkExpression(iterable)
            try checkTarget(target)
            try checkBlock(body, inFunction: inFunction, inLoop: true)
            try checkBlock(orElse, inFunction: inFunction, inLoop: inLoop)
        case .functionDef(let definition):
            for decorator in definition.decorators { try checkExpression(decorator) }
            try checkParameters(definition.parameters)
            if let returns = definition.returns { try checkExpression(returns) }
            try checkBlock(definition.body, inFunction: true, inLoop: false)
        case .classDef(let definition):
            for decorator in definition.decorators { try checkExpression(decorator) }
            try checkArguments(definition.bases)
            try checkBlock(definition.body, inFunction: false, inLoop: false)
        case .tryStatement(let body, let handlers, let orElse, let finally):
            try checkBlock(body, inFunction: inFunction, inLoop: inLoop)
            for (position, handler) in handlers.enumerated() {
                if handler.type == nil && position < handlers.count - 1 {
                    throw SyntaxError("default 'except:' must be last", at: handler.location)
                }
                if let type = handler.type { try checkExpression(type) }
                try checkBlock(handler.body, inFunction: inFunction, inLoop: inLoop)
            }
            try checkBlock(orElse, inFunction: inFunction, inLoop: inLoop)
            try checkBlock(finally, inFunction: inFunction, inLoop: inLoop)
        case .raise(let exception, let cause):
            if let exception { try checkExpression(exception) }
            if let cause { try checkExpression(cause) }
        case .assert(let test, let message):
            try checkExpression(test)
            if let message { try checkExpression(message) }
        case .with(let items, let body):
            for item in items {
                try checkExpression(item.context)
                if let target = item.target { try checkTarget(target) }
            }
            try checkBlock(body, inFunction: inFunction, inLoop: inLoop)
        }
    }

    /// Checks an assignment target: at most one starred item per list/tuple, none alone.
    mutating func checkTarget(_ target: Expr) throws(SyntaxError) {
        switch target.kind {
        case .starred:
            throw SyntaxError(
                "starred assignment target must be in a list or tuple", at: target.location)
        case .list(let items), .tuple(let items):
            var starred = 0
            for item in items {
                if case .starred(let inner) = item.kind {
                    starred += 1
                    if starred > 1 {
                        throw SyntaxError(
                            "multiple starred expressions in assignment", at: target.location)
                    }
                    try checkTarget(inner)
                } else {
                    try checkTarget(item)
                }
            }
        default:
            try checkExpression(target)
        }
    }

    mutating func checkParameters(_ parameters: Parameters) throws(SyntaxError) {
        let all =
            parameters.positionalOnly + parameters.regular + parameters.keywordOnly
            + [parameters.varArgs, parameters.varKeywords].compactMap { $0 }
        for parameter in all {
            if let value = parameter.defaultValue { try checkExpression(value) }
            if let annotation = parameter.annotation { try checkExpression(annotation) }
        }
    }

    mutating func checkArguments(_ arguments: [Argument]) throws(SyntaxError) {
        var keywords: Set<String> = []
        for argument in arguments {
            switch argument {
            case .positional(let value), .star(let value), .doubleStar(let value):
                try checkExpression(value)
            case .keyword(let name, let value):
                if !keywords.insert(name).inserted {
                    throw SyntaxError(
                        "keyword argument repeated: \(name)",
                        at: repeatedKeywords[value.location] ?? value.location)
                }
                try checkExpression(value)
            }
        }
    }

    /// Checks the expressions inside an expression (calls' keywords, bare starred items).
    mutating func checkExpression(_ expression: Expr) throws(SyntaxError) {
        switch expression.kind {
        case .name, .constant:
            break
        case .formattedString(let parts):
            try checkParts(parts)
        case .list(let items), .tuple(let items), .set(let items):
            for item in items {
                if case .starred(let inner) = item.kind {
                    try checkExpression(inner)
                } else {
                    try checkExpression(item)
                }
            }
        case .dict(let items):
            for item in items {
                switch item {
                case .pair(let key, let value):
                    try checkExpression(key)
                    try checkExpression(value)
                case .unpack(let mapping):
                    try checkExpression(mapping)
                }
            }
        case .starred:
            throw SyntaxError("can't use starred expression here", at: expression.location)
        case .attribute(let value, _):
            try checkExpression(value)
        case .subscript(let value, let index):
            try checkExpression(value)
            if case .starred(let inner) = index.kind {
                try checkExpression(inner)
            } else {
                try checkExpression(index)
            }
        case .slice(let lower, let upper, let step):
            for part in [lower, upper, step] {
                if let part { try checkExpression(part) }
            }
        case .call(let function, let arguments):
            try checkExpression(function)
            try checkArguments(arguments)
        case .unary(_, let operand):
            try checkExpression(operand)
        case .binary(let left, _, let right):
            try checkExpression(left)
            try checkExpression(right)
        case .boolean(_, let values):
            for value in values { try checkExpression(value) }
        case .compare(let left, let comparisons):
            try checkExpression(left)
            for comparison in comparisons { try checkExpression(comparison.right) }
        case .conditional(let test, let body, let orElse):
            try checkExpression(test)
            try checkExpression(body)
            try checkExpression(orElse)
        case .lambda(let parameters, let body):
            try checkParameters(parameters)
            try checkExpression(body)
        case .listComprehension(let element, let clauses),
            .setComprehension(let element, let clauses),
            .generator(let element, let clauses):
            try checkClauses(clauses)
            try checkExpression(element)
        case .dictComprehension(let key, let value, let clauses):
            try checkClauses(clauses)
            try checkExpression(key)
            try checkExpression(value)
        case .namedExpr(_, let value):
            try checkExpression(value)
        }
    }

    mutating func checkClauses(_ clauses: [Comprehension]) throws(SyntaxError) {
        for clause in clauses {
            try checkExpression(clause.iterable)
            try checkTarget(clause.target)
            for condition in clause.conditions { try checkExpression(condition) }
        }
    }

    mutating func checkParts(_ parts: [FormattedStringPart]) throws(SyntaxError) {
        for part in parts {
            guard case .field(let field) = part else { continue }
            try checkExpression(field.value)
            if let spec = field.formatSpec { try checkParts(spec) }
        }
    }
}
