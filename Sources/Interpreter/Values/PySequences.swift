import BigInt

/// An int too large for 64 bits (ints that fit are `Value.int`).
public final class PyBigInt: PyObject {
    /// The value; never within `Int`'s range.
    public let value: BigInt

    /// Creates a big int; use `Value(BigInt)` to normalize small values.
    init(_ value: BigInt) {
        self.value = value
        super.init(kind: .bigint)
    }
}

/// A Python list.
public final class PyList: TrackedContainer {
    /// The items.
    public var items: [Value]

    /// Creates a list.
    public init(_ items: [Value] = []) {
        self.items = items
        super.init(kind: .list)
    }

    deinit {
        if items.contains(where: Teardown.mayCascade) {
            Teardown.drain(&items)
        }
    }
}

/// A Python tuple.
public final class PyTuple: PyObject {
    /// The items.
    public private(set) var items: [Value]

    /// Creates a tuple.
    public init(_ items: [Value]) {
        self.items = items
        super.init(kind: .tuple)
    }

    /// Empties a tuple that is being destroyed and returns its items.
    func takeItems() -> [Value] {
        let owned = items
        items = []
        return owned
    }

    deinit {
        if items.contains(where: Teardown.mayCascade) {
            Teardown.drain(&items)
        }
    }
}

/// `range(start, stop, step)`.
public final class PyRange: PyObject {
    /// The first value.
    public let start: Int
    /// The bound (excluded).
    public let stop: Int
    /// The step (never 0).
    public let step: Int

    /// Creates a range; `step` must not be 0.
    init(start: Int, stop: Int, step: Int) {
        self.start = start
        self.stop = stop
        self.step = step
        super.init(kind: .range)
    }

    /// The number of values (0 when empty); `nil` when it does not fit in `Int`.
    var count: Int? {
        if step > 0 {
            if start >= stop { return 0 }
            let (span, o1) = stop.subtractingReportingOverflow(start)
            if o1 { return nil }
            return (span - 1) / step + 1
        }
        if start <= stop { return 0 }
        let (span, o1) = start.subtractingReportingOverflow(stop)
        if o1 { return nil }
        return (span - 1) / (-step) + 1
    }

    /// The value at a valid index.
    func item(_ index: Int) -> Int {
        start &+ index &* step
    }
}

/// `slice(start, stop, step)`.
public final class PySlice: PyObject {
    /// The start (`None` when omitted).
    public let start: Value
    /// The stop (`None` when omitted).
    public let stop: Value
    /// The step (`None` when omitted).
    public let step: Value

    /// Creates a slice.
    public init(start: Value, stop: Value, step: Value) {
        self.start = start
        self.stop = stop
        self.step = step
        super.init(kind: .slice)
    }
}

/// The resolved indices of a slice over a sequence of known length.
struct SliceIndices {
    var start: Int
    var stop: Int
    var step: Int
    var count: Int

    /// CPython's `PySlice_AdjustIndices` for already-converted bounds.
    init(start: Int?, stop: Int?, step: Int, length: Int) {
        self.step = step
        var lo: Int
        var hi: Int
        if step > 0 {
            lo = start ?? 0
            hi = stop ?? length
            if lo < 0 {
                lo += length
                if lo < 0 { lo = 0 }
            } else if lo > length {
                lo = length
            }
            if hi < 0 {
                hi += length
                if hi < 0 { hi = 0 }
            } else if hi > length {
                hi = length
            }
            count = hi > lo ? (hi - lo - 1) / step + 1 : 0
        } else {
            lo = start ?? (length - 1)
            hi = stop ?? -1
            let explicitStop = stop != nil
            if start != nil {
                if lo < 0 {
                    lo += length
                    if lo < 0 { lo = -1 }
                } else if lo >= length {
                    lo = length - 1
                }
            }
            if explicitStop {
                if hi < 0 {
                    hi += length
                    if hi < 0 { hi = -1 }
                } else if hi >= length {
                    hi = length - 1
                }
            }
            count = lo > hi ? (lo - hi - 1) / (-step) + 1 : 0
        }
        self.start = lo
        self.stop = hi
    }
}
