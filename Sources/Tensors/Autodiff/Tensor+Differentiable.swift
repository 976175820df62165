extension Tensor {
    /// Runs an op so that gradient tapes can differentiate it: `forward` computes the result
    /// from the inputs (without their tape identities, so nothing it does internally is
    /// recorded), and when a recording tape watches one of the inputs the op is written on it
    /// with `pullback`, and the result carries a new tape identity.
    ///
    /// Every differentiable op of this library goes through here once one of its inputs has a
    /// tape identity; code outside it declares its own ops the same way (see `GradientTape`).
    ///
    /// - Parameters:
    ///   - name: TensorFlow's name of the op (`MatMul`).
    ///   - inputs: the tensors the op differentiates with respect to.
    public static func differentiable(
        _ name: String, inputs: [Tensor], forward: ([Tensor]) throws(TensorError) -> Tensor,
        pullback: @escaping Pullback
    ) throws(TensorError) -> Tensor {
        var context: DifferentiationContext?
        for input in inputs where input.trace != nil {
            context = input.trace?.context
            break
        }
        guard let context else { return try forward(inputs) }
        let output = try forward(inputs.map(\.untraced)).untraced
        return context.record(name, inputs: inputs, output: output, pullback: pullback)
    }

    /// The same values, cut off from every tape: gradients don't flow through the result
    /// (`tf.stop_gradient`).
    public func stopGradient() -> Tensor { untraced }

    /// The same values as a new tensor that gradients flow through unchanged (`tf.identity`).
    public func identity() throws(TensorError) -> Tensor {
        guard trace != nil else { return self }
        return try Tensor.differentiable("Identity", inputs: [self]) {
            $0[0]
        } pullback: {
            _, upstream, _ in
            [upstream]
        }
    }

    /// A 0-d tensor of this tensor's dtype holding `value` (for the constants of pullbacks and
    /// composite ops).
    func scalar(_ value: Double) -> Tensor {
        Tensor(scalar: value).castUnchecked(to: dtype)
    }

    /// The gradient of a broadcast operand: this gradient (of the broadcast result's shape)
    /// summed over the axes along which an operand of `shape` was stretched, in `shape`.
    func unbroadcast(to shape: [Int]) throws(TensorError) -> Tensor {
        if self.shape == shape { return self }
        let pad = rank - shape.count
        var axes = Array(0..<max(pad, 0))
        for (axis, size) in shape.enumerated() where size == 1 && self.shape[pad + axis] != 1 {
            axes.append(pad + axis)
        }
        let summed = axes.isEmpty ? self : try reduced(.sum, axes: axes, keepDims: true)
        return try summed.reshaped(shape)
    }
}
