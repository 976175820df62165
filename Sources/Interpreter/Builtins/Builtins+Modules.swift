import BigInt
import Foundation

extension Runtime {
    /// Registers the standard modules implemented natively (`math`, `sys`, `time`,
    /// `functools`, `itertools`).
    func installBuiltinModules() {
        moduleFactories["math"] = { rt in rt.makeMathModule() }
        moduleFactories["sys"] = { rt in rt.makeSysModule() }
        moduleFactories["time"] = { rt in rt.makeTimeModule() }
        moduleFactories["functools"] = { rt in rt.makeFunctoolsModule() }
        moduleFactories["itertools"] = { rt in rt.makeItertoolsModule() }
    }

    private func function(
        _ module: PyModule, _ name: String, _ signature: String?, _ body: @escaping NativeBody
    ) {
        module[name] = .object(
            PyNativeFunction(name: name, module: module.name, signature: signature, body: body))
    }

    /// A float argument (ints accepted).
    func floatArgument(_ v: Value) throws(PyError) -> Double {
        guard let n = Number(v) else {
            if v.asInstance != nil { return try toFloat(v) }
            throw typeError("must be real number, not \(typeName(v))")
        }
        return try toDouble(n)
    }

    private func makeMathModule() -> PyModule {
        let m = PyModule(name: "math")
        m["pi"] = .float(Double.pi)
        m["e"] = .float(M_E)
        m["tau"] = .float(2 * Double.pi)
        m["inf"] = .float(.infinity)
        m["nan"] = .float(.nan)
        let unary: [(String, (Double) -> Double, (Double) -> Bool)] = [
            ("sqrt", { $0.squareRoot() }, { $0 < 0 }),
            ("exp", { Foundation.exp($0) }, { _ in false }),
            ("log2", { Foundation.log2($0) }, { $0 <= 0 }),
            ("log10", { Foundation.log10($0) }, { $0 <= 0 }),
            ("log1p", { Foundation.log1p($0) }, { $0 <= -1 }),
            ("sin", { Foundation.sin($0) }, { $0.isInfinite }),
            ("cos", { Foundation.cos($0) }, { $0.isInfinite }),
            ("tan", { Foundation.tan($0) }, { $0.isInfinite }),
            ("asin", { Foundation.asin($0) }, { abs($0) > 1 }),
            ("acos", { Foundation.acos($0) }, { abs($0) > 1 }),
            ("atan", { Foundation.atan($0) }, { _ in false }),
            ("sinh", { Foundation.sinh($0) }, { _ in false }),
            ("cosh", { Foundation.cosh($0) }, { _ in false }),
            ("tanh", { Foundation.tanh($0) }, { _ in false }),
            ("fabs", { abs($0) }, { _ in false }),
            ("erf", { Foundation.erf($0) }, { _ in false }),
            ("erfc", { Foundation.erfc($0) }, { _ in false }),
            ("gamma", { Foundation.tgamma($0) }, { $0 <= 0 && $0.rounded() == $0 }),
            ("lgamma", { Foundation.lgamma($0) }, { $0 <= 0 && $0.rounded() == $0 }),
            ("degrees", { $0 * 180 / Double.pi }, { _ in false }),
            ("radians", { $0 * Double.pi / 180 }, { _ in false }),
        ]
        for (name, f, domainError) in unary {
            function(m, name, "(x, /)") { rt, args in
                try rt.expectArguments(args, name, 1, 1)
                let x = try rt.floatArgument(args[0])
                if domainError(x) { throw rt.valueError("math domain error") }
                let r = f(x)
                if r.isInfinite && x.isFinite {
                    throw rt.error(.overflowError, "math range error")
                }
                return .float(r)
            }
        }
        function(m, "log", nil) { rt, args in
            try rt.expectArguments(args, "log", 1, 2)
            func ln(_ v: Value) throws(PyError) -> Double {
                if case .object(let o) = v, o.kind == .bigint {
                    let b = unsafeDowncast(o, to: PyBigInt.self).value
                    if b.sign == .minus { throw rt.valueError("math domain error") }
                    let shift = max(0, b.bitWidth - 60)
                    return Foundation.log(Double(b >> shift)) + Double(shift) * M_LN2
                }
                let x = try rt.floatArgument(v)
                if x <= 0 { throw rt.valueError("math domain error") }
                return Foundation.log(x)
            }
            let num = try ln(args[0])
            if args.count == 2 {
                let den = try ln(args[1])
                if den == 0 { throw rt.zeroDivision("float division by zero") }
                return .float(num / den)
            }
            return .float(num)
        }
        function(m, "pow", "(x, y, /)") { rt, args in
            try rt.expectArguments(args, "pow", 2, 2)
            let x = try rt.floatArgument(args[0])
            let y = try rt.floatArgument(args[1])
            if x == 0 && y < 0 { throw rt.valueError("math domain error") }
            if x < 0 && y.rounded() != y && y.isFinite { throw rt.valueError("math domain error") }
            let r = Foundation.pow(x, y)
            if r.isInfinite && x.isFinite && y.isFinite {
                throw rt.error(.overflowError, "math range error")
            }
            return .float(r)
        }
        function(m, "atan2", "(y, x, /)") { rt, args in
            try rt.expectArguments(args, "atan2", 2, 2)
            return .float(
                Foundation.atan2(try rt.floatArgument(args[0]), try rt.floatArgument(args[1])))
        }
        function(m, "hypot", "(*coordinates)") { rt, args in
            var sum = 0.0
            for v in args.positional {
                let x = try rt.floatArgument(v)
                sum += x * x
            }
            return .float(sum.squareRoot())
        }
        function(m, "fmod", "(x, y, /)") { rt, args in
            try rt.expectArguments(args, "fmod", 2, 2)
            let y = try rt.floatArgument(args[1])
            if y == 0 { throw rt.valueError("math domain error") }
            return .float(Foundation.fmod(try rt.floatArgument(args[0]), y))
        }
        function(m, "copysign", "(x, y, /)") { rt, args in
            try rt.expectArguments(args, "copysign", 2, 2)
            return .float(
                Foundation.copysign(try rt.floatArgument(args[0]), try rt.floatArgument(args[1])))
        }
        for (name, rule) in [
            ("floor", FloatingPointRoundingRule.down), ("ceil", .up), ("trunc", .towardZero),
        ] {
            function(m, name, "(x, /)") { rt, args in
                try rt.expectArguments(args, name, 1, 1)
                switch Number(args[0]) {
                case .int, .big: return try rt.toInt(args[0])
                case .float(let d): return try rt.floatToInt(d.rounded(rule))
                case nil:
                    if let r = try rt.attributeIfPresent(args[0], "__\(name)__") {
                        return try rt.call(r)
                    }
                    throw rt.typeError("must be real number, not \(rt.typeName(args[0]))")
                }
            }
        }
        for (name, test) in [
            ("isnan", { (d: Double) in d.isNaN }), ("isinf", { $0.isInfinite }),
            ("isfinite", { $0.isFinite }),
        ] {
            function(m, name, "(x, /)") { rt, args in
                try rt.expectArguments(args, name, 1, 1)
                return .bool(test(try rt.floatArgument(args[0])))
            }
        }
        let iscloseParams = NativeParameters("isclose", "a, b, *, rel_tol=1e-09, abs_tol=0.0")
        function(m, "isclose", iscloseParams.signature) { rt, args in
            let b = try iscloseParams.bind(args, rt)
            let x = try rt.floatArgument(b["a"])
            let y = try rt.floatArgument(b["b"])
            let rel = try rt.floatArgument(b["rel_tol"])
            let abst = try rt.floatArgument(b["abs_tol"])
            if x == y { return .bool(true) }
            if x.isInfinite || y.isInfinite { return .bool(false) }
            let diff = abs(x - y)
            return .bool(diff <= abs(rel * y) || diff <= abs(rel * x) || diff <= abst)
        }
        function(m, "factorial", "(n, /)") { rt, args in
            try rt.expectArguments(args, "factorial", 1, 1)
            guard case .int(let n) = args[0] else {
                throw rt.typeError(
                    "'\(rt.typeName(args[0]))' object cannot be interpreted as an integer")
            }
            if n < 0 { throw rt.valueError("factorial() not defined for negative values") }
            var r = Value.int(1)
            if n > 1 {
                for i in 2...n {
                    r = try rt.binary(.multiply, r, .int(i))
                    try rt.tick()
                }
            }
            return r
        }
        function(m, "gcd", "(*integers)") { rt, args in
            var g = Value.int(0)
            for v in args.positional {
                var a = try rt.absoluteInt(g)
                var b = try rt.absoluteInt(v)
                while !(b.isZero) {
                    (a, b) = (b, a % b)
                }
                g = Value(a)
            }
            return g
        }
        function(m, "prod", "(iterable, /, *, start=1)") { rt, args in
            var r = args.keyword("start") ?? .int(1)
            for v in try rt.collect(args[0]) {
                r = try rt.binary(.multiply, r, v)
            }
            return r
        }
        function(m, "fsum", "(seq, /)") { rt, args in
            // Neumaier summation gives the correctly rounded result for typical inputs.
            var sum = 0.0
            var c = 0.0
            for v in try rt.collect(args[0]) {
                let x = try rt.floatArgument(v)
                let t = sum + x
                if abs(sum) >= abs(x) { c += (sum - t) + x } else { c += (x - t) + sum }
                sum = t
            }
            return .float(sum + c)
        }
        function(m, "isqrt", "(n, /)") { rt, args in
            let n = try rt.absoluteInt(args[0])
            if case .int(let i) = args[0], i < 0 {
                throw rt.valueError("isqrt() argument must be nonnegative")
            }
            return Value(BigInt(n.magnitude.squareRoot()))
        }
        function(m, "perm", "(n, k=None, /)") { rt, args in
            let n = try rt.intArgument(args[0])
            let k = args[1].isUnbound || args[1].isNone ? n : try rt.intArgument(args[1])
            if n < 0 { throw rt.valueError("n must be a non-negative integer") }
            if k < 0 { throw rt.valueError("k must be a non-negative integer") }
            if k > n { return .int(0) }
            var r = Value.int(1)
            for i in 0..<k {
                r = try rt.binary(.multiply, r, .int(n - i))
            }
            return r
        }
        function(m, "comb", "(n, k, /)") { rt, args in
            let n = try rt.intArgument(args[0])
            let k = try rt.intArgument(args[1])
            if n < 0 || k < 0 { throw rt.valueError("n must be a non-negative integer") }
            if k > n { return .int(0) }
            var r = Value.int(1)
            for i in 0..<min(k, n - k) {
                r = try rt.binary(.multiply, r, .int(n - i))
                r = try rt.binary(.floorDivide, r, .int(i + 1))
            }
            return r
        }
        return m
    }

    /// The magnitude of an int value as a big int.
    fileprivate func absoluteInt(_ v: Value) throws(PyError) -> BigInt {
        switch Number(v) {
        case .int(let i): return BigInt(i.magnitude)
        case .big(let b): return BigInt(b.magnitude)
        default:
            throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
        }
    }

    private func makeSysModule() -> PyModule {
        let m = PyModule(name: "sys")
        let version = LanguageVersion.pythonVersion
        m["version"] = Value("\(version.major).\(version.minor).7 (lit)")
        m["version_info"] = .object(
            PyTuple([.int(version.major), .int(version.minor), .int(7), Value("final"), .int(0)]))
        m["maxsize"] = .int(Int.max)
        m["platform"] = Value("linux")
        m["byteorder"] = Value("little")
        m["argv"] = .object(newList([Value("")]))
        m["modules"] = .object(newDict())
        function(m, "getrecursionlimit", "()") { rt, _ in .int(rt.hot.pointee.depthLimit) }
        function(m, "setrecursionlimit", "(limit, /)") { rt, args in
            let n = try rt.intArgument(args[0])
            if n < 1 { throw rt.valueError("recursion limit must be greater or equal than 1") }
            rt.hot.pointee.depthLimit = min(n, rt.options.recursionLimit)
            return .none
        }
        function(m, "getsizeof", "(object, default=None, /)") { rt, args in
            .int(64 + 8 * ((try? rt.length(args[0])) ?? 0))
        }
        return m
    }

    private func makeTimeModule() -> PyModule {
        let m = PyModule(name: "time")
        function(m, "time", "()") { _, _ in .float(Date().timeIntervalSince1970) }
        function(m, "perf_counter", "()") { _, _ in
            .float(Double(DispatchTime.now().uptimeNanoseconds) / 1e9)
        }
        function(m, "monotonic", "()") { _, _ in
            .float(Double(DispatchTime.now().uptimeNanoseconds) / 1e9)
        }
        function(m, "sleep", "(seconds, /)") { rt, args in
            let s = try rt.floatArgument(args[0])
            if s < 0 || s.isNaN { throw rt.valueError("sleep length must be non-negative") }
            let end = DispatchTime.now().uptimeNanoseconds &+ UInt64(min(s, 1e6) * 1e9)
            while DispatchTime.now().uptimeNanoseconds < end {
                try rt.checkClock()
                usleep(
                    useconds_t(
                        min(10_000, max(1, (end - DispatchTime.now().uptimeNanoseconds) / 1000))))
            }
            return .none
        }
        return m
    }

    private func makeFunctoolsModule() -> PyModule {
        let m = PyModule(name: "functools")
        function(m, "reduce", "(function, iterable, initial=<unset>, /)") { rt, args in
            try rt.expectArguments(args, "reduce", 2, 3)
            let it = try rt.iterate(args[1])
            var acc: Value
            if args.count == 3 {
                acc = args[2]
            } else {
                guard let first = try it.next(rt) else {
                    throw rt.typeError("reduce() of empty iterable with no initial value")
                }
                acc = first
            }
            while let v = try it.next(rt) {
                acc = try rt.call(args[0], [acc, v])
            }
            return acc
        }
        function(m, "partial", "(func, /, *args, **keywords)") { rt, args in
            guard args.count >= 1 else {
                throw rt.typeError("type 'partial' takes at least one argument")
            }
            let f = args[0]
            let bound = Array(args.positional.dropFirst())
            let boundKeywords = args.keywordPairs
            return .object(
                PyNativeFunction(name: "partial", module: "functools") { rt, inner in
                    var keywords = boundKeywords
                    for (k, v) in inner.keywordPairs {
                        keywords.removeAll { $0.name == k }
                        keywords.append((k, v))
                    }
                    return try rt.call(
                        f, bound + inner.positional, keywords: keywords.map { ($0.name, $0.value) })
                })
        }
        function(m, "lru_cache", "(maxsize=128, typed=False)") { rt, args in
            // `@lru_cache` directly on a function, or `@lru_cache(maxsize=…)` as a factory.
            if case .object(let o) = args[0], o.kind == .function || o.kind == .nativeFunction {
                return rt.memoized(args[0], maxSize: 128)
            }
            let limitValue = args.keyword("maxsize") ?? (args[0].isUnbound ? .int(128) : args[0])
            let limit: Int? = limitValue.isNone ? nil : max(0, try rt.intArgument(limitValue))
            return .object(
                PyNativeFunction(name: "decorating_function", module: "functools") { rt, inner in
                    try rt.expectArguments(inner, "decorating_function", 1, 1)
                    return rt.memoized(inner[0], maxSize: limit)
                })
        }
        function(m, "cache", "(user_function, /)") { rt, args in
            try rt.expectArguments(args, "cache", 1, 1)
            return rt.memoized(args[0], maxSize: nil)
        }
        function(m, "wraps", "(wrapped, assigned=..., updated=...)") { rt, args in
            let wrapped = args[0]
            return .object(
                PyNativeFunction(name: "update_wrapper", module: "functools") { rt, inner in
                    try rt.expectArguments(inner, "update_wrapper", 1, 1)
                    for name in ["__module__", "__name__", "__qualname__", "__doc__"] {
                        if let v = try rt.lookupAttribute(wrapped, rt.intern(name)) {
                            try? rt.setAttribute(inner[0], name, v)
                        }
                    }
                    return inner[0]
                })
        }
        return m
    }

    /// The wrapper `functools.lru_cache` returns: results by arguments, oldest use evicted
    /// first once more than `maxSize` are kept (`nil`: unbounded).
    fileprivate func memoized(_ function: Value, maxSize: Int?) -> Value {
        let results = newDict()
        let marker = Value.object(PyTuple([]))
        let name = (try? lookupAttribute(function, intern("__name__")))??.asString ?? "wrapper"
        return .object(
            PyNativeFunction(name: name, module: "functools") { rt, args in
                var parts = args.positional
                if args.keywordCount > 0 {
                    parts.append(marker)
                    for (k, v) in args.keywordPairs {
                        parts.append(Value(k))
                        parts.append(v)
                    }
                }
                let key = Value.object(PyTuple(parts))
                if let hit = try rt.dictGet(results, key) {
                    if maxSize != nil {
                        try rt.deleteItem(.object(results), key)
                        try rt.dictSet(results, key, hit)
                    }
                    return hit
                }
                let value = try rt.call(
                    function, args.positional,
                    keywords: args.keywordPairs.map { ($0.name, $0.value) })
                if let limit = maxSize {
                    if limit == 0 { return value }
                    while results.count >= limit, let oldest = results.firstKey {
                        try rt.deleteItem(.object(results), oldest)
                    }
                }
                try rt.dictSet(results, key, value)
                return value
            })
    }

    private func makeItertoolsModule() -> PyModule {
        let m = PyModule(name: "itertools")
        let iteratorClass = types.iterator
        function(m, "count", "(start=0, step=1)") { rt, args in
            var current = args.count > 0 ? args[0] : (args.keyword("start") ?? .int(0))
            let step = args.count > 1 ? args[1] : (args.keyword("step") ?? .int(1))
            return .object(
                FunctionIterator(iteratorClass) { rt in
                    defer { current = (try? rt.binary(.add, current, step)) ?? current }
                    return current
                })
        }
        function(m, "chain", "(*iterables)") { rt, args in
            var sources = args.positional
            var current: PyIterator?
            return .object(
                FunctionIterator(iteratorClass) { (rt: Runtime) throws(PyError) -> Value? in
                    while true {
                        if let c = current, let v = try c.next(rt) { return v }
                        if sources.isEmpty { return nil }
                        current = try rt.iterate(sources.removeFirst())
                    }
                })
        }
        function(m, "repeat", "(object, times=None)") { rt, args in
            let value = args[0]
            var remaining = args.count > 1 ? try rt.intArgument(args[1]) : Int.max
            return .object(
                FunctionIterator(iteratorClass) { _ in
                    if remaining <= 0 { return nil }
                    remaining -= 1
                    return value
                })
        }
        function(m, "islice", "(iterable, stop)") { rt, args in
            try rt.expectArguments(args, "islice", 2, 4)
            let source = try rt.iterate(args[0])
            var start = 0
            var stop: Int?
            var step = 1
            if args.count == 2 {
                stop = args[1].isNone ? nil : try rt.intArgument(args[1])
            } else {
                start = args[1].isNone ? 0 : try rt.intArgument(args[1])
                stop = args[2].isNone ? nil : try rt.intArgument(args[2])
                if args.count > 3 && !args[3].isNone { step = try rt.intArgument(args[3]) }
            }
            var index = 0
            var nextIndex = start
            return .object(
                FunctionIterator(iteratorClass) { (rt: Runtime) throws(PyError) -> Value? in
                    while true {
                        if let s = stop, nextIndex >= s { return nil }
                        guard let v = try source.next(rt) else { return nil }
                        defer { index += 1 }
                        if index == nextIndex {
                            nextIndex += step
                            return v
                        }
                    }
                })
        }
        function(m, "product", "(*iterables, repeat=1)") { rt, args in
            let repeatCount = try rt.intArgument(args.keyword("repeat") ?? .int(1))
            var pools: [[Value]] = []
            for v in args.positional {
                pools.append(try rt.collect(v))
            }
            pools = Array([[[Value]]](repeating: pools, count: max(0, repeatCount)).joined())
            var result: [[Value]] = [[]]
            for pool in pools {
                var next: [[Value]] = []
                for prefix in result {
                    for item in pool {
                        next.append(prefix + [item])
                    }
                }
                result = next
                try rt.checkGrowth(items: result.count)
            }
            return .object(ArrayIterator(result.map { .object(PyTuple($0)) }, iteratorClass))
        }
        function(m, "permutations", "(iterable, r=None)") { rt, args in
            let pool = try rt.collect(args[0])
            let r = args.count > 1 && !args[1].isNone ? try rt.intArgument(args[1]) : pool.count
            var result: [Value] = []
            func build(_ prefix: [Int]) throws(PyError) {
                if prefix.count == r {
                    result.append(.object(PyTuple(prefix.map { pool[$0] })))
                    try rt.checkGrowth(items: result.count)
                    return
                }
                for i in pool.indices where !prefix.contains(i) {
                    try build(prefix + [i])
                }
            }
            if r <= pool.count { try build([]) }
            return .object(ArrayIterator(result, iteratorClass))
        }
        function(m, "combinations", "(iterable, r)") { rt, args in
            let pool = try rt.collect(args[0])
            let r = try rt.intArgument(args[1])
            var result: [Value] = []
            func build(_ start: Int, _ prefix: [Value]) throws(PyError) {
                if prefix.count == r {
                    result.append(.object(PyTuple(prefix)))
                    try rt.checkGrowth(items: result.count)
                    return
                }
                if start >= pool.count { return }
                for i in start..<pool.count {
                    try build(i + 1, prefix + [pool[i]])
                }
            }
            if r >= 0 { try build(0, []) }
            return .object(ArrayIterator(result, iteratorClass))
        }
        function(m, "accumulate", "(iterable, func=None, *, initial=None)") { rt, args in
            let source = try rt.iterate(args[0])
            let f = args.count > 1 ? args[1] : (args.keyword("func") ?? .none)
            var total: Value? = args.keyword("initial").flatMap { $0.isNone ? nil : $0 }
            var emittedInitial = total == nil
            return .object(
                FunctionIterator(iteratorClass) { (rt: Runtime) throws(PyError) -> Value? in
                    if !emittedInitial {
                        emittedInitial = true
                        return total
                    }
                    guard let v = try source.next(rt) else { return nil }
                    if let t = total {
                        total = f.isNone ? try rt.binary(.add, t, v) : try rt.call(f, [t, v])
                    } else {
                        total = v
                    }
                    return total
                })
        }
        function(m, "groupby", "(iterable, key=None)") { rt, args in
            let source = try rt.iterate(args[0])
            let keyFunction = args.count > 1 ? args[1] : (args.keyword("key") ?? .none)
            func keyOf(_ rt: Runtime, _ v: Value) throws(PyError) -> Value {
                keyFunction.isNone ? v : try rt.call(keyFunction, [v])
            }
            var pending: (key: Value, value: Value)?
            var started = false
            return .object(
                FunctionIterator(iteratorClass) { (rt: Runtime) throws(PyError) -> Value? in
                    if !started {
                        started = true
                        if let v = try source.next(rt) { pending = (try keyOf(rt, v), v) }
                    }
                    guard let first = pending else { return nil }
                    pending = nil
                    var items = [first.value]
                    while let v = try source.next(rt) {
                        let k = try keyOf(rt, v)
                        if try rt.equal(k, first.key) {
                            items.append(v)
                            try rt.checkGrowth(items: items.count)
                        } else {
                            pending = (k, v)
                            break
                        }
                    }
                    return .object(
                        PyTuple([first.key, .object(ArrayIterator(items, iteratorClass))]))
                })
        }
        function(m, "takewhile", "(predicate, iterable, /)") { rt, args in
            try rt.expectArguments(args, "takewhile", 2, 2)
            let predicate = args[0]
            let source = try rt.iterate(args[1])
            var done = false
            return .object(
                FunctionIterator(iteratorClass) { (rt: Runtime) throws(PyError) -> Value? in
                    if done { return nil }
                    guard let v = try source.next(rt) else { return nil }
                    if try rt.truthy(try rt.call(predicate, [v])) { return v }
                    done = true
                    return nil
                })
        }
        function(m, "dropwhile", "(predicate, iterable, /)") { rt, args in
            try rt.expectArguments(args, "dropwhile", 2, 2)
            let predicate = args[0]
            let source = try rt.iterate(args[1])
            var dropping = true
            return .object(
                FunctionIterator(iteratorClass) { (rt: Runtime) throws(PyError) -> Value? in
                    while let v = try source.next(rt) {
                        if dropping, try rt.truthy(try rt.call(predicate, [v])) { continue }
                        dropping = false
                        return v
                    }
                    return nil
                })
        }
        function(m, "filterfalse", "(function, iterable, /)") { rt, args in
            try rt.expectArguments(args, "filterfalse", 2, 2)
            let predicate = args[0]
            let source = try rt.iterate(args[1])
            return .object(
                FunctionIterator(iteratorClass) { (rt: Runtime) throws(PyError) -> Value? in
                    while let v = try source.next(rt) {
                        let keep = predicate.isNone ? v : try rt.call(predicate, [v])
                        if try !rt.truthy(keep) { return v }
                    }
                    return nil
                })
        }
        function(m, "starmap", "(function, iterable, /)") { rt, args in
            try rt.expectArguments(args, "starmap", 2, 2)
            let function = args[0]
            let source = try rt.iterate(args[1])
            return .object(
                FunctionIterator(iteratorClass) { (rt: Runtime) throws(PyError) -> Value? in
                    guard let v = try source.next(rt) else { return nil }
                    return try rt.call(function, try rt.collect(v))
                })
        }
        function(m, "pairwise", "(iterable, /)") { rt, args in
            try rt.expectArguments(args, "pairwise", 1, 1)
            let source = try rt.iterate(args[0])
            var previous: Value?
            return .object(
                FunctionIterator(iteratorClass) { (rt: Runtime) throws(PyError) -> Value? in
                    if previous == nil {
                        guard let first = try source.next(rt) else { return nil }
                        previous = first
                    }
                    guard let p = previous, let v = try source.next(rt) else { return nil }
                    previous = v
                    return .object(PyTuple([p, v]))
                })
        }
        function(m, "cycle", "(iterable, /)") { rt, args in
            try rt.expectArguments(args, "cycle", 1, 1)
            let source = try rt.iterate(args[0])
            var saved: [Value] = []
            var exhausted = false
            var position = 0
            return .object(
                FunctionIterator(iteratorClass) { (rt: Runtime) throws(PyError) -> Value? in
                    if !exhausted {
                        if let v = try source.next(rt) {
                            saved.append(v)
                            try rt.checkGrowth(items: saved.count)
                            return v
                        }
                        exhausted = true
                    }
                    if saved.isEmpty { return nil }
                    defer { position = (position + 1) % saved.count }
                    return saved[position]
                })
        }
        function(m, "zip_longest", "(*iterables, fillvalue=None)") { rt, args in
            let fill = args.keyword("fillvalue") ?? .none
            var sources: [PyIterator?] = []
            for v in args.positional {
                sources.append(try rt.iterate(v))
            }
            return .object(
                FunctionIterator(iteratorClass) { (rt: Runtime) throws(PyError) -> Value? in
                    var items: [Value] = []
                    var any = false
                    for i in sources.indices {
                        if let s = sources[i], let v = try s.next(rt) {
                            items.append(v)
                            any = true
                        } else {
                            sources[i] = nil
                            items.append(fill)
                        }
                    }
                    return any ? .object(PyTuple(items)) : nil
                })
        }
        return m
    }
}

/// An iterator driven by a Swift closure.
final class FunctionIterator: PyIterator {
    let body: (Runtime) throws(PyError) -> Value?

    init(_ cls: PyClass, _ body: @escaping (Runtime) throws(PyError) -> Value?) {
        self.body = body
        super.init(cls)
    }

    override func next(_ rt: Runtime) throws(PyError) -> Value? {
        try body(rt)
    }
}
