import BigInt
import Syntax

/// Compiles a parsed cell into a tree of nodes (one ``CodeObject`` per code unit).
final class Compiler {
    let rt: Runtime
    let label: String

    /// Where code generation currently is.
    struct Context {
        let scope: Scope
        let code: CodeObject
        var loopDepth: Int
        let qualnamePrefix: String
        /// The innermost enclosing class, for private name mangling (`__x` → `_C__x`).
        var className: String? = nil
    }

    /// CPython's private name mangling: `__name` inside class `C` becomes `_C__name`.
    func mangle(_ name: String, _ ctx: Context) -> String {
        guard let cls = ctx.className, name.hasPrefix("__"), !name.hasSuffix("__"),
            !name.contains(".")
        else { return name }
        let stripped = cls.drop { $0 == "_" }
        if stripped.isEmpty { return name }
        return "_" + stripped + name
    }

    init(_ rt: Runtime, label: String) {
        self.rt = rt
        self.label = label
    }

    /// Compiles a cell; the last expression statement keeps its value for display unless the
    /// cell ends with `;`.
    func compileCell(_ module: Module) throws(SyntaxError) -> CodeObject {
        let scope = try ScopeAnalyzer.analyze(module)
        let code = CodeObject(
            name: "<module>", qualname: "<module>", kind: .module, label: label, firstLine: 1)
        code.slotCount = scope.slotCount
        let ctx = Context(scope: scope, code: code, loopDepth: 0, qualnamePrefix: "")
        var statements: [StmtNode] = []
        for (i, s) in module.body.enumerated() {
            if i == module.body.count - 1, case .expr(let e) = s.kind, !module.endsWithSemicolon {
                statements.append(code.keep(DisplayStmtNode(try expr(e, ctx), rt, s.location)))
            } else {
                statements.append(try stmt(s, ctx))
            }
        }
        let start = module.body.first?.location ?? SourceLocation(line: 1, column: 1)
        code.body = StmtRef(code.keep(BlockNode(statements, code, start)))
        return code
    }

    // MARK: - Names

    private func globalCell(_ name: String) -> PyCell { rt.mainModule.cell(name) }
    private func builtinCell(_ name: String) -> PyCell? { rt.builtinsModule.existingCell(name) }

    func load(_ name: String, _ ctx: Context, _ at: SourceLocation) -> ExprNode {
        let scope = ctx.scope
        let code = ctx.code
        switch scope.kind {
        case .module:
            return code.keep(
                LoadGlobalNode(globalCell(name), builtin: builtinCell(name), name, rt, at))
        case .classBody:
            if scope.globals.contains(name) {
                return code.keep(
                    LoadGlobalNode(globalCell(name), builtin: builtinCell(name), name, rt, at))
            }
            return code.keep(
                LoadClassNameNode(
                    rt.intern(mangle(name, ctx)), freeSlot: scope.freeSlots[name],
                    cell: globalCell(name),
                    builtin: builtinCell(name), rt, at))
        default:
            if scope.globals.contains(name) {
                return code.keep(
                    LoadGlobalNode(globalCell(name), builtin: builtinCell(name), name, rt, at))
            }
            if let c = scope.cellSlots[name] {
                return code.keep(LoadCellNode(c, name, isFree: false, rt, at))
            }
            if let c = scope.freeSlots[name] {
                return code.keep(LoadCellNode(c, name, isFree: true, rt, at))
            }
            if let s = scope.slots[name] {
                return code.keep(LoadLocalNode(s, name, rt, at))
            }
            return code.keep(
                LoadGlobalNode(globalCell(name), builtin: builtinCell(name), name, rt, at))
        }
    }

    func store(_ name: String, _ ctx: Context, _ at: SourceLocation) -> TargetNode {
        let scope = ctx.scope
        let code = ctx.code
        switch scope.kind {
        case .module:
            return code.keep(StoreGlobalTarget(globalCell(name), name, rt, at))
        case .classBody:
            if scope.globals.contains(name) {
                return code.keep(StoreGlobalTarget(globalCell(name), name, rt, at))
            }
            if scope.nonlocals.contains(name), let c = scope.freeSlots[name] {
                return code.keep(StoreCellTarget(c, name, rt, at))
            }
            return code.keep(StoreClassNameTarget(rt.intern(mangle(name, ctx)), rt, at))
        default:
            if scope.globals.contains(name) {
                return code.keep(StoreGlobalTarget(globalCell(name), name, rt, at))
            }
            if let c = scope.cellSlots[name] ?? scope.freeSlots[name] {
                return code.keep(StoreCellTarget(c, name, rt, at))
            }
            if let s = scope.slots[name] {
                return code.keep(StoreLocalTarget(s, name, rt, at))
            }
            return code.keep(StoreGlobalTarget(globalCell(name), name, rt, at))
        }
    }

    /// A local slot that holds a name directly (not a cell), if any.
    func plainSlot(_ name: String, _ ctx: Context) -> Int? {
        let scope = ctx.scope
        guard scope.isFunctionLike, !scope.globals.contains(name),
            scope.cellSlots[name] == nil, scope.freeSlots[name] == nil
        else { return nil }
        return scope.slots[name]
    }

    /// The global cell a name binds to in this scope, if it is a global here.
    func globalTarget(_ name: String, _ ctx: Context) -> PyCell? {
        let scope = ctx.scope
        if scope.kind == .module || scope.globals.contains(name) { return globalCell(name) }
        return nil
    }

    // MARK: - Targets

    func target(_ e: Expr, _ ctx: Context) throws(SyntaxError) -> TargetNode {
        let code = ctx.code
        switch e.kind {
        case .name(let n):
            return store(n, ctx, e.location)
        case .attribute(let obj, let name):
            let node = code.keep(
                StoreAttributeTarget(
                    try expr(obj, ctx), rt.intern(mangle(name, ctx)), rt, e.location))
            if case .name(let n) = obj.kind { node.localSlot = plainSlot(n, ctx) }
            return node
        case .subscript(let obj, let index):
            return code.keep(
                StoreSubscriptTarget(try expr(obj, ctx), try expr(index, ctx), rt, e.location))
        case .tuple(let items), .list(let items):
            var targets: [TargetNode] = []
            var star: Int?
            for (i, item) in items.enumerated() {
                if case .starred(let inner) = item.kind {
                    if star != nil {
                        throw SyntaxError(
                            "multiple starred expressions in assignment", at: item.location)
                    }
                    star = i
                    targets.append(try target(inner, ctx))
                } else {
                    targets.append(try target(item, ctx))
                }
            }
            return code.keep(UnpackTarget(targets, starIndex: star, rt, e.location))
        case .starred:
            throw SyntaxError(
                "starred assignment target must be in a list or tuple", at: e.location)
        default:
            throw SyntaxError("cannot assign to \(describe(e))", at: e.location)
        }
    }

    /// CPython's name for an expression that cannot be assigned to.
    func describe(_ e: Expr) -> String {
        switch e.kind {
        case .call: return "function call"
        case .constant(let c):
            switch c {
            case .none, .bool:
                return "\(c == .none ? "None" : (c == .bool(true) ? "True" : "False"))"
            case .ellipsis: return "ellipsis"
            default: return "literal"
            }
        case .binary, .unary: return "expression"
        case .boolean: return "expression"
        case .compare: return "comparison"
        case .conditional: return "conditional expression"
        case .lambda: return "lambda"
        case .formattedString: return "f-string expression"
        case .listComprehension: return "list comprehension"
        case .setComprehension: return "set comprehension"
        case .dictComprehension: return "dict comprehension"
        case .generator: return "generator expression"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .namedExpr: return "named expression"
        default: return "expression"
        }
    }

    // MARK: - Blocks

    func block(_ statements: [Stmt], _ ctx: Context, at: SourceLocation) throws(SyntaxError)
        -> StmtNode
    {
        var nodes: [StmtNode] = []
        nodes.reserveCapacity(statements.count)
        for s in statements {
            nodes.append(try stmt(s, ctx))
        }
        return ctx.code.keep(BlockNode(nodes, ctx.code, statements.first?.location ?? at))
    }

    func optionalBlock(_ statements: [Stmt], _ ctx: Context, at: SourceLocation) throws(SyntaxError)
        -> StmtNode?
    {
        statements.isEmpty ? nil : try block(statements, ctx, at: at)
    }
}

/// Maps syntax operators to runtime operators.
extension BinaryOperator {
    var runtimeOp: BinaryOp {
        switch self {
        case .add: return .add
        case .subtract: return .subtract
        case .multiply: return .multiply
        case .matrixMultiply: return .matrixMultiply
        case .divide: return .trueDivide
        case .floorDivide: return .floorDivide
        case .modulo: return .modulo
        case .power: return .power
        case .leftShift: return .leftShift
        case .rightShift: return .rightShift
        case .bitOr: return .bitOr
        case .bitXor: return .bitXor
        case .bitAnd: return .bitAnd
        }
    }
}

extension CompareOperator {
    var compareKind: CompareKind {
        switch self {
        case .equal: return .rich(.eq)
        case .notEqual: return .rich(.ne)
        case .less: return .rich(.lt)
        case .lessEqual: return .rich(.le)
        case .greater: return .rich(.gt)
        case .greaterEqual: return .rich(.ge)
        case .is: return .isSame
        case .isNot: return .isNotSame
        case .in: return .isIn
        case .notIn: return .notIn
        }
    }
}
