import Interpreter
import Tensors

/// Python numbers from tensor elements (numpy's and TensorFlow's conversion rules).
extension Engine {
    /// `bool`, `float`, `int` and `__index__` of a class whose instances hold a tensor
    /// (`tensor(of:)` reads it), by numpy's rules.
    func defineNumberConversions(
        _ c: ClassMembers, tensor of: @escaping (Value) throws(PyError) -> Tensor
    ) {
        c.rawMethod("__bool__") { [self] args in .bool(try truth(try of(args[0]))) }
        c.rawMethod("__float__") { [self] args in
            .float(try onlyElement(try of(args[0])).doubleValue)
        }
        c.rawMethod("__int__") { [self] args in try pythonInt(try onlyElement(try of(args[0]))) }
        c.rawMethod("__index__") { [self] args in
            let t = try of(args[0])
            guard t.dtype.isInteger || t.dtype == .bool, t.rank == 0 else {
                throw typeError("only integer scalar arrays can be converted to a scalar index")
            }
            return try pythonInt(try onlyElement(t))
        }
    }

    /// numpy's truth value of an array: its element when it has one, `False` when empty.
    func truth(_ t: Tensor) throws(PyError) -> Bool {
        if t.count == 0 { return false }
        guard t.count == 1 else {
            throw valueError(
                "The truth value of an array with more than one element is ambiguous. Use "
                    + "a.any() or a.all()")
        }
        return try onlyElement(t).doubleValue != 0
    }

    /// The element of a one-element tensor (numpy's `float(a)` and `int(a)` rule).
    func onlyElement(_ t: Tensor) throws(PyError) -> ScalarValue {
        guard t.count == 1, let element = try? t.element(at: 0) else {
            throw typeError("only length-1 arrays can be converted to Python scalars")
        }
        return element
    }

    /// A Python int for a scalar element (floats truncated).
    func pythonInt(_ element: ScalarValue) throws(PyError) -> Value {
        switch element {
        case .bool(let b): return .int(b ? 1 : 0)
        case .int(let i): return .int(Int(i))
        case .float(let d):
            if d.isNaN { throw valueError("cannot convert float NaN to integer") }
            if d.isInfinite {
                throw rt.error(.overflowError, "cannot convert float infinity to integer")
            }
            if let i = Int(exactly: d.rounded(.towardZero)) { return .int(i) }
            return try rt.call(rt.builtinsModule["int"] ?? .none, [.float(d)])
        }
    }

    /// The Python value of a scalar element (`item()`).
    func pythonScalar(_ element: ScalarValue) throws(PyError) -> Value {
        switch element {
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(Int(i))
        case .float(let d): return .float(d)
        }
    }
}
