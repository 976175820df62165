import BigInt

/// A script value: `None`, booleans, small ints and floats stay inline (no allocation); strings
/// and every other Python object are references.
///
/// `.unbound` is an internal marker for an empty variable slot or a missing result; scripts
/// never see it. An `.object` never holds a ``PyStr`` (strings always use `.str`).
public enum Value {
    /// An empty slot (an unassigned variable); never a script-visible value.
    case unbound
    /// `None`.
    case none
    /// `True` / `False`.
    case bool(Bool)
    /// An int that fits in 64 bits; larger ints are ``PyBigInt`` objects.
    case int(Int)
    /// A float.
    case float(Double)
    /// A str.
    case str(PyStr)
    /// Any other object.
    case object(PyObject)
}

extension Value {
    /// A str value.
    public init(_ string: String) {
        self = .str(PyStr(string))
    }

    /// An int value of any size, normalized to `.int` when it fits.
    public init(_ integer: BigInt) {
        if let small = Int(exactly: integer) {
            self = .int(small)
        } else {
            self = .object(PyBigInt(integer))
        }
    }

    /// Whether this is the internal empty-slot marker.
    @inline(__always) public var isUnbound: Bool {
        if case .unbound = self { return true }
        return false
    }

    /// Whether this is `None`.
    @inline(__always) public var isNone: Bool {
        if case .none = self { return true }
        return false
    }

    /// The referenced object for `.str` and `.object` values.
    public var asObject: PyObject? {
        switch self {
        case .str(let s): return s
        case .object(let o): return o
        default: return nil
        }
    }

    /// The string, when this is a str.
    public var asString: String? {
        if case .str(let s) = self { return s.value }
        return nil
    }

    /// The int, when this is an int (or bool) that fits in 64 bits.
    public var asInt: Int? {
        switch self {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }

    /// The object of the given Swift class, when this value is one.
    public func object<T: PyObject>(as type: T.Type) -> T? {
        if case .object(let o) = self { return o as? T }
        return nil
    }

    /// Python's `is`: the same object (ints, floats and bools by value, as CPython's caches
    /// make them behave for the values scripts compare).
    public func isIdentical(to other: Value) -> Bool {
        switch (self, other) {
        case (.none, .none), (.unbound, .unbound): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.float(let a), .float(let b)): return a.bitPattern == b.bitPattern
        case (.str(let a), .str(let b)): return a === b
        case (.object(let a), .object(let b)): return a === b
        default: return false
        }
    }

    /// The list object, when this is a list.
    @inline(__always) public var asList: PyList? {
        if case .object(let o) = self, o.kind == .list { return unsafeDowncast(o, to: PyList.self) }
        return nil
    }

    /// The tuple object, when this is a tuple.
    @inline(__always) public var asTuple: PyTuple? {
        if case .object(let o) = self, o.kind == .tuple {
            return unsafeDowncast(o, to: PyTuple.self)
        }
        return nil
    }

    /// The dict object, when this is a dict.
    @inline(__always) public var asDict: PyDict? {
        if case .object(let o) = self, o.kind == .dict { return unsafeDowncast(o, to: PyDict.self) }
        return nil
    }

    /// The class object, when this is a class.
    @inline(__always) public var asClass: PyClass? {
        if case .object(let o) = self, o.kind == .type {
            return unsafeDowncast(o, to: PyClass.self)
        }
        return nil
    }

    /// The instance object, when this is an instance of a script or native class.
    @inline(__always) public var asInstance: PyInstance? {
        if case .object(let o) = self, o.kind == .instance {
            return unsafeDowncast(o, to: PyInstance.self)
        }
        return nil
    }

    /// The big int, when this is an int too large for 64 bits.
    @inline(__always) public var asBigInt: BigInt? {
        if case .object(let o) = self, o.kind == .bigint {
            return unsafeDowncast(o, to: PyBigInt.self).value
        }
        return nil
    }
}
