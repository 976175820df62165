import Interpreter
import Layers
import Tensors

/// How a conversion picks the dtype of Python values (`tf.convert_to_tensor`'s `dtype` and
/// `dtype_hint`).
enum DTypeRequest {
    /// Infer it from the values (TensorFlow's or numpy's rules).
    case infer
    /// Use this dtype; values that can't take it are an error.
    case exactly(DType)
    /// Prefer this dtype, falling back to inference for values that can't take it (the other
    /// operand of a binary operator).
    case preferring(DType)

    /// `.exactly(dtype)`, or `.infer` without one.
    init(exactly dtype: DType?) {
        if let dtype { self = .exactly(dtype) } else { self = .infer }
    }

    /// `.preferring(dtype)`, or `.infer` without one.
    init(preferring dtype: DType?) {
        if let dtype { self = .preferring(dtype) } else { self = .infer }
    }
}

extension Engine {
    // MARK: - Payloads

    /// The tensor payload of an `EagerTensor`, `ndarray` or numpy scalar.
    @inline(__always) func tensorBox(_ value: Value) -> TensorBox? {
        guard case .object(let o) = value, o.kind == .instance else { return nil }
        return unsafeDowncast(o, to: PyInstance.self).payloadObject(ofExactType: TensorBox.self)
            .map { unsafeDowncast($0, to: TensorBox.self) }
    }

    /// The variable payload of a `tf.Variable`.
    @inline(__always) func variablePayload(_ value: Value) -> Variable? {
        guard case .object(let o) = value, o.kind == .instance else { return nil }
        guard
            let object = unsafeDowncast(o, to: PyInstance.self).payloadObject(
                ofExactType: VariableHandle.self)
        else { return nil }
        return unsafeDowncast(object, to: VariableHandle.self).variable
    }

    /// Whether a value is a numpy array or scalar (numpy inputs convert to a requested dtype by
    /// casting).
    func isNumpyValue(_ value: Value) -> Bool {
        guard let inst = value.asInstance else { return false }
        return inst.cls.isSubclass(of: classes.ndarray)
            || inst.cls.isSubclass(of: classes[.numpyGeneric])
    }

    // MARK: - Wrapping

    /// A new `EagerTensor` holding `tensor`.
    @inline(__always) func wrap(_ tensor: Tensor) -> Value {
        .object(rt.makeInstance(classes.eagerTensor, payload: TensorBox(tensor)))
    }

    /// A new numpy array holding `tensor` (0-d stays a 0-d array).
    func wrapArray(_ tensor: Tensor) -> Value {
        .object(rt.makeInstance(classes.ndarray, payload: TensorBox(tensor)))
    }

    /// What `.numpy()` gives: a numpy scalar for a 0-d tensor, an array otherwise.
    func wrapNumpy(_ tensor: Tensor) -> Value {
        tensor.rank == 0 ? wrapScalar(tensor) : wrapArray(tensor)
    }

    /// A numpy scalar (`np.float32(2.5)`) holding the only element of `tensor`.
    func wrapScalar(_ tensor: Tensor) -> Value {
        let scalar = tensor.rank == 0 ? tensor : (try? tensor.reshaped([])) ?? tensor
        return .object(
            rt.makeInstance(numpyScalarClass(scalar.dtype), payload: TensorBox(scalar)))
    }

    /// The numpy scalar class of a dtype.
    func numpyScalarClass(_ dtype: DType) -> PyClass {
        classes.numpyScalars[dtype] ?? classes[.numpyGeneric]
    }

    // MARK: - Conversion to tensors

    /// The tensor a script value stands for (`tf.convert_to_tensor`): tensors and variables as
    /// they are, numpy arrays cast to a requested dtype, Python numbers, booleans and nested
    /// lists by TensorFlow's (or numpy's) inference.
    func tensor(
        _ value: Value, _ request: DTypeRequest = .infer, dialect: Dialect = .tensorflow
    ) throws(PyError) -> Tensor {
        if let box = tensorBox(value) {
            return try converted(box.tensor, value, request, numpy: isNumpyValue(value))
        }
        if let variable = variablePayload(value) {
            if case .exactly(let dtype) = request, dtype != variable.dtype {
                throw valueError(
                    "Incompatible type conversion requested to type \(dtype) for `tf.Variable of "
                        + "type \(variable.dtype). (Variable: \(variable.tensorflowRepr))")
            }
            return variable.value
        }
        switch value {
        case .float(let d):
            switch request {
            case .infer where dialect == .tensorflow,
                .exactly(.float32), .preferring(.float32):
                let f = Float(d)
                if f.isFinite || !d.isFinite { return Tensor(scalar: f) }
            case .infer, .exactly(.float64), .preferring(.float64):
                return Tensor(scalar: d)
            default:
                break
            }
        case .int(let i):
            switch request {
            case .exactly(.float32), .preferring(.float32): return Tensor(scalar: Float(i))
            case .exactly(.int32), .preferring(.int32):
                if let small = Int32(exactly: i) { return Tensor(scalar: small) }
            case .infer where dialect == .tensorflow:
                if let small = Int32(exactly: i) { return Tensor(scalar: small) }
            default:
                break
            }
        default:
            break
        }
        let literal: TensorLiteral
        do {
            literal = try self.literal(value)
        } catch {
            if case .str = value, case .exactly(let dtype) = request {
                throw typeError(
                    "Cannot convert \((try? rt.repr(value)) ?? "?") to EagerTensor of dtype "
                        + dtype.kernelName)
            }
            throw error
        }
        switch request {
        case .infer:
            return try guarded { try Tensor(literal, dialect: dialect) }
        case .exactly(let dtype):
            return try guarded { try Tensor(literal, dtype: dtype, dialect: dialect) }
        case .preferring(let dtype):
            if let t = try? Tensor(literal, dtype: dtype, dialect: dialect) { return t }
            return try guarded { try Tensor(literal, dialect: dialect) }
        }
    }

    /// A tensor-valued input checked against a requested dtype.
    private func converted(
        _ tensor: Tensor, _ value: Value, _ request: DTypeRequest, numpy: Bool
    ) throws(PyError) -> Tensor {
        switch request {
        case .infer:
            return tensor
        case .exactly(let dtype), .preferring(let dtype):
            if dtype == tensor.dtype { return tensor }
            if numpy { return tensor.cast(to: dtype) }
            if case .preferring = request { return tensor }
            throw valueError(
                "Tensor conversion requested dtype \(dtype) for Tensor with dtype "
                    + "\(tensor.dtype): \(tensor.tensorflowRepr)")
        }
    }

    /// The nested values of a Python number, bool, list or tuple (tensors inside lists give
    /// their values).
    func literal(_ value: Value) throws(PyError) -> TensorLiteral {
        switch value {
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(Int64(i))
        case .float(let d): return .float(d)
        case .object(let o):
            switch o.kind {
            case .list:
                return .list(try unsafeDowncast(o, to: PyList.self).items.map(literalItem))
            case .tuple:
                return .list(try unsafeDowncast(o, to: PyTuple.self).items.map(literalItem))
            case .bigint:
                throw pythonError(TensorError.outOfRangeInteger)
            default:
                if let box = tensorBox(value) { return box.tensor.toLiteral() }
                if let variable = variablePayload(value) { return variable.value.toLiteral() }
            }
        default:
            break
        }
        throw unsupportedConversion(value)
    }

    private func literalItem(_ value: Value) throws(PyError) -> TensorLiteral {
        if value.isNone {
            throw valueError("Can't convert Python sequence with mixed types to Tensor.")
        }
        return try literal(value)
    }

    /// TensorFlow's error for a value it can't make a tensor of.
    func unsupportedConversion(_ value: Value) -> PyError {
        let text = (try? rt.repr(value)) ?? "?"
        if case .str = value {
            return typeError(
                "Cannot convert \(text) to a tensor: this engine has no string tensors")
        }
        return valueError(
            "Attempt to convert a value (\(text)) with an unsupported type "
                + "(<class '\(rt.typeName(value))'>) to a Tensor.")
    }
}
