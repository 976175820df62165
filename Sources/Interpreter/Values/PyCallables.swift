/// A native function body: it receives the runtime and the call's arguments and returns a
/// value or throws (a ``PyError`` for a Python exception; any other error becomes a
/// `SystemError`).
public typealias NativeBody = (Runtime, Arguments) throws -> Value

/// A function implemented in Swift (a builtin or a function of a native module).
public final class PyNativeFunction: PyObject {
    /// `__name__`.
    public let name: String
    /// `__qualname__` (`Dense.__init__` for a method).
    public let qualname: String
    /// `__module__`, or `nil` for methods of built-in types.
    public let module: String?
    /// The signature IPython shows, such as `(features, name=None)`; `nil` when unknown.
    public let signature: String?
    /// Whether the function binds its receiver when looked up through an instance.
    public let isMethod: Bool
    let body: NativeBody
    /// Function attributes set by scripts or bindings.
    var attributes: PyDict?

    /// Creates a native function.
    public init(
        name: String, qualname: String? = nil, module: String? = nil, signature: String? = nil,
        isMethod: Bool = false, body: @escaping NativeBody
    ) {
        self.name = name
        self.qualname = qualname ?? name
        self.module = module
        self.signature = signature
        self.isMethod = isMethod
        self.body = body
        super.init(kind: .nativeFunction)
    }
}

/// A function bound to its receiver (`obj.method`).
public final class PyBoundMethod: PyObject {
    /// The function (script or native).
    public let function: Value
    /// The receiver passed as the first argument.
    public let receiver: Value

    /// Binds a function to a receiver.
    public init(function: Value, receiver: Value) {
        self.function = function
        self.receiver = receiver
        super.init(kind: .boundMethod)
    }
}

/// `property(fget, fset, fdel, doc)`.
public final class PyProperty: PyObject {
    /// The getter (`None` when absent).
    public let getter: Value
    /// The setter (`None` when absent).
    public let setter: Value
    /// The deleter (`None` when absent).
    public let deleter: Value
    /// The docstring.
    public let doc: Value

    /// Creates a property.
    public init(getter: Value, setter: Value = .none, deleter: Value = .none, doc: Value = .none) {
        self.getter = getter
        self.setter = setter
        self.deleter = deleter
        self.doc = doc
        super.init(kind: .property)
    }
}

/// `staticmethod(f)`.
public final class PyStaticMethod: PyObject {
    /// The wrapped callable.
    public let function: Value

    /// Wraps a callable.
    public init(_ function: Value) {
        self.function = function
        super.init(kind: .staticMethod)
    }
}

/// `classmethod(f)`.
public final class PyClassMethod: PyObject {
    /// The wrapped callable.
    public let function: Value

    /// Wraps a callable.
    public init(_ function: Value) {
        self.function = function
        super.init(kind: .classMethod)
    }
}

/// `super()`: attribute lookup that starts after `thisClass` in the receiver's MRO.
final class PySuper: PyObject {
    let thisClass: PyClass
    let receiver: Value
    let receiverClass: PyClass

    init(thisClass: PyClass, receiver: Value, receiverClass: PyClass) {
        self.thisClass = thisClass
        self.receiver = receiver
        self.receiverClass = receiverClass
        super.init(kind: .superProxy)
    }
}
