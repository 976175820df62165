import Syntax

/// The name-binding facts of one code unit, collected before code generation.
final class Scope {
    /// What kind of code unit.
    enum Kind {
        case module, function, lambda, classBody, comprehension, generator
    }

    let kind: Kind
    let name: String
    /// Parameters in slot order (positional, keyword-only, `*args`, `**kwargs`).
    var parameters: [String] = []
    var bound: [String] = []
    var boundSet: Set<String> = []
    var used: Set<String> = []
    var globals: Set<String> = []
    var nonlocals: Set<String> = []
    /// Where each `nonlocal` name was declared (for error locations).
    var nonlocalLocations: [String: SourceLocation] = [:]
    var children: [Scope] = []
    private var childCursor = 0

    // Results of resolution.
    var cells: [String] = []
    var frees: [String] = []
    var slots: [String: Int] = [:]
    var cellSlots: [String: Int] = [:]
    var freeSlots: [String: Int] = [:]
    var slotCount = 0
    var slotNames: [String] = []

    init(kind: Kind, name: String) {
        self.kind = kind
        self.name = name
    }

    /// Whether names bound here live in frame slots (functions and comprehensions).
    var isFunctionLike: Bool {
        switch kind {
        case .function, .lambda, .comprehension, .generator: return true
        case .module, .classBody: return false
        }
    }

    func bind(_ name: String) {
        if boundSet.insert(name).inserted {
            bound.append(name)
        }
    }

    /// The next child scope during code generation (children are visited in the same order
    /// by analysis and generation).
    func nextChild() -> Scope? {
        guard childCursor < children.count else { return nil }
        defer { childCursor += 1 }
        return children[childCursor]
    }

    /// Whether a name is local to this scope (bound here and not declared global/nonlocal).
    func isLocal(_ name: String) -> Bool {
        boundSet.contains(name) && !globals.contains(name) && !nonlocals.contains(name)
    }
}

/// Collects scopes from the AST and resolves locals, cells, free variables and globals.
struct ScopeAnalyzer {
    /// Builds and resolves the scope tree of a cell.
    static func analyze(_ module: Module) throws(SyntaxError) -> Scope {
        let root = Scope(kind: .module, name: "<module>")
        var collector = Collector()
        try collector.block(module.body, root)
        _ = try resolve(root, visible: [:])
        return root
    }

    /// Resolves a scope and its children; returns the free names it needs from outside.
    private static func resolve(_ scope: Scope, visible: [String: Scope]) throws(SyntaxError)
        -> Set<String>
    {
        var inner = visible
        switch scope.kind {
        case .module:
            inner = [:]
        case .classBody:
            inner["__class__"] = scope
        default:
            for name in scope.bound where scope.isLocal(name) {
                inner[name] = scope
            }
            for p in scope.parameters {
                inner[p] = scope
            }
        }
        var childFrees = Set<String>()
        for child in scope.children {
            childFrees.formUnion(try resolve(child, visible: inner))
        }
        var frees = Set<String>()
        var cells = Set<String>()
        for name in scope.nonlocals.sorted() {
            if visible[name] != nil {
                frees.insert(name)
            } else if scope.kind == .comprehension || scope.kind == .generator {
                // An assignment expression at module level binds a global.
                scope.nonlocals.remove(name)
                scope.globals.insert(name)
            } else {
                throw SyntaxError(
                    "no binding for nonlocal '\(name)' found",
                    at: scope.nonlocalLocations[name] ?? SourceLocation(line: 1, column: 1))
            }
        }
        if scope.kind != .module {
            for name in scope.used where !scope.globals.contains(name) {
                if scope.isFunctionLike && (scope.isLocal(name) || scope.parameters.contains(name))
                {
                    continue
                }
                if scope.kind == .classBody && name == "__class__" {
                    continue
                }
                if visible[name] != nil {
                    frees.insert(name)
                }
            }
        }
        for name in childFrees {
            if scope.isFunctionLike && (scope.isLocal(name) || scope.parameters.contains(name)) {
                cells.insert(name)
            } else if scope.kind == .classBody && name == "__class__" {
                cells.insert(name)
            } else if scope.kind == .module {
                continue
            } else {
                frees.insert(name)
            }
        }
        // Slot layout.
        var slot = 0
        if scope.kind == .classBody || scope.kind == .comprehension || scope.kind == .generator {
            slot = 1
            scope.slotNames = [scope.kind == .classBody ? "<namespace>" : ".0"]
        }
        if scope.isFunctionLike {
            for p in scope.parameters {
                scope.slots[p] = slot
                scope.slotNames.append(p)
                slot += 1
            }
            for name in scope.bound where scope.isLocal(name) && scope.slots[name] == nil {
                if cells.contains(name) { continue }
                scope.slots[name] = slot
                scope.slotNames.append(name)
                slot += 1
            }
        }
        scope.cells = cells.sorted()
        for name in scope.cells {
            scope.cellSlots[name] = slot
            scope.slotNames.append(name)
            slot += 1
        }
        scope.frees = frees.sorted()
        for name in scope.frees {
            scope.freeSlots[name] = slot
            scope.slotNames.append(name)
            slot += 1
        }
        scope.slotCount = slot
        return frees
    }
}

/// Walks the AST recording bindings, uses, declarations and child scopes.
private struct Collector {
    mutating func block(_ statements: [Stmt], _ scope: Scope) throws(SyntaxError) {
        for s in statements {
            try statement(s, scope)
        }
    }

    private func declarationError(
        _ name: String, _ scope: Scope, global: Bool, _ at: SourceLocation
    )
        throws(SyntaxError)
    {
        let word = global ? "global" : "nonlocal"
        if scope.parameters.contains(name) {
            throw SyntaxError("name '\(name)' is parameter and \(word)", at: at)
        }
        if scope.boundSet.contains(name) {
            throw SyntaxError("name '\(name)' is assigned to before \(word) declaration", at: at)
        }
        if scope.used.contains(name) {
            throw SyntaxError("name '\(name)' is used prior to \(word) declaration", at: at)
        }
    }

    mutating func statement(_ s: Stmt, _ scope: Scope) throws(SyntaxError) {
        switch s.kind {
        case .expr(let e):
            try expression(e, scope)
        case .assign(let targets, let value):
            for t in targets {
                try target(t, scope)
            }
            try expression(value, scope)
        case .augAssign(let t, _, let value):
            try target(t, scope)
            if case .name(let n) = t.kind { scope.used.insert(n) }
            try expression(value, scope)
        case .annAssign(let t, _, let value):
            try target(t, scope)
            if let v = value { try expression(v, scope) }
        case .delete(let targets):
            for t in targets {
                try target(t, scope)
            }
        case .pass, .breakLoop, .continueLoop:
            break
        case .returnValue(let e):
            if let e = e { try expression(e, scope) }
        case .ifElse(let test, let body, let orElse):
            try expression(test, scope)
            try block(body, scope)
            try block(orElse, scope)
        case .whileLoop(let test, let body, let orElse):
            try expression(test, scope)
            try block(body, scope)
            try block(orElse, scope)
        case .forLoop(let t, let iterable, let body, let orElse):
            try target(t, scope)
            try expression(iterable, scope)
            try block(body, scope)
            try block(orElse, scope)
        case .functionDef(let def):
            for d in def.decorators {
                try expression(d, scope)
            }
            try parameterDefaults(def.parameters, scope)
            scope.bind(def.name)
            let child = Scope(kind: .function, name: def.name)
            scope.children.append(child)
            try parameters(def.parameters, child)
            try block(def.body, child)
            if child.used.contains("super") { child.used.insert("__class__") }
        case .classDef(let def):
            for d in def.decorators {
                try expression(d, scope)
            }
            for b in def.bases {
                try argument(b, scope)
            }
            scope.bind(def.name)
            let child = Scope(kind: .classBody, name: def.name)
            scope.children.append(child)
            try block(def.body, child)
        case .tryStatement(let body, let handlers, let orElse, let finally):
            try block(body, scope)
            for h in handlers {
                if let t = h.type { try expression(t, scope) }
                if let n = h.name { scope.bind(n) }
                try block(h.body, scope)
            }
            try block(orElse, scope)
            try block(finally, scope)
        case .raise(let e, let cause):
            if let e = e { try expression(e, scope) }
            if let c = cause { try expression(c, scope) }
        case .assert(let test, let message):
            try expression(test, scope)
            if let m = message { try expression(m, scope) }
        case .with(let items, let body):
            for item in items {
                try expression(item.context, scope)
                if let t = item.target { try target(t, scope) }
            }
            try block(body, scope)
        case .importModules(let aliases):
            for a in aliases {
                let bound =
                    a.alias ?? String(a.name.split(separator: ".").first ?? Substring(a.name))
                scope.bind(bound)
            }
        case .importFrom(_, let names, _):
            for a in names where a.name != "*" {
                scope.bind(a.alias ?? a.name)
            }
        case .global(let names):
            if scope.kind == .module { return }
            for n in names {
                try declarationError(n, scope, global: true, s.location)
                scope.globals.insert(n)
            }
        case .nonlocal(let names):
            if scope.kind == .module {
                throw SyntaxError(
                    "nonlocal declaration not allowed at module level", at: s.location)
            }
            for n in names {
                try declarationError(n, scope, global: false, s.location)
                scope.nonlocals.insert(n)
                scope.nonlocalLocations[n] = s.location
            }
        }
    }

    private mutating func parameterDefaults(_ p: Parameters, _ scope: Scope) throws(SyntaxError) {
        for param in p.positionalOnly + p.regular + p.keywordOnly {
            if let d = param.defaultValue { try expression(d, scope) }
        }
    }

    private func parameters(_ p: Parameters, _ scope: Scope) throws(SyntaxError) {
        var names: [String] = []
        for param in p.positionalOnly + p.regular + p.keywordOnly {
            names.append(param.name)
        }
        if let v = p.varArgs { names.append(v.name) }
        if let k = p.varKeywords { names.append(k.name) }
        var seen = Set<String>()
        for n in names {
            if !seen.insert(n).inserted {
                throw SyntaxError(
                    "duplicate argument '\(n)' in function definition",
                    at: (p.positionalOnly + p.regular + p.keywordOnly).first?.location
                        ?? SourceLocation(line: 1, column: 1))
            }
        }
        scope.parameters = names
    }

    private mutating func argument(_ a: Argument, _ scope: Scope) throws(SyntaxError) {
        switch a {
        case .positional(let e), .star(let e), .doubleStar(let e): try expression(e, scope)
        case .keyword(_, let e): try expression(e, scope)
        }
    }

    mutating func target(_ e: Expr, _ scope: Scope) throws(SyntaxError) {
        switch e.kind {
        case .name(let n):
            scope.bind(n)
        case .tuple(let items), .list(let items):
            for i in items {
                try target(i, scope)
            }
        case .starred(let inner):
            try target(inner, scope)
        case .attribute(let obj, _):
            try expression(obj, scope)
        case .subscript(let obj, let index):
            try expression(obj, scope)
            try expression(index, scope)
        default:
            try expression(e, scope)
        }
    }

    mutating func expression(_ e: Expr, _ scope: Scope) throws(SyntaxError) {
        switch e.kind {
        case .name(let n):
            scope.used.insert(n)
        case .constant:
            break
        case .formattedString(let parts):
            try formatted(parts, scope)
        case .list(let items), .tuple(let items), .set(let items):
            for i in items {
                try expression(i, scope)
            }
        case .dict(let items):
            for item in items {
                switch item {
                case .pair(let k, let v):
                    try expression(k, scope)
                    try expression(v, scope)
                case .unpack(let m):
                    try expression(m, scope)
                }
            }
        case .starred(let inner):
            try expression(inner, scope)
        case .attribute(let obj, _):
            try expression(obj, scope)
        case .subscript(let obj, let index):
            try expression(obj, scope)
            try expression(index, scope)
        case .slice(let lo, let hi, let step):
            if let x = lo { try expression(x, scope) }
            if let x = hi { try expression(x, scope) }
            if let x = step { try expression(x, scope) }
        case .call(let callee, let args):
            try expression(callee, scope)
            for a in args {
                try argument(a, scope)
            }
        case .unary(_, let x):
            try expression(x, scope)
        case .binary(let a, _, let b):
            try expression(a, scope)
            try expression(b, scope)
        case .boolean(_, let items):
            for i in items {
                try expression(i, scope)
            }
        case .compare(let first, let steps):
            try expression(first, scope)
            for s in steps {
                try expression(s.right, scope)
            }
        case .conditional(let test, let body, let orElse):
            try expression(test, scope)
            try expression(body, scope)
            try expression(orElse, scope)
        case .lambda(let params, let body):
            try parameterDefaults(params, scope)
            let child = Scope(kind: .lambda, name: "<lambda>")
            scope.children.append(child)
            try parameters(params, child)
            try expression(body, child)
        case .listComprehension(let element, let clauses):
            try comprehension(clauses, scope, kind: .comprehension, name: "<listcomp>") {
                (c: inout Collector, s: Scope) throws(SyntaxError) in
                try c.expression(element, s)
            }
        case .setComprehension(let element, let clauses):
            try comprehension(clauses, scope, kind: .comprehension, name: "<setcomp>") {
                (c: inout Collector, s: Scope) throws(SyntaxError) in
                try c.expression(element, s)
            }
        case .dictComprehension(let key, let value, let clauses):
            try comprehension(clauses, scope, kind: .comprehension, name: "<dictcomp>") {
                (c: inout Collector, s: Scope) throws(SyntaxError) in
                try c.expression(key, s)
                try c.expression(value, s)
            }
        case .generator(let element, let clauses):
            try comprehension(clauses, scope, kind: .generator, name: "<genexpr>") {
                (c: inout Collector, s: Scope) throws(SyntaxError) in
                try c.expression(element, s)
            }
        case .namedExpr(let name, let value):
            try expression(value, scope)
            // Inside a comprehension the name binds in the nearest enclosing function or module.
            if scope.kind == .comprehension || scope.kind == .generator {
                scope.nonlocals.insert(name)
                scope.used.insert(name)
                pendingWalrus.append(name)
            } else {
                scope.bind(name)
            }
        }
    }

    private var pendingWalrus: [String] = []

    private mutating func comprehension(
        _ clauses: [Comprehension], _ scope: Scope, kind: Scope.Kind, name: String,
        _ body: (inout Collector, Scope) throws(SyntaxError) -> Void
    ) throws(SyntaxError) {
        guard let first = clauses.first else { return }
        try expression(first.iterable, scope)
        let child = Scope(kind: kind, name: name)
        scope.children.append(child)
        let saved = pendingWalrus
        pendingWalrus = []
        for (i, clause) in clauses.enumerated() {
            if i > 0 { try expression(clause.iterable, child) }
            try target(clause.target, child)
            for c in clause.conditions {
                try expression(c, child)
            }
        }
        try body(&self, child)
        for n in pendingWalrus {
            if scope.kind == .comprehension || scope.kind == .generator {
                scope.nonlocals.insert(n)
                scope.used.insert(n)
            } else {
                scope.bind(n)
            }
        }
        let propagated = pendingWalrus
        pendingWalrus = saved
        if scope.kind == .comprehension || scope.kind == .generator {
            pendingWalrus.append(contentsOf: propagated)
        }
    }

    private mutating func formatted(_ parts: [FormattedStringPart], _ scope: Scope)
        throws(SyntaxError)
    {
        for p in parts {
            if case .field(let f) = p {
                try expression(f.value, scope)
                if let spec = f.formatSpec { try formatted(spec, scope) }
            }
        }
    }
}
