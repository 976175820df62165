extension Tensor {
    /// `x` for positive `x`, `alpha·x` otherwise (`tf.nn.leaky_relu`, TensorFlow's default
    /// `alpha` 0.2); integers are converted to float32 first, as TensorFlow does.
    ///
    /// Gradient tapes record it (the gradient is scaled by `alpha` where `x ≤ 0`).
    public func leakyRelu(alpha: Double = 0.2) throws(TensorError) -> Tensor {
        let input = dtype.isInteger ? cast(to: .float32) : self
        guard input.dtype.isFloatingPoint else {
            throw TensorError.unsupportedType("LeakyRelu", input.dtype)
        }
        let kernel = { (x: Tensor) throws(TensorError) -> Tensor in
            let positive = try Tensor.binary(.greater, x, x.scalar(0))
            return try Tensor.select(positive, x, x * x.scalar(alpha))
        }
        guard input.trace != nil else { return try kernel(input) }
        return try Tensor.differentiable("LeakyRelu", inputs: [input]) {
            inputs throws(TensorError) in
            try kernel(inputs[0])
        } pullback: { operation, g, _ throws(TensorError) in
            let x = operation.inputs[0]
            let positive = try Tensor.binary(.greater, x, x.scalar(0))
            return [try Tensor.select(positive, g, g * x.scalar(alpha))]
        }
    }

    /// `x · sigmoid(β·x)` (`tf.nn.silu`, `tf.nn.swish`, Keras's `swish`), with TensorFlow's
    /// custom gradient `sigmoid(β·x)·(1 + β·x·(1 − sigmoid(β·x)))`.
    public func swish(beta: Double = 1) throws(TensorError) -> Tensor {
        guard trace != nil else { return try self * (self * scalar(beta)).sigmoid() }
        return try Tensor.differentiable("Swish", inputs: [self]) { inputs throws(TensorError) in
            try inputs[0] * (inputs[0] * inputs[0].scalar(beta)).sigmoid()
        } pullback: { operation, g, _ throws(TensorError) in
            let x = operation.inputs[0]
            let b = x.scalar(beta)
            let s = try (b * x).sigmoid()
            let one = x.scalar(1)
            return [try g * (s * (one + b * x * (one - s)))]
        }
    }

    /// The Gaussian error linear unit (`tf.nn.gelu`): `0.5·x·(1 + erf(x/√2))`, or with
    /// `approximate` the tanh form `0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³)))`, computed as
    /// TensorFlow composes it (so tapes differentiate the composition).
    ///
    /// - Throws: TensorFlow's `ValueError` for a non-float input.
    public func gelu(approximate: Bool = false) throws(TensorError) -> Tensor {
        guard dtype.isFloatingPoint else {
            throw TensorError(
                .value,
                message:
                    "`features.dtype` must be a floating point tensor.Received:features.dtype="
                    + "<dtype: '\(dtype)'>")
        }
        if approximate {
            let cube = try raised(to: scalar(3))
            let inner = try scalar(0.7978845608028654) * (self + scalar(0.044715) * cube)
            return try scalar(0.5) * self * (scalar(1) + inner.tanh())
        }
        return try scalar(0.5) * self * (scalar(1) + (self / scalar(2.0.squareRoot())).unary(.erf))
    }

    /// `log(sigmoid(x))`, computed as TensorFlow does: `-softplus(-x)` (`tf.math.log_sigmoid`).
    public func logSigmoid() throws(TensorError) -> Tensor {
        try -(-self).unary(.softplus)
    }

    /// Keras's piecewise-linear sigmoid: `clip(0.2·x + 0.5, 0, 1)`
    /// (`tf.keras.activations.hard_sigmoid`).
    public func hardSigmoid() throws(TensorError) -> Tensor {
        try (self * scalar(0.2) + scalar(0.5)).clipped(low: scalar(0), high: scalar(1))
    }

    /// `x · tanh(softplus(x))` (`tf.keras.activations.mish`).
    public func mish() throws(TensorError) -> Tensor {
        try self * unary(.softplus).tanh()
    }

    /// `log(Σ exp(x))` over `axes`, computed as TensorFlow does: the (finite) maximum is taken
    /// out first, without a gradient through it (`tf.reduce_logsumexp`).
    ///
    /// - Throws: TensorFlow's error for a non-float input (from `IsFinite`).
    public func logSumExp(axes: [Int]? = nil, keepDims: Bool = false) throws(TensorError)
        -> Tensor
    {
        guard dtype.isFloatingPoint else { throw TensorError.unsupportedType("IsFinite", dtype) }
        let rawMax = try reduced(.max, axes: axes, keepDims: true).stopGradient()
        let finite = try rawMax.unary(.isNaN)
        let infinite = try Tensor.binary(.equal, rawMax.abs(), rawMax.scalar(.infinity))
        let notFinite = try Tensor.binary(.logicalOr, finite, infinite)
        let largest = try Tensor.select(notFinite, rawMax.scalar(0), rawMax)
        let result = try (self - largest).exp().reduced(.sum, axes: axes, keepDims: keepDims).log()
        return try result + (keepDims ? largest : largest.reshaped(result.shape))
    }
}
