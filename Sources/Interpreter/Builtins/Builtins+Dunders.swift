/// The special methods of the built-in types as attributes (`(1).__add__`, `[].__len__`,
/// `hasattr(x, '__iter__')`, `int.__add__(1, 2)`).
///
/// The evaluation loop never goes through these: operators on built-in values are handled
/// directly, and special-method dispatch only consults classes of instances. These exist for
/// scripts that call or test for them explicitly, and they follow CPython's slot wrappers:
/// arithmetic on a foreign operand returns `NotImplemented`, comparisons too.
extension Runtime {
    /// Defines `cls.<name>` as a slot wrapper taking exactly `arity` arguments after the
    /// receiver.
    private func dunder(
        _ cls: PyClass, _ name: String, _ arity: Int,
        _ body: @escaping (Runtime, Value, Arguments) throws -> Value
    ) {
        let parameters =
            arity == 0 ? "(self, /)" : arity == 1 ? "(self, value, /)" : "(self, key, value, /)"
        method(cls, name, parameters) { rt, receiver, args in
            if args.keywordCount > 0 {
                throw rt.typeError("\(cls.name).\(name)() takes no keyword arguments")
            }
            if args.count != arity {
                throw rt.typeError(
                    "expected \(arity) argument\(arity == 1 ? "" : "s"), got \(args.count)")
            }
            return try body(rt, receiver, args)
        }
    }

    func installDunderMethods() {
        installNumberDunders(types.int, operands: { Number($0).map { !$0.isFloat } ?? false })
        installNumberDunders(types.float, operands: { Number($0) != nil })
        for cls in [types.str, types.list, types.tuple] {
            installSequenceDunders(cls)
        }
        installContainerDunders()
        installComparisonDunders()
        installIteratorDunders()
        dunder(types.noneType, "__bool__", 0) { _, _, _ in .bool(false) }
        for cls in [types.function, types.builtinFunction, types.method] {
            method(cls, "__call__", "(self, /, *args, **kwargs)") { rt, receiver, args in
                try rt.call(receiver, args.positional, keywords: args.keywordPairs)
            }
        }
        for cls in types.all {
            dunder(cls, "__repr__", 0) { rt, receiver, _ in Value(try rt.repr(receiver)) }
            dunder(cls, "__str__", 0) { rt, receiver, _ in Value(try rt.str(receiver)) }
        }
        // Mutable containers are unhashable: CPython sets their `__hash__` to None.
        for cls in [types.list, types.dict, types.set]
        where cls.namespace.get(intern("__hash__")) == nil {
            cls.namespace.set(intern("__hash__"), .none)
        }
        for cls in [
            types.int, types.float, types.str, types.tuple, types.frozenset, types.range,
            types.noneType,
        ] {
            dunder(cls, "__hash__", 0) { rt, receiver, _ in .int(try rt.hash(receiver)) }
        }
    }

    /// Arithmetic, unary operators and conversions of `int` (and `bool`) and `float`:
    /// `accepts` says which right operands the type computes with.
    private func installNumberDunders(_ cls: PyClass, operands accepts: @escaping (Value) -> Bool) {
        let isInt = cls === types.int
        var ops: [BinaryOp] = [
            .add, .subtract, .multiply, .trueDivide, .floorDivide, .modulo, .power,
        ]
        if isInt { ops += [.leftShift, .rightShift, .bitAnd, .bitOr, .bitXor] }
        for op in ops {
            let (forward, reflected, _) = op.specials
            dunder(cls, forward.pythonName, 1) { rt, receiver, args in
                guard accepts(args[0]), let x = Number(receiver), let y = Number(args[0]),
                    let r = try rt.numericBinary(op, x, y)
                else { return .object(rt.notImplemented) }
                return r
            }
            dunder(cls, reflected.pythonName, 1) { rt, receiver, args in
                guard accepts(args[0]), let x = Number(args[0]), let y = Number(receiver),
                    let r = try rt.numericBinary(op, x, y)
                else { return .object(rt.notImplemented) }
                return r
            }
        }
        dunder(cls, "__divmod__", 1) { rt, receiver, args in
            guard accepts(args[0]) else { return .object(rt.notImplemented) }
            let q = try rt.binary(.floorDivide, receiver, args[0])
            return .object(PyTuple([q, try rt.binary(.modulo, receiver, args[0])]))
        }
        dunder(cls, "__neg__", 0) { rt, receiver, _ in try rt.negative(receiver) }
        dunder(cls, "__pos__", 0) { rt, receiver, _ in try rt.positive(receiver) }
        dunder(cls, "__abs__", 0) { rt, receiver, _ in
            guard let n = Number(receiver) else { return .object(rt.notImplemented) }
            return rt.absolute(n)
        }
        dunder(cls, "__bool__", 0) { rt, receiver, _ in .bool(try rt.truthy(receiver)) }
        if isInt {
            dunder(cls, "__invert__", 0) { rt, receiver, _ in try rt.invert(receiver) }
        }
        dunder(cls, "__int__", 0) { rt, receiver, _ in try rt.toInt(receiver) }
        dunder(cls, "__float__", 0) { rt, receiver, _ in .float(try rt.toFloat(receiver)) }
    }

    /// `+`, `*` and `%` of `str`, `list` and `tuple`, with CPython's errors for wrong operands.
    private func installSequenceDunders(_ cls: PyClass) {
        dunder(cls, "__add__", 1) { rt, receiver, args in
            if let r = try rt.builtinBinary(.add, receiver, args[0]) { return r }
            throw rt.binaryTypeError(.add, receiver, args[0])
        }
        dunder(cls, "__mul__", 1) { rt, receiver, args in
            if let r = try rt.builtinBinary(.multiply, receiver, args[0]) { return r }
            return .object(rt.notImplemented)
        }
        dunder(cls, "__rmul__", 1) { rt, receiver, args in
            if let r = try rt.builtinBinary(.multiply, args[0], receiver) { return r }
            return .object(rt.notImplemented)
        }
        if cls === types.str {
            dunder(cls, "__mod__", 1) { rt, receiver, args in
                try rt.builtinBinary(.modulo, receiver, args[0]) ?? .object(rt.notImplemented)
            }
        }
        if cls === types.list {
            dunder(cls, "__iadd__", 1) { rt, receiver, args in
                try rt.inplace(.add, receiver, args[0])
            }
            dunder(cls, "__imul__", 1) { rt, receiver, args in
                guard rt.repeatCount(args[0]) != nil else { return .object(rt.notImplemented) }
                return try rt.inplace(.multiply, receiver, args[0])
            }
        }
    }

    /// Length, item access, membership and iteration of the containers, and the set and dict
    /// operators.
    private func installContainerDunders() {
        let sized = [
            types.str, types.list, types.tuple, types.dict, types.set, types.frozenset,
            types.range, types.dictKeys, types.dictValues, types.dictItems,
        ]
        for cls in sized {
            dunder(cls, "__len__", 0) { rt, receiver, _ in .int(try rt.length(receiver)) }
            dunder(cls, "__iter__", 0) { rt, receiver, _ in .object(try rt.iterate(receiver)) }
            dunder(cls, "__contains__", 1) { rt, receiver, args in
                .bool(try rt.contains(receiver, args[0]))
            }
        }
        for cls in [types.str, types.list, types.tuple, types.dict, types.range] {
            dunder(cls, "__getitem__", 1) { rt, receiver, args in
                try rt.getItem(receiver, args[0])
            }
        }
        for cls in [types.list, types.dict] {
            dunder(cls, "__setitem__", 2) { rt, receiver, args in
                try rt.setItem(receiver, args[0], args[1])
                return .none
            }
            dunder(cls, "__delitem__", 1) { rt, receiver, args in
                try rt.deleteItem(receiver, args[0])
                return .none
            }
        }
        let setOps: [BinaryOp] = [.bitAnd, .bitOr, .bitXor, .subtract]
        for cls in [types.set, types.frozenset] {
            for op in setOps {
                let (forward, reflected, inplaceMethod) = op.specials
                dunder(cls, forward.pythonName, 1) { rt, receiver, args in
                    try rt.builtinBinary(op, receiver, args[0]) ?? .object(rt.notImplemented)
                }
                dunder(cls, reflected.pythonName, 1) { rt, receiver, args in
                    try rt.builtinBinary(op, args[0], receiver) ?? .object(rt.notImplemented)
                }
                if cls === types.set {
                    dunder(cls, inplaceMethod.pythonName, 1) { rt, receiver, args in
                        guard
                            rt.typeOf(args[0]).isSubclass(of: rt.types.set)
                                || rt.typeOf(args[0]).isSubclass(of: rt.types.frozenset)
                        else { return .object(rt.notImplemented) }
                        return try rt.inplace(op, receiver, args[0])
                    }
                }
            }
        }
        dunder(types.dict, "__or__", 1) { rt, receiver, args in
            try rt.builtinBinary(.bitOr, receiver, args[0]) ?? .object(rt.notImplemented)
        }
        dunder(types.dict, "__ror__", 1) { rt, receiver, args in
            try rt.builtinBinary(.bitOr, args[0], receiver) ?? .object(rt.notImplemented)
        }
        dunder(types.dict, "__ior__", 1) { rt, receiver, args in
            try rt.inplace(.bitOr, receiver, args[0])
        }
    }

    /// `__eq__`, `__lt__`, … of the built-in types: `NotImplemented` for operands they cannot
    /// compare with, as CPython's slot wrappers return.
    private func installComparisonDunders() {
        let comparable = [
            types.int, types.float, types.str, types.list, types.tuple, types.dict, types.set,
            types.frozenset, types.range, types.noneType, types.dictKeys, types.dictItems,
        ]
        let ops: [CompareOp] = [.eq, .ne, .lt, .le, .gt, .ge]
        for cls in comparable {
            let numeric = cls === types.int || cls === types.float
            for op in ops {
                dunder(cls, op.special.pythonName, 1) { rt, receiver, args in
                    let other = args[0]
                    if numeric {
                        guard let x = Number(receiver), let y = Number(other),
                            cls === rt.types.float || !y.isFloat
                        else { return .object(rt.notImplemented) }
                        guard let c = rt.compareNumbers(x, y) else { return .bool(op == .ne) }
                        return .bool(op.holds(c))
                    }
                    if other.asInstance != nil { return .object(rt.notImplemented) }
                    if let r = try rt.builtinCompare(op, receiver, other) { return .bool(r) }
                    return .object(rt.notImplemented)
                }
            }
        }
    }

    /// `__iter__` and `__next__` of the iterator types.
    private func installIteratorDunders() {
        let iterators = [
            types.listIterator, types.listReverseIterator, types.tupleIterator,
            types.rangeIterator, types.strIterator, types.dictKeyIterator,
            types.dictValueIterator, types.dictItemIterator, types.setIterator, types.map,
            types.filter, types.zip, types.enumerate, types.reversed, types.generator,
            types.callableIterator, types.iterator,
        ]
        for cls in iterators {
            dunder(cls, "__iter__", 0) { _, receiver, _ in receiver }
            dunder(cls, "__next__", 0) { rt, receiver, _ in try rt.nextOrStop(receiver) }
        }
    }
}
