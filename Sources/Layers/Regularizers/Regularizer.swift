import Tensors

/// A penalty on a weight or on a layer's output that training adds to the loss
/// (`tf.keras.regularizers.Regularizer`): `kernel_regularizer=`, `bias_regularizer=` and
/// `activity_regularizer=` of a layer, collected in `model.losses`.
///
/// Subclass it and override `callAsFunction(_:)` (the bindings do for a script's regularizer).
///
/// ```swift
/// let penalty = try L2(0.01)
/// try penalty(Tensor([[1.0, -2.0]]))      // 0.05 = 0.01 · (1 + 4)
/// ```
open class Regularizer {
    /// The Python class name (`L2`).
    public let className: String

    /// Creates a regularizer of class `className`.
    public init(className: String) {
        self.className = className
    }

    /// The penalty for `x`, a 0-d tensor of its dtype.
    ///
    /// The base penalizes nothing (Keras's base `Regularizer` returns `0.0`).
    open func callAsFunction(_ x: Tensor) throws -> Tensor {
        Tensor(scalar: 0.0).cast(to: x.dtype)
    }

    /// Keras's `get_config()`.
    ///
    /// - Throws: Keras's `NotImplementedError` for the base class.
    open func config() throws -> [(key: String, value: ConfigValue)] {
        throw LayerError(.notImplemented, "\(className) does not implement get_config()")
    }

    /// Keras's check of a penalty: a finite number.
    ///
    /// - Throws: `ValueError` (`Value inf is not a valid regularization penalty number, an
    ///   infinite number or NaN are not valid values.`).
    static func checkPenalty(_ value: Double) throws {
        guard value.isFinite else {
            throw LayerError(
                .value,
                "Value \(ConfigValue.float(value).pythonRepr) is not a valid regularization "
                    + "penalty number, an infinite number or NaN are not valid values.")
        }
    }

    /// `factor · Σ|x|`, with the factor in float32 as Keras keeps it.
    static func l1Penalty(_ x: Tensor, _ factor: Float) throws -> Tensor {
        try Tensor(scalar: factor).cast(to: x.dtype) * x.abs().reduced(.sum)
    }

    /// `2·factor · Σ x²/2` (Keras's `2.0 * l2 * tf.nn.l2_loss(x)`; TensorFlow's L2Loss
    /// kernel halves each square before summing).
    static func l2Penalty(_ x: Tensor, _ factor: Float) throws -> Tensor {
        let half = Tensor(scalar: 0.5).cast(to: x.dtype)
        let l2Loss = try (x.square() * half).reduced(.sum)
        return try Tensor(scalar: 2 * factor).cast(to: x.dtype) * l2Loss
    }
}

/// `l1 · Σ|x|` (`tf.keras.regularizers.L1`, also `l1`).
public final class L1: Regularizer {
    /// The factor, kept in float32 as Keras keeps it.
    public let l1: Float

    /// Creates the penalty (Keras's default factor 0.01).
    ///
    /// - Throws: Keras's `ValueError` for an infinite or NaN factor.
    public init(_ l1: Double = 0.01) throws {
        try Self.checkPenalty(l1)
        self.l1 = Float(l1)
        super.init(className: "L1")
    }

    /// The penalty for `x`.
    public override func callAsFunction(_ x: Tensor) throws -> Tensor {
        try Self.l1Penalty(x, l1)
    }

    /// `{'l1': …}`, the float32 factor widened as Keras's `float(self.l1)` gives it.
    public override func config() throws -> [(key: String, value: ConfigValue)] {
        [("l1", .float(Double(l1)))]
    }
}

/// `l2 · Σx²` (`tf.keras.regularizers.L2`, also `l2`).
public final class L2: Regularizer {
    /// The factor, kept in float32 as Keras keeps it.
    public let l2: Float

    /// Creates the penalty (Keras's default factor 0.01).
    ///
    /// - Throws: Keras's `ValueError` for an infinite or NaN factor.
    public init(_ l2: Double = 0.01) throws {
        try Self.checkPenalty(l2)
        self.l2 = Float(l2)
        super.init(className: "L2")
    }

    /// The penalty for `x`.
    public override func callAsFunction(_ x: Tensor) throws -> Tensor {
        try Self.l2Penalty(x, l2)
    }

    /// `{'l2': …}`, the float32 factor widened.
    public override func config() throws -> [(key: String, value: ConfigValue)] {
        [("l2", .float(Double(l2)))]
    }
}

/// `l1 · Σ|x| + l2 · Σx²` (`tf.keras.regularizers.L1L2`; `l1_l2()` and the name `'l1_l2'` give
/// both factors 0.01).
public final class L1L2: Regularizer {
    /// The L1 factor, in float32.
    public let l1: Float
    /// The L2 factor, in float32.
    public let l2: Float

    /// Creates the penalty (Keras's class defaults: both factors 0).
    ///
    /// - Throws: Keras's `ValueError` for an infinite or NaN factor.
    public init(l1: Double = 0, l2: Double = 0) throws {
        try Self.checkPenalty(l1)
        try Self.checkPenalty(l2)
        self.l1 = Float(l1)
        self.l2 = Float(l2)
        super.init(className: "L1L2")
    }

    /// The penalty for `x`: the terms whose factor isn't zero, added to a zero.
    public override func callAsFunction(_ x: Tensor) throws -> Tensor {
        var total = Tensor(scalar: 0.0).cast(to: x.dtype)
        if l1 != 0 { total = try total + Self.l1Penalty(x, l1) }
        if l2 != 0 { total = try total + Self.l2Penalty(x, l2) }
        return total
    }

    /// `{'l1': …, 'l2': …}`, the float32 factors widened.
    public override func config() throws -> [(key: String, value: ConfigValue)] {
        [("l1", .float(Double(l1))), ("l2", .float(Double(l2)))]
    }
}

extension Regularizer {
    /// The regularizer Keras makes from a string (`kernel_regularizer='l2'`,
    /// `tf.keras.regularizers.get`): `l1`/`L1`, `l2`/`L2` with their default factor, `l1_l2`
    /// with both factors 0.01, `L1L2` with both 0.
    ///
    /// - Throws: Keras's `ValueError` for an unknown name (`Unknown regularizer: 'nope'. Please
    ///   ensure …`), `NotImplementedError` for the orthogonal regularizer.
    public static func named(_ name: String) throws -> Regularizer {
        switch name {
        case "l1", "L1": return try L1()
        case "l2", "L2": return try L2()
        case "l1_l2": return try L1L2(l1: 0.01, l2: 0.01)
        case "L1L2": return try L1L2()
        case "OrthogonalRegularizer", "orthogonal_regularizer":
            throw LayerError(
                .notImplemented,
                "lit does not implement tf.keras.regularizers.OrthogonalRegularizer yet")
        default:
            throw LayerError(
                .value,
                "Unknown regularizer: '\(name)'. Please ensure you are using a "
                    + "`keras.utils.custom_object_scope` and that this object is included in "
                    + "the scope. See https://www.tensorflow.org/guide/keras/save_and_serialize"
                    + "#registering_the_custom_object for details.")
        }
    }
}
