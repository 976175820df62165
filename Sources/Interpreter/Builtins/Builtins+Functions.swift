import BigInt
import Foundation

extension Runtime {
    /// Registers a builtin function in the `builtins` module.
    func builtin(
        _ name: String, _ signature: String?, _ body: @escaping NativeBody
    ) {
        builtinsModule[name] = .object(
            PyNativeFunction(name: name, signature: signature, body: body))
    }

    /// Raises unless a builtin got between `min` and `max` positional arguments and no
    /// keywords.
    func expectArguments(_ args: Arguments, _ name: String, _ min: Int, _ max: Int) throws(PyError)
    {
        if args.keywordCount > 0 {
            throw typeError("\(name)() takes no keyword arguments")
        }
        if args.count < min || args.count > max {
            if min == max {
                if min == 1 {
                    throw typeError("\(name)() takes exactly one argument (\(args.count) given)")
                }
                throw typeError("\(name) expected \(min) arguments, got \(args.count)")
            }
            if args.count < min {
                throw typeError(
                    "\(name) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(args.count)"
                )
            }
            throw typeError(
                "\(name) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(args.count)")
        }
    }

    func installBuiltinFunctions() {
        for t in types.all {
            builtinsModule[t.name] = .object(t)
        }
        builtinsModule["None"] = .none
        builtinsModule["True"] = .bool(true)
        builtinsModule["False"] = .bool(false)
        builtinsModule["Ellipsis"] = .object(ellipsis)
        builtinsModule["NotImplemented"] = .object(notImplemented)

        let printParams = NativeParameters(
            "print", "*args, sep=' ', end='\\n', file=None, flush=False")
        builtin("print", "(*args, sep=' ', end='\\n', file=None, flush=False)") { rt, args in
            let b = try printParams.bind(args, rt)
            let sep =
                b["sep"].isNone
                ? " " : try rt.stringArgument(b["sep"], "sep must be None or a string, not")
            let end =
                b["end"].isNone
                ? "\n" : try rt.stringArgument(b["end"], "end must be None or a string, not")
            var out = ""
            for (i, v) in b.extraPositional.enumerated() {
                if i > 0 { out += sep }
                out += try rt.str(v)
            }
            out += end
            rt.write(out)
            return .none
        }
        builtin("len", "(obj, /)") { rt, args in
            try rt.expectArguments(args, "len", 1, 1)
            return .int(try rt.length(args[0]))
        }
        builtin("repr", "(obj, /)") { rt, args in
            try rt.expectArguments(args, "repr", 1, 1)
            return Value(try rt.repr(args[0]))
        }
        builtin("id", "(obj, /)") { rt, args in
            try rt.expectArguments(args, "id", 1, 1)
            return .int(rt.identity(of: args[0]))
        }
        builtin("hash", "(obj, /)") { rt, args in
            try rt.expectArguments(args, "hash", 1, 1)
            return .int(try rt.hash(args[0]))
        }
        builtin("callable", "(obj, /)") { rt, args in
            try rt.expectArguments(args, "callable", 1, 1)
            return .bool(rt.isCallable(args[0]))
        }
        builtin("abs", "(x, /)") { rt, args in
            try rt.expectArguments(args, "abs", 1, 1)
            if let n = Number(args[0]) { return rt.absolute(n) }
            if let r = try rt.callSpecial(.abs, on: args[0], []) { return r }
            throw rt.typeError("bad operand type for abs(): '\(rt.typeName(args[0]))'")
        }
        builtin("isinstance", "(obj, class_or_tuple, /)") { rt, args in
            try rt.expectArguments(args, "isinstance", 2, 2)
            return .bool(try rt.isInstance(args[0], classInfo: args[1], function: "isinstance"))
        }
        builtin("issubclass", "(cls, class_or_tuple, /)") { rt, args in
            try rt.expectArguments(args, "issubclass", 2, 2)
            guard let c = args[0].asClass else {
                throw rt.typeError("issubclass() arg 1 must be a class")
            }
            return .bool(try rt.isSubclass(c, classInfo: args[1]))
        }
        builtin("hasattr", "(obj, name, /)") { rt, args in
            try rt.expectArguments(args, "hasattr", 2, 2)
            let name = try rt.stringArgument(args[1], "attribute name must be string, not")
            return .bool(try rt.attributeIfPresent(args[0], name) != nil)
        }
        builtin("getattr", nil) { rt, args in
            try rt.expectArguments(args, "getattr", 2, 3)
            let name = try rt.stringArgument(args[1], "attribute name must be string, not")
            if args.count == 3 {
                return try rt.attributeIfPresent(args[0], name) ?? args[2]
            }
            return try rt.getAttribute(args[0], rt.intern(name))
        }
        builtin("setattr", "(obj, name, value, /)") { rt, args in
            try rt.expectArguments(args, "setattr", 3, 3)
            let name = try rt.stringArgument(args[1], "attribute name must be string, not")
            try rt.setAttribute(args[0], rt.intern(name), args[2])
            return .none
        }
        builtin("delattr", "(obj, name, /)") { rt, args in
            try rt.expectArguments(args, "delattr", 2, 2)
            let name = try rt.stringArgument(args[1], "attribute name must be string, not")
            try rt.deleteAttribute(args[0], rt.intern(name))
            return .none
        }
        builtin("iter", nil) { rt, args in
            try rt.expectArguments(args, "iter", 1, 2)
            if args.count == 2 {
                guard rt.isCallable(args[0]) else {
                    throw rt.typeError("iter(v, w): v must be callable")
                }
                return .object(CallableIterator(args[0], args[1], rt.types.callableIterator))
            }
            return .object(try rt.iterate(args[0]))
        }
        builtin("next", nil) { rt, args in
            try rt.expectArguments(args, "next", 1, 2)
            if args.count == 2 {
                do throws(PyError) {
                    return try rt.nextOrStop(args[0])
                } catch {
                    if rt.matches(error, .stopIteration) { return args[1] }
                    throw error
                }
            }
            return try rt.nextOrStop(args[0])
        }
        builtin("divmod", "(x, y, /)") { rt, args in
            try rt.expectArguments(args, "divmod", 2, 2)
            return try rt.divmod(args[0], args[1])
        }
        let powParams = NativeParameters("pow", "base, exp, mod=None")
        builtin("pow", powParams.signature) { rt, args in
            let b = try powParams.bind(args, rt)
            if b["mod"].isNone { return try rt.binary(.power, b["base"], b["exp"]) }
            return try rt.modularPower(b["base"], b["exp"], b["mod"])
        }
        let roundParams = NativeParameters("round", "number, ndigits=None")
        builtin("round", roundParams.signature) { rt, args in
            let b = try roundParams.bind(args, rt)
            return try rt.round(b["number"], b["ndigits"])
        }
        let sumParams = NativeParameters("sum", "iterable, /, start=0")
        builtin("sum", sumParams.signature) { rt, args in
            let b = try sumParams.bind(args, rt)
            return try rt.sum(b["iterable"], start: b["start"])
        }
        builtin("min", nil) { rt, args in try rt.minMax(args, name: "min", op: .lt) }
        builtin("max", nil) { rt, args in try rt.minMax(args, name: "max", op: .gt) }
        builtin("any", "(iterable, /)") { rt, args in
            try rt.expectArguments(args, "any", 1, 1)
            let it = try rt.iterate(args[0])
            while let v = try it.next(rt) {
                try rt.tick()
                if try rt.truthy(v) { return .bool(true) }
            }
            return .bool(false)
        }
        builtin("all", "(iterable, /)") { rt, args in
            try rt.expectArguments(args, "all", 1, 1)
            let it = try rt.iterate(args[0])
            while let v = try it.next(rt) {
                try rt.tick()
                if !(try rt.truthy(v)) { return .bool(false) }
            }
            return .bool(true)
        }
        let sortedParams = NativeParameters("sorted", "iterable, /, *, key=None, reverse=False")
        builtin("sorted", sortedParams.signature) { rt, args in
            if args.count == 0 {
                throw rt.typeError("sorted expected 1 argument, got 0")
            }
            let b = try sortedParams.bind(args, rt)
            var items = try rt.collect(b["iterable"])
            try rt.sortValues(&items, key: b["key"], reverse: try rt.truthy(b["reverse"]))
            return .object(rt.newList(items))
        }
        let formatParams = NativeParameters("format", "value, format_spec='', /")
        builtin("format", formatParams.signature) { rt, args in
            let b = try formatParams.bind(args, rt)
            let spec = try rt.stringArgument(
                b["format_spec"], "format() argument 2 must be str, not")
            return Value(try rt.format(b["value"], spec))
        }
        builtin("chr", "(i, /)") { rt, args in
            try rt.expectArguments(args, "chr", 1, 1)
            let i = try rt.intArgument(args[0])
            guard i >= 0, i < 0x110000, let u = Unicode.Scalar(UInt32(i)) else {
                if i >= 0xd800 && i < 0xe000 {
                    throw rt.valueError("surrogate characters are not supported")
                }
                throw rt.valueError("chr() arg not in range(0x110000)")
            }
            return Value(String(Character(u)))
        }
        builtin("ord", "(c, /)") { rt, args in
            try rt.expectArguments(args, "ord", 1, 1)
            guard case .str(let s) = args[0] else {
                throw rt.typeError(
                    "ord() expected string of length 1, but \(rt.typeName(args[0])) found")
            }
            guard s.count == 1 else {
                throw rt.typeError(
                    "ord() expected a character, but string of length \(s.count) found")
            }
            return .int(Int(s.scalar(at: 0).value))
        }
        for (name, radix, prefix) in [("hex", 16, "0x"), ("oct", 8, "0o"), ("bin", 2, "0b")] {
            builtin(name, "(number, /)") { rt, args in
                try rt.expectArguments(args, name, 1, 1)
                let n: BigInt
                switch Number(args[0]) {
                case .int(let i): n = BigInt(i)
                case .big(let b): n = b
                default:
                    if let i = try rt.indexValue(args[0]) {
                        n = BigInt(i)
                    } else {
                        throw rt.typeError(
                            "'\(rt.typeName(args[0]))' object cannot be interpreted as an integer")
                    }
                }
                let sign = n.sign == .minus && !n.isZero ? "-" : ""
                return Value(sign + prefix + String(n.magnitude, radix: radix))
            }
        }
        builtin("vars", nil) { rt, args in
            try rt.expectArguments(args, "vars", 0, 1)
            if args.count == 0 { return .object(rt.globalsDict()) }
            if let inst = args[0].asInstance { return .object(inst.attributes) }
            return try rt.getAttribute(args[0], rt.names.dictName)
        }
        builtin("globals", "()") { rt, args in
            try rt.expectArguments(args, "globals", 0, 0)
            return .object(rt.globalsDict())
        }
        builtin("dir", nil) { rt, args in
            try rt.expectArguments(args, "dir", 0, 1)
            return .object(
                rt.newList(try rt.directory(args.count == 0 ? nil : args[0]).map { Value($0) }))
        }
        builtin("input", nil) { rt, _ in
            throw rt.error(.osError, "input() is not available: cells cannot read from stdin")
        }
        builtin("open", nil) { rt, args in try rt.openFile(args) }
    }

    /// A str argument, or `TypeError` with the given message prefix and the type name.
    func stringArgument(_ v: Value, _ message: String) throws(PyError) -> String {
        guard case .str(let s) = v else {
            throw typeError("\(message) \(typeName(v))")
        }
        return s.value
    }

    /// `callable(v)`.
    public func isCallable(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        switch o.kind {
        case .function, .nativeFunction, .boundMethod, .type, .staticMethod: return true
        case .instance:
            return unsafeDowncast(o, to: PyInstance.self).cls.special(.call)
                != nil
        default: return false
        }
    }

    /// `isinstance(v, cls_or_tuple)`.
    func isInstance(_ v: Value, classInfo: Value, function: String) throws(PyError) -> Bool {
        if let c = classInfo.asClass { return isInstance(v, of: c) }
        if let t = classInfo.asTuple {
            for item in t.items {
                if try isInstance(v, classInfo: item, function: function) {
                    return true
                }
            }
            return false
        }
        throw typeError(
            "\(function)() arg 2 must be a type, a tuple of types, or a union")
    }

    /// `issubclass(c, cls_or_tuple)`.
    func isSubclass(_ c: PyClass, classInfo: Value) throws(PyError) -> Bool {
        if let k = classInfo.asClass { return c.isSubclass(of: k) }
        if let t = classInfo.asTuple {
            for item in t.items {
                if try isSubclass(c, classInfo: item) {
                    return true
                }
            }
            return false
        }
        throw typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")
    }

    /// `divmod(a, b)`.
    func divmod(_ a: Value, _ b: Value) throws(PyError) -> Value {
        if let x = Number(a), let y = Number(b) {
            if x.isFloat || y.isFloat {
                let p = try toDouble(x)
                let q = try toDouble(y)
                if q == 0 { throw zeroDivision("float divmod()") }
                let (d, m) = floatDivMod(p, q)
                return .object(PyTuple([.float(d), .float(m)]))
            }
            let q = try binary(.floorDivide, a, b)
            let r = try binary(.modulo, a, b)
            return .object(PyTuple([q, r]))
        }
        if let r = try callSpecial(.floordiv, on: a, b) {
            let m = try binary(.modulo, a, b)
            return .object(PyTuple([r, m]))
        }
        throw typeError(
            "unsupported operand type(s) for divmod(): '\(typeName(a))' and '\(typeName(b))'")
    }

    /// `pow(base, exp, mod)`.
    func modularPower(_ base: Value, _ exp: Value, _ mod: Value) throws(PyError) -> Value {
        guard let b = Number(base), let e = Number(exp), let m = Number(mod), !b.isFloat,
            !e.isFloat, !m.isFloat
        else {
            throw typeError("pow() 3rd argument not allowed unless all arguments are integers")
        }
        let mb = m.big
        if mb.isZero { throw valueError("pow() 3rd argument cannot be 0") }
        var eb = e.big
        var bb = b.big
        if eb.sign == .minus && !eb.isZero {
            // Modular inverse.
            guard let inv = bb.inverse(mb) else {
                throw valueError("base is not invertible for the given modulus")
            }
            bb = inv
            eb = -eb
        }
        var r = bb.power(eb, modulus: mb)
        if !r.isZero && (r.sign == .minus) != (mb.sign == .minus) { r += mb }
        return Value(r)
    }

    /// `round(number, ndigits)`.
    func round(_ number: Value, _ ndigits: Value) throws(PyError) -> Value {
        switch Number(number) {
        case .float(let d):
            if ndigits.isNone {
                if d.isNaN { throw valueError("cannot convert float NaN to integer") }
                if d.isInfinite {
                    throw error(.overflowError, "cannot convert float infinity to integer")
                }
                return try floatToInt(d.rounded(.toNearestOrEven))
            }
            let n = try intArgument(ndigits)
            return .float(roundFloat(d, n))
        case .int(let i):
            if ndigits.isNone { return .int(i) }
            let n = try intArgument(ndigits)
            if n >= 0 { return .int(i) }
            return try roundInt(BigInt(i), n)
        case .big(let b):
            if ndigits.isNone { return number }
            let n = try intArgument(ndigits)
            if n >= 0 { return number }
            return try roundInt(b, n)
        case nil:
            if let inst = number.asInstance,
                let m = inst.cls.lookup(intern("__round__"))
            {
                return try callBound(m, receiver: number, ndigits.isNone ? [] : [ndigits])
            }
            throw typeError("type \(typeName(number)) doesn't define __round__ method")
        }
    }

    /// Rounds a float to `n` decimal places, half to even on the exact decimal value.
    private func roundFloat(_ d: Double, _ n: Int) -> Double {
        if !d.isFinite || d == 0 { return d }
        if n > 308 { return d }
        if n < -308 { return 0 * d }
        // Format with enough digits using correctly rounded C formatting, then parse back.
        if n >= 0 {
            let text = String(format: "%.\(n)f", d)
            return Double(text) ?? d
        }
        let scale = pow(10.0, Double(-n))
        let q = (d / scale).rounded(.toNearestOrEven)
        return q * scale
    }

    private func roundInt(_ i: BigInt, _ n: Int) throws(PyError) -> Value {
        let p = BigInt(10).power(-n)
        let (q, r) = bigDivMod(i, p)
        let twice = r * 2
        var result = q
        if twice > p || (twice == p && q % 2 != 0) { result += 1 }
        return Value(result * p)
    }

    /// `sum(iterable, start)`.
    func sum(_ iterable: Value, start: Value) throws(PyError) -> Value {
        if case .str = start {
            throw typeError("sum() can't sum strings [use ''.join(seq) instead]")
        }
        var total = start
        let it = try iterate(iterable)
        var intTotal: Int?
        if case .int(let i) = start { intTotal = i }
        var floatTotal: Double?
        while let v = try it.next(self) {
            try tick()
            if let t = intTotal, case .int(let x) = v {
                let (s, o) = t.addingReportingOverflow(x)
                if !o {
                    intTotal = s
                    continue
                }
            }
            if let t = intTotal {
                total = .int(t)
                intTotal = nil
            }
            if let f = floatTotal {
                if case .float(let x) = v {
                    floatTotal = f + x
                    continue
                }
                if case .int(let x) = v {
                    floatTotal = f + Double(x)
                    continue
                }
                total = .float(f)
                floatTotal = nil
            }
            total = try binary(.add, total, v)
            if case .float(let f) = total { floatTotal = f }
        }
        if let t = intTotal { return .int(t) }
        if let f = floatTotal { return .float(f) }
        return total
    }

    /// `min(...)` / `max(...)`.
    func minMax(_ args: Arguments, name: String, op: CompareOp) throws(PyError) -> Value {
        var key = Value.none
        var defaultValue: Value?
        for (k, v) in args.keywordPairs {
            switch k {
            case "key": key = v
            case "default": defaultValue = v
            default:
                throw typeError("\(name)() got an unexpected keyword argument '\(k)'")
            }
        }
        let items: [Value]
        if args.count == 0 {
            throw typeError("\(name) expected at least 1 argument, got 0")
        } else if args.count == 1 {
            items = try collect(args[0])
        } else {
            if defaultValue != nil {
                throw typeError(
                    "Cannot specify a default for \(name)() with multiple positional arguments")
            }
            items = args.positional
        }
        guard var best = items.first else {
            if let d = defaultValue { return d }
            throw valueError("\(name)() arg is an empty sequence")
        }
        var bestKey = key.isNone ? best : try call(key, [best])
        for item in items.dropFirst() {
            try tick()
            let k = key.isNone ? item : try call(key, [item])
            if try compareBool(op, k, bestKey) {
                best = item
                bestKey = k
            }
        }
        return best
    }

    /// A stable sort with Python's comparison (`key`, `reverse`).
    func sortValues(_ items: inout [Value], key: Value, reverse: Bool) throws(PyError) {
        let keys =
            key.isNone
            ? items
            : try items.map { (v: Value) throws(PyError) -> Value in
                try call(key, [v])
            }
        var order = Array(keys.indices)
        var failure: PyError?
        // Merge sort on indices so that a comparison error can stop it cleanly.
        func less(_ a: Int, _ b: Int) -> Bool {
            if failure != nil { return false }
            do {
                try tick()
                return try compareBool(.lt, keys[a], keys[b])
            } catch {
                failure = error
                return false
            }
        }
        // Descending order keeps equal items in their original order, as CPython does by
        // reversing, sorting and reversing again.
        if reverse { order.reverse() }
        mergeSort(&order, less)
        if reverse { order.reverse() }
        if let f = failure { throw f }
        items = order.map { items[$0] }
    }

    private func mergeSort(_ a: inout [Int], _ less: (Int, Int) -> Bool) {
        if a.count < 2 { return }
        var buffer = a
        func sort(_ lo: Int, _ hi: Int) {
            if hi - lo < 2 { return }
            if hi - lo <= 16 {
                for i in (lo + 1)..<hi {
                    let x = a[i]
                    var j = i - 1
                    while j >= lo && less(x, a[j]) {
                        a[j + 1] = a[j]
                        j -= 1
                    }
                    a[j + 1] = x
                }
                return
            }
            let mid = (lo + hi) / 2
            sort(lo, mid)
            sort(mid, hi)
            var i = lo
            var j = mid
            var k = lo
            while i < mid && j < hi {
                if less(a[j], a[i]) {
                    buffer[k] = a[j]
                    j += 1
                } else {
                    buffer[k] = a[i]
                    i += 1
                }
                k += 1
            }
            while i < mid {
                buffer[k] = a[i]
                i += 1
                k += 1
            }
            while j < hi {
                buffer[k] = a[j]
                j += 1
                k += 1
            }
            for t in lo..<hi {
                a[t] = buffer[t]
            }
        }
        sort(0, a.count)
    }

    /// The `__main__` globals as a dict snapshot.
    func globalsDict() -> PyDict {
        let d = newDict()
        for name in mainModule.names {
            if let v = mainModule[name] { d.set(intern(name), v) }
        }
        return d
    }

    /// `dir(x)`: sorted attribute names.
    func directory(_ v: Value?) throws(PyError) -> [String] {
        var names = Set<String>()
        guard let v = v else { return mainModule.names.sorted(by: codePointLess) }
        switch v {
        case .object(let o) where o.kind == .module:
            names.formUnion(unsafeDowncast(o, to: PyModule.self).names)
        case .object(let o) where o.kind == .type:
            for c in unsafeDowncast(o, to: PyClass.self).mro {
                for k in c.namespace.orderedKeys { if let s = k.asString { names.insert(s) } }
            }
        default:
            if let inst = v.asInstance {
                for k in inst.attributes.orderedKeys { if let s = k.asString { names.insert(s) } }
            }
            for c in typeOf(v).mro {
                for k in c.namespace.orderedKeys { if let s = k.asString { names.insert(s) } }
            }
        }
        return names.sorted(by: codePointLess)
    }
}
