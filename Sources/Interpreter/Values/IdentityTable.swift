/// A small open-addressing table keyed by object identity, cheaper than `Dictionary` (no
/// `Hasher`) for the per-class attribute caches.
struct IdentityTable {
    private var keys: [UInt] = []
    private var values: [Value] = []
    private var count = 0

    @inline(__always) private static func hash(_ key: UInt) -> Int {
        Int(bitPattern: (key >> 4) ^ (key >> 11))
    }

    /// The value stored for a key.
    @inline(__always) func get(_ key: ObjectIdentifier) -> Value? {
        if keys.isEmpty { return nil }
        let k = UInt(bitPattern: key)
        let mask = keys.count - 1
        var i = IdentityTable.hash(k) & mask
        while true {
            let stored = keys[i]
            if stored == k { return values[i] }
            if stored == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// Stores a value for a key.
    mutating func set(_ key: ObjectIdentifier, _ value: Value) {
        if (count + 1) * 2 > keys.count { grow() }
        let k = UInt(bitPattern: key)
        let mask = keys.count - 1
        var i = IdentityTable.hash(k) & mask
        while keys[i] != 0 && keys[i] != k {
            i = (i + 1) & mask
        }
        if keys[i] == 0 { count += 1 }
        keys[i] = k
        values[i] = value
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        let size = max(16, keys.count * 2)
        keys = [UInt](repeating: 0, count: size)
        values = [Value](repeating: .unbound, count: size)
        count = 0
        for (i, k) in oldKeys.enumerated() where k != 0 {
            set(ObjectIdentifier(bitPattern: k), oldValues[i])
        }
    }

    /// Empties the table.
    mutating func removeAll() {
        if count == 0 { return }
        keys = []
        values = []
        count = 0
    }
}

extension ObjectIdentifier {
    /// Rebuilds an identifier from its bit pattern (a live object's address).
    init(bitPattern: UInt) {
        self = unsafeBitCast(bitPattern, to: ObjectIdentifier.self)
    }
}

/// An inline cache of one class attribute lookup, kept in the node that performs it.
struct AttributeCache {
    var classID: ObjectIdentifier?
    var epoch = -1
    /// The class attribute found (`.unbound` when the class has none).
    var descriptor: Value = .unbound
    /// Whether attribute stores need the generic path (a `__setattr__` hook, or instances of
    /// `object` itself, which have no attribute dict).
    var hasSetattr = false
    /// Whether the class has a `__getattr__` hook.
    var hasGetattr = false
    /// The descriptor when it is a script function, unretained (the class keeps it alive
    /// while the epoch is unchanged).
    var functionRef: Unmanaged<PyFunction>?
    /// The descriptor when it is a native method, unretained (same lifetime rule).
    var nativeRef: Unmanaged<PyNativeFunction>?
}
