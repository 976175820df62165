import BigInt
import Syntax

extension Compiler {
    func expr(_ e: Expr, _ ctx: Context) throws(SyntaxError) -> ExprNode {
        let code = ctx.code
        let at = e.location
        switch e.kind {
        case .name(let n):
            return load(n, ctx, at)
        case .constant(let c):
            return code.keep(ConstNode(constant(c), at))
        case .formattedString(let parts):
            return code.keep(FormattedStringNode(try formatted(parts, ctx), rt, at))
        case .list(let items):
            return code.keep(ListDisplayNode(try elements(items, ctx), rt, at))
        case .tuple(let items):
            if !items.isEmpty,
                items.allSatisfy({
                    if case .constant = $0.kind { return true } else { return false }
                })
            {
                let values = items.compactMap { item -> Value? in
                    if case .constant(let c) = item.kind { return constant(c) }
                    return nil
                }
                return code.keep(ConstNode(.object(PyTuple(values)), at))
            }
            return code.keep(TupleDisplayNode(try elements(items, ctx), rt, at))
        case .set(let items):
            if items.count > 2, let folded = constantSet(items) {
                return code.keep(ConstantSetNode(folded, rt, at))
            }
            return code.keep(SetDisplayNode(try elements(items, ctx), rt, at))
        case .dict(let items):
            var entries: [(ExprNode?, ExprNode)] = []
            for item in items {
                switch item {
                case .pair(let k, let v): entries.append((try expr(k, ctx), try expr(v, ctx)))
                case .unpack(let m): entries.append((nil, try expr(m, ctx)))
                }
            }
            return code.keep(DictDisplayNode(entries, rt, at))
        case .starred:
            throw SyntaxError("can't use starred expression here", at: at)
        case .attribute(let obj, let name):
            let node = code.keep(
                AttributeNode(try expr(obj, ctx), rt.intern(mangle(name, ctx)), rt, at))
            if case .name(let n) = obj.kind { node.localSlot = plainSlot(n, ctx) }
            return node
        case .subscript(let obj, let index):
            return code.keep(SubscriptNode(try expr(obj, ctx), try expr(index, ctx), rt, at))
        case .slice(let lo, let hi, let step):
            return code.keep(
                SliceNode(
                    try lo.map { (x: Expr) throws(SyntaxError) -> ExprNode in try expr(x, ctx) },
                    try hi.map { (x: Expr) throws(SyntaxError) -> ExprNode in try expr(x, ctx) },
                    try step.map { (x: Expr) throws(SyntaxError) -> ExprNode in try expr(x, ctx) },
                    at))
        case .call(let callee, let args):
            return try call(callee, args, ctx, at)
        case .unary(let op, let operand):
            if op == .negate, case .constant(let c) = operand.kind {
                switch c {
                case .int(let i) where i != Int.min: return code.keep(ConstNode(.int(-i), at))
                case .float(let d): return code.keep(ConstNode(.float(-d), at))
                default: break
                }
            }
            if op == .not { return code.keep(NotNode(try expr(operand, ctx), rt, at)) }
            return code.keep(UnaryNode(op, try expr(operand, ctx), rt, at))
        case .binary(let a, let op, let b):
            if op == .add || op == .subtract || op == .multiply, case .name(let n) = a.kind,
                let slot = plainSlot(n, ctx), case .constant(.int(let k)) = b.kind
            {
                return code.keep(
                    BinaryLocalIntNode(op.runtimeOp, slot: slot, name: n, constant: k, rt, at))
            }
            let left = try expr(a, ctx)
            let right = try expr(b, ctx)
            switch op {
            case .add: return code.keep(AddNode(left, right, rt, at))
            case .subtract: return code.keep(SubtractNode(left, right, rt, at))
            case .multiply: return code.keep(MultiplyNode(left, right, rt, at))
            case .modulo: return code.keep(ModuloNode(left, right, rt, at))
            default: return code.keep(BinaryNode(op.runtimeOp, left, right, rt, at))
            }
        case .boolean(let op, let items):
            var nodes: [ExprNode] = []
            for i in items {
                nodes.append(try expr(i, ctx))
            }
            return code.keep(BooleanNode(isAnd: op == .and, nodes, rt, at))
        case .compare(let first, let steps):
            if steps.count == 1, case .rich(let op) = steps[0].op.compareKind,
                case .name(let n) = first.kind,
                let slot = plainSlot(n, ctx), case .constant(.int(let k)) = steps[0].right.kind
            {
                return code.keep(CompareLocalIntNode(op, slot: slot, name: n, constant: k, rt, at))
            }
            let left = try expr(first, ctx)
            if steps.count == 1 {
                return code.keep(
                    CompareNode(
                        steps[0].op.compareKind, left, try expr(steps[0].right, ctx), rt, at))
            }
            var compiled: [(CompareKind, ExprNode)] = []
            for s in steps {
                compiled.append((s.op.compareKind, try expr(s.right, ctx)))
            }
            return code.keep(CompareChainNode(left, compiled, rt, at))
        case .conditional(let test, let body, let orElse):
            return code.keep(
                ConditionalNode(
                    try expr(test, ctx), try expr(body, ctx), try expr(orElse, ctx), rt, at))
        case .lambda(let params, let body):
            return try function(
                name: "<lambda>", parameters: params, body: .expression(body), returns: nil, ctx, at
            )
        case .listComprehension(let element, let clauses):
            return try comprehension(clauses, ctx, at, name: "<listcomp>") {
                (inner) throws(SyntaxError) in
                .list(ExprRef(try expr(element, inner)))
            }
        case .setComprehension(let element, let clauses):
            return try comprehension(clauses, ctx, at, name: "<setcomp>") {
                (inner) throws(SyntaxError) in
                .set(ExprRef(try expr(element, inner)))
            }
        case .dictComprehension(let key, let value, let clauses):
            return try comprehension(clauses, ctx, at, name: "<dictcomp>") {
                (inner) throws(SyntaxError) in
                let k = try expr(key, inner)
                return .dict(ExprRef(k), ExprRef(try expr(value, inner)))
            }
        case .generator(let element, let clauses):
            return try generator(element, clauses, ctx, at)
        case .namedExpr(let name, let value):
            let v = try expr(value, ctx)
            return code.keep(NamedExprNode(store(name, ctx, at), v, at))
        }
    }

    /// CPython folds a display of more than two constants into a frozenset constant (built
    /// twice while merging constants); reproducing that keeps the element order identical.
    private func constantSet(_ items: [Expr]) -> PySet? {
        var values: [Value] = []
        for item in items {
            guard case .constant(let c) = item.kind else { return nil }
            values.append(constant(c))
        }
        let first = PySet(frozen: true)
        let second = PySet(frozen: true)
        for v in values {
            guard (try? rt.setAdd(first, v)) != nil else { return nil }
        }
        for v in first.elements {
            guard (try? rt.setAdd(second, v)) != nil else { return nil }
        }
        return second
    }

    /// The value of a literal.
    func constant(_ c: Constant) -> Value {
        switch c {
        case .none: return .none
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .bigInt(let digits): return BigInt(digits, radix: 10).map { Value($0) } ?? .int(0)
        case .float(let d): return .float(d)
        case .string(let s): return .str(rt.intern(s))
        case .ellipsis: return .object(rt.ellipsis)
        }
    }

    private func elements(_ items: [Expr], _ ctx: Context) throws(SyntaxError) -> [DisplayElement] {
        var result: [DisplayElement] = []
        for item in items {
            if case .starred(let inner) = item.kind {
                result.append(DisplayElement(value: ExprRef(try expr(inner, ctx)), isStarred: true))
            } else {
                result.append(DisplayElement(value: ExprRef(try expr(item, ctx)), isStarred: false))
            }
        }
        return result
    }

    private func formatted(_ parts: [FormattedStringPart], _ ctx: Context) throws(SyntaxError)
        -> [FormattedPiece]
    {
        var pieces: [FormattedPiece] = []
        for p in parts {
            switch p {
            case .literal(let s):
                pieces.append(.literal(s))
            case .field(let f):
                let value = try expr(f.value, ctx)
                let spec = try f.formatSpec.map {
                    (s: [FormattedStringPart]) throws(SyntaxError) -> [FormattedPiece] in
                    try formatted(s, ctx)
                }
                pieces.append(
                    .field(
                        value: ExprRef(value), conversion: f.conversion, spec: spec,
                        debug: f.debugText))
            }
        }
        return pieces
    }

    func callArgument(_ a: Argument, _ ctx: Context) throws(SyntaxError) -> CallArgument {
        switch a {
        case .positional(let e): return .positional(ExprRef(try expr(e, ctx)))
        case .star(let e): return .star(ExprRef(try expr(e, ctx)))
        case .keyword(let name, let e): return .keyword(rt.intern(name), ExprRef(try expr(e, ctx)))
        case .doubleStar(let e): return .doubleStar(ExprRef(try expr(e, ctx)))
        }
    }

    private func call(_ callee: Expr, _ args: [Argument], _ ctx: Context, _ at: SourceLocation)
        throws(SyntaxError) -> ExprNode
    {
        let code = ctx.code
        let simple = args.allSatisfy {
            if case .positional = $0 { return true } else { return false }
        }
        if args.isEmpty, case .name("super") = callee.kind, ctx.scope.isFunctionLike,
            !ctx.scope.isLocal("super"),
            ctx.scope.freeSlots["__class__"] != nil
                || ctx.scope.cellSlots["__class__"] != nil
        {
            let classSlot = ctx.scope.freeSlots["__class__"] ?? ctx.scope.cellSlots["__class__"]
            var receiverSlot: Int?
            if let first = ctx.scope.parameters.first {
                receiverSlot = ctx.scope.cellSlots[first] ?? ctx.scope.slots[first]
            }
            return code.keep(
                ZeroArgumentSuperNode(classSlot: classSlot, receiverSlot: receiverSlot, rt, at))
        }
        if case .attribute(let obj, let name) = callee.kind {
            let receiver = try expr(obj, ctx)
            if simple {
                var nodes: [ExprNode] = []
                for a in args {
                    if case .positional(let e) = a { nodes.append(try expr(e, ctx)) }
                }
                return code.keep(
                    CallMethodNode(receiver, rt.intern(mangle(name, ctx)), nodes, rt, code, at))
            }
            var compiled: [CallArgument] = []
            for a in args {
                compiled.append(try callArgument(a, ctx))
            }
            let placeholder = code.keep(ConstNode(.none, at))
            let general = code.keep(CallGeneralNode(placeholder, compiled, rt, at))
            return code.keep(
                CallMethodGeneralNode(receiver, rt.intern(mangle(name, ctx)), general, rt, at))
        }
        let function = try expr(callee, ctx)
        if simple {
            var nodes: [ExprNode] = []
            for a in args {
                if case .positional(let e) = a { nodes.append(try expr(e, ctx)) }
            }
            let node = code.keep(CallPositionalNode(function, nodes, rt, code, at))
            if let global = function as? LoadGlobalNode {
                node.globalCell = .passUnretained(global.cell)
            }
            return node
        }
        var compiled: [CallArgument] = []
        for a in args {
            compiled.append(try callArgument(a, ctx))
        }
        return code.keep(CallGeneralNode(function, compiled, rt, at))
    }

    /// Compiles the clauses of a comprehension in its own scope.
    private func clauses(_ clauses: [Comprehension], _ inner: Context) throws(SyntaxError)
        -> [ComprehensionClause]
    {
        var result: [ComprehensionClause] = []
        for (i, c) in clauses.enumerated() {
            let iterable = i == 0 ? nil : ExprRef(try expr(c.iterable, inner))
            let t = try target(c.target, inner)
            var conditions: [ExprRef] = []
            for cond in c.conditions {
                conditions.append(ExprRef(try expr(cond, inner)))
            }
            result.append(
                ComprehensionClause(
                    target: TargetRef(t), iterable: iterable, conditions: conditions))
        }
        return result
    }

    private func comprehensionCode(
        _ clauses: [Comprehension], _ ctx: Context, _ at: SourceLocation, name: String,
        kind: Scope.Kind
    ) throws(SyntaxError) -> (ExprNode, Scope, CodeObject, Context) {
        guard let first = clauses.first else {
            throw SyntaxError("invalid syntax", at: at)
        }
        let firstIterable = try expr(first.iterable, ctx)
        guard let child = ctx.scope.nextChild(), child.kind == kind else {
            throw SyntaxError("internal compiler error: comprehension scope mismatch", at: at)
        }
        let code = CodeObject(
            name: name, qualname: ctx.qualnamePrefix + name,
            kind: kind == .generator ? .generator : .comprehension, label: label, firstLine: at.line
        )
        rt.compiledCode.append(code)
        code.slotCount = max(1, child.slotCount)
        code.slotNames = child.slotNames
        code.argCount = 1
        configureCells(code, child)
        let inner = Context(
            scope: child, code: code, loopDepth: 0,
            qualnamePrefix: ctx.qualnamePrefix + name + ".<locals>.", className: ctx.className)
        return (firstIterable, child, code, inner)
    }

    private func comprehension(
        _ clauses: [Comprehension], _ ctx: Context, _ at: SourceLocation, name: String,
        _ element: (Context) throws(SyntaxError) -> ComprehensionKind
    ) throws(SyntaxError) -> ExprNode {
        let (first, child, code, inner) = try comprehensionCode(
            clauses, ctx, at, name: name, kind: .comprehension)
        let compiledClauses = try self.clauses(clauses, inner)
        let kind = try element(inner)
        let body = code.keep(ComprehensionBodyNode(compiledClauses, kind, rt, at))
        code.body = StmtRef(code.keep(BlockNode([body], code, at)))
        return ctx.code.keep(
            ComprehensionNode(
                code, first: first, closureSlots: try closureSlots(child, ctx, at), rt, at))
    }

    private func generator(
        _ element: Expr, _ clauses: [Comprehension], _ ctx: Context, _ at: SourceLocation
    )
        throws(SyntaxError) -> ExprNode
    {
        let (first, child, code, inner) = try comprehensionCode(
            clauses, ctx, at, name: "<genexpr>", kind: .generator)
        let compiledClauses = try self.clauses(clauses, inner)
        let value = try expr(element, inner)
        let plan = GeneratorPlan(compiledClauses, ExprRef(value))
        return ctx.code.keep(
            GeneratorNode(
                code, plan, first: first, closureSlots: try closureSlots(child, ctx, at), rt, at))
    }
}
