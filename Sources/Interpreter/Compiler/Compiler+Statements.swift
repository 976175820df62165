import Syntax

extension Compiler {
    func stmt(_ s: Stmt, _ ctx: Context) throws(SyntaxError) -> StmtNode {
        let code = ctx.code
        let at = s.location
        switch s.kind {
        case .expr(let e):
            return code.keep(ExprStmtNode(try expr(e, ctx), at))
        case .assign(let targets, let value):
            if targets.count == 1, case .name(let n) = targets[0].kind {
                let v = try expr(value, ctx)
                if let slot = plainSlot(n, ctx) { return code.keep(AssignLocalNode(slot, v, at)) }
                if let cell = globalTarget(n, ctx) {
                    return code.keep(AssignGlobalNode(cell, v, at))
                }
                return code.keep(AssignNode(store(n, ctx, targets[0].location), v, at))
            }
            var nodes: [TargetNode] = []
            for t in targets {
                nodes.append(try target(t, ctx))
            }
            let v = try expr(value, ctx)
            if nodes.count == 1 { return code.keep(AssignNode(nodes[0], v, at)) }
            return code.keep(AssignManyNode(nodes, v, at))
        case .augAssign(let t, let op, let value):
            return try augAssign(t, op.runtimeOp, value, ctx, at)
        case .annAssign(let t, _, let value):
            guard let value = value else {
                if case .name = t.kind { return code.keep(PassNode(at)) }
                _ = try target(t, ctx)
                return code.keep(PassNode(at))
            }
            let node = try target(t, ctx)
            return code.keep(AssignNode(node, try expr(value, ctx), at))
        case .delete(let targets):
            var nodes: [TargetNode] = []
            for t in targets {
                nodes.append(try target(t, ctx))
            }
            return code.keep(DeleteNode(nodes, at))
        case .pass, .global, .nonlocal:
            return code.keep(PassNode(at))
        case .breakLoop:
            if ctx.loopDepth == 0 { throw SyntaxError("'break' outside loop", at: at) }
            return code.keep(BreakNode(at))
        case .continueLoop:
            if ctx.loopDepth == 0 { throw SyntaxError("'continue' not properly in loop", at: at) }
            return code.keep(ContinueNode(at))
        case .returnValue(let e):
            guard ctx.scope.kind == .function else {
                throw SyntaxError("'return' outside function", at: at)
            }
            return code.keep(
                ReturnNode(
                    try e.map { (x: Expr) throws(SyntaxError) -> ExprNode in try expr(x, ctx) }, rt,
                    at))
        case .ifElse(let test, let body, let orElse):
            // A single-statement branch runs without a block; the if node records its line.
            let testNode = try expr(test, ctx)
            let bodyNode = body.count == 1 ? try stmt(body[0], ctx) : try block(body, ctx, at: at)
            let elseNode =
                orElse.count == 1
                ? try stmt(orElse[0], ctx) : try optionalBlock(orElse, ctx, at: at)
            let node = code.keep(IfNode(testNode, bodyNode, elseNode, rt, at))
            node.code = code
            if let c = testNode as? CompareLocalIntNode {
                node.fusedTest = (c.slot, c.op, c.constant)
            }
            if body.count == 1 { node.bodyLocation = body[0].location }
            if orElse.count == 1 { node.elseLocation = orElse[0].location }
            return node
        case .whileLoop(let test, let body, let orElse):
            var inner = ctx
            inner.loopDepth += 1
            let testNode = try expr(test, ctx)
            let bodyNode =
                body.count == 1 ? try stmt(body[0], inner) : try block(body, inner, at: at)
            let node = code.keep(
                WhileNode(testNode, bodyNode, try optionalBlock(orElse, ctx, at: at), rt, at))
            node.code = code
            if body.count == 1 { node.bodyLocation = body[0].location }
            return node
        case .forLoop(let t, let iterable, let body, let orElse):
            var loopTarget: LoopTarget
            if case .name(let n) = t.kind, let slot = plainSlot(n, ctx) {
                loopTarget = .local(slot)
            } else if case .name(let n) = t.kind, let cell = globalTarget(n, ctx) {
                loopTarget = .global(cell)
            } else {
                loopTarget = .other(TargetRef(try target(t, ctx)))
            }
            let source = try expr(iterable, ctx)
            var inner = ctx
            inner.loopDepth += 1
            let bodyNode =
                body.count == 1 ? try stmt(body[0], inner) : try block(body, inner, at: at)
            let node = code.keep(
                ForNode(
                    loopTarget, source, bodyNode, try optionalBlock(orElse, ctx, at: at), rt, at))
            node.code = code
            if body.count == 1 { node.bodyLocation = body[0].location }
            return node
        case .functionDef(let def):
            var decorators: [ExprNode] = []
            for d in def.decorators {
                decorators.append(try expr(d, ctx))
            }
            let make = try function(
                name: def.name, parameters: def.parameters, body: .statements(def.body),
                returns: def.returns, ctx, at)
            return code.keep(FunctionDefNode(decorators, make, store(def.name, ctx, at), rt, at))
        case .classDef(let def):
            return try classDef(def, ctx, at)
        case .tryStatement(let body, let handlers, let orElse, let finally):
            var clauses: [HandlerClause] = []
            let tryBody = try block(body, ctx, at: at)
            for (i, h) in handlers.enumerated() {
                if h.type == nil && i != handlers.count - 1 {
                    throw SyntaxError("default 'except:' must be last", at: h.location)
                }
                let type = try h.type.map { (x: Expr) throws(SyntaxError) -> ExprNode in
                    try expr(x, ctx)
                }
                let name = h.name.map { store($0, ctx, h.location) }
                clauses.append(
                    HandlerClause(
                        type: type.map { ExprRef($0) }, name: name.map { TargetRef($0) },
                        body: StmtRef(try block(h.body, ctx, at: h.location))))
            }
            return code.keep(
                TryNode(
                    tryBody, clauses, try optionalBlock(orElse, ctx, at: at),
                    try optionalBlock(finally, ctx, at: at), rt, at))
        case .raise(let e, let cause):
            return code.keep(
                RaiseNode(
                    try e.map { (x: Expr) throws(SyntaxError) -> ExprNode in try expr(x, ctx) },
                    try cause.map { (x: Expr) throws(SyntaxError) -> ExprNode in try expr(x, ctx) },
                    rt, at))
        case .assert(let test, let message):
            return code.keep(
                AssertNode(
                    try expr(test, ctx),
                    try message.map { (x: Expr) throws(SyntaxError) -> ExprNode in try expr(x, ctx)
                    }, rt, at))
        case .with(let items, let body):
            var prepared: [(ExprNode, TargetNode?)] = []
            for item in items {
                let context = try expr(item.context, ctx)
                let t = try item.target.map { (x: Expr) throws(SyntaxError) -> TargetNode in
                    try target(x, ctx)
                }
                prepared.append((context, t))
            }
            var node = try block(body, ctx, at: at)
            for (context, t) in prepared.reversed() {
                node = code.keep(WithNode(context, t, node, rt, at))
            }
            return node
        case .importModules(let aliases):
            var names: [(String, TargetNode, Bool)] = []
            for a in aliases {
                if let alias = a.alias {
                    names.append((a.name, store(alias, ctx, a.location), true))
                } else {
                    let top = String(a.name.split(separator: ".").first ?? Substring(a.name))
                    names.append((a.name, store(top, ctx, a.location), false))
                }
            }
            return code.keep(ImportNode(names, rt, at))
        case .importFrom(let module, let aliases, let level):
            if aliases.contains(where: { $0.name == "*" }) {
                if ctx.scope.kind != .module {
                    throw SyntaxError("import * only allowed at module level", at: at)
                }
                return code.keep(
                    ImportFromNode(module: module, level: level, [], isStar: true, rt, at))
            }
            let names = aliases.map { a in (a.name, store(a.alias ?? a.name, ctx, a.location)) }
            return code.keep(
                ImportFromNode(module: module, level: level, names, isStar: false, rt, at))
        }
    }

    private func augAssign(
        _ t: Expr, _ op: BinaryOp, _ value: Expr, _ ctx: Context, _ at: SourceLocation
    )
        throws(SyntaxError) -> StmtNode
    {
        let code = ctx.code
        switch t.kind {
        case .name(let n):
            let v = try expr(value, ctx)
            if let slot = plainSlot(n, ctx) {
                return code.keep(AugAssignLocalNode(op, slot: slot, name: n, value: v, rt, at))
            }
            if let cell = globalTarget(n, ctx) {
                return code.keep(
                    AugAssignGlobalNode(
                        op, cell: cell, builtin: builtinCellFor(n), name: n, value: v, rt, at))
            }
            return code.keep(
                AugAssignNameNode(
                    op, load: load(n, ctx, t.location), store: store(n, ctx, t.location), value: v,
                    rt, at))
        case .attribute(let obj, let name):
            let node = code.keep(
                AugAssignAttributeNode(
                    op, try expr(obj, ctx), rt.intern(mangle(name, ctx)), try expr(value, ctx), rt,
                    at))
            if case .name(let n) = obj.kind { node.localSlot = plainSlot(n, ctx) }
            return node
        case .subscript(let obj, let index):
            return code.keep(
                AugAssignSubscriptNode(
                    op, try expr(obj, ctx), try expr(index, ctx), try expr(value, ctx), rt, at))
        default:
            throw SyntaxError(
                "'\(describe(t))' is an illegal expression for augmented assignment", at: t.location
            )
        }
    }

    private func builtinCellFor(_ name: String) -> PyCell? { rt.builtinsModule.existingCell(name) }

    private func classDef(_ def: ClassDef, _ ctx: Context, _ at: SourceLocation) throws(SyntaxError)
        -> StmtNode
    {
        var decorators: [ExprNode] = []
        for d in def.decorators {
            decorators.append(try expr(d, ctx))
        }
        var bases: [CallArgument] = []
        for b in def.bases {
            bases.append(try callArgument(b, ctx))
        }
        guard let child = ctx.scope.nextChild(), child.kind == .classBody else {
            throw SyntaxError("internal compiler error: class scope mismatch", at: at)
        }
        let qualname = ctx.qualnamePrefix + def.name
        let code = CodeObject(
            name: def.name, qualname: qualname, kind: .classBody, label: label, firstLine: at.line)
        rt.compiledCode.append(code)
        code.slotCount = max(1, child.slotCount)
        code.slotNames = child.slotNames
        configureCells(code, child)
        let inner = Context(
            scope: child, code: code, loopDepth: 0, qualnamePrefix: qualname + ".",
            className: def.name)
        var statements: [StmtNode] = []
        for s in def.body {
            statements.append(try stmt(s, inner))
        }
        if let first = def.body.first, case .expr(let e) = first.kind,
            case .constant(.string(let doc)) = e.kind
        {
            statements.insert(
                code.keep(
                    AssignNode(
                        code.keep(StoreClassNameTarget(rt.intern("__doc__"), rt, at)),
                        code.keep(ConstNode(Value(doc), at)), at)),
                at: 0)
        }
        code.body = StmtRef(code.keep(BlockNode(statements, code, at)))
        return ctx.code.keep(
            ClassDefNode(
                name: def.name, qualname: qualname, decorators: decorators, bases: bases,
                body: code,
                closureSlots: try closureSlots(child, ctx, at),
                classCellSlot: child.cellSlots["__class__"],
                target: store(def.name, ctx, at), rt, at))
    }

    /// Records a scope's cell and free-variable layout on its code object.
    func configureCells(_ code: CodeObject, _ scope: Scope) {
        code.cellSlots = scope.cells.compactMap { name in
            guard let slot = scope.cellSlots[name] else { return nil }
            return (slot, scope.parameters.contains(name) ? scope.slots[name] : nil)
        }
        if let first = scope.frees.first, let slot = scope.freeSlots[first] {
            code.freeStart = slot
        }
        code.freeCount = scope.frees.count
        code.hasCellsOrFrees = !scope.cells.isEmpty || !scope.frees.isEmpty
    }

    /// The slots of the current frame holding the cells a child scope captures.
    func closureSlots(_ child: Scope, _ ctx: Context, _ at: SourceLocation) throws(SyntaxError)
        -> [Int]
    {
        var slots: [Int] = []
        for name in child.frees {
            guard let slot = ctx.scope.cellSlots[name] ?? ctx.scope.freeSlots[name] else {
                throw SyntaxError("internal compiler error: no cell for '\(name)'", at: at)
            }
            slots.append(slot)
        }
        return slots
    }
}
