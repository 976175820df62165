import Syntax

extension Compiler {
    /// A function body: statements (`def`) or one expression (`lambda`).
    enum FunctionBody {
        case statements([Stmt])
        case expression(Expr)
    }

    /// Compiles a `def` or `lambda` into the node that creates the function object.
    func function(
        name: String, parameters p: Parameters, body: FunctionBody, returns: Expr?, _ ctx: Context,
        _ at: SourceLocation
    ) throws(SyntaxError) -> MakeFunctionNode {
        var defaults: [ExprNode] = []
        var keywordDefaults: [(PyStr, ExprNode)] = []
        for param in p.positionalOnly + p.regular {
            if let d = param.defaultValue { defaults.append(try expr(d, ctx)) }
        }
        for param in p.keywordOnly {
            if let d = param.defaultValue {
                keywordDefaults.append((rt.intern(param.name), try expr(d, ctx)))
            }
        }
        let isLambda: Bool
        if case .expression = body { isLambda = true } else { isLambda = false }
        guard let child = ctx.scope.nextChild(),
            child.kind == (isLambda ? .lambda : .function)
        else {
            throw SyntaxError("internal compiler error: function scope mismatch", at: at)
        }
        let qualname = ctx.qualnamePrefix + name
        let code = CodeObject(
            name: name, qualname: qualname, kind: isLambda ? .lambda : .function, label: label,
            firstLine: at.line)
        rt.compiledCode.append(code)
        code.slotCount = child.slotCount
        code.slotNames = child.slotNames
        let positional = p.positionalOnly + p.regular
        code.parameterNames = (positional + p.keywordOnly).map { rt.intern($0.name) }
        code.argCount = positional.count
        code.positionalOnlyCount = p.positionalOnly.count
        code.keywordOnlyCount = p.keywordOnly.count
        code.varArgsSlot = p.varArgs.flatMap { child.slots[$0.name] }
        code.varKeywordsSlot = p.varKeywords.flatMap { child.slots[$0.name] }
        code.isSimple = p.varArgs == nil && p.varKeywords == nil && p.keywordOnly.isEmpty
        configureCells(code, child)
        var signature: [SignatureParameter] = []
        for param in p.positionalOnly {
            signature.append(
                SignatureParameter(
                    name: param.name, kind: .positionalOnly,
                    annotation: param.annotation.map(unparse),
                    hasDefault: param.defaultValue != nil))
        }
        for param in p.regular {
            signature.append(
                SignatureParameter(
                    name: param.name, kind: .regular, annotation: param.annotation.map(unparse),
                    hasDefault: param.defaultValue != nil))
        }
        if let v = p.varArgs {
            signature.append(
                SignatureParameter(
                    name: v.name, kind: .varArgs, annotation: v.annotation.map(unparse),
                    hasDefault: false))
        }
        for param in p.keywordOnly {
            signature.append(
                SignatureParameter(
                    name: param.name, kind: .keywordOnly, annotation: param.annotation.map(unparse),
                    hasDefault: param.defaultValue != nil))
        }
        if let k = p.varKeywords {
            signature.append(
                SignatureParameter(
                    name: k.name, kind: .varKeywords, annotation: k.annotation.map(unparse),
                    hasDefault: false))
        }
        code.signature = signature
        code.returnAnnotation = returns.map(unparse)
        let inner = Context(
            scope: child, code: code, loopDepth: 0, qualnamePrefix: qualname + ".<locals>.",
            className: ctx.className)
        var doc = Value.none
        switch body {
        case .statements(let statements):
            if let first = statements.first, case .expr(let e) = first.kind,
                case .constant(.string(let text)) = e.kind
            {
                doc = Value(text)
            }
            var nodes: [StmtNode] = []
            for s in statements {
                nodes.append(try stmt(s, inner))
            }
            code.body = StmtRef(code.keep(BlockNode(nodes, code, statements.first?.location ?? at)))
        case .expression(let e):
            let value = try expr(e, inner)
            let ret = code.keep(ReturnNode(value, rt, e.location))
            code.body = StmtRef(code.keep(BlockNode([ret], code, e.location)))
        }
        return ctx.code.keep(
            MakeFunctionNode(
                code, defaults: defaults, keywordDefaults: keywordDefaults,
                closureSlots: try closureSlots(child, ctx, at), doc: doc, rt, at))
    }

    /// Source-like text of an annotation expression (annotations are never evaluated).
    func unparse(_ e: Expr) -> String {
        switch e.kind {
        case .name(let n): return n
        case .attribute(let obj, let name): return unparse(obj) + "." + name
        case .subscript(let obj, let index):
            if case .tuple(let items) = index.kind {
                return unparse(obj) + "[" + items.map(unparse).joined(separator: ", ") + "]"
            }
            return unparse(obj) + "[" + unparse(index) + "]"
        case .constant(let c):
            switch c {
            case .none: return "None"
            case .bool(let b): return b ? "True" : "False"
            case .int(let i): return String(i)
            case .bigInt(let s): return s
            case .float(let d): return (try? rt.repr(.float(d))) ?? "\(d)"
            case .string(let s): return rt.quoteString(s)
            case .ellipsis: return "Ellipsis"
            }
        case .tuple(let items): return "(" + items.map(unparse).joined(separator: ", ") + ")"
        case .list(let items): return "[" + items.map(unparse).joined(separator: ", ") + "]"
        case .binary(let a, let op, let b): return unparse(a) + " " + op.rawValue + " " + unparse(b)
        default: return "..."
        }
    }
}
