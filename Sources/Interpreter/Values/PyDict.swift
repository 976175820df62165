/// A Python dict: insertion-ordered, with Python's key equality and hashing.
///
/// Entries live in parallel arrays in insertion order (deleted entries become `.unbound`
/// holes, compacted on growth); small dicts search their hashes linearly, larger ones keep an
/// open-addressing index. Key comparisons that need script code (`__eq__`) go through the
/// `equal` closure the runtime passes in.
public final class PyDict: TrackedContainer {
    private(set) var keys: [Value] = []
    private(set) var values: [Value] = []
    private(set) var hashes: [Int] = []
    private var index: [Int32] = []
    /// The number of live entries.
    public private(set) var count: Int = 0
    /// Bumped whenever a key is added or removed (iterators detect changes with it).
    private(set) var version: Int = 0
    /// One bit per key hash (modulo 64) of every key ever added since the dict was last
    /// emptied: a clear bit proves a key absent without probing (most attribute misses, such
    /// as method names looked up in an instance dict).
    private var keyBits: UInt64 = 0

    /// The `keyBits` bit of a hash.
    @inline(__always) private static func bit(_ hash: Int) -> UInt64 {
        1 &<< UInt64(truncatingIfNeeded: hash & 63)
    }

    private static let linearLimit = 8

    /// Creates an empty dict.
    public init() {
        super.init(kind: .dict)
    }

    deinit {
        if values.contains(where: Teardown.mayCascade) {
            Teardown.drain(&values)
        }
        if keys.contains(where: Teardown.mayCascade) {
            Teardown.drain(&keys)
        }
    }

    /// Equality that needs no script code, or `nil` when it does.
    @inline(__always) static func quickEqual(_ a: Value, _ b: Value) -> Bool? {
        switch (a, b) {
        case (.str(let x), .str(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.none, .none): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .bool(let y)), (.bool(let y), .int(let x)): return x == (y ? 1 : 0)
        case (.float(let x), .float(let y)): return x == y
        case (.float(let x), .int(let y)), (.int(let y), .float(let x)):
            return Double(exactly: y).map { $0 == x } ?? false
        case (.str, .int), (.int, .str), (.str, .none), (.none, .str), (.str, .float),
            (.float, .str):
            return false
        case (.object(let x), .object(let y)):
            if x === y { return true }
            if x.kind == .type || y.kind == .type || x.kind == .function || y.kind == .function {
                return false
            }
            return nil
        default:
            return nil
        }
    }

    /// The entry index of a key, or `nil`.
    func find(
        _ key: Value, hash: Int, equal: (Value, Value) throws(PyError) -> Bool
    ) throws(PyError) -> Int? {
        if keyBits & PyDict.bit(hash) == 0 { return nil }
        if index.isEmpty {
            var i = 0
            let n = hashes.count
            while i < n {
                if hashes[i] == hash && !keys[i].isUnbound {
                    let k = keys[i]
                    if let q = PyDict.quickEqual(k, key) {
                        if q { return i }
                    } else if try equal(k, key) {
                        return i
                    }
                }
                i += 1
            }
            return nil
        }
        let mask = index.count - 1
        var slot = hash & mask
        while true {
            let e = Int(index[slot])
            if e == -1 { return nil }
            if e >= 0 && hashes[e] == hash {
                let k = keys[e]
                if let q = PyDict.quickEqual(k, key) {
                    if q { return e }
                } else if try equal(k, key) {
                    return e
                }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The entry index of a str key (no script code involved).
    @inline(__always) func find(str key: PyStr) -> Int? {
        let hash = key.pythonHash
        if keyBits & PyDict.bit(hash) == 0 { return nil }
        if index.isEmpty {
            var i = 0
            let n = hashes.count
            while i < n {
                if hashes[i] == hash, case .str(let s) = keys[i], s === key || s == key {
                    return i
                }
                i += 1
            }
            return nil
        }
        let mask = index.count - 1
        var slot = hash & mask
        while true {
            let e = Int(index[slot])
            if e == -1 { return nil }
            if e >= 0 && hashes[e] == hash, case .str(let s) = keys[e], s === key || s == key {
                return e
            }
            slot = (slot + 1) & mask
        }
    }

    /// The value of a str key.
    @inline(__always) public func get(_ key: PyStr) -> Value? {
        guard let e = find(str: key) else { return nil }
        return values[e]
    }

    /// Sets a str key.
    public func set(_ key: PyStr, _ value: Value) {
        if let e = find(str: key) {
            values[e] = value
        } else {
            append(.str(key), value, hash: key.pythonHash)
        }
    }

    /// The value stored at an entry index.
    @inline(__always) func value(at entry: Int) -> Value { values[entry] }

    /// Replaces the value at an entry index.
    @inline(__always) func setValue(_ value: Value, at entry: Int) { values[entry] = value }

    /// Adds a key known to be absent.
    func append(_ key: Value, _ value: Value, hash: Int) {
        if !index.isEmpty && (hashes.count + 1) * 3 > index.count * 2 {
            rebuild(minimumCapacity: (count + 1) * 2)
        } else if index.isEmpty && hashes.count >= PyDict.linearLimit {
            rebuild(minimumCapacity: (count + 1) * 2)
        }
        let e = hashes.count
        keys.append(key)
        values.append(value)
        hashes.append(hash)
        if !index.isEmpty {
            insertIndex(e, hash: hash)
        }
        count += 1
        version &+= 1
        keyBits |= PyDict.bit(hash)
    }

    private func insertIndex(_ entry: Int, hash: Int) {
        let mask = index.count - 1
        var slot = hash & mask
        while index[slot] >= 0 {
            slot = (slot + 1) & mask
        }
        index[slot] = Int32(truncatingIfNeeded: entry)
    }

    /// Compacts the entries and rebuilds the index for at least `minimumCapacity` entries.
    private func rebuild(minimumCapacity: Int) {
        if count != hashes.count {
            var k: [Value] = []
            var v: [Value] = []
            var h: [Int] = []
            k.reserveCapacity(count)
            v.reserveCapacity(count)
            h.reserveCapacity(count)
            for i in 0..<hashes.count where !keys[i].isUnbound {
                k.append(keys[i])
                v.append(values[i])
                h.append(hashes[i])
            }
            keys = k
            values = v
            hashes = h
        }
        if minimumCapacity <= PyDict.linearLimit && hashes.count < PyDict.linearLimit {
            index = []
            return
        }
        var size = 16
        while size < minimumCapacity * 3 / 2 + 1 {
            size <<= 1
        }
        index = [Int32](repeating: -1, count: size)
        for i in 0..<hashes.count {
            insertIndex(i, hash: hashes[i])
        }
    }

    /// The oldest live key (the first in iteration order).
    var firstKey: Value? {
        keys.first { !$0.isUnbound }
    }

    /// Removes the entry at an index.
    func remove(at entry: Int) {
        let hash = hashes[entry]
        keys[entry] = .unbound
        values[entry] = .unbound
        count -= 1
        version &+= 1
        if !index.isEmpty {
            let mask = index.count - 1
            var slot = hash & mask
            while Int(index[slot]) != entry {
                slot = (slot + 1) & mask
            }
            index[slot] = -2
        }
        if count == 0 {
            removeAll()
        } else if hashes.count > 16 && count * 2 < hashes.count {
            rebuild(minimumCapacity: count * 2)
        }
    }

    /// Removes every entry.
    public func removeAll() {
        keyBits = 0
        keys = []
        values = []
        hashes = []
        index = []
        count = 0
        version &+= 1
    }

    /// The number of entry slots (live and deleted), for index-based iteration.
    var entryCount: Int { hashes.count }

    /// The key at an entry index (`.unbound` for a deleted entry).
    @inline(__always) func key(at entry: Int) -> Value { keys[entry] }

    /// The hash stored at an entry index.
    @inline(__always) func hash(at entry: Int) -> Int { hashes[entry] }

    /// The live keys in order.
    public var orderedKeys: [Value] { keys.filter { !$0.isUnbound } }

    /// The live (key, value) pairs in order.
    public var orderedItems: [(key: Value, value: Value)] {
        var result: [(key: Value, value: Value)] = []
        result.reserveCapacity(count)
        for i in 0..<hashes.count where !keys[i].isUnbound {
            result.append((keys[i], values[i]))
        }
        return result
    }

    /// The live values in order.
    public var orderedValues: [Value] {
        var result: [Value] = []
        result.reserveCapacity(count)
        for i in 0..<hashes.count where !keys[i].isUnbound {
            result.append(values[i])
        }
        return result
    }
}

/// `dict.keys()`, `dict.values()`, `dict.items()`: live views of a dict.
public final class PyDictView: PyObject {
    /// Which view.
    enum Which {
        case keys, values, items
    }

    /// The dict viewed.
    let dict: PyDict
    let which: Which

    init(_ dict: PyDict, _ which: Which) {
        self.dict = dict
        self.which = which
        super.init(kind: .dictView)
    }
}
