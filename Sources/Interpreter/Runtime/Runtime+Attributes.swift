extension Runtime {
    /// `getattr(object, name)`, raising `AttributeError` when missing.
    public func getAttribute(_ object: Value, _ name: String) throws(PyError) -> Value {
        try getAttribute(object, intern(name))
    }

    /// `getattr(object, name)` with an interned name.
    func getAttribute(_ object: Value, _ name: PyStr) throws(PyError) -> Value {
        if let v = try lookupAttribute(object, name) { return v }
        if let inst = object.asInstance,
            let hook = inst.cls.special(.getattr)
        {
            return try callBound(hook, receiver: object, .str(name))
        }
        throw attributeError(object, name.value)
    }

    /// `getattr(object, name, None)` without raising for a missing attribute (a `__getattr__`
    /// hook that raises `AttributeError` also counts as missing).
    public func attributeIfPresent(_ object: Value, _ name: String) throws(PyError) -> Value? {
        let key = intern(name)
        if let v = try lookupAttribute(object, key) { return v }
        if let inst = object.asInstance,
            let hook = inst.cls.special(.getattr)
        {
            do {
                return try callBound(hook, receiver: object, .str(key))
            } catch {
                if matches(error, .attributeError) { return nil }
                throw error
            }
        }
        return nil
    }

    /// Attribute lookup without the `__getattr__` fallback; `nil` when missing.
    func lookupAttribute(_ object: Value, _ name: PyStr) throws(PyError) -> Value? {
        if case .object(let o) = object {
            switch o.kind {
            case .instance:
                return try instanceAttribute(unsafeDowncast(o, to: PyInstance.self), object, name)
            case .type:
                return try classAttribute(unsafeDowncast(o, to: PyClass.self), name)
            case .module:
                let m = unsafeDowncast(o, to: PyModule.self)
                if let v = m[name.value] { return v }
                if name === names.dictName { return .object(moduleDict(m)) }
                return nil
            case .superProxy:
                return try superAttribute(unsafeDowncast(o, to: PySuper.self), name)
            case .function:
                if let v = functionAttribute(unsafeDowncast(o, to: PyFunction.self), name) {
                    return v
                }
            case .nativeFunction:
                let f = unsafeDowncast(o, to: PyNativeFunction.self)
                if let v = f.attributes?.get(name) { return v }
                switch name.value {
                case "__name__": return Value(f.name)
                case "__qualname__": return Value(f.qualname)
                case "__module__": return f.module.map { Value($0) } ?? Value.none
                case "__doc__": return Value.none
                default: break
                }
            case .boundMethod:
                let m = unsafeDowncast(o, to: PyBoundMethod.self)
                switch name.value {
                case "__self__": return m.receiver
                case "__func__": return m.function
                default:
                    if let v = try lookupAttribute(m.function, name) { return v }
                }
            default:
                break
            }
        }
        if name === names.className { return .object(typeOf(object)) }
        let cls = typeOf(object)
        guard let attribute = cls.lookup(name) else { return nil }
        return try bindAttribute(attribute, receiver: object, owner: cls)
    }

    /// The attribute lookup of an instance: data descriptors, then the instance dict, then
    /// class attributes (functions bound to the instance).
    @inline(__always) func instanceAttribute(
        _ inst: PyInstance, _ object: Value, _ name: PyStr
    ) throws(PyError) -> Value? {
        let cls = inst.cls
        let descriptor = cls.lookup(name)
        if let d = descriptor, case .object(let o) = d, o.kind == .property || o.kind == .instance {
            if o.kind == .property {
                return try propertyGet(unsafeDowncast(o, to: PyProperty.self), object, name)
            }
            let dc = unsafeDowncast(o, to: PyInstance.self).cls
            if dc.special(.set) != nil,
                let get = dc.special(.get)
            {
                return try callBound(get, receiver: d, object, .object(cls))
            }
        }
        if let v = inst.attributes.get(name) { return v }
        if let d = descriptor {
            return try bindAttribute(d, receiver: object, owner: cls)
        }
        if name === names.className { return .object(cls) }
        if name === names.dictName { return .object(inst.attributes) }
        return nil
    }

    /// Calls a property's getter.
    func propertyGet(_ p: PyProperty, _ object: Value, _ name: PyStr) throws(PyError) -> Value {
        if p.getter.isNone {
            throw error(
                .attributeError,
                "property '\(name.value)' of '\(typeName(object))' object has no getter")
        }
        return try call(p.getter, [object])
    }

    /// Turns a class attribute into what an instance lookup returns.
    func bindAttribute(_ attribute: Value, receiver: Value, owner: PyClass) throws(PyError) -> Value
    {
        guard case .object(let o) = attribute else { return attribute }
        switch o.kind {
        case .function:
            return .object(PyBoundMethod(function: attribute, receiver: receiver))
        case .nativeFunction:
            if unsafeDowncast(o, to: PyNativeFunction.self).isMethod {
                return .object(PyBoundMethod(function: attribute, receiver: receiver))
            }
            return attribute
        case .staticMethod:
            return unsafeDowncast(o, to: PyStaticMethod.self).function
        case .classMethod:
            let f = unsafeDowncast(o, to: PyClassMethod.self).function
            return .object(PyBoundMethod(function: f, receiver: .object(owner)))
        case .property:
            return try call(unsafeDowncast(o, to: PyProperty.self).getter, [receiver])
        case .instance:
            let dc = unsafeDowncast(o, to: PyInstance.self).cls
            if let get = dc.special(.get) {
                return try callBound(get, receiver: attribute, receiver, .object(owner))
            }
            return attribute
        default:
            return attribute
        }
    }

    /// Attribute lookup on a class object.
    func classAttribute(_ cls: PyClass, _ name: PyStr) throws(PyError) -> Value? {
        if let (v, _) = cls.lookupWithOwner(name) {
            guard case .object(let o) = v else { return v }
            switch o.kind {
            case .staticMethod:
                return unsafeDowncast(o, to: PyStaticMethod.self).function
            case .classMethod:
                let f = unsafeDowncast(o, to: PyClassMethod.self).function
                return .object(PyBoundMethod(function: f, receiver: .object(cls)))
            case .instance:
                let dc = unsafeDowncast(o, to: PyInstance.self).cls
                if let get = dc.special(.get) {
                    return try callBound(get, receiver: v, .none, .object(cls))
                }
                return v
            default:
                return v
            }
        }
        switch name.value {
        case "__name__": return Value(cls.name)
        case "__qualname__": return Value(cls.qualname)
        case "__module__": return Value(cls.module)
        case "__mro__": return .object(PyTuple(cls.mro.map { .object($0) }))
        case "__bases__": return .object(PyTuple(cls.bases.map { .object($0) }))
        case "__base__": return cls.bases.first.map { .object($0) } ?? Value.none
        case "__dict__":
            let d = newDict()
            for (k, v) in cls.namespace.orderedItems {
                if case .str(let s) = k { d.set(s, v) }
            }
            return .object(d)
        case "__doc__": return Value.none
        case "__class__": return .object(types.type)
        default: break
        }
        // Methods of `type` itself, such as `mro`.
        if let v = types.type.lookup(name) {
            return try bindAttribute(v, receiver: .object(cls), owner: types.type)
        }
        return nil
    }

    /// `super().name`.
    func superAttribute(_ s: PySuper, _ name: PyStr) throws(PyError) -> Value? {
        guard let v = s.receiverClass.lookup(name, after: s.thisClass) else {
            if name === names.className { return .object(types.superType) }
            return nil
        }
        if s.receiver.asClass != nil && s.receiverClass === s.receiver.asClass {
            // super() in a class method: bind to the class.
            if case .object(let o) = v, o.kind == .classMethod {
                let f = unsafeDowncast(o, to: PyClassMethod.self).function
                return .object(PyBoundMethod(function: f, receiver: s.receiver))
            }
            if case .object(let o) = v, o.kind == .function || o.kind == .nativeFunction {
                return v
            }
        }
        return try bindAttribute(v, receiver: s.receiver, owner: s.receiverClass)
    }

    private func functionAttribute(_ f: PyFunction, _ name: PyStr) -> Value? {
        if let v = f.attributes?.get(name) { return v }
        switch name.value {
        case "__name__": return Value(f.name)
        case "__qualname__": return Value(f.qualname)
        case "__module__": return Value(f.module)
        case "__doc__": return f.doc
        case "__defaults__":
            return f.defaults.isEmpty ? Value.none : .object(PyTuple(f.defaults))
        case "__kwdefaults__": return f.keywordDefaults.map { .object($0) } ?? Value.none
        case "__dict__":
            if f.attributes == nil { f.attributes = newDict() }
            return f.attributes.map { .object($0) } ?? Value.none
        default: return nil
        }
    }

    private func moduleDict(_ m: PyModule) -> PyDict {
        let d = newDict()
        for name in m.names {
            if let v = m[name] { d.set(intern(name), v) }
        }
        return d
    }

    /// `setattr(object, name, value)`, honouring `__setattr__` hooks and properties.
    public func setAttribute(_ object: Value, _ name: String, _ value: Value) throws(PyError) {
        try setAttribute(object, intern(name), value)
    }

    /// `setattr` with an interned name.
    func setAttribute(_ object: Value, _ name: PyStr, _ value: Value) throws(PyError) {
        if case .object(let o) = object {
            switch o.kind {
            case .instance:
                let inst = unsafeDowncast(o, to: PyInstance.self)
                if let hook = inst.cls.special(.setattr) {
                    _ = try callBound(hook, receiver: object, .str(name), value)
                    return
                }
                try genericSetAttribute(inst, name, value)
                return
            case .type:
                let cls = unsafeDowncast(o, to: PyClass.self)
                if cls.isBuiltin {
                    throw typeError(
                        "cannot set '\(name.value)' attribute of immutable type '\(cls.name)'")
                }
                cls.setAttribute(name, value)
                return
            case .module:
                unsafeDowncast(o, to: PyModule.self)[name.value] = value
                return
            case .function:
                let f = unsafeDowncast(o, to: PyFunction.self)
                switch name.value {
                case "__name__":
                    if case .str(let s) = value { f.name = s.value }
                case "__qualname__":
                    if case .str(let s) = value { f.qualname = s.value }
                case "__doc__":
                    f.doc = value
                default:
                    if f.attributes == nil { f.attributes = newDict() }
                    f.attributes?.set(name, value)
                }
                return
            case .nativeFunction:
                let f = unsafeDowncast(o, to: PyNativeFunction.self)
                if f.attributes == nil { f.attributes = newDict() }
                f.attributes?.set(name, value)
                return
            default:
                break
            }
        }
        if typeOf(object).lookup(name) != nil {
            throw error(
                .attributeError,
                "'\(typeName(object))' object attribute '\(name.value)' is read-only")
        }
        throw attributeError(object, name.value)
    }

    /// `object.__setattr__`: properties and data descriptors, else the instance dict.
    public func genericSetAttribute(_ instance: PyInstance, _ name: String, _ value: Value)
        throws(PyError)
    {
        try genericSetAttribute(instance, intern(name), value)
    }

    func genericSetAttribute(_ inst: PyInstance, _ name: PyStr, _ value: Value) throws(PyError) {
        if let d = inst.cls.lookup(name), case .object(let o) = d {
            if o.kind == .property {
                let p = unsafeDowncast(o, to: PyProperty.self)
                if p.setter.isNone {
                    throw error(
                        .attributeError,
                        "property '\(name.value)' of '\(inst.cls.name)' object has no setter")
                }
                _ = try call(p.setter, [.object(inst), value])
                return
            }
            if o.kind == .instance {
                let dc = unsafeDowncast(o, to: PyInstance.self).cls
                if let set = dc.special(.set) {
                    _ = try callBound(set, receiver: d, .object(inst), value)
                    return
                }
            }
        }
        if inst.cls.isPlainObject {
            throw error(.attributeError, "'object' object has no attribute '\(name.value)'")
        }
        inst.attributes.set(name, value)
    }

    /// `delattr(object, name)`.
    public func deleteAttribute(_ object: Value, _ name: String) throws(PyError) {
        try deleteAttribute(object, intern(name))
    }

    func deleteAttribute(_ object: Value, _ name: PyStr) throws(PyError) {
        if case .object(let o) = object {
            switch o.kind {
            case .instance:
                let inst = unsafeDowncast(o, to: PyInstance.self)
                if let hook = inst.cls.special(.delattr) {
                    _ = try callBound(hook, receiver: object, .str(name))
                    return
                }
                if let d = inst.cls.lookup(name), case .object(let po) = d, po.kind == .property {
                    let p = unsafeDowncast(po, to: PyProperty.self)
                    if p.deleter.isNone {
                        throw error(
                            .attributeError,
                            "property '\(name.value)' of '\(inst.cls.name)' object has no deleter")
                    }
                    _ = try call(p.deleter, [object])
                    return
                }
                if let e = inst.attributes.find(str: name) {
                    inst.attributes.remove(at: e)
                    return
                }
                throw attributeError(object, name.value)
            case .type:
                let cls = unsafeDowncast(o, to: PyClass.self)
                if cls.isBuiltin {
                    throw typeError(
                        "cannot delete '\(name.value)' attribute of immutable type '\(cls.name)'")
                }
                if !cls.removeAttribute(name) {
                    throw attributeError(object, name.value)
                }
                return
            case .module:
                let m = unsafeDowncast(o, to: PyModule.self)
                if m[name.value] == nil { throw attributeError(object, name.value) }
                m[name.value] = nil
                return
            case .function:
                let f = unsafeDowncast(o, to: PyFunction.self)
                if let d = f.attributes, let e = d.find(str: name) {
                    d.remove(at: e)
                    return
                }
            default:
                break
            }
        }
        throw attributeError(object, name.value)
    }

    /// Calls a class attribute (a special method) with the receiver first.
    func callBound(_ attribute: Value, receiver: Value, _ arguments: [Value]) throws(PyError)
        -> Value
    {
        let base = hot.pointee.sp
        if !stackHasRoom(arguments.count + 2) {
            throw error(.recursionError, "maximum recursion depth exceeded")
        }
        for a in arguments {
            hot.pointee.sp.initialize(to: a)
            hot.pointee.sp += 1
        }
        return try callDescriptor(
            attribute, receiver: receiver, base: base, count: arguments.count, keywords: [])
    }

    /// Calls a class attribute with the receiver and no arguments (no array allocation).
    func callBound(_ attribute: Value, receiver: Value) throws(PyError) -> Value {
        try callDescriptor(
            attribute, receiver: receiver, base: hot.pointee.sp, count: 0, keywords: [])
    }

    /// Calls a class attribute with the receiver and one argument (no array allocation).
    func callBound(_ attribute: Value, receiver: Value, _ a: Value) throws(PyError) -> Value {
        let base = hot.pointee.sp
        try push(a)
        return try callDescriptor(attribute, receiver: receiver, base: base, count: 1, keywords: [])
    }

    /// Calls a class attribute with the receiver and two arguments (no array allocation).
    func callBound(_ attribute: Value, receiver: Value, _ a: Value, _ b: Value) throws(PyError)
        -> Value
    {
        let base = hot.pointee.sp
        try push(a)
        do {
            try push(b)
        } catch {
            popTo(base)
            throw error
        }
        return try callDescriptor(attribute, receiver: receiver, base: base, count: 2, keywords: [])
    }

    /// Calls a special method with one argument when the value's class defines it.
    @inline(__always) func callSpecial(_ method: SpecialMethod, on object: Value, _ a: Value)
        throws(PyError) -> Value?
    {
        guard case .object(let o) = object, o.kind == .instance else { return nil }
        let cls = unsafeDowncast(o, to: PyInstance.self).cls
        guard let m = cls.special(method) else { return nil }
        return try callBound(m, receiver: object, a)
    }

    /// Calls a special method of a value's class when the class defines it.
    @inline(__always) func callSpecial(
        _ method: SpecialMethod, on object: Value, _ arguments: [Value]
    ) throws(PyError) -> Value? {
        guard case .object(let o) = object, o.kind == .instance else { return nil }
        let cls = unsafeDowncast(o, to: PyInstance.self).cls
        guard let m = cls.special(method) else { return nil }
        return try callBound(m, receiver: object, arguments)
    }

    /// Whether a value's class defines a special method.
    func hasSpecial(_ method: SpecialMethod, _ object: Value) -> Bool {
        guard let inst = object.asInstance else { return false }
        return inst.cls.special(method) != nil
    }
}
