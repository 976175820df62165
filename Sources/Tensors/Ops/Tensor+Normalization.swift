extension Tensor {
    /// The mean and variance over `axes` (`tf.nn.moments`), computed as TensorFlow composes
    /// them: the variance is the mean squared difference from the mean, with no gradient
    /// through the mean in it.
    public func moments(axes: [Int], keepDims: Bool = false) throws(TensorError) -> (
        mean: Tensor, variance: Tensor
    ) {
        let mean = try reduced(.mean, axes: axes, keepDims: true)
        let variance = try squaredDifference(mean.stopGradient())
            .reduced(.mean, axes: axes, keepDims: true)
        guard !keepDims else { return (mean, variance) }
        return (try mean.squeezed(axes), try variance.squeezed(axes))
    }

    /// `(x − mean) · scale / √(variance + ε) + offset` (`tf.nn.batch_normalization`).
    ///
    /// Computed as TensorFlow composes it: `inv = rsqrt(variance + ε)·scale`, then `x·inv +
    /// (offset − mean·inv)`. The statistics broadcast against `x`.
    public static func batchNormalization(
        _ x: Tensor, mean: Tensor, variance: Tensor, offset: Tensor?, scale: Tensor?,
        varianceEpsilon: Double
    ) throws(TensorError) -> Tensor {
        var inverse = try (variance + variance.scalar(varianceEpsilon)).unary(.rsqrt)
        if let scale { inverse = try inverse * scale }
        let shift: Tensor
        if let offset {
            shift = try offset - mean * inverse
        } else {
            shift = try -mean * inverse
        }
        return try x * inverse.cast(to: x.dtype) + shift.cast(to: x.dtype)
    }
}
