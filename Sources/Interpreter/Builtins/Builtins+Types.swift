import BigInt

extension Runtime {
    /// Sets a builtin type's constructor.
    private func constructor(_ cls: PyClass, _ body: @escaping NativeBody) {
        cls.constructor = body
    }

    /// Defines a method of a builtin type that checks its receiver's type.
    func method(
        _ cls: PyClass, _ name: String, _ signature: String? = nil,
        _ body: @escaping (Runtime, Value, Arguments) throws -> Value
    ) {
        let f = PyNativeFunction(
            name: name, qualname: cls.name + "." + name, module: nil, signature: signature,
            isMethod: true
        ) { rt, args in
            let receiver = args[0]
            if args.count == 0 || !rt.typeOf(receiver).isSubclass(of: cls) {
                let given = args.count == 0 ? "nothing" : "a '\(rt.typeName(receiver))' object"
                throw rt.typeError(
                    "descriptor '\(name)' for '\(cls.name)' objects doesn't apply to \(given)")
            }
            return try body(rt, receiver, args.dropping(1))
        }
        cls.namespace.set(intern(name), .object(f))
    }

    func installBuiltinTypeMethods() {
        installConstructors()
        installObjectMethods()
        installNumberMethods()
        installStrMethods()
        installListMethods()
        installDictMethods()
        installSetMethods()
        installMiscMethods()
        installDunderMethods()
    }

    private func installConstructors() {
        let intParams = NativeParameters("int", "x=0, /, base=10")
        constructor(types.int) { rt, args in
            if args.count == 0 && args.keywordCount == 0 { return .int(0) }
            let b = try intParams.bind(args, rt)
            if args.keyword("base") != nil || args.count > 1 {
                let base = try rt.intArgument(b["base"])
                if base != 0 && (base < 2 || base > 36) {
                    throw rt.valueError("int() base must be >= 2 and <= 36, or 0")
                }
                guard case .str(let s) = b["x"] else {
                    throw rt.typeError("int() can't convert non-string with explicit base")
                }
                return try rt.parseInt(s.value, base: base)
            }
            return try rt.toInt(b["x"])
        }
        constructor(types.float) { rt, args in
            try rt.expectArguments(args, "float", 0, 1)
            if args.count == 0 { return .float(0) }
            return .float(try rt.toFloat(args[0]))
        }
        constructor(types.str) { rt, args in
            try rt.expectArguments(args, "str", 0, 1)
            if args.count == 0 { return Value("") }
            return Value(try rt.str(args[0]))
        }
        constructor(types.bool) { rt, args in
            try rt.expectArguments(args, "bool", 0, 1)
            if args.count == 0 { return .bool(false) }
            return .bool(try rt.truthy(args[0]))
        }
        constructor(types.list) { rt, args in
            try rt.expectArguments(args, "list", 0, 1)
            if args.count == 0 { return .object(rt.newList()) }
            let items = try rt.collect(args[0])
            try rt.checkGrowth(items: items.count)
            return .object(rt.newList(items))
        }
        constructor(types.tuple) { rt, args in
            try rt.expectArguments(args, "tuple", 0, 1)
            if args.count == 0 { return .object(PyTuple([])) }
            if let t = args[0].asTuple { return .object(t) }
            return .object(PyTuple(try rt.collect(args[0])))
        }
        constructor(types.dict) { rt, args in
            if args.count > 1 {
                throw rt.typeError("dict expected at most 1 argument, got \(args.count)")
            }
            let d = rt.newDict()
            if args.count == 1 { try rt.dictUpdateFromAny(d, args[0]) }
            for (k, v) in args.keywordPairs {
                d.set(rt.intern(k), v)
            }
            return .object(d)
        }
        constructor(types.set) { rt, args in
            try rt.expectArguments(args, "set", 0, 1)
            if args.count == 0 { return .object(PySet()) }
            return .object(try rt.makeSet(from: args[0]))
        }
        constructor(types.frozenset) { rt, args in
            try rt.expectArguments(args, "frozenset", 0, 1)
            if args.count == 0 { return .object(PySet(frozen: true)) }
            if case .object(let o) = args[0], o.kind == .frozenset { return args[0] }
            return .object(try rt.makeSet(from: args[0], frozen: true))
        }
        constructor(types.range) { rt, args in
            if args.keywordCount > 0 { throw rt.typeError("range() takes no keyword arguments") }
            var bounds: [Int] = []
            for i in 0..<args.count {
                if case .object(let o) = args[i], o.kind == .bigint {
                    throw rt.error(.overflowError, "Python int too large to convert to C ssize_t")
                }
                bounds.append(try rt.intArgument(args[i]))
            }
            switch bounds.count {
            case 1: return .object(PyRange(start: 0, stop: bounds[0], step: 1))
            case 2: return .object(PyRange(start: bounds[0], stop: bounds[1], step: 1))
            case 3:
                if bounds[2] == 0 { throw rt.valueError("range() arg 3 must not be zero") }
                return .object(PyRange(start: bounds[0], stop: bounds[1], step: bounds[2]))
            case 0: throw rt.typeError("range expected at least 1 argument, got 0")
            default: throw rt.typeError("range expected at most 3 arguments, got \(bounds.count)")
            }
        }
        constructor(types.slice) { rt, args in
            try rt.expectArguments(args, "slice", 1, 3)
            switch args.count {
            case 1: return .object(PySlice(start: .none, stop: args[0], step: .none))
            case 2: return .object(PySlice(start: args[0], stop: args[1], step: .none))
            default: return .object(PySlice(start: args[0], stop: args[1], step: args[2]))
            }
        }
        constructor(types.object) { rt, args in
            if args.count > 0 || args.keywordCount > 0 {
                throw rt.typeError("object() takes no arguments")
            }
            return .object(rt.newInstance(rt.types.object))
        }
        let propertyParams = NativeParameters(
            "property", "fget=None, fset=None, fdel=None, doc=None")
        constructor(types.property) { rt, args in
            let b = try propertyParams.bind(args, rt)
            return .object(
                PyProperty(getter: b["fget"], setter: b["fset"], deleter: b["fdel"], doc: b["doc"]))
        }
        constructor(types.staticmethod) { rt, args in
            try rt.expectArguments(args, "staticmethod", 1, 1)
            return .object(PyStaticMethod(args[0]))
        }
        constructor(types.classmethod) { rt, args in
            try rt.expectArguments(args, "classmethod", 1, 1)
            return .object(PyClassMethod(args[0]))
        }
        constructor(types.superType) { rt, args in
            try rt.expectArguments(args, "super", 2, 2)
            guard let cls = args[0].asClass else {
                throw rt.typeError("super() argument 1 must be a type, not \(rt.typeName(args[0]))")
            }
            return try rt.makeSuper(cls, args[1])
        }
        constructor(types.map) { rt, args in
            if args.count < 2 { throw rt.typeError("map() must have at least two arguments.") }
            var sources: [PyIterator] = []
            for i in 1..<args.count {
                sources.append(try rt.iterate(args[i]))
            }
            return .object(MapIterator(args[0], sources, rt.types.map))
        }
        constructor(types.filter) { rt, args in
            try rt.expectArguments(args, "filter", 2, 2)
            return .object(FilterIterator(args[0], try rt.iterate(args[1]), rt.types.filter))
        }
        constructor(types.zip) { rt, args in
            var strict = false
            for (k, v) in args.keywordPairs {
                guard k == "strict" else {
                    throw rt.typeError("zip() got an unexpected keyword argument '\(k)'")
                }
                strict = try rt.truthy(v)
            }
            var sources: [PyIterator] = []
            for i in 0..<args.count {
                do {
                    sources.append(try rt.iterate(args[i]))
                } catch {
                    throw rt.typeError(
                        "zip argument #\(i + 1) must support iteration")
                }
            }
            return .object(ZipIterator(sources, strict: strict, rt.types.zip))
        }
        let enumerateParams = NativeParameters("enumerate", "iterable, start=0")
        constructor(types.enumerate) { rt, args in
            let b = try enumerateParams.bind(args, rt)
            return .object(
                EnumerateIterator(
                    try rt.iterate(b["iterable"]), start: try rt.intArgument(b["start"]),
                    rt.types.enumerate))
        }
        constructor(types.reversed) { rt, args in
            try rt.expectArguments(args, "reversed", 1, 1)
            return .object(try rt.reversedIterator(args[0]))
        }
    }

    /// `reversed(seq)`.
    func reversedIterator(_ v: Value) throws(PyError) -> PyIterator {
        switch v {
        case .str(let s):
            return ArrayIterator(
                s.scalars.reversed().map { Value(String(Character($0))) }, types.reversed)
        case .object(let o):
            switch o.kind {
            case .list:
                return ListReverseIterator(
                    unsafeDowncast(o, to: PyList.self), types.listReverseIterator)
            case .tuple:
                return ArrayIterator(
                    unsafeDowncast(o, to: PyTuple.self).items.reversed(), types.reversed)
            case .range:
                let r = unsafeDowncast(o, to: PyRange.self)
                let n = r.count ?? 0
                return RangeIterator(
                    start: r.item(n - 1), step: -r.step, count: n, types.rangeIterator)
            case .dict:
                return ArrayIterator(
                    unsafeDowncast(o, to: PyDict.self).orderedKeys.reversed(), types.reversed)
            case .dictView:
                let view = unsafeDowncast(o, to: PyDictView.self)
                return ArrayIterator(
                    try collect(v).reversed(), view.which == .keys ? types.reversed : types.reversed
                )
            case .instance:
                if let m = try attributeIfPresent(v, "__reversed__") {
                    return try iterate(try call(m))
                }
                if hasSpecial(.len, v) && hasSpecial(.getitem, v) {
                    let n = try length(v)
                    var items: [Value] = []
                    for i in stride(from: n - 1, through: 0, by: -1) {
                        items.append(try getItem(v, .int(i)))
                    }
                    return ArrayIterator(items, types.reversed)
                }
            default:
                break
            }
        default:
            break
        }
        throw typeError("'\(typeName(v))' object is not reversible")
    }

    /// `super(cls, obj)`.
    func makeSuper(_ cls: PyClass, _ receiver: Value) throws(PyError) -> Value {
        let receiverClass: PyClass
        if let c = receiver.asClass, c.isSubclass(of: cls) {
            receiverClass = c
        } else {
            receiverClass = typeOf(receiver)
            guard receiverClass.isSubclass(of: cls) else {
                throw typeError("super(type, obj): obj must be an instance or subtype of type")
            }
        }
        return .object(PySuper(thisClass: cls, receiver: receiver, receiverClass: receiverClass))
    }

    private func installObjectMethods() {
        let object = types.object
        method(object, "__init__", "(self, /, *args, **kwargs)") { _, _, _ in .none }
        let newFunction = PyNativeFunction(name: "__new__", qualname: "object.__new__") {
            rt, args in
            guard let cls = args[0].asClass else {
                throw rt.typeError("object.__new__(X): X is not a type object")
            }
            if cls.layout == .builtin && cls !== rt.types.object {
                throw rt.typeError(
                    "object.__new__(\(cls.name)) is not safe, use \(cls.name).__new__()")
            }
            let inst = rt.newInstance(cls)
            if let state = inst.exceptionState {
                state.args = Array(args.positional.dropFirst())
            }
            return .object(inst)
        }
        object.namespace.set(intern("__new__"), .object(PyStaticMethod(.object(newFunction))))
        method(object, "__setattr__", "(self, name, value, /)") { rt, receiver, args in
            guard case .str(let name) = args[0] else {
                throw rt.typeError("attribute name must be string, not '\(rt.typeName(args[0]))'")
            }
            guard let inst = receiver.asInstance else {
                throw rt.attributeError(receiver, name.value)
            }
            try rt.genericSetAttribute(inst, rt.intern(name.value), args[1])
            return .none
        }
        method(object, "__delattr__", "(self, name, /)") { rt, receiver, args in
            guard case .str(let name) = args[0], let inst = receiver.asInstance else {
                throw rt.typeError("attribute name must be string")
            }
            guard let e = inst.attributes.find(str: name) else {
                throw rt.attributeError(receiver, name.value)
            }
            inst.attributes.remove(at: e)
            return .none
        }
        method(object, "__getattribute__", "(self, name, /)") { rt, receiver, args in
            guard case .str(let name) = args[0] else {
                throw rt.typeError("attribute name must be string, not '\(rt.typeName(args[0]))'")
            }
            let key = rt.intern(name.value)
            if let v = try rt.lookupAttribute(receiver, key) { return v }
            throw rt.attributeError(receiver, name.value)
        }
        method(object, "__repr__", "(self, /)") { rt, receiver, _ in
            guard let o = receiver.asObject else { return Value(try rt.repr(receiver)) }
            return Value("<\(rt.typeOf(receiver).displayName) object at \(rt.hexAddress(o))>")
        }
        method(object, "__str__", "(self, /)") { rt, receiver, _ in Value(try rt.repr(receiver)) }
        method(object, "__eq__", "(self, value, /)") { rt, receiver, args in
            receiver.isIdentical(to: args[0]) ? .bool(true) : .object(rt.notImplemented)
        }
        method(object, "__ne__", "(self, value, /)") { rt, receiver, args in
            receiver.isIdentical(to: args[0]) ? .bool(false) : .object(rt.notImplemented)
        }
        method(object, "__hash__", "(self, /)") { rt, receiver, _ in
            guard let o = receiver.asObject else { return .int(try rt.hash(receiver)) }
            return .int(rt.pointerHash(o))
        }
        method(object, "__format__", "(self, format_spec, /)") { rt, receiver, args in
            if case .str(let s) = args[0], !s.value.isEmpty {
                throw rt.typeError(
                    "unsupported format string passed to \(rt.typeName(receiver)).__format__")
            }
            return Value(try rt.str(receiver))
        }
        method(object, "__dir__", "(self, /)") { rt, receiver, _ in
            .object(rt.newList(try rt.directory(receiver).map { Value($0) }))
        }
        let initSubclass = PyNativeFunction(name: "__init_subclass__") { _, _ in .none }
        object.namespace.set(
            intern("__init_subclass__"), .object(PyClassMethod(.object(initSubclass))))
        method(types.type, "mro", "(self, /)") { rt, receiver, _ in
            guard let cls = receiver.asClass else { return .none }
            return .object(rt.newList(cls.mro.map { .object($0) }))
        }
        method(types.type, "__subclasses__", "(self, /)") { rt, _, _ in .object(rt.newList()) }
    }

    private func installNumberMethods() {
        method(types.int, "bit_length", "(self, /)") { _, receiver, _ in
            switch Number(receiver) {
            case .int(let i): return .int(Int.bitWidth - i.magnitude.leadingZeroBitCount)
            case .big(let b): return .int(b.magnitude.bitWidth)
            default: return .int(0)
            }
        }
        method(types.int, "bit_count", "(self, /)") { _, receiver, _ in
            switch Number(receiver) {
            case .int(let i): return .int(i.magnitude.nonzeroBitCount)
            case .big(let b): return .int(b.magnitude.words.reduce(0) { $0 + $1.nonzeroBitCount })
            default: return .int(0)
            }
        }
        method(types.int, "conjugate", "(self, /)") { rt, receiver, _ in try rt.toInt(receiver) }
        method(types.int, "as_integer_ratio", "(self, /)") { rt, receiver, _ in
            .object(PyTuple([try rt.toInt(receiver), .int(1)]))
        }
        method(types.int, "__index__", "(self, /)") { rt, receiver, _ in try rt.toInt(receiver) }
        method(types.int, "__int__", "(self, /)") { rt, receiver, _ in try rt.toInt(receiver) }
        method(types.int, "__float__", "(self, /)") { rt, receiver, _ in
            .float(try rt.toFloat(receiver))
        }
        defineProperty(types.int, "real", get: { rt, v in try rt.toInt(v) })
        defineProperty(types.int, "imag", get: { _, _ in .int(0) })
        defineProperty(types.int, "numerator", get: { rt, v in try rt.toInt(v) })
        defineProperty(types.int, "denominator", get: { _, _ in .int(1) })
        method(types.float, "is_integer", "(self, /)") { _, receiver, _ in
            guard case .float(let d) = receiver else { return .bool(false) }
            return .bool(d.isFinite && d.rounded() == d)
        }
        method(types.float, "conjugate", "(self, /)") { _, receiver, _ in receiver }
        method(types.float, "__float__", "(self, /)") { _, receiver, _ in receiver }
        method(types.float, "__int__", "(self, /)") { rt, receiver, _ in try rt.toInt(receiver) }
        method(types.float, "as_integer_ratio", "(self, /)") { rt, receiver, _ in
            guard case .float(let d) = receiver else { return .none }
            if d.isNaN { throw rt.valueError("cannot convert NaN to integer ratio") }
            if d.isInfinite {
                throw rt.error(.overflowError, "cannot convert Infinity to integer ratio")
            }
            var mantissa = d
            var exponent = 0
            while mantissa.rounded() != mantissa {
                mantissa *= 2
                exponent += 1
            }
            var numerator = BigInt(mantissa)
            var denominator = BigInt(1) << exponent
            while denominator > 1 && numerator % 2 == 0 {
                numerator /= 2
                denominator /= 2
            }
            return .object(PyTuple([Value(numerator), Value(denominator)]))
        }
        defineProperty(types.float, "real", get: { _, v in v })
        defineProperty(types.float, "imag", get: { _, _ in .float(0) })
        defineProperty(types.bool, "real", get: { rt, v in try rt.toInt(v) })
    }

    private func installMiscMethods() {
        defineProperty(
            types.range, "start",
            get: { _, v in
                .int(v.object(as: PyRange.self)?.start ?? 0)
            })
        defineProperty(
            types.range, "stop",
            get: { _, v in
                .int(v.object(as: PyRange.self)?.stop ?? 0)
            })
        defineProperty(
            types.range, "step",
            get: { _, v in
                .int(v.object(as: PyRange.self)?.step ?? 1)
            })
        method(types.range, "index", "(self, value, /)") { rt, receiver, args in
            guard let r = receiver.object(as: PyRange.self), case .int(let i) = args[0],
                try rt.contains(receiver, args[0])
            else {
                throw rt.valueError("\(try rt.repr(args[0])) is not in range")
            }
            return .int((i - r.start) / r.step)
        }
        method(types.range, "count", "(self, value, /)") { rt, receiver, args in
            .int(try rt.contains(receiver, args[0]) ? 1 : 0)
        }
        defineProperty(
            types.slice, "start", get: { _, v in v.object(as: PySlice.self)?.start ?? .none })
        defineProperty(
            types.slice, "stop", get: { _, v in v.object(as: PySlice.self)?.stop ?? .none })
        defineProperty(
            types.slice, "step", get: { _, v in v.object(as: PySlice.self)?.step ?? .none })
        method(types.slice, "indices", "(self, length, /)") { rt, receiver, args in
            guard let s = receiver.object(as: PySlice.self) else { return .none }
            let n = try rt.intArgument(args[0])
            if n < 0 { throw rt.valueError("length should not be negative") }
            let r = try rt.resolveSlice(s, length: n)
            return .object(PyTuple([.int(r.start), .int(r.stop), .int(r.step)]))
        }
        defineProperty(
            types.property, "fget", get: { _, v in v.object(as: PyProperty.self)?.getter ?? .none })
        defineProperty(
            types.property, "fset", get: { _, v in v.object(as: PyProperty.self)?.setter ?? .none })
        defineProperty(
            types.property, "fdel", get: { _, v in v.object(as: PyProperty.self)?.deleter ?? .none }
        )
        method(types.property, "getter", "(self, fget, /)") { _, receiver, args in
            guard let p = receiver.object(as: PyProperty.self) else { return .none }
            return .object(
                PyProperty(getter: args[0], setter: p.setter, deleter: p.deleter, doc: p.doc))
        }
        method(types.property, "setter", "(self, fset, /)") { _, receiver, args in
            guard let p = receiver.object(as: PyProperty.self) else { return .none }
            return .object(
                PyProperty(getter: p.getter, setter: args[0], deleter: p.deleter, doc: p.doc))
        }
        method(types.property, "deleter", "(self, fdel, /)") { _, receiver, args in
            guard let p = receiver.object(as: PyProperty.self) else { return .none }
            return .object(
                PyProperty(getter: p.getter, setter: p.setter, deleter: args[0], doc: p.doc))
        }
        method(types.property, "__get__", "(self, instance, owner=None, /)") { rt, receiver, args in
            guard let p = receiver.object(as: PyProperty.self) else { return .none }
            if args[0].isNone { return receiver }
            return try rt.call(p.getter, [args[0]])
        }
        for cls in [
            types.listIterator, types.listReverseIterator, types.tupleIterator, types.rangeIterator,
            types.strIterator, types.dictKeyIterator, types.dictValueIterator,
            types.dictItemIterator, types.setIterator, types.map, types.filter, types.zip,
            types.enumerate, types.reversed, types.generator, types.callableIterator,
            types.iterator,
        ] {
            method(cls, "__next__", "(self, /)") { rt, receiver, _ in try rt.nextOrStop(receiver) }
            method(cls, "__iter__", "(self, /)") { _, receiver, _ in receiver }
        }
        defineProperty(
            types.staticmethod, "__func__",
            get: { _, v in
                v.object(as: PyStaticMethod.self)?.function ?? .none
            })
        defineProperty(
            types.classmethod, "__func__",
            get: { _, v in
                v.object(as: PyClassMethod.self)?.function ?? .none
            })
    }
}
