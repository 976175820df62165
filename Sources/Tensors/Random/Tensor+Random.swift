extension Tensor {
    /// Uniform random floats in `[min, max)` (`tf.random.uniform` for float dtypes).
    ///
    /// See `RandomGenerator` for how bits become numbers.
    ///
    /// - Throws: `InvalidArgumentError` for a non-float dtype, the size limit's error.
    public static func randomUniform(
        _ shape: [Int], min: Double = 0, max: Double = 1, dtype: DType = .float32,
        using generator: inout RandomGenerator
    ) throws(TensorError) -> Tensor {
        let count = try TensorLimits.checkedCount(shape, dtype, op: "RandomUniform")
        switch dtype {
        case .float32:
            let words = generator.nextWords(count)
            let low = Float(min)
            let range = Float(max) - low
            return Tensor(
                unchecked: shape,
                .float32(words.map { RandomGenerator.unitFloat($0) * range + low }))
        case .float64:
            let words = generator.nextWords(2 * count)
            let range = max - min
            let values = (0..<count).map { index in
                RandomGenerator.unitDouble(words[2 * index], words[2 * index + 1]) * range + min
            }
            return Tensor(unchecked: shape, .float64(values))
        default:
            throw TensorError.unsupportedType("RandomUniform", dtype)
        }
    }

    /// Uniform random integers in `[min, max)` (`tf.random.uniform` with an integer dtype).
    ///
    /// - Throws: `InvalidArgumentError` (`Need minval < maxval, got 0 >= 0`) for an empty
    ///   range, or a non-integer dtype.
    public static func randomUniformInteger(
        _ shape: [Int], min: Int64, max: Int64, dtype: DType = .int32,
        using generator: inout RandomGenerator
    ) throws(TensorError) -> Tensor {
        guard dtype.isInteger else {
            throw TensorError.unsupportedType("RandomUniformInt", dtype)
        }
        guard min < max else {
            throw TensorError.kernel(
                "RandomUniformInt", "Need minval < maxval, got \(min) >= \(max)")
        }
        let count = try TensorLimits.checkedCount(shape, dtype, op: "RandomUniformInt")
        let range = UInt64(bitPattern: max &- min)
        if dtype == .int32 {
            guard min >= Int64(Int32.min) && max <= Int64(Int32.max) else {
                throw TensorError(
                    .value, message: "minval and maxval must fit in int32, got \(min) and \(max)")
            }
            let words = generator.nextWords(count)
            let low = Int32(truncatingIfNeeded: min)
            let span = UInt32(truncatingIfNeeded: range)
            let values = words.map { low &+ Int32(truncatingIfNeeded: $0 % span) }
            return Tensor(unchecked: shape, .int32(values))
        }
        let words = generator.nextWords(2 * count)
        let values = (0..<count).map { index in
            let bits = UInt64(words[2 * index]) << 32 | UInt64(words[2 * index + 1])
            return min &+ Int64(bitPattern: bits % range)
        }
        return Tensor(unchecked: shape, .int64(values))
    }

    /// Normally distributed random floats (`tf.random.normal`), by Box–Muller.
    public static func randomNormal(
        _ shape: [Int], mean: Double = 0, stddev: Double = 1, dtype: DType = .float32,
        using generator: inout RandomGenerator
    ) throws(TensorError) -> Tensor {
        try normal(
            shape, mean: mean, stddev: stddev, dtype: dtype, truncated: false, using: &generator)
    }

    /// Normally distributed random floats within two standard deviations of the mean; draws
    /// beyond are rejected and drawn again (`tf.random.truncated_normal`).
    public static func truncatedNormal(
        _ shape: [Int], mean: Double = 0, stddev: Double = 1, dtype: DType = .float32,
        using generator: inout RandomGenerator
    ) throws(TensorError) -> Tensor {
        try normal(
            shape, mean: mean, stddev: stddev, dtype: dtype, truncated: true, using: &generator)
    }

    private static func normal(
        _ shape: [Int], mean: Double, stddev: Double, dtype: DType, truncated: Bool,
        using generator: inout RandomGenerator
    ) throws(TensorError) -> Tensor {
        let op = truncated ? "TruncatedNormal" : "RandomStandardNormal"
        guard dtype.isFloatingPoint else {
            throw TensorError(.type, message: "Cannot convert 0.0 to EagerTensor of dtype \(dtype)")
        }
        let count = try TensorLimits.checkedCount(shape, dtype, op: op)
        var values: [Double] = []
        values.reserveCapacity(count + 4)
        while values.count < count {
            // One block gives two pairs of float32 uniforms, or one pair of float64 ones.
            let b = generator.nextBlock()
            var pairs: [(Double, Double)] = []
            if dtype == .float32 {
                pairs.append(
                    (Double(RandomGenerator.unitFloat(b.0)), Double(RandomGenerator.unitFloat(b.1)))
                )
                pairs.append(
                    (Double(RandomGenerator.unitFloat(b.2)), Double(RandomGenerator.unitFloat(b.3)))
                )
            } else {
                pairs.append(
                    (RandomGenerator.unitDouble(b.0, b.1), RandomGenerator.unitDouble(b.2, b.3)))
            }
            for (u, v) in pairs {
                let (z0, z1) = RandomGenerator.boxMuller(u, v)
                for z in [z0, z1] where !truncated || Swift.abs(z) < 2 {
                    values.append(z)
                }
            }
        }
        values.removeLast(values.count - count)
        if dtype == .float32 {
            let m = Float(mean)
            let s = Float(stddev)
            return Tensor(unchecked: shape, .float32(values.map { m + s * Float($0) }))
        }
        return Tensor(unchecked: shape, .float64(values.map { mean + stddev * $0 }))
    }
}
