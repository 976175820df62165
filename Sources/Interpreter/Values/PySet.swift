/// A Python set or frozenset, laid out like CPython's hash table so that iteration (and so
/// printing) visits elements in the same order CPython does for the same hashes.
public final class PySet: PyObject {
    // Slot states: key `.unbound` + hash 0 = never used; key `.unbound` + hash -1 = deleted.
    private(set) var slotKeys: [Value]
    private(set) var slotHashes: [Int]
    private var fill = 0
    /// The number of elements.
    public private(set) var count = 0
    /// Bumped on every insertion or removal (iterators detect changes with it).
    private(set) var version = 0

    private static let minimumSize = 8
    private static let linearProbes = 9
    private static let perturbShift = 5

    /// Creates an empty set (`frozen` makes a frozenset).
    public init(frozen: Bool = false) {
        slotKeys = [Value](repeating: .unbound, count: PySet.minimumSize)
        slotHashes = [Int](repeating: 0, count: PySet.minimumSize)
        super.init(kind: frozen ? .frozenset : .set)
    }

    /// Whether this is a frozenset.
    public var isFrozen: Bool { kind == .frozenset }

    private var mask: Int { slotKeys.count - 1 }

    /// The slot holding an equal key, or `nil`.
    func find(
        _ key: Value, hash: Int, equal: (Value, Value) throws(PyError) -> Bool
    ) throws(PyError) -> Int? {
        let mask = self.mask
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        while true {
            var probes = i + PySet.linearProbes <= mask ? PySet.linearProbes : 0
            var j = i
            while true {
                let h = slotHashes[j]
                if h == 0 && slotKeys[j].isUnbound { return nil }
                if h == hash && !slotKeys[j].isUnbound {
                    let k = slotKeys[j]
                    if let q = PyDict.quickEqual(k, key) {
                        if q { return j }
                    } else if try equal(k, key) {
                        return j
                    }
                }
                if probes == 0 { break }
                probes -= 1
                j += 1
            }
            perturb >>= UInt(PySet.perturbShift)
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    /// Adds a key; returns whether it was new.
    @discardableResult
    func insert(
        _ key: Value, hash: Int, equal: (Value, Value) throws(PyError) -> Bool
    ) throws(PyError) -> Bool {
        let mask = self.mask
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        var freeSlot: Int?
        while true {
            var probes = i + PySet.linearProbes <= mask ? PySet.linearProbes : 0
            var j = i
            while true {
                let h = slotHashes[j]
                if h == 0 && slotKeys[j].isUnbound {
                    if let free = freeSlot {
                        slotKeys[free] = key
                        slotHashes[free] = hash
                        count += 1
                        version &+= 1
                        return true
                    }
                    slotKeys[j] = key
                    slotHashes[j] = hash
                    fill += 1
                    count += 1
                    version &+= 1
                    if fill * 5 >= mask * 3 {
                        resize(count > 50000 ? count * 2 : count * 4)
                    }
                    return true
                }
                if h == hash && !slotKeys[j].isUnbound {
                    let k = slotKeys[j]
                    if let q = PyDict.quickEqual(k, key) {
                        if q { return false }
                    } else if try equal(k, key) {
                        return false
                    }
                } else if h == -1 && slotKeys[j].isUnbound && freeSlot == nil {
                    freeSlot = j
                }
                if probes == 0 { break }
                probes -= 1
                j += 1
            }
            perturb >>= UInt(PySet.perturbShift)
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    /// Removes the key at a slot.
    func remove(slot: Int) {
        slotKeys[slot] = .unbound
        slotHashes[slot] = -1
        count -= 1
        version &+= 1
    }

    /// Removes every element.
    public func removeAll() {
        slotKeys = [Value](repeating: .unbound, count: PySet.minimumSize)
        slotHashes = [Int](repeating: 0, count: PySet.minimumSize)
        fill = 0
        count = 0
        version &+= 1
    }

    /// Rebuilds the table with room for more than `minimumUsed` elements (CPython's rule).
    func resize(_ minimumUsed: Int) {
        var size = PySet.minimumSize
        while size <= minimumUsed {
            size <<= 1
        }
        let oldKeys = slotKeys
        let oldHashes = slotHashes
        slotKeys = [Value](repeating: .unbound, count: size)
        slotHashes = [Int](repeating: 0, count: size)
        fill = 0
        count = 0
        for i in 0..<oldKeys.count where !oldKeys[i].isUnbound {
            insertClean(oldKeys[i], hash: oldHashes[i])
        }
    }

    /// Inserts a key known to be absent into a table without deleted slots.
    func insertClean(_ key: Value, hash: Int) {
        let mask = self.mask
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        while true {
            if slotKeys[i].isUnbound {
                break
            }
            var found = false
            if i + PySet.linearProbes <= mask {
                for step in 1...PySet.linearProbes where slotKeys[i + step].isUnbound {
                    i += step
                    found = true
                    break
                }
            }
            if found { break }
            perturb >>= UInt(PySet.perturbShift)
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
        slotKeys[i] = key
        slotHashes[i] = hash
        fill += 1
        count += 1
    }

    /// Copies another set's elements into this empty set the way CPython's `set_merge` does.
    func merge(from other: PySet, equal: (Value, Value) throws(PyError) -> Bool) throws(PyError) {
        if other === self || other.count == 0 { return }
        if (fill + other.count) * 5 >= mask * 3 {
            resize((count + other.count) * 2)
        }
        if fill == 0 && mask == other.mask && other.fill == other.count {
            for i in 0..<other.slotKeys.count where !other.slotKeys[i].isUnbound {
                slotKeys[i] = other.slotKeys[i]
                slotHashes[i] = other.slotHashes[i]
                fill += 1
                count += 1
            }
            version &+= 1
            return
        }
        if fill == 0 {
            for i in 0..<other.slotKeys.count where !other.slotKeys[i].isUnbound {
                insertClean(other.slotKeys[i], hash: other.slotHashes[i])
            }
            version &+= 1
            return
        }
        for i in 0..<other.slotKeys.count where !other.slotKeys[i].isUnbound {
            try insert(other.slotKeys[i], hash: other.slotHashes[i], equal: equal)
        }
    }

    /// The elements in table order.
    public var elements: [Value] {
        var result: [Value] = []
        result.reserveCapacity(count)
        for key in slotKeys where !key.isUnbound {
            result.append(key)
        }
        return result
    }

    /// The (element, hash) pairs in table order.
    var entries: [(key: Value, hash: Int)] {
        var result: [(key: Value, hash: Int)] = []
        result.reserveCapacity(count)
        for i in 0..<slotKeys.count where !slotKeys[i].isUnbound {
            result.append((slotKeys[i], slotHashes[i]))
        }
        return result
    }

    /// The number of table slots, for slot-based iteration.
    var slotCount: Int { slotKeys.count }

    /// The key in a slot (`.unbound` when empty).
    @inline(__always) func key(atSlot slot: Int) -> Value { slotKeys[slot] }
}
