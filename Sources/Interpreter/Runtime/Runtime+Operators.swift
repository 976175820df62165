import BigInt

/// Comparison operators the runtime evaluates.
public enum CompareOp: UInt8, Sendable {
    /// `==`
    case eq
    /// `!=`
    case ne
    /// `<`
    case lt
    /// `<=`
    case le
    /// `>`
    case gt
    /// `>=`
    case ge

    var symbol: String {
        switch self {
        case .eq: return "=="
        case .ne: return "!="
        case .lt: return "<"
        case .le: return "<="
        case .gt: return ">"
        case .ge: return ">="
        }
    }

    var special: SpecialMethod {
        switch self {
        case .eq: return .eq
        case .ne: return .ne
        case .lt: return .lt
        case .le: return .le
        case .gt: return .gt
        case .ge: return .ge
        }
    }

    /// The operator with swapped operands (`a < b` is `b > a`).
    var reflected: CompareOp {
        switch self {
        case .eq: return .eq
        case .ne: return .ne
        case .lt: return .gt
        case .le: return .ge
        case .gt: return .lt
        case .ge: return .le
        }
    }

    /// Whether a three-way comparison result satisfies the operator.
    @inline(__always) func holds(_ c: Int) -> Bool {
        switch self {
        case .eq: return c == 0
        case .ne: return c != 0
        case .lt: return c < 0
        case .le: return c <= 0
        case .gt: return c > 0
        case .ge: return c >= 0
        }
    }
}

extension Runtime {
    // MARK: - Binary operators

    /// `a op b` with Python's semantics for every type.
    public func binary(_ op: BinaryOp, _ a: Value, _ b: Value) throws(PyError) -> Value {
        if let x = Number(a), let y = Number(b) {
            if case .bool(let p) = a, case .bool(let q) = b {
                switch op {
                case .bitAnd: return .bool(p && q)
                case .bitOr: return .bool(p || q)
                case .bitXor: return .bool(p != q)
                default: break
                }
            }
            if let r = try numericBinary(op, x, y) { return r }
        }
        if let r = try builtinBinary(op, a, b) { return r }
        if let r = try specialBinary(op, a, b) { return r }
        throw binaryTypeError(op, a, b)
    }

    func binaryTypeError(_ op: BinaryOp, _ a: Value, _ b: Value) -> PyError {
        switch (op, a, b) {
        case (.add, .str, _):
            return typeError("can only concatenate str (not \"\(typeName(b))\") to str")
        case (.add, .object(let o), _) where o.kind == .list:
            return typeError("can only concatenate list (not \"\(typeName(b))\") to list")
        case (.add, .object(let o), _) where o.kind == .tuple:
            return typeError("can only concatenate tuple (not \"\(typeName(b))\") to tuple")
        case (.multiply, .str, _), (.multiply, _, .str):
            let other = a.asString != nil ? b : a
            return typeError("can't multiply sequence by non-int of type '\(typeName(other))'")
        case (.multiply, .object(let o), _) where o.kind == .list || o.kind == .tuple:
            return typeError("can't multiply sequence by non-int of type '\(typeName(b))'")
        case (.multiply, _, .object(let o)) where o.kind == .list || o.kind == .tuple:
            return typeError("can't multiply sequence by non-int of type '\(typeName(a))'")
        default:
            let symbol = op == .power ? "** or pow()" : op.symbol
            return typeError(
                "unsupported operand type(s) for \(symbol): '\(typeName(a))' and '\(typeName(b))'")
        }
    }

    /// Operators of built-in containers and strings.
    func builtinBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws(PyError) -> Value? {
        switch a {
        case .str(let s):
            switch op {
            case .add:
                guard case .str(let t) = b else { return nil }
                try checkGrowth(bytes: s.value.utf8.count + t.value.utf8.count)
                return Value(s.value + t.value)
            case .multiply:
                guard let n = repeatCount(b) else { return nil }
                try checkGrowth(
                    bytes: s.value.utf8.count * max(0, min(n, Int.max / max(1, s.value.utf8.count)))
                )
                return n <= 0 ? Value("") : Value(String(repeating: s.value, count: n))
            case .modulo:
                return Value(try percentFormat(s.value, b))
            default:
                return nil
            }
        case .object(let o):
            switch o.kind {
            case .list:
                let l = unsafeDowncast(o, to: PyList.self)
                switch op {
                case .add:
                    guard let r = b.asList else { return nil }
                    try checkGrowth(items: l.items.count + r.items.count)
                    // A huge copy is long native work: the cell's clock must see it.
                    try tick(l.items.count + r.items.count)
                    return .object(newList(l.items + r.items))
                case .multiply:
                    guard let n = repeatCount(b) else { return nil }
                    return .object(newList(try repeated(l.items, n)))
                default: return nil
                }
            case .tuple:
                let t = unsafeDowncast(o, to: PyTuple.self)
                switch op {
                case .add:
                    guard let r = b.asTuple else { return nil }
                    try checkGrowth(items: t.items.count + r.items.count)
                    try tick(t.items.count + r.items.count)
                    return .object(PyTuple(t.items + r.items))
                case .multiply:
                    guard let n = repeatCount(b) else { return nil }
                    return .object(PyTuple(try repeated(t.items, n)))
                default: return nil
                }
            case .set, .frozenset:
                guard case .object(let p) = b, p.kind == .set || p.kind == .frozenset else {
                    return nil
                }
                let x = unsafeDowncast(o, to: PySet.self)
                let y = unsafeDowncast(p, to: PySet.self)
                switch op {
                case .bitOr: return .object(try setUnion(x, y, frozen: x.isFrozen))
                case .bitAnd: return .object(try setIntersection(x, y, frozen: x.isFrozen))
                case .subtract: return .object(try setDifference(x, y, frozen: x.isFrozen))
                case .bitXor: return .object(try setSymmetricDifference(x, y, frozen: x.isFrozen))
                default: return nil
                }
            case .dict:
                guard op == .bitOr, let r = b.asDict else { return nil }
                let d = newDict()
                try dictUpdate(d, from: unsafeDowncast(o, to: PyDict.self))
                try dictUpdate(d, from: r)
                return .object(d)
            case .dictView:
                let v = unsafeDowncast(o, to: PyDictView.self)
                guard v.which != .values else { return nil }
                let left = try makeSet(from: a)
                let right = try makeSet(from: b)
                switch op {
                case .bitOr: return .object(try setUnion(left, right, frozen: false))
                case .bitAnd: return .object(try setIntersection(left, right, frozen: false))
                case .subtract: return .object(try setDifference(left, right, frozen: false))
                case .bitXor:
                    return .object(try setSymmetricDifference(left, right, frozen: false))
                default: return nil
                }
            default:
                return nil
            }
        default:
            if op == .multiply, let n = repeatCount(a) {
                switch b {
                case .str, .object:
                    if case .object(let o) = b, o.kind != .list && o.kind != .tuple { return nil }
                    return try builtinBinary(.multiply, b, .int(n))
                default:
                    return nil
                }
            }
            return nil
        }
    }

    /// The repeat count of `seq * n`, when `n` is an int.
    func repeatCount(_ v: Value) -> Int? {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o) where o.kind == .bigint:
            return unsafeDowncast(o, to: PyBigInt.self).value.sign == .minus ? 0 : Int.max
        default: return nil
        }
    }

    private func repeated(_ items: [Value], _ n: Int) throws(PyError) -> [Value] {
        if n <= 0 || items.isEmpty { return [] }
        let (total, o) = items.count.multipliedReportingOverflow(by: n)
        if o { throw error(.memoryError, "") }
        try checkGrowth(items: total)
        try tick(total)
        var result: [Value] = []
        result.reserveCapacity(total)
        for _ in 0..<n {
            result.append(contentsOf: items)
        }
        return result
    }

    /// The special-method protocol for binary operators (with reflected operands).
    private func specialBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws(PyError) -> Value? {
        let (forward, reflected, _) = op.specials
        let ta = typeOf(a)
        let tb = typeOf(b)
        let fa = a.asInstance != nil ? ta.special(forward) : nil
        let rb = ta !== tb && b.asInstance != nil ? tb.special(reflected) : nil
        if let r = rb, tb.isSubclass(of: ta) {
            let result = try callBound(r, receiver: b, a)
            if !isNotImplemented(result) { return result }
            if let f = fa {
                let result = try callBound(f, receiver: a, b)
                if !isNotImplemented(result) { return result }
            }
            return nil
        }
        if let f = fa {
            let result = try callBound(f, receiver: a, b)
            if !isNotImplemented(result) { return result }
        }
        if let r = rb {
            let result = try callBound(r, receiver: b, a)
            if !isNotImplemented(result) { return result }
        }
        return nil
    }

    /// `a op b` for operands the evaluation loop owns: they are moved onto the value stack,
    /// and when the left operand's class implements the operator natively (a tensor), that
    /// function runs directly on them, with no reference counting beyond the operands' own.
    func binaryOwned(_ op: BinaryOp, _ a: consuming Value, _ b: consuming Value) throws(PyError)
        -> Value
    {
        let h = hot
        let base = h.pointee.sp
        if h.pointee.stackEnd - base < 2 {
            throw error(.recursionError, "maximum recursion depth exceeded")
        }
        base.initialize(to: a)
        (base + 1).initialize(to: b)
        h.pointee.sp = base + 2
        defer { popTo(base) }
        if let left = base.peekInstance(h) {
            let (forward, _, _) = op.specials
            let leftClass = left._withUnsafeGuaranteedRef { $0.classRef }
            if let f = leftClass._withUnsafeGuaranteedRef({ $0.nativeSpecial(forward) }) {
                // A right operand of another class may override the reflected method first.
                let right = (base + 1).peekInstance(h)
                let sameOrScalar =
                    right.map { r in
                        r._withUnsafeGuaranteedRef { $0.classRef }.toOpaque()
                            == leftClass.toOpaque()
                    } ?? true
                if sameOrScalar {
                    let result: Value
                    do {
                        result = try f._withUnsafeGuaranteedRef { fn in
                            try fn.body(self, Arguments(base: base, count: 2, keywords: []))
                        }
                    } catch let e as PyError {
                        throw e
                    } catch {
                        throw pythonError(from: error)
                    }
                    if !isNotImplemented(result) { return result }
                }
            }
        } else if let right = (base + 1).peekInstance(h) {
            // `scalar op native`: the right operand's reflected method, arguments swapped.
            let (_, reflected, _) = op.specials
            let rightClass = right._withUnsafeGuaranteedRef { $0.classRef }
            if let f = rightClass._withUnsafeGuaranteedRef({ $0.nativeSpecial(reflected) }) {
                swap(&base.pointee, &(base + 1).pointee)
                let result: Value
                do {
                    result = try f._withUnsafeGuaranteedRef { fn in
                        try fn.body(self, Arguments(base: base, count: 2, keywords: []))
                    }
                } catch let e as PyError {
                    throw e
                } catch {
                    throw pythonError(from: error)
                }
                if !isNotImplemented(result) { return result }
                swap(&base.pointee, &(base + 1).pointee)
            }
        }
        return try binary(op, base.pointee, (base + 1).pointee)
    }

    /// Whether a value is `NotImplemented`.
    @inline(__always) func isNotImplemented(_ v: Value) -> Bool {
        if case .object(let o) = v { return o === notImplemented }
        return false
    }

    /// `a op= b`: in-place for lists, sets, dicts and classes with `__iop__`.
    func inplace(_ op: BinaryOp, _ a: Value, _ b: Value) throws(PyError) -> Value {
        if case .object(let o) = a {
            switch o.kind {
            case .list:
                let l = unsafeDowncast(o, to: PyList.self)
                if op == .add {
                    let items = try collect(b)
                    try checkGrowth(items: l.items.count + items.count)
                    try tick(items.count)
                    l.items.append(contentsOf: items)
                    return a
                }
                if op == .multiply, let n = repeatCount(b) {
                    l.items = try repeated(l.items, n)
                    return a
                }
            case .set:
                let s = unsafeDowncast(o, to: PySet.self)
                guard case .object(let p) = b, p.kind == .set || p.kind == .frozenset else { break }
                let other = unsafeDowncast(p, to: PySet.self)
                switch op {
                case .bitOr:
                    try setMerge(s, other)
                    return a
                case .bitAnd:
                    let r = try setIntersection(s, other, frozen: false)
                    s.removeAll()
                    try setMerge(s, r)
                    return a
                case .subtract:
                    for k in other.elements {
                        try setDiscard(s, k)
                    }
                    return a
                case .bitXor:
                    let r = try setSymmetricDifference(s, other, frozen: false)
                    s.removeAll()
                    try setMerge(s, r)
                    return a
                default: break
                }
            case .dict:
                if op == .bitOr {
                    try dictUpdateFromAny(unsafeDowncast(o, to: PyDict.self), b)
                    return a
                }
            case .instance:
                let (_, _, inplaceMethod) = op.specials
                if let m = unsafeDowncast(o, to: PyInstance.self).cls.special(
                    inplaceMethod)
                {
                    let r = try callBound(m, receiver: a, b)
                    if !isNotImplemented(r) { return r }
                }
            default:
                break
            }
        }
        return try binary(op, a, b)
    }

    // MARK: - Unary operators

    /// `-x`.
    func negative(_ v: Value) throws(PyError) -> Value {
        if let n = Number(v) { return negate(n) }
        if let r = try callSpecial(.neg, on: v, []) { return r }
        throw typeError("bad operand type for unary -: '\(typeName(v))'")
    }

    /// `+x`.
    func positive(_ v: Value) throws(PyError) -> Value {
        if let n = Number(v) {
            if case .bool(let b) = v { return .int(b ? 1 : 0) }
            _ = n
            return v
        }
        if let r = try callSpecial(.pos, on: v, []) { return r }
        throw typeError("bad operand type for unary +: '\(typeName(v))'")
    }

    /// `~x`.
    func invert(_ v: Value) throws(PyError) -> Value {
        switch Number(v) {
        case .int(let i): return .int(~i)
        case .big(let b): return Value(-b - 1)
        default: break
        }
        if let r = try callSpecial(.invert, on: v, []) { return r }
        throw typeError("bad operand type for unary ~: '\(typeName(v))'")
    }

    // MARK: - Comparisons

    /// A rich comparison, returning whatever the operands' methods return (a bool for
    /// built-in types).
    public func richCompare(_ op: CompareOp, _ a: Value, _ b: Value) throws(PyError) -> Value {
        if let x = Number(a), let y = Number(b) {
            guard let c = compareNumbers(x, y) else { return .bool(op == .ne) }
            return .bool(op.holds(c))
        }
        if a.asInstance != nil || b.asInstance != nil {
            if let r = try specialCompare(op, a, b) { return r }
        }
        if let r = try builtinCompare(op, a, b) { return .bool(r) }
        switch op {
        case .eq: return .bool(a.isIdentical(to: b))
        case .ne: return .bool(!a.isIdentical(to: b))
        default:
            throw typeError(
                "'\(op.symbol)' not supported between instances of '\(typeName(a))' and "
                    + "'\(typeName(b))'")
        }
    }

    /// A comparison reduced to a bool (what `if a < b:` and `sorted` need).
    func compareBool(_ op: CompareOp, _ a: Value, _ b: Value) throws(PyError) -> Bool {
        if let x = Number(a), let y = Number(b) {
            guard let c = compareNumbers(x, y) else { return op == .ne }
            return op.holds(c)
        }
        if case .str(let s) = a, case .str(let t) = b {
            return op.holds(compareStrings(s, t))
        }
        return try truthy(try richCompare(op, a, b))
    }

    /// Three-way code-point comparison of two strings.
    @inline(__always) func compareStrings(_ s: PyStr, _ t: PyStr) -> Int {
        if s === t { return 0 }
        if s == t { return 0 }
        return codePointLess(s.value, t.value) ? -1 : 1
    }

    private func specialCompare(_ op: CompareOp, _ a: Value, _ b: Value) throws(PyError) -> Value? {
        let ta = typeOf(a)
        let tb = typeOf(b)
        let forward = a.asInstance != nil ? ta.special(op.special) : nil
        let reflected =
            b.asInstance != nil ? tb.special(op.reflected.special) : nil
        if let r = reflected, ta !== tb, tb.isSubclass(of: ta) {
            let result = try callBound(r, receiver: b, a)
            if !isNotImplemented(result) { return result }
        }
        if let f = forward {
            let result = try callBound(f, receiver: a, b)
            if !isNotImplemented(result) { return result }
        }
        if let r = reflected {
            let result = try callBound(r, receiver: b, a)
            if !isNotImplemented(result) { return result }
        }
        if op == .ne {
            // Default __ne__ inverts __eq__.
            if a.asInstance != nil, let eq = ta.special(.eq) {
                let result = try callBound(eq, receiver: a, b)
                if !isNotImplemented(result) { return .bool(!(try truthy(result))) }
            }
        }
        return nil
    }

    /// Comparisons of built-in values; `nil` when the types do not compare.
    func builtinCompare(_ op: CompareOp, _ a: Value, _ b: Value) throws(PyError) -> Bool? {
        switch (a, b) {
        case (.str(let s), .str(let t)):
            return op.holds(compareStrings(s, t))
        case (.none, .none):
            return op == .eq || op == .ne ? (op == .eq) : nil
        case (.object(let x), .object(let y)):
            switch (x.kind, y.kind) {
            case (.list, .list):
                return try compareSequences(
                    op, unsafeDowncast(x, to: PyList.self).items,
                    unsafeDowncast(y, to: PyList.self).items)
            case (.tuple, .tuple):
                return try compareSequences(
                    op, unsafeDowncast(x, to: PyTuple.self).items,
                    unsafeDowncast(y, to: PyTuple.self).items)
            case (.dict, .dict):
                guard op == .eq || op == .ne else { return nil }
                let eq = try dictsEqual(
                    unsafeDowncast(x, to: PyDict.self), unsafeDowncast(y, to: PyDict.self))
                return op == .eq ? eq : !eq
            case (.set, .set), (.set, .frozenset), (.frozenset, .set), (.frozenset, .frozenset):
                return try compareSets(
                    op, unsafeDowncast(x, to: PySet.self), unsafeDowncast(y, to: PySet.self))
            case (.range, .range):
                guard op == .eq || op == .ne else { return nil }
                let r1 = unsafeDowncast(x, to: PyRange.self)
                let r2 = unsafeDowncast(y, to: PyRange.self)
                let eq = rangesEqual(r1, r2)
                return op == .eq ? eq : !eq
            case (.dictView, .dictView):
                guard op == .eq || op == .ne else { return nil }
                let v1 = unsafeDowncast(x, to: PyDictView.self)
                let v2 = unsafeDowncast(y, to: PyDictView.self)
                if v1.which == .values || v2.which == .values {
                    return op == .ne ? !(x === y) : x === y
                }
                let s1 = try makeSet(from: a)
                let s2 = try makeSet(from: b)
                return try compareSets(op, s1, s2)
            case (.slice, .slice):
                let s1 = unsafeDowncast(x, to: PySlice.self)
                let s2 = unsafeDowncast(y, to: PySlice.self)
                return try compareSequences(
                    op, [s1.start, s1.stop, s1.step], [s2.start, s2.stop, s2.step])
            default:
                return nil
            }
        default:
            return nil
        }
    }

    private func rangesEqual(_ a: PyRange, _ b: PyRange) -> Bool {
        let n1 = a.count ?? -1
        let n2 = b.count ?? -1
        if n1 != n2 { return false }
        if n1 == 0 { return true }
        if a.start != b.start { return false }
        if n1 == 1 { return true }
        return a.step == b.step
    }

    /// Lexicographic comparison of sequences.
    private func compareSequences(_ op: CompareOp, _ x: [Value], _ y: [Value]) throws(PyError)
        -> Bool
    {
        try enterRecursion()
        defer { leaveRecursion() }
        if (op == .eq || op == .ne) && x.count != y.count { return op == .ne }
        var i = 0
        while i < x.count && i < y.count {
            if !x[i].isIdentical(to: y[i]) {
                if !(try equal(x[i], y[i])) { break }
            }
            i += 1
        }
        if i >= x.count || i >= y.count {
            let c = x.count < y.count ? -1 : (x.count > y.count ? 1 : 0)
            return op.holds(c)
        }
        switch op {
        case .eq: return false
        case .ne: return true
        default: return try compareBool(op, x[i], y[i])
        }
    }

    private func compareSets(_ op: CompareOp, _ a: PySet, _ b: PySet) throws(PyError) -> Bool {
        func subset(_ x: PySet, _ y: PySet) throws(PyError) -> Bool {
            if x.count > y.count { return false }
            for k in x.elements {
                if !(try setContains(y, k)) {
                    return false
                }
            }
            return true
        }
        switch op {
        case .eq: return a.count == b.count ? try subset(a, b) : false
        case .ne: return a.count == b.count ? !(try subset(a, b)) : true
        case .le: return try subset(a, b)
        case .lt: return a.count < b.count ? try subset(a, b) : false
        case .ge: return try subset(b, a)
        case .gt: return b.count < a.count ? try subset(b, a) : false
        }
    }

    private func dictsEqual(_ a: PyDict, _ b: PyDict) throws(PyError) -> Bool {
        if a.count != b.count { return false }
        try enterRecursion()
        defer { leaveRecursion() }
        for (k, v) in a.orderedItems {
            guard let w = try dictGet(b, k) else { return false }
            if !v.isIdentical(to: w), !(try equal(v, w)) { return false }
        }
        return true
    }

    /// `a is b or a == b`, the test containers use for membership.
    func sameOrEqual(_ a: Value, _ b: Value) throws(PyError) -> Bool {
        if a.isIdentical(to: b) { return true }
        return try equal(a, b)
    }

    /// `a == b` as a bool.
    public func equal(_ a: Value, _ b: Value) throws(PyError) -> Bool {
        if let q = PyDict.quickEqual(a, b) { return q }
        return try truthy(try richCompare(.eq, a, b))
    }

    // MARK: - Truth, identity, membership

    /// `bool(v)`.
    public func truthy(_ v: Value) throws(PyError) -> Bool {
        switch v {
        case .bool(let b): return b
        case .none, .unbound: return false
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .str(let s): return !s.value.isEmpty
        case .object(let o):
            switch o.kind {
            case .list: return !unsafeDowncast(o, to: PyList.self).items.isEmpty
            case .tuple: return !unsafeDowncast(o, to: PyTuple.self).items.isEmpty
            case .dict: return unsafeDowncast(o, to: PyDict.self).count > 0
            case .set, .frozenset: return unsafeDowncast(o, to: PySet.self).count > 0
            case .range: return (unsafeDowncast(o, to: PyRange.self).count ?? 1) > 0
            case .bigint: return true
            case .dictView: return unsafeDowncast(o, to: PyDictView.self).dict.count > 0
            case .instance:
                let cls = unsafeDowncast(o, to: PyInstance.self).cls
                if let m = cls.special(.bool) {
                    let r = try callBound(m, receiver: v)
                    guard case .bool(let b) = r else {
                        throw typeError("__bool__ should return bool, returned \(typeName(r))")
                    }
                    return b
                }
                if let m = cls.special(.len) {
                    let r = try callBound(m, receiver: v)
                    return try lengthResult(r) != 0
                }
                return true
            default:
                return true
            }
        }
    }

    /// Checks a `__len__` result.
    func lengthResult(_ r: Value) throws(PyError) -> Int {
        switch r {
        case .int(let n):
            if n < 0 { throw valueError("__len__() should return >= 0") }
            return n
        case .bool(let b): return b ? 1 : 0
        case .object(let o) where o.kind == .bigint:
            throw error(.overflowError, "cannot fit 'int' into an index-sized integer")
        default:
            throw typeError("'\(typeName(r))' object cannot be interpreted as an integer")
        }
    }

    /// `item in container`.
    public func contains(_ container: Value, _ item: Value) throws(PyError) -> Bool {
        switch container {
        case .str(let s):
            guard case .str(let t) = item else {
                throw typeError(
                    "'in <string>' requires string as left operand, not \(typeName(item))")
            }
            return findSubstring(s.value, t.value, from: 0) != nil
        case .object(let o):
            switch o.kind {
            case .list:
                for x in unsafeDowncast(o, to: PyList.self).items {
                    if try sameOrEqual(x, item) { return true }
                }
                return false
            case .tuple:
                for x in unsafeDowncast(o, to: PyTuple.self).items {
                    if try sameOrEqual(x, item) { return true }
                }
                return false
            case .dict:
                return try dictGet(unsafeDowncast(o, to: PyDict.self), item) != nil
            case .set, .frozenset:
                return try setContains(unsafeDowncast(o, to: PySet.self), item)
            case .range:
                let r = unsafeDowncast(o, to: PyRange.self)
                guard let n = Number(item) else {
                    return try iterContains(container, item)
                }
                guard case .int(let i) = n else {
                    if case .float(let d) = n, d.rounded() == d, let i = Int(exactly: d) {
                        return rangeContains(r, i)
                    }
                    return false
                }
                return rangeContains(r, i)
            case .dictView:
                let view = unsafeDowncast(o, to: PyDictView.self)
                switch view.which {
                case .keys:
                    return try dictGet(view.dict, item) != nil
                case .values:
                    return try iterContains(container, item)
                case .items:
                    guard let t = item.asTuple, t.items.count == 2,
                        let v = try dictGet(view.dict, t.items[0])
                    else { return false }
                    return try equal(v, t.items[1])
                }
            case .instance:
                let cls = unsafeDowncast(o, to: PyInstance.self).cls
                if let m = cls.special(.contains) {
                    return try truthy(try callBound(m, receiver: container, item))
                }
                return try iterContains(container, item)
            default:
                return try iterContains(container, item)
            }
        default:
            throw typeError("argument of type '\(typeName(container))' is not iterable")
        }
    }

    private func rangeContains(_ r: PyRange, _ i: Int) -> Bool {
        if r.step > 0 {
            if i < r.start || i >= r.stop { return false }
        } else {
            if i > r.start || i <= r.stop { return false }
        }
        return (i - r.start) % r.step == 0
    }

    private func iterContains(_ container: Value, _ item: Value) throws(PyError) -> Bool {
        guard let it = try iterateIfPossible(container) else {
            throw typeError("argument of type '\(typeName(container))' is not iterable")
        }
        while let x = try it.next(self) {
            if try sameOrEqual(x, item) { return true }
        }
        return false
    }

    // MARK: - Hashing

    /// `hash(v)`; `TypeError` for unhashable values.
    public func hash(_ v: Value) throws(PyError) -> Int {
        switch v {
        case .int(let i):
            if i >= 0 && i < (1 << 61) - 1 { return i }
            return numericHash(.int(i))
        case .bool(let b): return b ? 1 : 0
        case .float(let d): return numericHash(.float(d))
        case .str(let s): return s.pythonHash
        case .none, .unbound: return 0x7f3a_8b9c_1d4
        case .object(let o):
            switch o.kind {
            case .bigint: return numericHash(.big(unsafeDowncast(o, to: PyBigInt.self).value))
            case .tuple: return try tupleHash(unsafeDowncast(o, to: PyTuple.self).items)
            case .frozenset: return try frozensetHash(unsafeDowncast(o, to: PySet.self))
            case .list, .dict, .set, .dictView, .slice:
                throw typeError("unhashable type: '\(typeName(v))'")
            case .instance:
                let cls = unsafeDowncast(o, to: PyInstance.self).cls
                if let m = cls.special(.hash) {
                    if m.isNone { throw typeError("unhashable type: '\(cls.name)'") }
                    let r = try callBound(m, receiver: v)
                    guard let n = Number(r), !n.isFloat else {
                        throw typeError("__hash__ method should return an integer")
                    }
                    return numericHash(n)
                }
                return pointerHash(o)
            default:
                return pointerHash(o)
            }
        }
    }

    /// CPython's hash of an object without `__hash__`: its address rotated by 4 bits.
    func pointerHash(_ o: PyObject) -> Int {
        let a = UInt(bitPattern: address(of: o))
        let h = Int(bitPattern: (a >> 4) | (a << (UInt.bitWidth - 4)))
        return h == -1 ? -2 : h
    }

    /// CPython's xxHash-based tuple hash.
    private func tupleHash(_ items: [Value]) throws(PyError) -> Int {
        try enterRecursion()
        defer { leaveRecursion() }
        let prime1: UInt = 11_400_714_785_074_694_791
        let prime2: UInt = 14_029_467_366_897_019_727
        let prime5: UInt = 2_870_177_450_012_600_261
        var acc = prime5
        for item in items {
            let lane = UInt(bitPattern: try hash(item))
            acc = acc &+ lane &* prime2
            acc = (acc << 31) | (acc >> 33)
            acc = acc &* prime1
        }
        acc = acc &+ (UInt(items.count) ^ (prime5 ^ 3_527_539))
        if acc == UInt.max { return 1_546_275_796 }
        return Int(bitPattern: acc)
    }

    /// CPython's frozenset hash.
    private func frozensetHash(_ s: PySet) throws(PyError) -> Int {
        func shuffle(_ h: UInt) -> UInt {
            ((h ^ 89_869_747) ^ (h << 16)) &* 3_644_798_167
        }
        var hash: UInt = 0
        for (_, h) in s.entries {
            hash ^= shuffle(UInt(bitPattern: h))
        }
        hash ^= (UInt(s.count) &+ 1) &* 1_927_868_237
        hash ^= (hash >> 11) ^ (hash >> 25)
        hash = hash &* 69069 &+ 907_133_923
        if hash == UInt.max { hash = 590_923_713 }
        return Int(bitPattern: hash)
    }
}
