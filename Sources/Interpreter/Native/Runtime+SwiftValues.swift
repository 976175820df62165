import BigInt

extension Runtime {
    /// An int argument as `Int` (bools and `__index__` objects accepted); `TypeError` for other
    /// types and `OverflowError` for ints beyond 64 bits.
    public func intValue(_ v: Value) throws(PyError) -> Int {
        if case .object(let o) = v, o.kind == .bigint {
            throw error(.overflowError, "Python int too large to convert to C long")
        }
        return try intArgument(v)
    }

    /// An int of any size.
    public func bigIntValue(_ v: Value) throws(PyError) -> BigInt {
        switch Number(v) {
        case .int(let i): return BigInt(i)
        case .big(let b): return b
        default:
            throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
        }
    }

    /// A float argument as `Double` (ints and `__float__` objects accepted).
    public func doubleValue(_ v: Value) throws(PyError) -> Double {
        try floatArgument(v)
    }

    /// A str argument as `String`; `TypeError` for other types.
    public func stringValue(_ v: Value) throws(PyError) -> String {
        guard case .str(let s) = v else {
            throw typeError("expected str, got \(typeName(v))")
        }
        return s.value
    }

    /// The items of a dict as (key, value) pairs in insertion order; `TypeError` for others.
    public func dictItems(_ v: Value) throws(PyError) -> [(key: Value, value: Value)] {
        guard let d = v.asDict else {
            throw typeError("expected dict, got \(typeName(v))")
        }
        return d.orderedItems
    }
}
