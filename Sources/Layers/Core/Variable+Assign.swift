import Tensors

extension Variable {
    /// Replaces the whole value (`v.assign(x)`).
    ///
    /// - Throws: `ValueError` when `newValue` has another dtype (`Tensor conversion requested
    ///   dtype float32 for Tensor with dtype int32: …`) or shape (`Cannot assign value to
    ///   variable ' Variable:0': Shape mismatch.The variable shape (2,), and the assigned value
    ///   shape (3,) are incompatible.`), with TensorFlow's texts.
    public func assign(_ newValue: Tensor) throws {
        try checkDType(newValue)
        guard newValue.shape == value.shape else {
            throw LayerError(
                .value,
                "Cannot assign value to variable ' \(name)': Shape mismatch.The variable shape "
                    + "\(TensorShape(value.shape)), and the assigned value shape "
                    + "\(TensorShape(newValue.shape)) are incompatible.")
        }
        replaceValue(newValue)
    }

    /// Adds `delta` in place (`v.assign_add(x)`).
    ///
    /// - Throws: `ValueError` for another dtype; TensorFlow's `InvalidArgumentError` for
    ///   another shape (`Cannot update variable with shape [2] using a Tensor with shape [3],
    ///   shapes must be equal.`).
    public func assignAdd(_ delta: Tensor) throws {
        try update(delta, op: "AssignAddVariableOp") { try $0 + $1 }
    }

    /// Subtracts `delta` in place (`v.assign_sub(x)`).
    ///
    /// - Throws: as `assignAdd`, with the op `AssignSubVariableOp`.
    public func assignSub(_ delta: Tensor) throws {
        try update(delta, op: "AssignSubVariableOp") { try $0 - $1 }
    }

    /// Replaces the elements selected by a numpy-style index (`v[0, 0].assign(x)`,
    /// `v[:, 1].assign(x)`); `newValue` broadcasts to the selection.
    ///
    /// - Throws: `ValueError` for another dtype; the indexing errors of `Tensor.slice` and
    ///   `Cannot broadcast input shape [3,4] into final shape [2,4]` from `Tensor.update`.
    public func assign(_ newValue: Tensor, at indices: [TensorIndex]) throws {
        try checkDType(newValue)
        var copy = value
        // Drop our reference first so the update mutates the storage in place when we hold
        // the only one.
        value = Tensor(scalar: Float(0))
        defer { value = copy }
        try copy.update(indices, with: newValue)
    }

    /// Sets the value from a tensor of the same shape, converting its dtype (what Keras's
    /// `set_weights` does with numpy arrays).
    func load(_ newValue: Tensor) {
        replaceValue(newValue.dtype == dtype ? newValue : newValue.cast(to: dtype))
    }

    private func replaceValue(_ newValue: Tensor) {
        value = newValue
    }

    private func checkDType(_ newValue: Tensor) throws {
        guard newValue.dtype == dtype else {
            throw LayerError(
                .value,
                "Tensor conversion requested dtype \(dtype) for Tensor with dtype "
                    + "\(newValue.dtype): \(newValue.tensorflowRepr)")
        }
    }

    private func update(
        _ delta: Tensor, op: String, _ combine: (Tensor, Tensor) throws -> Tensor
    ) throws {
        try checkDType(delta)
        guard delta.shape == value.shape else {
            let bracketed = { (shape: [Int]) in
                "[" + shape.map(String.init).joined(separator: ",") + "]"
            }
            throw TensorError(
                .invalidArgument, op: op, kernel: op,
                message:
                    "Cannot update variable with shape \(bracketed(value.shape)) using a Tensor "
                    + "with shape \(bracketed(delta.shape)), shapes must be equal.",
                nodeName: "")
        }
        value = try combine(value, delta.stopGradient())
    }
}
