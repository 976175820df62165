extension Runtime {
    /// The args of an exception value.
    func exceptionArgs(_ v: Value) -> [Value] {
        v.asInstance?.exceptionState?.args ?? []
    }

    func installExceptionMethods() {
        guard let base = exceptionClasses["BaseException"] else { return }
        method(base, "__init__", "(self, /, *args, **kwargs)") { _, v, args in
            v.asInstance?.exceptionState?.args = args.positional
            return .none
        }
        method(base, "__str__", "(self, /)") { rt, v, _ in
            let args = rt.exceptionArgs(v)
            switch args.count {
            case 0: return Value("")
            case 1: return Value(try rt.str(args[0]))
            default: return Value(try rt.repr(.object(PyTuple(args))))
            }
        }
        method(base, "__repr__", "(self, /)") { rt, v, _ in
            let args = rt.exceptionArgs(v)
            let name = rt.typeOf(v).name
            if args.count == 1 { return Value(name + "(" + (try rt.repr(args[0])) + ")") }
            return Value(name + (try rt.repr(.object(PyTuple(args)))))
        }
        method(base, "with_traceback", "(self, tb, /)") { _, v, _ in v }
        method(base, "add_note", "(self, note, /)") { _, _, _ in .none }
        defineProperty(
            base, "args", get: { rt, v in .object(PyTuple(rt.exceptionArgs(v))) },
            set: { rt, v, newValue in
                v.asInstance?.exceptionState?.args = try rt.collect(newValue)
            })
        defineProperty(
            base, "__cause__", get: { _, v in v.asInstance?.exceptionState?.cause ?? .none },
            set: { _, v, newValue in v.asInstance?.exceptionState?.cause = newValue })
        defineProperty(
            base, "__context__", get: { _, v in v.asInstance?.exceptionState?.context ?? .none },
            set: { _, v, newValue in v.asInstance?.exceptionState?.context = newValue })
        defineProperty(base, "__traceback__", get: { _, _ in .none })
        if let keyError = exceptionClasses["KeyError"] {
            method(keyError, "__str__", "(self, /)") { rt, v, _ in
                let args = rt.exceptionArgs(v)
                if args.count == 1 { return Value(try rt.repr(args[0])) }
                return Value(try rt.str(.object(PyTuple(args))))
            }
        }
        if let stop = exceptionClasses["StopIteration"] {
            defineProperty(stop, "value", get: { rt, v in rt.exceptionArgs(v).first ?? .none })
        }
        for name in ["NameError", "AttributeError"] {
            guard let cls = exceptionClasses[name] else { continue }
            defineProperty(
                cls, "name",
                get: { rt, v in v.asInstance?.attributes.get(rt.intern("name")) ?? .none },
                set: { rt, v, newValue in v.asInstance?.attributes.set(rt.intern("name"), newValue)
                })
        }
    }
}
