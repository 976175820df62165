/// The Swift class of a heap object, used for fast dispatch without dynamic casts.
public enum ObjectKind: UInt8, Sendable {
    /// ``PyStr``.
    case str
    /// ``PyBigInt``.
    case bigint
    /// ``PyList``.
    case list
    /// ``PyTuple``.
    case tuple
    /// ``PyDict``.
    case dict
    /// ``PySet`` (mutable).
    case set
    /// ``PySet`` (frozen).
    case frozenset
    /// ``PyRange``.
    case range
    /// ``PySlice``.
    case slice
    /// ``PyFunction`` (defined by a script).
    case function
    /// ``PyNativeFunction``.
    case nativeFunction
    /// ``PyBoundMethod``.
    case boundMethod
    /// ``PyClass``.
    case type
    /// ``PyInstance``.
    case instance
    /// ``PyModule``.
    case module
    /// ``PyCell``.
    case cell
    /// ``PyIterator`` and its subclasses.
    case iterator
    /// ``PyDictView``.
    case dictView
    /// ``PyProperty``.
    case property
    /// ``PyStaticMethod``.
    case staticMethod
    /// ``PyClassMethod``.
    case classMethod
    /// ``PySuper``.
    case superProxy
    /// `...`.
    case ellipsis
    /// `NotImplemented`.
    case notImplemented
}

/// The base of every heap object a script can hold.
public class PyObject {
    /// Which Swift class this object is.
    public let kind: ObjectKind
    /// The CPython-like address `id()` reports, assigned by the session on first use (0 until
    /// then).
    final var address: Int = 0

    init(kind: ObjectKind) {
        self.kind = kind
    }
}

/// A cell holding one variable: a module global or a variable shared with inner functions.
public final class PyCell: PyObject {
    /// The current value (`.unbound` when the variable is not set).
    public var value: Value {
        get { storage }
        set {
            functionRef = PyCell.function(in: newValue)
            storage = newValue
        }
    }
    private var storage: Value
    /// The value when it is a script function, unretained (calls through a global name read
    /// it without reference counting; the cell keeps the function alive).
    private(set) var functionRef: Unmanaged<PyFunction>?

    /// Creates a cell.
    public init(_ value: Value = .unbound) {
        storage = value
        functionRef = PyCell.function(in: value)
        super.init(kind: .cell)
    }

    @inline(__always) private static func function(in value: Value) -> Unmanaged<PyFunction>? {
        if case .object(let o) = value, o.kind == .function {
            return .passUnretained(unsafeDowncast(o, to: PyFunction.self))
        }
        return nil
    }
}

/// `...` and `NotImplemented`.
public final class PySingleton: PyObject {
    init(_ kind: ObjectKind) {
        super.init(kind: kind)
    }
}
