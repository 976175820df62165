import Interpreter
import Tensors

extension Engine {
    /// A Python index (`1`, `1:3`, `...`, `None`, a tuple of those, a 0-d integer tensor) as
    /// tensor indices, with TensorFlow's error for anything else.
    ///
    /// TensorFlow reads a list index as a tuple (`t[[0, 1]]` is `t[0, 1]`); numpy doesn't.
    func tensorIndices(_ key: Value, numpy: Bool = false) throws(PyError) -> [TensorIndex] {
        if let items = key.asTuple?.items ?? (numpy ? nil : key.asList?.items) {
            var result: [TensorIndex] = []
            result.reserveCapacity(items.count)
            for item in items {
                result.append(try tensorIndex(item, whole: key, numpy: numpy))
            }
            return result
        }
        return [try tensorIndex(key, whole: key, numpy: numpy)]
    }

    private func tensorIndex(_ item: Value, whole: Value, numpy: Bool) throws(PyError)
        -> TensorIndex
    {
        switch item {
        case .int(let i):
            return .index(i)
        case .none:
            return .newAxis
        case .object(let o):
            if o === rt.ellipsis { return .ellipsis }
            if let s = item.object(as: PySlice.self) {
                return .slice(
                    start: try sliceBound(s.start, numpy: numpy),
                    stop: try sliceBound(s.stop, numpy: numpy),
                    step: try sliceBound(s.step, numpy: numpy))
            }
            if let box = tensorBox(item), box.tensor.rank == 0, box.tensor.dtype.isInteger,
                case .int(let i)? = try? box.tensor.element(at: 0)
            {
                return .index(Int(i))
            }
            if o.kind == .bigint {
                if numpy {
                    throw rt.error(
                        .indexError,
                        "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) "
                            + "and integer or boolean arrays are valid indices")
                }
                throw valueError(
                    "Can't convert Python sequence with out-of-range integer to Tensor.")
            }
        default:
            break
        }
        if numpy {
            throw rt.error(
                .indexError,
                "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and "
                    + "integer or boolean arrays are valid indices")
        }
        throw typeError(
            "Only integers, slices (`:`), ellipsis (`...`), tf.newaxis (`None`) and scalar "
                + "tf.int32/tf.int64 tensors are valid indices, got "
                + ((try? rt.repr(whole)) ?? "?"))
    }

    private func sliceBound(_ value: Value, numpy: Bool) throws(PyError) -> Int? {
        if value.isNone { return nil }
        if let i = try integer(value) { return i }
        if numpy {
            throw typeError(
                "slice indices must be integers or None or have an __index__ method")
        }
        throw typeError(
            "slice indices must be integers or None or have an __index__ method")
    }
}
