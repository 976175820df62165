import Syntax

/// Creates a function object (`def` body or `lambda`).
final class MakeFunctionNode: ExprNode {
    let code: CodeObject
    let defaults: [ExprRef]
    let keywordDefaults: [(PyStr, ExprRef)]
    let closureSlots: [Int]
    let doc: Value
    unowned(unsafe) let rt: Runtime

    init(
        _ code: CodeObject, defaults: [ExprNode], keywordDefaults: [(PyStr, ExprNode)],
        closureSlots: [Int], doc: Value, _ rt: Runtime, _ location: SourceLocation
    ) {
        self.code = code
        self.defaults = defaults.map { ExprRef($0) }
        self.keywordDefaults = keywordDefaults.map { ($0.0, ExprRef($0.1)) }
        self.closureSlots = closureSlots
        self.doc = doc
        self.rt = rt
        super.init(location)
    }

    override func eval(_ f: Frame) throws(PyError) -> Value {
        var values: [Value] = []
        values.reserveCapacity(defaults.count)
        for d in defaults {
            values.append(try d.eval(f))
        }
        var kw: PyDict?
        if !keywordDefaults.isEmpty {
            let d = rt.newDict()
            for (name, e) in keywordDefaults {
                d.set(name, try e.eval(f))
            }
            kw = d
        }
        let fn = PyFunction(
            code: code, defaults: values, keywordDefaults: kw,
            closure: closureCells(closureSlots, f))
        fn.doc = doc
        if !closureSlots.isEmpty {
            // An inner function may refer to itself through its cells.
            rt.cycleRoots.watch(fn)
        }
        return .object(fn)
    }
}

/// The cells a new function or class body captures from the current frame.
func closureCells(_ slots: [Int], _ f: Frame) -> [PyCell] {
    slots.map { slot -> PyCell in
        if case .object(let o) = f[slot], o.kind == .cell {
            return unsafeDowncast(o, to: PyCell.self)
        }
        let c = PyCell(f[slot])
        f[slot] = .object(c)
        return c
    }
}

/// `@decorators def name(...)`.
final class FunctionDefNode: StmtNode {
    let decorators: [ExprRef]
    let make: ExprRef
    let target: TargetRef
    unowned(unsafe) let rt: Runtime

    init(
        _ decorators: [ExprNode], _ make: ExprNode, _ target: TargetNode, _ rt: Runtime,
        _ location: SourceLocation
    ) {
        self.decorators = decorators.map { ExprRef($0) }
        self.make = ExprRef(make)
        self.target = TargetRef(target)
        self.rt = rt
        super.init(location)
    }

    override func exec(_ f: Frame) throws(PyError) -> Flow {
        var decos: [Value] = []
        for d in decorators {
            decos.append(try d.eval(f))
        }
        var v = try make.eval(f)
        for d in decos.reversed() {
            v = try rt.call(d, [v])
        }
        try target.assign(f, v)
        return .normal
    }
}

/// `class Name(bases): body`.
final class ClassDefNode: StmtNode {
    let name: String
    let qualname: String
    let decorators: [ExprRef]
    let bases: [CallArgument]
    let body: CodeObject
    let closureSlots: [Int]
    let classCellSlot: Int?
    let target: TargetRef
    unowned(unsafe) let rt: Runtime

    init(
        name: String, qualname: String, decorators: [ExprNode], bases: [CallArgument],
        body: CodeObject,
        closureSlots: [Int], classCellSlot: Int?, target: TargetNode, _ rt: Runtime,
        _ location: SourceLocation
    ) {
        self.name = name
        self.qualname = qualname
        self.decorators = decorators.map { ExprRef($0) }
        self.bases = bases
        self.body = body
        self.closureSlots = closureSlots
        self.classCellSlot = classCellSlot
        self.target = TargetRef(target)
        self.rt = rt
        super.init(location)
    }

    override func exec(_ f: Frame) throws(PyError) -> Flow {
        var decos: [Value] = []
        for d in decorators {
            decos.append(try d.eval(f))
        }
        var baseClasses: [PyClass] = []
        for b in bases {
            switch b {
            case .positional(let e):
                baseClasses.append(try baseClass(try e.eval(f)))
            case .star(let e):
                for v in try rt.collect(try e.eval(f)) {
                    baseClasses.append(try baseClass(v))
                }
            case .keyword(let k, let e):
                let v = try e.eval(f)
                if k.value == "metaclass", let m = v.asClass, m === rt.types.type { continue }
                if k.value == "metaclass" {
                    throw rt.typeError("metaclasses other than type are not supported")
                }
            case .doubleStar:
                break
            }
        }
        let namespace = rt.newDict()
        namespace.set(rt.intern("__module__"), Value("__main__"))
        namespace.set(rt.intern("__qualname__"), Value(qualname))
        let classCell = try rt.runClassBody(
            body, namespace: namespace, closure: closureCells(closureSlots, f),
            classCellSlot: classCellSlot)
        let cls = try rt.createClass(name: name, qualname: qualname, bases: baseClasses)
        let hashName = rt.intern("__hash__")
        let eqName = rt.intern("__eq__")
        for (k, v) in namespace.orderedItems {
            guard case .str(let s) = k else { continue }
            if s.value == "__qualname__" { continue }
            cls.setAttribute(rt.intern(s.value), v)
        }
        if namespace.get(eqName) != nil && namespace.get(hashName) == nil {
            cls.setAttribute(hashName, .none)
        }
        classCell?.value = .object(cls)
        try rt.finishClass(cls, namespace)
        var v = Value.object(cls)
        for d in decos.reversed() {
            v = try rt.call(d, [v])
        }
        try target.assign(f, v)
        return .normal
    }

    private func baseClass(_ v: Value) throws(PyError) -> PyClass {
        guard let c = v.asClass else {
            throw rt.typeError("bases must be types")
        }
        return c
    }
}

extension Runtime {
    /// Runs a class body with its namespace in slot 0; returns the `__class__` cell, if any.
    func runClassBody(_ code: CodeObject, namespace: PyDict, closure: [PyCell], classCellSlot: Int?)
        throws(PyError) -> PyCell?
    {
        let h = hot
        let base = h.pointee.sp
        if h.pointee.stackEnd - base < code.slotCount + 1 {
            throw error(.recursionError, "maximum recursion depth exceeded")
        }
        base.initialize(repeating: .unbound, count: max(1, code.slotCount))
        base[0] = .object(namespace)
        h.pointee.sp = base + max(1, code.slotCount)
        defer { popTo(base) }
        try enterRecursion()
        defer { leaveRecursion() }
        code.prepareCells(base, closure: closure)
        do {
            _ = try code.body.exec(base)
        } catch {
            error.needsFrame = true
            throw error
        }
        if let slot = classCellSlot, case .object(let o) = base[slot], o.kind == .cell {
            return unsafeDowncast(o, to: PyCell.self)
        }
        return nil
    }

    /// Runs `__set_name__` on the new class's attributes and the parents'
    /// `__init_subclass__`.
    func finishClass(_ cls: PyClass, _ namespace: PyDict) throws(PyError) {
        for (k, v) in namespace.orderedItems {
            if let inst = v.asInstance, let setName = inst.cls.lookup(names.setNameName) {
                _ = try callBound(setName, receiver: v, .object(cls), k)
            }
        }
        if let hook = cls.lookup(names.initSubclass, after: cls), case .object(let o) = hook,
            o.kind == .classMethod
        {
            let f = unsafeDowncast(o, to: PyClassMethod.self).function
            if case .object(let fo) = f, fo.kind == .function {
                _ = try call(f, [.object(cls)])
            }
        }
    }
}
