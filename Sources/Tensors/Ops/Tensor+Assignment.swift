extension Tensor {
    /// Checks that `value` may replace this tensor's contents as `tf.Variable.assign` requires
    /// (same shape, same dtype), and returns it.
    ///
    /// ```swift
    /// let current = try Tensor.zeros([2, 3])
    /// let next = try current.checkedAssignment(Tensor.ones([2, 3]), variableName: "Variable:0")
    /// ```
    ///
    /// - Throws: TensorFlow's `ValueError`s: `Cannot assign value to variable ' Variable:0':
    ///   Shape mismatch.The variable shape (2, 3), and the assigned value shape (3,) are
    ///   incompatible.` for another shape, and `Tensor conversion requested dtype float32 for
    ///   Tensor with dtype int32: <tf.Tensor: …>` for another dtype.
    public func checkedAssignment(_ value: Tensor, variableName: String) throws(TensorError)
        -> Tensor
    {
        if value.dtype != dtype {
            throw TensorError(
                .value,
                message:
                    "Tensor conversion requested dtype \(dtype) for Tensor with dtype "
                    + "\(value.dtype): \(value.tensorflowRepr)")
        }
        if value.shape != shape {
            throw TensorError(
                .value,
                message:
                    "Cannot assign value to variable ' \(variableName)': Shape mismatch.The "
                    + "variable shape \(tensorShape), and the assigned value shape "
                    + "\(value.tensorShape) are incompatible.")
        }
        return value
    }
}
