import Tensors

/// Normally distributed values (`tf.keras.initializers.RandomNormal(mean=0.0, stddev=0.05)`,
/// `tf.random_normal_initializer(mean=0.0, stddev=0.05)`).
///
/// ```swift
/// let init = RandomNormal(mean: 0, stddev: 0.01, flavor: .tensorflow)
/// let w = try init(shape: [4, 4], context: context)
/// ```
public final class RandomNormal: Initializer {
    /// The mean.
    public let mean: Double
    /// The standard deviation.
    public let stddev: Double
    /// An explicit seed (the same values on every call), or `nil` for the session's generator.
    public let seed: Int?

    /// A normal initializer; the defaults are Keras's and TensorFlow's.
    public init(
        mean: Double = 0.0, stddev: Double = 0.05, seed: Int? = nil, flavor: Flavor = .keras
    ) {
        self.mean = mean
        self.stddev = stddev
        self.seed = seed
        super.init(flavor: flavor)
    }

    /// `{'mean': …, 'stddev': …, 'seed': …}`.
    public override var config: [(key: String, value: ConfigValue)] {
        [
            ("mean", .float(mean)), ("stddev", .float(stddev)),
            ("seed", seed.map { .int($0) } ?? .none),
        ]
    }

    /// Normal draws.
    ///
    /// - Throws: `ValueError` for a non-float dtype.
    public override func generate(shape: [Int], dtype: DType, context: KerasContext) throws
        -> Tensor
    {
        try Initializer.requireFloat(dtype)
        return try SeededDraw(seed: seed).run(context) { generator in
            try Tensor.randomNormal(
                shape, mean: mean, stddev: stddev, dtype: dtype, using: &generator)
        }
    }
}

/// Uniformly distributed values in `[minval, maxval)`
/// (`tf.keras.initializers.RandomUniform(minval=-0.05, maxval=0.05)`,
/// `tf.random_uniform_initializer`).
public final class RandomUniform: Initializer {
    /// The lower bound (inclusive).
    public let minval: Double
    /// The upper bound (exclusive).
    public let maxval: Double
    /// An explicit seed, or `nil` for the session's generator.
    public let seed: Int?

    /// A uniform initializer; the defaults are Keras's and TensorFlow's.
    public init(
        minval: Double = -0.05, maxval: Double = 0.05, seed: Int? = nil, flavor: Flavor = .keras
    ) {
        self.minval = minval
        self.maxval = maxval
        self.seed = seed
        super.init(flavor: flavor)
    }

    /// `{'minval': …, 'maxval': …, 'seed': …}`.
    public override var config: [(key: String, value: ConfigValue)] {
        [
            ("minval", .float(minval)), ("maxval", .float(maxval)),
            ("seed", seed.map { .int($0) } ?? .none),
        ]
    }

    /// Uniform draws (integers for an integer dtype, as Keras allows).
    ///
    /// - Throws: `ValueError` for a `bool` dtype.
    public override func generate(shape: [Int], dtype: DType, context: KerasContext) throws
        -> Tensor
    {
        if dtype.isInteger {
            return try SeededDraw(seed: seed).run(context) { generator in
                try Tensor.randomUniformInteger(
                    shape, min: Int64(minval), max: Int64(maxval), dtype: dtype,
                    using: &generator)
            }
        }
        try Initializer.requireFloat(dtype)
        return try SeededDraw(seed: seed).run(context) { generator in
            try Tensor.randomUniform(
                shape, min: minval, max: maxval, dtype: dtype, using: &generator)
        }
    }
}

/// Normal values within two standard deviations of the mean
/// (`tf.keras.initializers.TruncatedNormal(mean=0.0, stddev=0.05)`).
public final class TruncatedNormal: Initializer {
    /// The mean.
    public let mean: Double
    /// The standard deviation of the normal before truncation.
    public let stddev: Double
    /// An explicit seed, or `nil` for the session's generator.
    public let seed: Int?

    /// A truncated normal initializer with Keras's defaults.
    public init(
        mean: Double = 0.0, stddev: Double = 0.05, seed: Int? = nil, flavor: Flavor = .keras
    ) {
        self.mean = mean
        self.stddev = stddev
        self.seed = seed
        super.init(flavor: flavor)
    }

    /// `{'mean': …, 'stddev': …, 'seed': …}`.
    public override var config: [(key: String, value: ConfigValue)] {
        [
            ("mean", .float(mean)), ("stddev", .float(stddev)),
            ("seed", seed.map { .int($0) } ?? .none),
        ]
    }

    /// Truncated normal draws.
    ///
    /// - Throws: `ValueError` for a non-float dtype.
    public override func generate(shape: [Int], dtype: DType, context: KerasContext) throws
        -> Tensor
    {
        try Initializer.requireFloat(dtype)
        return try SeededDraw(seed: seed).run(context) { generator in
            try Tensor.truncatedNormal(
                shape, mean: mean, stddev: stddev, dtype: dtype, using: &generator)
        }
    }
}
