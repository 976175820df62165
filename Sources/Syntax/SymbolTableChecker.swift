/// The errors CPython's symbol table reports: misplaced `global`/`nonlocal` declarations,
/// duplicate parameters, `import *` outside the module level.
struct SymbolTableChecker {
    /// How a name is used in one scope so far (CPython's `DEF_*`/`USE` flags).
    private struct Flags: OptionSet {
        let rawValue: UInt8
        static let parameter = Flags(rawValue: 1)
        static let local = Flags(rawValue: 2)
        static let use = Flags(rawValue: 4)
        static let annotated = Flags(rawValue: 8)
        static let global = Flags(rawValue: 16)
        static let nonlocal = Flags(rawValue: 32)
    }

    private enum ScopeKind {
        case module, function, `class`
    }

    private struct Scope {
        var kind: ScopeKind
        var parent: Int?
        var names: [String: Flags] = [:]
        /// `nonlocal` declarations, for the check that each has a binding outside.
        var nonlocals: [(name: String, location: SourceLocation)] = []
    }

    private var scopes: [Scope] = []
    private var current = 0
    /// Whether to record every name's uses; without `global`, `nonlocal` or `:=` in the
    /// source only parameters matter (for duplicates), which saves most of the hashing.
    private let tracksNames: Bool
    /// How many comprehension iterables enclose the expression being visited.
    private var comprehensionIterables = 0
    /// The iteration variables of the comprehensions being visited, innermost last.
    private var comprehensionTargets: [Set<String>] = []

    /// Creates a checker; `tracksNames` is needed when the source has `global`, `nonlocal`
    /// or `:=`.
    init(tracksNames: Bool = true) {
        self.tracksNames = tracksNames
    }

    /// Checks a whole module.
    mutating func checkModule(_ body: [Stmt]) throws(SyntaxError) {
        scopes = [Scope(kind: .module, parent: nil)]
        current = 0
        try visitBlock(body)
        try analyzeNonlocals()
    }

    // MARK: - Scopes

    private mutating func enterScope(_ kind: ScopeKind) {
        scopes.append(Scope(kind: kind, parent: current))
        current = scopes.count - 1
    }

    private mutating func leaveScope() {
        current = scopes[current].parent ?? 0
    }

    private mutating func add(_ name: String, _ flags: Flags) {
        guard tracksNames || flags.contains(.parameter) else { return }
        scopes[current].names[name, default: []].formUnion(flags)
    }

    private mutating func addParameter(_ parameter: Parameter) throws(SyntaxError) {
        if scopes[current].names[parameter.name]?.contains(.parameter) == true {
            throw SyntaxError(
                "duplicate argument '\(parameter.name)' in function definition",
                at: parameter.location)
        }
        add(parameter.name, .parameter)
    }

    /// Every `nonlocal` name must be bound in an enclosing function.
    private func analyzeNonlocals() throws(SyntaxError) {
        for scope in scopes {
            for (name, location) in scope.nonlocals {
                var parent = scope.parent
                var found = false
                while let index = parent {
                    let enclosing = scopes[index]
                    if enclosing.kind == .function, let flags = enclosing.names[name],
                        !flags.contains(.global),
                        !flags.isDisjoint(with: [.parameter, .local, .nonlocal])
                    {
                        found = true
                        break
                    }
                    parent = enclosing.parent
                }
                if !found {
                    throw SyntaxError("no binding for nonlocal '\(name)' found", at: location)
                }
            }
        }
    }

    // MARK: - Statements

    private mutating func visitBlock(_ body: [Stmt]) throws(SyntaxError) {
        for statement in body { try visitStatement(statement) }
    }

    private mutating func visitStatement(_ statement: Stmt) throws(SyntaxError) {
        switch statement.kind {
        case .expr(let value):
            try visit(value)
        case .assign(let targets, let value):
            for target in targets { try visitTarget(target) }
            try visit(value)
        case .augAssign(let target, _, let value):
            try visitTarget(target)
            try visit(value)
        case .annAssign(let target, let annotation, let value):
            if case .name(let name) = target.kind {
                if scopes[current].names[name]?.contains(.global) == true {
                    throw SyntaxError(
                        "annotated name '\(name)' can't be global", at: target.location)
                }
                add(name, [.annotated, .local])
            } else {
                try visit(target)
            }
            try visit(annotation)
            if let value { try visit(value) }
        case .delete(let targets):
            for target in targets { try visitTarget(target) }
        case .pass, .breakLoop, .continueLoop:
            break
        case .returnValue(let value):
            if let value { try visit(value) }
        case .ifElse(let test, let body, let orElse), .whileLoop(let test, let body, let orElse):
            try visit(test)
            try visitBlock(body)
            try visitBlock(orElse)
        case .forLoop(let target, let iterable, let body, let orElse):
            try visitTarget(target)
            try visit(iterable)
            try visitBlock(body)
            try visitBlock(orElse)
        case .functionDef(let definition):
            add(definition.name, .local)
            for decorator in definition.decorators { try visit(decorator) }
            try visitDefaultsAndAnnotations(definition.parameters)
            if let returns = definition.returns { try visit(returns) }
            enterScope(.function)
            try addParameters(definition.parameters)
            try visitBlock(definition.body)
            leaveScope()
        case .classDef(let definition):
            add(definition.name, .local)
            for decorator in definition.decorators { try visit(decorator) }
            try visitArguments(definition.bases)
            enterScope(.class)
            try visitBlock(definition.body)
            leaveScope()
        case .tryStatement(let body, let handlers, let orElse, let finally):
            try visitBlock(body)
            for handler in handlers {
                if let type = handler.type { try visit(type) }
                if let name = handler.name { add(name, .local) }
                try visitBlock(handler.body)
            }
            try visitBlock(orElse)
            try visitBlock(finally)
        case .raise(let exception, let cause):
            if let exception { try visit(exception) }
            if let cause { try visit(cause) }
        case .assert(let test, let message):
            try visit(test)
            if let message { try visit(message) }
        case .with(let items, let body):
            for item in items {
                try visit(item.context)
                if let target = item.target { try visitTarget(target) }
            }
            try visitBlock(body)
        case .importModules(let names):
            for alias in names {
                let bound =
                    alias.alias ?? String(alias.name.split(separator: ".").first ?? "")
                add(bound, .local)
            }
        case .importFrom(_, let names, _):
            for alias in names {
                if alias.name == "*" {
                    if scopes[current].kind != .module {
                        throw SyntaxError(
                            "import * only allowed at module level", at: alias.location)
                    }
                    continue
                }
                add(alias.alias ?? alias.name, .local)
            }
        case .global(let names):
            for name in names {
                try checkDeclaration(name, isGlobal: true, at: statement.location)
                add(name, .global)
            }
        case .nonlocal(let names):
            if scopes[current].kind == .module {
                throw SyntaxError(
                    "nonlocal declaration not allowed at module level", at: statement.location)
            }
            for name in names {
                try checkDeclaration(name, isGlobal: false, at: statement.location)
                add(name, .nonlocal)
                scopes[current].nonlocals.append((name, statement.location))
            }
        }
    }

    /// CPython's checks of a `global`/`nonlocal` name against its earlier uses in the scope.
    private func checkDeclaration(_ name: String, isGlobal: Bool, at location: SourceLocation)
        throws(SyntaxError)
    {
        let declaration = isGlobal ? "global" : "nonlocal"
        guard let flags = scopes[current].names[name] else { return }
        let message: String
        if flags.contains(.parameter) {
            message = "name '\(name)' is parameter and \(declaration)"
        } else if flags.contains(.use) {
            message = "name '\(name)' is used prior to \(declaration) declaration"
        } else if flags.contains(.annotated) {
            message = "annotated name '\(name)' can't be \(declaration)"
        } else if flags.contains(.local) {
            message = "name '\(name)' is assigned to before \(declaration) declaration"
        } else if isGlobal && flags.contains(.nonlocal) {
            message = "name '\(name)' is nonlocal and global"
        } else if !isGlobal && flags.contains(.global) {
            message = "name '\(name)' is nonlocal and global"
        } else {
            return
        }
        throw SyntaxError(message, at: location)
    }

    private mutating func addParameters(_ parameters: Parameters) throws(SyntaxError) {
        for parameter in parameters.positionalOnly + parameters.regular {
            try addParameter(parameter)
        }
        if let varArgs = parameters.varArgs { try addParameter(varArgs) }
        for parameter in parameters.keywordOnly { try addParameter(parameter) }
        if let varKeywords = parameters.varKeywords { try addParameter(varKeywords) }
    }

    private mutating func visitDefaultsAndAnnotations(_ parameters: Parameters)
        throws(SyntaxError)
    {
        let all =
            parameters.positionalOnly + parameters.regular + parameters.keywordOnly
            + [parameters.varArgs, parameters.varKeywords].compactMap { $0 }
        for parameter in all {
            if let value = parameter.defaultValue { try visit(value) }
        }
        for parameter in all {
            if let annotation = parameter.annotation { try visit(annotation) }
        }
    }

    private mutating func visitArguments(_ arguments: [Argument]) throws(SyntaxError) {
        for argument in arguments {
            switch argument {
            case .positional(let value), .star(let value), .doubleStar(let value),
                .keyword(_, let value):
                try visit(value)
            }
        }
    }

    // MARK: - Expressions

    /// Records the names a target binds (and the expressions inside it it evaluates).
    private mutating func visitTarget(_ target: Expr) throws(SyntaxError) {
        switch target.kind {
        case .name(let name):
            add(name, .local)
        case .tuple(let items), .list(let items):
            for item in items { try visitTarget(item) }
        case .starred(let value):
            try visitTarget(value)
        default:
            try visit(target)
        }
    }

    /// Records the names an expression reads.
    private mutating func visit(_ expression: Expr) throws(SyntaxError) {
        switch expression.kind {
        case .name(let name):
            add(name, .use)
        case .constant:
            break
        case .formattedString(let parts):
            try visitParts(parts)
        case .list(let items), .tuple(let items), .set(let items):
            for item in items { try visit(item) }
        case .dict(let items):
            for item in items {
                switch item {
                case .pair(let key, let value):
                    try visit(key)
                    try visit(value)
                case .unpack(let mapping):
                    try visit(mapping)
                }
            }
        case .starred(let value), .attribute(let value, _), .unary(_, let value):
            try visit(value)
        case .subscript(let value, let index):
            try visit(value)
            try visit(index)
        case .slice(let lower, let upper, let step):
            for part in [lower, upper, step] {
                if let part { try visit(part) }
            }
        case .call(let function, let arguments):
            try visit(function)
            try visitArguments(arguments)
        case .binary(let left, _, let right):
            try visit(left)
            try visit(right)
        case .boolean(_, let values):
            for value in values { try visit(value) }
        case .compare(let left, let comparisons):
            try visit(left)
            for comparison in comparisons { try visit(comparison.right) }
        case .conditional(let test, let body, let orElse):
            try visit(test)
            try visit(body)
            try visit(orElse)
        case .lambda(let parameters, let body):
            try visitDefaultsAndAnnotations(parameters)
            // A lambda is a scope of its own: comprehension rules stop at it.
            let saved = (comprehensionIterables, comprehensionTargets)
            (comprehensionIterables, comprehensionTargets) = (0, [])
            enterScope(.function)
            try addParameters(parameters)
            try visit(body)
            leaveScope()
            (comprehensionIterables, comprehensionTargets) = saved
        case .listComprehension(let element, let clauses),
            .setComprehension(let element, let clauses),
            .generator(let element, let clauses):
            try visitComprehension(clauses) {
                (checker: inout SymbolTableChecker) throws(SyntaxError) in
                try checker.visit(element)
            }
        case .dictComprehension(let key, let value, let clauses):
            try visitComprehension(clauses) {
                (checker: inout SymbolTableChecker) throws(SyntaxError) in
                try checker.visit(key)
                try checker.visit(value)
            }
        case .namedExpr(let name, let value):
            if comprehensionIterables > 0 {
                throw SyntaxError(
                    "assignment expression cannot be used in a comprehension iterable expression",
                    at: expression.location)
            }
            if !comprehensionTargets.isEmpty {
                if comprehensionTargets.contains(where: { $0.contains(name) }) {
                    throw SyntaxError(
                        "assignment expression cannot rebind comprehension iteration variable "
                            + "'\(name)'", at: expression.location)
                }
                if enclosingNonComprehensionIsClass() {
                    throw SyntaxError(
                        "assignment expression within a comprehension cannot be used in a class "
                            + "body", at: expression.location)
                }
            }
            try visit(value)
            addWalrusBinding(name)
        }
    }

    /// A comprehension: its first iterable belongs to the enclosing scope, the rest to its own.
    private mutating func visitComprehension(
        _ clauses: [Comprehension],
        element: (inout SymbolTableChecker) throws(SyntaxError) -> Void
    ) throws(SyntaxError) {
        guard let first = clauses.first else { return }
        comprehensionIterables += 1
        try visit(first.iterable)
        comprehensionIterables -= 1
        enterScope(.function)
        var targets: Set<String> = []
        for clause in clauses { Self.collectNames(clause.target, into: &targets) }
        comprehensionTargets.append(targets)
        for (position, clause) in clauses.enumerated() {
            try visitTarget(clause.target)
            if position > 0 {
                comprehensionIterables += 1
                try visit(clause.iterable)
                comprehensionIterables -= 1
            }
            for condition in clause.conditions { try visit(condition) }
        }
        try element(&self)
        comprehensionTargets.removeLast()
        leaveScope()
    }

    /// The names a target binds.
    private static func collectNames(_ target: Expr, into names: inout Set<String>) {
        switch target.kind {
        case .name(let name): names.insert(name)
        case .tuple(let items), .list(let items):
            for item in items { collectNames(item, into: &names) }
        case .starred(let value): collectNames(value, into: &names)
        default: break
        }
    }

    /// Whether the scope a comprehension's `:=` binds in (the nearest one that is not a
    /// comprehension) is a class body.
    private func enclosingNonComprehensionIsClass() -> Bool {
        var index = current
        var comprehensions = comprehensionTargets.count
        while comprehensions > 0, let parent = scopes[index].parent {
            index = parent
            comprehensions -= 1
        }
        return scopes[index].kind == .class
    }

    /// `name := value` inside comprehensions binds in the nearest enclosing non-comprehension
    /// scope; this checker treats every comprehension scope as a function scope, so the name
    /// is recorded where it appears.
    private mutating func addWalrusBinding(_ name: String) {
        add(name, .local)
    }

    private mutating func visitParts(_ parts: [FormattedStringPart]) throws(SyntaxError) {
        for part in parts {
            guard case .field(let field) = part else { continue }
            try visit(field.value)
            if let spec = field.formatSpec { try visitParts(spec) }
        }
    }
}
