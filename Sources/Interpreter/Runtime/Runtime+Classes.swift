extension Runtime {
    /// Creates a class.
    ///
    /// Bases default to `object`; an exception base makes an exception class.
    ///
    /// Native modules use this for their classes (module such as
    /// `keras.src.layers.core.dense`), then fill the namespace with ``PyClass/define(_:_:)``
    /// and friends.
    public func makeClass(
        name: String, qualname: String? = nil, module: String, bases: [PyClass] = []
    ) -> PyClass {
        makeClass(
            name: name, qualname: qualname, module: module, bases: bases, layout: .object,
            isBuiltin: false)
    }

    func makeClass(
        name: String, qualname: String? = nil, module: String, bases: [PyClass],
        layout: InstanceLayout, isBuiltin: Bool
    ) -> PyClass {
        let realBases = bases.isEmpty ? [types.object] : bases
        let cls = PyClass(
            name: name, qualname: qualname, module: module, bases: realBases, layout: layout,
            isBuiltin: isBuiltin, epoch: epoch)
        let order = (try? linearize(cls, realBases)) ?? [cls] + realBases
        cls.setMRO(order)
        cycleRoots.hold(cls)
        return cls
    }

    /// C3 linearization of a new class's bases.
    func linearize(_ cls: PyClass, _ bases: [PyClass]) throws(PyError) -> [PyClass] {
        var sequences: [[PyClass]] = bases.map { $0.mro } + [bases]
        var result = [cls]
        while true {
            sequences = sequences.filter { !$0.isEmpty }
            if sequences.isEmpty { return result }
            var candidate: PyClass?
            for seq in sequences {
                let head = seq[0]
                let inTail = sequences.contains { s in
                    s.dropFirst().contains { $0 === head }
                }
                if !inTail {
                    candidate = head
                    break
                }
            }
            guard let next = candidate else {
                let names = bases.map { $0.name }.joined(separator: ", ")
                throw typeError(
                    "Cannot create a consistent method resolution order (MRO) for bases \(names)")
            }
            result.append(next)
            for i in sequences.indices where sequences[i][0] === next {
                sequences[i].removeFirst()
            }
        }
    }

    /// The class of any value (`type(x)`).
    public func typeOf(_ value: Value) -> PyClass {
        switch value {
        case .none, .unbound: return types.noneType
        case .bool: return types.bool
        case .int: return types.int
        case .float: return types.float
        case .str: return types.str
        case .object(let o): return typeOf(object: o)
        }
    }

    /// The class of a heap object.
    func typeOf(object o: PyObject) -> PyClass {
        switch o.kind {
        case .instance: return unsafeDowncast(o, to: PyInstance.self).cls
        case .str: return types.str
        case .bigint: return types.int
        case .list: return types.list
        case .tuple: return types.tuple
        case .dict: return types.dict
        case .set: return types.set
        case .frozenset: return types.frozenset
        case .range: return types.range
        case .slice: return types.slice
        case .function: return types.function
        case .nativeFunction: return types.builtinFunction
        case .boundMethod: return types.method
        case .type: return types.type
        case .module: return types.module
        case .cell: return types.cell
        case .iterator: return unsafeDowncast(o, to: PyIterator.self).iteratorClass
        case .dictView:
            switch unsafeDowncast(o, to: PyDictView.self).which {
            case .keys: return types.dictKeys
            case .values: return types.dictValues
            case .items: return types.dictItems
            }
        case .property: return types.property
        case .staticMethod: return types.staticmethod
        case .classMethod: return types.classmethod
        case .superProxy: return types.superType
        case .ellipsis: return types.ellipsis
        case .notImplemented: return types.notImplemented
        }
    }

    /// The `__name__` of a value's class, as error messages show it.
    public func typeName(_ value: Value) -> String {
        typeOf(value).name
    }

    /// `isinstance(value, cls)`.
    public func isInstance(_ value: Value, of cls: PyClass) -> Bool {
        typeOf(value).isSubclass(of: cls)
    }

    /// Whether a value is an exception class.
    func isExceptionClass(_ value: Value) -> Bool {
        value.asClass?.isExceptionClass ?? false
    }

    /// Creates an instance of a class: `cls(*args, **kwargs)`.
    ///
    /// The arguments are the region of the value stack from `base` to the top (consumed).
    func instantiate(
        _ cls: PyClass, base: UnsafeMutablePointer<Value>, count: Int, keywords: [PyStr]
    ) throws(PyError) -> Value {
        if let make = cls.constructor {
            let args = Arguments(base: base, count: count, keywords: keywords)
            defer { popTo(base) }
            do {
                return try make(self, args)
            } catch {
                throw pythonError(from: error)
            }
        }
        if cls === types.type {
            defer { popTo(base) }
            return try typeCall(Arguments(base: base, count: count, keywords: keywords))
        }
        if let newMethod = cls.lookup(names.newName), !isObjectNew(newMethod),
            cls.layout != .builtin
        {
            // A script-defined __new__: call it with the class first.
            let instance = try callShifted(
                newMethod, prepending: .object(cls), base: base, count: count,
                keywords: keywords, keepArguments: true)
            if isInstance(instance, of: cls) {
                try runInit(cls, instance, base: base, count: count, keywords: keywords)
            } else {
                popTo(base)
            }
            return instance
        }
        let instance = newInstance(cls)
        if let state = instance.exceptionState {
            state.args = Array(UnsafeBufferPointer(start: base, count: count))
        }
        let value = Value.object(instance)
        try runInit(cls, value, base: base, count: count, keywords: keywords)
        return value
    }

    /// Calls `__init__` for a new instance, consuming the argument region.
    private func runInit(
        _ cls: PyClass, _ instance: Value, base: UnsafeMutablePointer<Value>, count: Int,
        keywords: [PyStr]
    ) throws(PyError) {
        guard let initMethod = cls.lookup(names.initName) else {
            popTo(base)
            return
        }
        if case .object(let o) = initMethod, o === objectInit {
            let hasArguments = count > 0 || !keywords.isEmpty
            popTo(base)
            if hasArguments && (cls.lookup(names.newName).map { isObjectNew($0) } ?? true) {
                throw typeError("\(cls.name)() takes no arguments")
            }
            return
        }
        let result = try callShifted(
            initMethod, prepending: instance, base: base, count: count, keywords: keywords,
            keepArguments: false)
        if !result.isNone {
            throw typeError("__init__() should return None, not '\(typeName(result))'")
        }
    }

    /// `type(x)` and `type(name, bases, dict)`.
    private func typeCall(_ args: Arguments) throws(PyError) -> Value {
        if args.count == 1 && args.keywordCount == 0 {
            return .object(typeOf(args[0]))
        }
        guard args.count == 3 else {
            throw typeError("type() takes 1 or 3 arguments")
        }
        guard case .str(let name) = args[0] else {
            throw typeError(
                "type.__new__() argument 1 must be str, not \(typeName(args[0]))")
        }
        guard let baseTuple = args[1].asTuple else {
            throw typeError(
                "type.__new__() argument 2 must be tuple, not \(typeName(args[1]))")
        }
        guard let namespace = args[2].asDict else {
            throw typeError(
                "type.__new__() argument 3 must be dict, not \(typeName(args[2]))")
        }
        var bases: [PyClass] = []
        for b in baseTuple.items {
            guard let c = b.asClass else {
                throw typeError("bases must be types")
            }
            bases.append(c)
        }
        let cls = try createClass(name: name.value, qualname: name.value, bases: bases)
        for (k, v) in namespace.orderedItems {
            if case .str(let s) = k {
                cls.setAttribute(intern(s.value), v)
            }
        }
        return .object(cls)
    }

    /// Creates a script class with the given bases (checked), module `__main__`.
    func createClass(name: String, qualname: String, bases: [PyClass]) throws(PyError) -> PyClass {
        var layout = InstanceLayout.object
        for b in bases {
            if b.layout == .builtin && b !== types.object {
                throw typeError(
                    "subclassing the built-in type '\(b.name)' is not supported")
            }
            if b.layout == .exception { layout = .exception }
        }
        let realBases = bases.isEmpty ? [types.object] : bases
        var seen: [ObjectIdentifier] = []
        for b in realBases {
            if seen.contains(ObjectIdentifier(b)) {
                throw typeError("duplicate base class \(b.name)")
            }
            seen.append(ObjectIdentifier(b))
        }
        let cls = PyClass(
            name: name, qualname: qualname, module: "__main__", bases: realBases,
            layout: layout, isBuiltin: false, epoch: epoch)
        cls.setMRO(try linearize(cls, realBases))
        cycleRoots.watch(cls)
        return cls
    }

    /// Whether a class attribute is `object.__new__` (the default allocation).
    func isObjectNew(_ v: Value) -> Bool {
        guard case .object(let o) = v,
            case .object(let d)? = types.object.namespace.get(names.newName)
        else { return false }
        return o === d
    }

    /// `object.__init__`, which the generic instantiation treats as "no initializer".
    var objectInit: PyObject? {
        if case .object(let o)? = types.object.namespace.get(names.initName) { return o }
        return nil
    }
}
