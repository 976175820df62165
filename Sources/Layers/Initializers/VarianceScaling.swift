import Tensors

/// Values whose scale adapts to the weight's fan-in and fan-out
/// (`tf.keras.initializers.VarianceScaling(scale=1.0, mode='fan_in',
/// distribution='truncated_normal')`), the family Glorot, He and LeCun initializers belong to.
///
/// With `n` the fan chosen by `mode` (at least 1), the variance target is `scale / n`:
/// - `truncatedNormal`: a normal truncated at two standard deviations, with stddev
///   `sqrt(scale / n) / 0.87962566103423978` (the stddev of a unit normal truncated to
///   [-2, 2]) so the result has variance `scale / n`;
/// - `untruncatedNormal`: a normal with stddev `sqrt(scale / n)`;
/// - `uniform`: uniform in `[-limit, limit)` with `limit = sqrt(3 · scale / n)`.
///
/// Fans (`computeFans`): a scalar has 1 and 1; a vector `(n,)` has n and n; a matrix
/// `(in, out)` has in and out; a kernel `(…, in, out)` multiplies both by the product of the
/// leading (receptive field) dimensions.
///
/// ```swift
/// let he = try VarianceScaling(scale: 2, mode: .fanIn, distribution: .truncatedNormal)
/// let w = try he(shape: [784, 128], context: context)
/// ```
open class VarianceScaling: Initializer {
    /// Which fan divides the scale.
    public enum Mode: String, Sendable, CaseIterable {
        /// The number of inputs.
        case fanIn = "fan_in"
        /// The number of outputs.
        case fanOut = "fan_out"
        /// Their mean.
        case fanAvg = "fan_avg"

        /// The mode named `text`.
        ///
        /// - Throws: Keras's `ValueError` for any other name.
        public init(parsing text: String) throws {
            guard let mode = Mode(rawValue: text.lowercased()) else {
                throw LayerError(
                    .value,
                    "Invalid `mode` argument: \(text). Please use one of the "
                        + "{'fan_avg', 'fan_in', 'fan_out'}.")
            }
            self = mode
        }
    }

    /// The distribution values are drawn from.
    public enum Distribution: String, Sendable, CaseIterable {
        /// A normal truncated at two standard deviations (also named `normal`).
        case truncatedNormal = "truncated_normal"
        /// A plain normal.
        case untruncatedNormal = "untruncated_normal"
        /// A uniform distribution.
        case uniform

        /// The distribution named `text` (`normal` means `truncated_normal`, as in Keras).
        ///
        /// - Throws: Keras's `ValueError` for any other name.
        public init(parsing text: String) throws {
            let lowered = text.lowercased()
            if lowered == "normal" {
                self = .truncatedNormal
                return
            }
            guard let distribution = Distribution(rawValue: lowered) else {
                throw LayerError(
                    .value,
                    "Invalid `distribution` argument: \(text).Allowed distributions: "
                        + "{'untruncated_normal', 'uniform', 'truncated_normal'}.")
            }
            self = distribution
        }
    }

    /// The variance factor.
    public let scale: Double
    /// The fan used.
    public let mode: Mode
    /// The distribution.
    public let distribution: Distribution
    /// An explicit seed, or `nil` for the session's generator.
    public let seed: Int?

    /// A variance-scaling initializer.
    ///
    /// - Throws: `ValueError` for a scale that isn't positive (``scale` must be positive
    ///   float. Received: scale=-1.0.`).
    public init(
        scale: Double = 1.0, mode: Mode = .fanIn, distribution: Distribution = .truncatedNormal,
        seed: Int? = nil
    ) throws {
        guard scale > 0 else {
            throw LayerError(
                .value,
                "`scale` must be positive float. Received: scale="
                    + Tensor.numpyScalarRepr(.float(scale), dtype: .float64) + ".")
        }
        self.scale = scale
        self.mode = mode
        self.distribution = distribution
        self.seed = seed
        super.init(flavor: .keras)
    }

    /// A variance-scaling initializer whose arguments are known to be valid.
    init(fixedScale: Double, mode: Mode, distribution: Distribution, seed: Int?) {
        self.scale = fixedScale
        self.mode = mode
        self.distribution = distribution
        self.seed = seed
        super.init(flavor: .keras)
    }

    /// `{'scale': …, 'mode': …, 'distribution': …, 'seed': …}`.
    open override var config: [(key: String, value: ConfigValue)] {
        [
            ("scale", .float(scale)), ("mode", .string(mode.rawValue)),
            ("distribution", .string(distribution.rawValue)),
            ("seed", seed.map { .int($0) } ?? .none),
        ]
    }

    /// Keras's fan-in and fan-out of a weight of `shape`.
    public static func computeFans(_ shape: [Int]) -> (fanIn: Int, fanOut: Int) {
        switch shape.count {
        case 0: return (1, 1)
        case 1: return (shape[0], shape[0])
        case 2: return (shape[0], shape[1])
        default:
            let receptive = shape.dropLast(2).reduce(1, *)
            return (shape[shape.count - 2] * receptive, shape[shape.count - 1] * receptive)
        }
    }

    /// The truncated-normal correction: the stddev of a unit normal truncated to [-2, 2].
    public static let truncationStddev = 0.87962566103423978

    /// Draws values of the scaled distribution.
    ///
    /// - Throws: `ValueError` for a non-float dtype.
    open override func generate(shape: [Int], dtype: DType, context: KerasContext) throws
        -> Tensor
    {
        try Initializer.requireFloat(dtype)
        let fans = Self.computeFans(shape)
        let fan: Double
        switch mode {
        case .fanIn: fan = Double(fans.fanIn)
        case .fanOut: fan = Double(fans.fanOut)
        case .fanAvg: fan = Double(fans.fanIn + fans.fanOut) / 2
        }
        let variance = scale / Swift.max(1.0, fan)
        return try SeededDraw(seed: seed).run(context) { generator in
            switch distribution {
            case .truncatedNormal:
                let stddev = variance.squareRoot() / Self.truncationStddev
                return try Tensor.truncatedNormal(
                    shape, mean: 0, stddev: stddev, dtype: dtype, using: &generator)
            case .untruncatedNormal:
                return try Tensor.randomNormal(
                    shape, mean: 0, stddev: variance.squareRoot(), dtype: dtype,
                    using: &generator)
            case .uniform:
                let limit = (3 * variance).squareRoot()
                return try Tensor.randomUniform(
                    shape, min: -limit, max: limit, dtype: dtype, using: &generator)
            }
        }
    }
}

/// Glorot (Xavier) uniform: `VarianceScaling(1, fan_avg, uniform)`, limit `sqrt(6 / (fan_in +
/// fan_out))`.
///
/// `Dense`'s default kernel initializer.
public final class GlorotUniform: VarianceScaling {
    /// A Glorot uniform initializer.
    public init(seed: Int? = nil) {
        super.init(fixedScale: 1, mode: .fanAvg, distribution: .uniform, seed: seed)
    }

    /// `{'seed': …}`.
    public override var config: [(key: String, value: ConfigValue)] {
        [("seed", seed.map { .int($0) } ?? .none)]
    }
}

/// Glorot (Xavier) normal: `VarianceScaling(1, fan_avg, truncated_normal)`.
public final class GlorotNormal: VarianceScaling {
    /// A Glorot normal initializer.
    public init(seed: Int? = nil) {
        super.init(fixedScale: 1, mode: .fanAvg, distribution: .truncatedNormal, seed: seed)
    }

    /// `{'seed': …}`.
    public override var config: [(key: String, value: ConfigValue)] {
        [("seed", seed.map { .int($0) } ?? .none)]
    }
}

/// He normal: `VarianceScaling(2, fan_in, truncated_normal)`.
public final class HeNormal: VarianceScaling {
    /// A He normal initializer.
    public init(seed: Int? = nil) {
        super.init(fixedScale: 2, mode: .fanIn, distribution: .truncatedNormal, seed: seed)
    }

    /// `{'seed': …}`.
    public override var config: [(key: String, value: ConfigValue)] {
        [("seed", seed.map { .int($0) } ?? .none)]
    }
}

/// He uniform: `VarianceScaling(2, fan_in, uniform)`, limit `sqrt(6 / fan_in)`.
public final class HeUniform: VarianceScaling {
    /// A He uniform initializer.
    public init(seed: Int? = nil) {
        super.init(fixedScale: 2, mode: .fanIn, distribution: .uniform, seed: seed)
    }

    /// `{'seed': …}`.
    public override var config: [(key: String, value: ConfigValue)] {
        [("seed", seed.map { .int($0) } ?? .none)]
    }
}

/// LeCun normal: `VarianceScaling(1, fan_in, truncated_normal)`.
public final class LecunNormal: VarianceScaling {
    /// A LeCun normal initializer.
    public init(seed: Int? = nil) {
        super.init(fixedScale: 1, mode: .fanIn, distribution: .truncatedNormal, seed: seed)
    }

    /// `{'seed': …}`.
    public override var config: [(key: String, value: ConfigValue)] {
        [("seed", seed.map { .int($0) } ?? .none)]
    }
}

/// LeCun uniform: `VarianceScaling(1, fan_in, uniform)`, limit `sqrt(3 / fan_in)`.
public final class LecunUniform: VarianceScaling {
    /// A LeCun uniform initializer.
    public init(seed: Int? = nil) {
        super.init(fixedScale: 1, mode: .fanIn, distribution: .uniform, seed: seed)
    }

    /// `{'seed': …}`.
    public override var config: [(key: String, value: ConfigValue)] {
        [("seed", seed.map { .int($0) } ?? .none)]
    }
}
