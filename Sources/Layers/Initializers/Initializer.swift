import Tensors

/// The base of every initializer: a function from a shape and dtype to a tensor, drawing its
/// randomness from the session's generator.
///
/// Subclass it and override `generate(shape:dtype:context:)` for a custom initializer (the
/// bindings do so for a script class whose `__call__` runs script code). Built-in ones carry
/// a `flavor` telling which Python class they stand for, since Keras's
/// `tf.keras.initializers.Zeros` and TensorFlow's `tf.zeros_initializer()` are different
/// classes with the same behaviour; `pythonClassPath` names it
/// (`keras.src.initializers.initializers.Zeros`, `tensorflow.python.ops.init_ops_v2.Zeros`).
///
/// ```swift
/// let context = KerasContext(seed: 1)
/// let w = try GlorotUniform()(shape: [4, 5], context: context)
/// let c = try Constant(2)(shape: [2, 2], context: context)   // all 2s, float32
/// let byName = try Initializer.named("he_normal")
/// ```
open class Initializer {
    /// Which Python module a built-in initializer's class lives in.
    public enum Flavor: Sendable, Equatable {
        /// `tf.keras.initializers.*` (`keras.src.initializers.initializers`).
        case keras
        /// The `tf.*_initializer` spellings (`tensorflow.python.ops.init_ops_v2`).
        case tensorflow

        /// The Python module path.
        public var pythonModule: String {
            switch self {
            case .keras: "keras.src.initializers.initializers"
            case .tensorflow: "tensorflow.python.ops.init_ops_v2"
            }
        }
    }

    /// Which Python class family the initializer stands for.
    public let flavor: Flavor

    /// Creates an initializer of `flavor`.
    public init(flavor: Flavor = .keras) {
        self.flavor = flavor
    }

    /// The Python class name, such as `GlorotUniform` (the Swift class name by default).
    open var className: String { String(describing: type(of: self)) }

    /// The Python class's full dotted path, such as
    /// `keras.src.initializers.initializers.Constant`.
    public var pythonClassPath: String { flavor.pythonModule + "." + className }

    /// The `get_config()` entries in Keras's order.
    open var config: [(key: String, value: ConfigValue)] { [] }

    /// Makes the initial value; subclasses override this.
    ///
    /// - Throws: `NotImplementedError` in the base class.
    open func generate(shape: [Int], dtype: DType, context: KerasContext) throws -> Tensor {
        throw LayerError(.notImplemented, "")
    }

    /// The initial value of a weight of `shape` and `dtype` (Python's `init(shape, dtype)`).
    ///
    /// - Throws: the initializer's own errors (wrong dtype, wrong rank), and `ValueError` when
    ///   a custom initializer returns a tensor of another shape.
    public final func callAsFunction(
        shape: [Int], dtype: DType = .float32, context: KerasContext
    ) throws -> Tensor {
        let value = try generate(shape: shape, dtype: dtype, context: context)
        guard value.shape == shape else {
            throw LayerError(
                .value,
                "The initializer \(className) returned a value of shape "
                    + "\(TensorShape(value.shape)), but the weight has shape "
                    + "\(TensorShape(shape)).")
        }
        return value
    }

    /// Keras's error for a random initializer asked for a non-float dtype.
    static func requireFloat(_ dtype: DType) throws {
        guard dtype.isFloatingPoint else {
            throw LayerError(.value, "Expected floating point type, got <dtype: '\(dtype)'>.")
        }
    }
}

/// A value in an initializer's `get_config()` dictionary.
public enum ConfigValue: Sendable, Equatable {
    /// A Python float.
    case float(Double)
    /// A Python int.
    case int(Int)
    /// A Python str.
    case string(String)
    /// A nested value given by the user (`Constant([1, 2])`).
    case literal(TensorLiteral)
    /// Python's `None`.
    case none
}

/// The generator a random initializer draws from: the session's, or a fresh one for an
/// explicit seed (Keras 2.15 gives the same values on every call of a seeded initializer).
struct SeededDraw {
    let seed: Int?

    func run(
        _ context: KerasContext, _ body: (inout RandomGenerator) throws -> Tensor
    ) rethrows -> Tensor {
        if let seed {
            var generator = RandomGenerator(seed: UInt64(bitPattern: Int64(seed)))
            return try body(&generator)
        }
        return try body(&context.generator)
    }
}
