import Interpreter
import Layers
import Tensors

/// Which protocol slot an operator method fills.
struct OperatorSlot {
    let name: String
    let op: Tensors.BinaryOp
    let reflected: Bool
}

extension Engine {
    /// The binary operator methods tensors and variables share, with TensorFlow's conversion
    /// of the other operand.
    static let operatorSlots: [OperatorSlot] = {
        let pairs: [(String, Tensors.BinaryOp)] = [
            ("add", .add), ("sub", .subtract), ("mul", .multiply), ("truediv", .divide),
            ("floordiv", .floorDivide), ("mod", .remainder), ("pow", .power),
            ("and", .logicalAnd), ("or", .logicalOr), ("xor", .logicalXor),
        ]
        var slots: [OperatorSlot] = []
        for (name, op) in pairs {
            slots.append(OperatorSlot(name: "__\(name)__", op: op, reflected: false))
            slots.append(OperatorSlot(name: "__r\(name)__", op: op, reflected: true))
        }
        let comparisons: [(String, Tensors.BinaryOp)] = [
            ("__lt__", .less), ("__le__", .lessEqual), ("__gt__", .greater),
            ("__ge__", .greaterEqual),
        ]
        for (name, op) in comparisons {
            slots.append(OperatorSlot(name: name, op: op, reflected: false))
        }
        return slots
    }()

    /// The tensor a tensor or variable receiver holds.
    @inline(__always) func receiverTensor(_ value: Value) -> Tensor? {
        guard case .object(let o) = value, o.kind == .instance else { return nil }
        let instance = unsafeDowncast(o, to: PyInstance.self)
        if let box = instance.payloadObject(ofExactType: TensorBox.self) {
            return unsafeDowncast(box, to: TensorBox.self).tensor
        }
        if let handle = instance.payloadObject(ofExactType: VariableHandle.self) {
            return unsafeDowncast(handle, to: VariableHandle.self).variable.value
        }
        return nil
    }

    /// Defines the arithmetic, comparison and matrix-product operators on a class whose
    /// instances hold a tensor (`EagerTensor`) or a variable.
    func defineOperators(_ c: ClassMembers) {
        for slot in Self.operatorSlots {
            let op = slot.op
            let reflected = slot.reflected
            rt.defineMethod(c.cls, slot.name) { [self] _, args in
                try binaryOperator(op, args[0], args[1], reflected: reflected)
            }
        }
        c.rawMethod("__matmul__") { [self] args in
            try matmulOperator(args[0], args[1], reflected: false)
        }
        c.rawMethod("__rmatmul__") { [self] args in
            try matmulOperator(args[0], args[1], reflected: true)
        }
        c.rawMethod("__eq__") { [self] args in try equality(args[0], args[1], .equal) }
        c.rawMethod("__ne__") { [self] args in try equality(args[0], args[1], .notEqual) }
        c.rawMethod("__neg__") { [self] args in
            wrap(try receiverOrThrow(args[0]).negated())
        }
        c.rawMethod("__pos__") { [self] args in wrap(try receiverOrThrow(args[0])) }
        c.rawMethod("__abs__") { [self] args in wrap(try receiverOrThrow(args[0]).abs()) }
        c.rawMethod("__invert__") { [self] args in
            let t = try receiverOrThrow(args[0])
            if t.dtype.isInteger { return wrap(try bitwiseInvert(t)) }
            guard t.dtype == .bool else {
                throw TensorError(
                    .invalidArgument, op: "Invert",
                    message: "Value for attr 'T' of \(t.dtype.kernelName) is not in the list of "
                        + "allowed values: int8, int16, int32, int64, uint8, uint16, uint32, "
                        + "uint64\n\t; NodeDef: {{node Invert}}; Op<name=Invert; signature=x:T -> "
                        + "y:T; attr=T:type,allowed=[DT_INT8, DT_INT16, DT_INT32, DT_INT64, DT_UINT8, "
                        + "DT_UINT16, DT_UINT32, DT_UINT64]>",
                    nodeName: "")
            }
            return wrap(try t.unary(.logicalNot))
        }
    }

    /// The receiver's tensor, or a `TypeError` for an object that has none.
    func receiverOrThrow(_ value: Value) throws(PyError) -> Tensor {
        guard let t = receiverTensor(value) else {
            throw typeError("descriptor requires a tensor, got '\(rt.typeName(value))'")
        }
        return t
    }

    /// `x op y` (or, reflected, `y op x`) where `x` is the receiver: the other operand is
    /// converted as TensorFlow converts it (preferring the receiver's dtype; a reflected
    /// operand must take it).
    func binaryOperator(
        _ op: Tensors.BinaryOp, _ a: Value, _ b: Value, reflected: Bool
    ) throws(PyError) -> Value {
        // The common case first: two tensors (reading the payloads in place).
        if case .object(let left) = a, case .object(let right) = b, left.kind == .instance,
            right.kind == .instance
        {
            let leftInstance = unsafeDowncast(left, to: PyInstance.self)
            let rightInstance = unsafeDowncast(right, to: PyInstance.self)
            if rightInstance.cls === classes.eagerTensor,
                let x = leftInstance.payloadObject(ofExactType: TensorBox.self),
                let y = rightInstance.payloadObject(ofExactType: TensorBox.self)
            {
                return try tensorOperator(
                    op, unsafeDowncast(x, to: TensorBox.self).tensor,
                    unsafeDowncast(y, to: TensorBox.self).tensor, reflected: reflected)
            }
        }
        guard let x = receiverTensor(a) else { return .object(rt.notImplemented) }
        let y: Tensor
        if let other = receiverTensor(b) {
            y = other.dtype != x.dtype && isNumpyValue(b) ? other.cast(to: x.dtype) : other
        } else if case .str = b, !reflected {
            throw pythonError(
                TensorError(
                    .invalidArgument, op: op.tensorflowName,
                    message: "cannot compute \(op.tensorflowName) as input #1(zero-based) was "
                        + "expected to be a \(x.dtype.kernelName) tensor but is a string tensor",
                    nodeName: ""))
        } else {
            y = try tensor(b, reflected ? .exactly(x.dtype) : .preferring(x.dtype))
        }
        return try tensorOperator(op, x, y, reflected: reflected)
    }

    /// `x op y` (or `y op x`) on tensors: bitwise for integers' `&`, `|`, `^`.
    @inline(__always)
    private func tensorOperator(
        _ op: Tensors.BinaryOp, _ x: Tensor, _ y: Tensor, reflected: Bool
    ) throws(PyError) -> Value {
        do {
            let (left, right) = reflected ? (y, x) : (x, y)
            if let bitwise = BitwiseOp(op), left.dtype != .bool {
                return wrap(try self.bitwise(bitwise, left, right))
            }
            return wrap(try Tensor.binary(op, left, right))
        } catch {
            throw pythonError(error)
        }
    }

    /// `x @ y` through `tf.matmul`.
    func matmulOperator(_ a: Value, _ b: Value, reflected: Bool) throws(PyError) -> Value {
        guard let x = receiverTensor(a) else { return .object(rt.notImplemented) }
        let y = try tensor(b, reflected ? .exactly(x.dtype) : .preferring(x.dtype))
        return wrap(try guarded { try reflected ? y.matmul(x) : x.matmul(y) })
    }

    /// `x == y` / `x != y`: elementwise, `False` (or `True`) for `None`, a scalar `False`
    /// (`True`) for shapes that don't broadcast, as TensorFlow 2 compares.
    func equality(_ a: Value, _ b: Value, _ op: Tensors.BinaryOp) throws(PyError) -> Value {
        guard let x = receiverTensor(a) else { return .object(rt.notImplemented) }
        if b.isNone { return .bool(op == .notEqual) }
        let y: Tensor
        if let other = receiverTensor(b) {
            y = other.dtype != x.dtype && isNumpyValue(b) ? other.cast(to: x.dtype) : other
        } else {
            y = try tensor(b, .exactly(x.dtype))
        }
        guard Self.broadcastable(x.shape, y.shape) else {
            return wrap(Tensor(scalar: op == .notEqual))
        }
        return wrap(try guarded { try Tensor.binary(op, x, y) })
    }

    /// Whether two shapes broadcast together.
    static func broadcastable(_ a: [Int], _ b: [Int]) -> Bool {
        for (p, q) in zip(a.reversed(), b.reversed()) where p != q && p != 1 && q != 1 {
            return false
        }
        return true
    }
}
