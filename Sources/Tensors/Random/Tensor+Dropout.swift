extension Tensor {
    /// Zeroes each element with probability `rate` and scales the others by `1 / (1 − rate)`
    /// (`tf.nn.dropout`), drawing the mask from `generator`.
    ///
    /// The mask has `noiseShape` (broadcast against the tensor; its shape by default). Computed
    /// as TensorFlow composes it (`where(uniform ≥ rate, x·scale, 0)`), so gradient tapes
    /// record the scaling and the kept mask: the gradient flows only through kept elements.
    /// A rate of 0 returns the tensor itself.
    ///
    /// - Throws: TensorFlow's `ValueError`s: `` `rate` must be a scalar tensor or a float in
    ///   the range [0, 1). Received: rate=1.0 ``, `` `x.dtype` must be a floating point tensor
    ///   as `x` will be scaled. Received: x_dtype=<dtype: 'int32'> ``.
    public func dropout(
        rate: Double, noiseShape: [Int]? = nil, using generator: inout RandomGenerator
    ) throws(TensorError) -> Tensor {
        guard rate >= 0 && rate < 1 else {
            throw TensorError(
                .value,
                message:
                    "`rate` must be a scalar tensor or a float in the range [0, 1). Received: "
                    + "rate=\(Tensor.numpyScalarRepr(.float(rate), dtype: .float64))")
        }
        guard dtype.isFloatingPoint else {
            throw TensorError(
                .value,
                message:
                    "`x.dtype` must be a floating point tensor as `x` will be scaled. Received: "
                    + "x_dtype=<dtype: '\(dtype)'>")
        }
        if rate == 0 { return self }
        let scaled = try self * scalar(1 / (1 - rate))
        let draws = try Tensor.randomUniform(noiseShape ?? shape, dtype: dtype, using: &generator)
        let keep = try Tensor.binary(.greaterEqual, draws, scalar(rate))
        return try Tensor.select(keep, scaled, scalar(0))
    }
}
