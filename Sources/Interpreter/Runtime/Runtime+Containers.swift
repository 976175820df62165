import BigInt

extension Runtime {
    // MARK: - Length and indices

    /// `len(v)`.
    public func length(_ v: Value) throws(PyError) -> Int {
        switch v {
        case .str(let s): return s.count
        case .object(let o):
            switch o.kind {
            case .list: return unsafeDowncast(o, to: PyList.self).items.count
            case .tuple: return unsafeDowncast(o, to: PyTuple.self).items.count
            case .dict: return unsafeDowncast(o, to: PyDict.self).count
            case .set, .frozenset: return unsafeDowncast(o, to: PySet.self).count
            case .range:
                guard let n = unsafeDowncast(o, to: PyRange.self).count else {
                    throw error(.overflowError, "Python int too large to convert to C ssize_t")
                }
                return n
            case .dictView: return unsafeDowncast(o, to: PyDictView.self).dict.count
            case .instance:
                if let r = try callSpecial(.len, on: v, []) { return try lengthResult(r) }
            default: break
            }
        default: break
        }
        throw typeError("object of type '\(typeName(v))' has no len()")
    }

    /// An integer index from an int-like value (`__index__`); `nil` for other types.
    func indexValue(_ v: Value) throws(PyError) -> Int? {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o) where o.kind == .bigint:
            throw error(.indexError, "cannot fit 'int' into an index-sized integer")
        case .object(let o) where o.kind == .instance:
            if let r = try callSpecial(.index, on: v, []) {
                guard case .int(let i) = r else {
                    throw typeError("__index__ returned non-int (type \(typeName(r)))")
                }
                return i
            }
            return nil
        default: return nil
        }
    }

    /// A slice bound: `None` → nil, ints (clamped when huge), `__index__` objects.
    private func sliceBound(_ v: Value) throws(PyError) -> Int? {
        switch v {
        case .none: return nil
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o) where o.kind == .bigint:
            return unsafeDowncast(o, to: PyBigInt.self).value.sign == .minus
                ? Int.min / 2 : Int.max / 2
        default:
            if let i = try indexValue(v) { return i }
            throw typeError(
                "slice indices must be integers or None or have an __index__ method")
        }
    }

    /// Resolves a slice against a length.
    func resolveSlice(_ s: PySlice, length: Int) throws(PyError) -> SliceIndices {
        let step = try sliceBound(s.step) ?? 1
        if step == 0 { throw valueError("slice step cannot be zero") }
        return SliceIndices(
            start: try sliceBound(s.start), stop: try sliceBound(s.stop), step: step,
            length: length)
    }

    /// The items of a sequence selected by a slice.
    func sliceItems(_ items: [Value], _ s: PySlice) throws(PyError) -> [Value] {
        let r = try resolveSlice(s, length: items.count)
        if r.step == 1 {
            return r.count > 0 ? Array(items[r.start..<(r.start + r.count)]) : []
        }
        var result: [Value] = []
        result.reserveCapacity(r.count)
        var i = r.start
        for _ in 0..<r.count {
            result.append(items[i])
            i += r.step
        }
        return result
    }

    // MARK: - Subscripts

    /// `container[index]`.
    public func getItem(_ container: Value, _ index: Value) throws(PyError) -> Value {
        switch container {
        case .str(let s):
            if let i = try indexValue(index) {
                let n = s.count
                let k = i < 0 ? i + n : i
                if k < 0 || k >= n { throw error(.indexError, "string index out of range") }
                return Value(String(Character(s.scalar(at: k))))
            }
            if case .object(let o) = index, o.kind == .slice {
                let r = try resolveSlice(unsafeDowncast(o, to: PySlice.self), length: s.count)
                if r.step == 1 { return Value(s.substring(r.start, r.start + r.count)) }
                var out = String.UnicodeScalarView()
                var i = r.start
                for _ in 0..<r.count {
                    out.append(s.scalar(at: i))
                    i += r.step
                }
                return Value(String(out))
            }
            throw typeError("string indices must be integers, not '\(typeName(index))'")
        case .object(let o):
            switch o.kind {
            case .list:
                let items = unsafeDowncast(o, to: PyList.self).items
                if case .int(let i) = index {
                    let k = i < 0 ? i + items.count : i
                    if k < 0 || k >= items.count {
                        throw error(.indexError, "list index out of range")
                    }
                    return items[k]
                }
                if case .object(let so) = index, so.kind == .slice {
                    return .object(
                        newList(try sliceItems(items, unsafeDowncast(so, to: PySlice.self))))
                }
                if let i = try indexValue(index) {
                    return try getItem(container, .int(i))
                }
                throw typeError("list indices must be integers or slices, not \(typeName(index))")
            case .tuple:
                let items = unsafeDowncast(o, to: PyTuple.self).items
                if let i = try indexValue(index) {
                    let k = i < 0 ? i + items.count : i
                    if k < 0 || k >= items.count {
                        throw error(.indexError, "tuple index out of range")
                    }
                    return items[k]
                }
                if case .object(let so) = index, so.kind == .slice {
                    return .object(
                        PyTuple(try sliceItems(items, unsafeDowncast(so, to: PySlice.self))))
                }
                throw typeError("tuple indices must be integers or slices, not \(typeName(index))")
            case .dict:
                let d = unsafeDowncast(o, to: PyDict.self)
                if let v = try dictGet(d, index) { return v }
                throw keyError(index)
            case .range:
                let r = unsafeDowncast(o, to: PyRange.self)
                let n = r.count ?? Int.max
                if let i = try indexValue(index) {
                    let k = i < 0 ? i + n : i
                    if k < 0 || k >= n {
                        throw error(.indexError, "range object index out of range")
                    }
                    return .int(r.item(k))
                }
                if case .object(let so) = index, so.kind == .slice {
                    let s = try resolveSlice(unsafeDowncast(so, to: PySlice.self), length: n)
                    let start = r.item(s.start)
                    let step = r.step &* s.step
                    let stop = start &+ step &* s.count
                    return .object(PyRange(start: start, stop: stop, step: step))
                }
                throw typeError(
                    "range indices must be integers or slices, not \(typeName(index))")
            case .instance:
                if let r = try callSpecial(.getitem, on: container, index) { return r }
            case .type:
                let cls = unsafeDowncast(o, to: PyClass.self)
                if cls.isBuiltin {
                    // `list[int]` and friends: a generic alias; display it like CPython.
                    return container
                }
                if let m = cls.lookup(intern("__class_getitem__")) {
                    return try call(m, [container, index])
                }
            default:
                break
            }
        default:
            break
        }
        throw typeError("'\(typeName(container))' object is not subscriptable")
    }

    /// `container[index] = value`.
    public func setItem(_ container: Value, _ index: Value, _ value: Value) throws(PyError) {
        if case .object(let o) = container {
            switch o.kind {
            case .list:
                let l = unsafeDowncast(o, to: PyList.self)
                if let i = try indexValue(index) {
                    let k = i < 0 ? i + l.items.count : i
                    if k < 0 || k >= l.items.count {
                        throw error(.indexError, "list assignment index out of range")
                    }
                    l.items[k] = value
                    return
                }
                if case .object(let so) = index, so.kind == .slice {
                    try assignSlice(l, unsafeDowncast(so, to: PySlice.self), value)
                    return
                }
                throw typeError("list indices must be integers or slices, not \(typeName(index))")
            case .dict:
                try dictSet(unsafeDowncast(o, to: PyDict.self), index, value)
                return
            case .instance:
                if try callSpecial(.setitem, on: container, [index, value]) != nil { return }
            default:
                break
            }
        }
        throw typeError("'\(typeName(container))' object does not support item assignment")
    }

    private func assignSlice(_ l: PyList, _ s: PySlice, _ value: Value) throws(PyError) {
        guard let newItems = try collectIfIterable(value) else {
            throw typeError("can only assign an iterable")
        }
        let r = try resolveSlice(s, length: l.items.count)
        if r.step == 1 {
            let start = r.start
            let end = max(start, r.start + r.count)
            try checkGrowth(items: l.items.count - (end - start) + newItems.count)
            l.items.replaceSubrange(start..<end, with: newItems)
            return
        }
        if newItems.count != r.count {
            throw valueError(
                "attempt to assign sequence of size \(newItems.count) to extended slice of size \(r.count)"
            )
        }
        var i = r.start
        for v in newItems {
            l.items[i] = v
            i += r.step
        }
    }

    /// `del container[index]`.
    public func deleteItem(_ container: Value, _ index: Value) throws(PyError) {
        if case .object(let o) = container {
            switch o.kind {
            case .list:
                let l = unsafeDowncast(o, to: PyList.self)
                if let i = try indexValue(index) {
                    let k = i < 0 ? i + l.items.count : i
                    if k < 0 || k >= l.items.count {
                        throw error(.indexError, "list assignment index out of range")
                    }
                    l.items.remove(at: k)
                    return
                }
                if case .object(let so) = index, so.kind == .slice {
                    let r = try resolveSlice(
                        unsafeDowncast(so, to: PySlice.self), length: l.items.count)
                    if r.step == 1 {
                        if r.count > 0 { l.items.removeSubrange(r.start..<(r.start + r.count)) }
                        return
                    }
                    var drop = Set<Int>()
                    var i = r.start
                    for _ in 0..<r.count {
                        drop.insert(i)
                        i += r.step
                    }
                    l.items = l.items.enumerated().filter { !drop.contains($0.offset) }.map {
                        $0.element
                    }
                    return
                }
                throw typeError("list indices must be integers or slices, not \(typeName(index))")
            case .dict:
                let d = unsafeDowncast(o, to: PyDict.self)
                guard let e = try dictFind(d, index) else { throw keyError(index) }
                d.remove(at: e)
                return
            case .instance:
                if try callSpecial(.delitem, on: container, index) != nil { return }
            default:
                break
            }
        }
        throw typeError("'\(typeName(container))' object doesn't support item deletion")
    }

    // MARK: - Dicts

    /// The equality dict and set lookups use for keys that need script code.
    var keyEquality: (Value, Value) throws(PyError) -> Bool {
        { (a: Value, b: Value) throws(PyError) -> Bool in
            try self.equal(a, b)
        }
    }

    /// The entry index of a key.
    func dictFind(_ d: PyDict, _ key: Value) throws(PyError) -> Int? {
        if case .str(let s) = key { return d.find(str: s) }
        return try d.find(key, hash: try hash(key), equal: keyEquality)
    }

    /// `d.get(key)` (`nil` when missing).
    public func dictGet(_ d: PyDict, _ key: Value) throws(PyError) -> Value? {
        if case .str(let s) = key { return d.get(s) }
        let h = try hash(key)
        guard let e = try d.find(key, hash: h, equal: keyEquality) else { return nil }
        return d.value(at: e)
    }

    /// `d[key] = value`.
    public func dictSet(_ d: PyDict, _ key: Value, _ value: Value) throws(PyError) {
        if case .str(let s) = key {
            d.set(s, value)
            return
        }
        let h = try hash(key)
        if let e = try d.find(key, hash: h, equal: keyEquality) {
            d.setValue(value, at: e)
        } else {
            try checkGrowth(items: d.count + 1)
            d.append(key, value, hash: h)
        }
    }

    /// Copies every entry of `source` into `d`.
    func dictUpdate(_ d: PyDict, from source: PyDict) throws(PyError) {
        for i in 0..<source.entryCount {
            let k = source.key(at: i)
            if k.isUnbound { continue }
            try dictSet(d, k, source.value(at: i))
        }
    }

    /// `d.update(other)` for a dict, a mapping with `keys()` or an iterable of pairs.
    func dictUpdateFromAny(_ d: PyDict, _ other: Value) throws(PyError) {
        if let src = other.asDict {
            try dictUpdate(d, from: src)
            return
        }
        if other.asInstance != nil, let keys = try attributeIfPresent(other, "keys") {
            for k in try collect(try call(keys)) {
                try dictSet(d, k, try getItem(other, k))
            }
            return
        }
        guard let it = try iterateIfPossible(other) else {
            throw typeError("'\(typeName(other))' object is not iterable")
        }
        var n = 0
        while let item = try it.next(self) {
            let pair = try collect(item)
            if pair.count != 2 {
                throw valueError(
                    "dictionary update sequence element #\(n) has length \(pair.count); 2 is required"
                )
            }
            try dictSet(d, pair[0], pair[1])
            n += 1
        }
    }

    // MARK: - Sets

    /// Whether a set holds a key.
    func setContains(_ s: PySet, _ key: Value) throws(PyError) -> Bool {
        try s.find(key, hash: try hash(key), equal: keyEquality) != nil
    }

    /// Adds a key to a set.
    func setAdd(_ s: PySet, _ key: Value) throws(PyError) {
        try s.insert(key, hash: try hash(key), equal: keyEquality)
        if s.count > options.maxCollectionItems { throw error(.memoryError, "") }
    }

    /// Removes a key if present; returns whether it was.
    @discardableResult
    func setDiscard(_ s: PySet, _ key: Value) throws(PyError) -> Bool {
        guard let slot = try s.find(key, hash: try hash(key), equal: keyEquality) else {
            return false
        }
        s.remove(slot: slot)
        return true
    }

    /// Adds every element of another set.
    func setMerge(_ s: PySet, _ other: PySet) throws(PyError) {
        try s.merge(from: other, equal: keyEquality)
    }

    /// A new set from any iterable.
    func makeSet(from iterable: Value, frozen: Bool = false) throws(PyError) -> PySet {
        let s = PySet(frozen: frozen)
        if case .object(let o) = iterable, o.kind == .set || o.kind == .frozenset {
            try s.merge(from: unsafeDowncast(o, to: PySet.self), equal: keyEquality)
            return s
        }
        if let d = iterable.asDict {
            if d.count * 5 >= 7 * 3 {
                s.resize(d.count * 2)
            }
            for k in d.orderedKeys {
                try setAdd(s, k)
            }
            return s
        }
        let it = try iterate(iterable)
        while let x = try it.next(self) {
            try setAdd(s, x)
        }
        return s
    }

    func setUnion(_ a: PySet, _ b: PySet, frozen: Bool) throws(PyError) -> PySet {
        let r = PySet(frozen: frozen)
        try r.merge(from: a, equal: keyEquality)
        try r.merge(from: b, equal: keyEquality)
        return r
    }

    func setIntersection(_ a: PySet, _ b: PySet, frozen: Bool) throws(PyError) -> PySet {
        let r = PySet(frozen: frozen)
        // CPython iterates the other set unless it is the larger one.
        var (small, large) = (b, a)
        if b.count > a.count { (small, large) = (a, b) }
        for (k, h) in small.entries {
            if try large.find(k, hash: h, equal: keyEquality) != nil {
                try r.insert(k, hash: h, equal: keyEquality)
            }
        }
        return r
    }

    func setDifference(_ a: PySet, _ b: PySet, frozen: Bool) throws(PyError) -> PySet {
        let r = PySet(frozen: frozen)
        if (a.count >> 2) > b.count {
            // CPython copies the larger set, then removes the other's elements.
            try r.merge(from: a, equal: keyEquality)
            for (k, h) in b.entries {
                if let slot = try r.find(k, hash: h, equal: keyEquality) {
                    r.remove(slot: slot)
                }
            }
            return r
        }
        for (k, h) in a.entries {
            if try b.find(k, hash: h, equal: keyEquality) == nil {
                try r.insert(k, hash: h, equal: keyEquality)
            }
        }
        return r
    }

    func setSymmetricDifference(_ a: PySet, _ b: PySet, frozen: Bool) throws(PyError) -> PySet {
        let r = PySet(frozen: frozen)
        // CPython starts from a copy of the other set and toggles this set's elements.
        try r.merge(from: b, equal: keyEquality)
        for (k, h) in a.entries {
            if let slot = try r.find(k, hash: h, equal: keyEquality) {
                r.remove(slot: slot)
            } else {
                try r.insert(k, hash: h, equal: keyEquality)
            }
        }
        return r
    }

    // MARK: - Collecting

    /// The items of any iterable as an array (`list(x)`).
    public func collect(_ iterable: Value) throws(PyError) -> [Value] {
        if let items = try collectIfIterable(iterable) { return items }
        throw typeError("'\(typeName(iterable))' object is not iterable")
    }

    /// The items of an iterable, or `nil` when the value is not iterable.
    func collectIfIterable(_ iterable: Value) throws(PyError) -> [Value]? {
        if case .object(let o) = iterable {
            switch o.kind {
            case .list: return unsafeDowncast(o, to: PyList.self).items
            case .tuple: return unsafeDowncast(o, to: PyTuple.self).items
            case .range:
                let r = unsafeDowncast(o, to: PyRange.self)
                guard let n = r.count else { throw error(.memoryError, "") }
                try checkGrowth(items: n)
                var result: [Value] = []
                result.reserveCapacity(n)
                for i in 0..<n {
                    result.append(.int(r.item(i)))
                }
                try tick(n / 64)
                return result
            default: break
            }
        }
        guard let it = try iterateIfPossible(iterable) else { return nil }
        var result: [Value] = []
        while let x = try it.next(self) {
            result.append(x)
            if result.count & 0xffff == 0 {
                try checkGrowth(items: result.count)
                try tick(64)
            }
        }
        return result
    }
}
