import Tensors

/// An activation function: Keras's built-ins (`relu`, `sigmoid`, `tanh`, `softmax`,
/// `softplus`, `elu`, `gelu`, `linear`), found by name or passed as a value, or any function
/// a caller wraps (the bindings wrap script functions).
///
/// ```swift
/// let relu = try Activation.named("relu")
/// let y = try relu(Tensor([-1.0, 2.0]))      // [0., 2.]
/// let twice = Activation(name: "twice") { try $0 + $0 }
/// ```
public struct Activation {
    /// The function's name (`relu`); a custom function's own name.
    public let name: String
    /// Whether the function is the identity (`linear`), which `Dense` skips.
    public let isLinear: Bool
    /// For Keras's own `sigmoid` and `softmax`: which one, so calls in a session remember the
    /// logits behind each output for the crossentropy losses (Keras's `_keras_logits`).
    let logitsKind: ActivationKind?
    private let body: (Tensor) throws -> Tensor

    /// A custom activation calling `body`.
    public init(name: String, _ body: @escaping (Tensor) throws -> Tensor) {
        self.name = name
        self.isLinear = false
        self.logitsKind = nil
        self.body = body
    }

    private init(
        builtin name: String, isLinear: Bool = false, logitsKind: ActivationKind? = nil,
        _ body: @escaping (Tensor) throws -> Tensor
    ) {
        self.name = name
        self.isLinear = isLinear
        self.logitsKind = logitsKind
        self.body = body
    }

    /// Applies the function.
    public func callAsFunction(_ x: Tensor) throws -> Tensor {
        try body(x)
    }

    /// Applies the function in `context`'s session, as a layer does (and
    /// `tf.keras.activations.sigmoid(x)`): the output of Keras's `sigmoid` or `softmax` keeps
    /// its logits there, so a crossentropy loss of it computes from the logits as Keras does.
    public func callAsFunction(_ x: Tensor, context: KerasContext) throws -> Tensor {
        let output = try body(x)
        if let logitsKind {
            context.activationLogits.record(output: output, logits: x, kind: logitsKind)
        }
        return output
    }

    /// `x` unchanged (`'linear'`, and `activation=None`).
    public static var linear: Activation { Activation(builtin: "linear", isLinear: true) { $0 } }

    /// `max(x, 0)`.
    public static var relu: Activation { Activation(builtin: "relu") { try $0.relu() } }

    /// `1 / (1 + e⁻ˣ)`.
    public static var sigmoid: Activation {
        Activation(builtin: "sigmoid", logitsKind: .sigmoid) { try $0.sigmoid() }
    }

    /// The hyperbolic tangent.
    public static var tanh: Activation { Activation(builtin: "tanh") { try $0.tanh() } }

    /// `log(1 + eˣ)`.
    public static var softplus: Activation {
        Activation(builtin: "softplus") { try $0.unary(.softplus) }
    }

    /// `x` for `x > 0`, `eˣ − 1` otherwise (Keras's default `alpha=1.0`).
    public static var elu: Activation { Activation(builtin: "elu") { try $0.unary(.elu) } }

    /// The softmax over the last axis.
    ///
    /// Throws Keras's `ValueError` for a 1-D input (`Cannot apply softmax to a tensor that is
    /// 1D. Received input: [1. 2. 3.]`).
    public static var softmax: Activation {
        Activation(builtin: "softmax", logitsKind: .softmax) { x in
            guard x.rank > 1 else {
                throw LayerError(
                    .value,
                    "Cannot apply softmax to a tensor that is 1D. Received input: \(x.numpyStr)"
                )
            }
            return try x.softmax(axis: -1)
        }
    }

    /// The Gaussian error linear unit in Keras's default exact form
    /// (`approximate=False`): `0.5 · x · (1 + erf(x / √2))`.
    public static var gelu: Activation { Activation(builtin: "gelu") { try geluExact($0) } }

    /// Keras's activation called `name` (`tf.keras.activations.get(name)`); `nil` is
    /// `linear`.
    ///
    /// - Throws: Keras's `ValueError` for an unknown name (`Unknown activation function 'foo'
    ///   cannot be deserialized.`).
    public static func named(_ name: String?) throws -> Activation {
        switch name {
        case nil, "linear": return .linear
        case "relu": return .relu
        case "sigmoid": return .sigmoid
        case "tanh": return .tanh
        case "softmax": return .softmax
        case "softplus": return .softplus
        case "elu": return .elu
        case "gelu": return .gelu
        case let other?:
            throw LayerError(
                .value, "Unknown activation function '\(other)' cannot be deserialized.")
        }
    }

    /// The names `named(_:)` knows.
    public static let builtinNames = [
        "relu", "sigmoid", "tanh", "softmax", "softplus", "elu", "gelu", "linear",
    ]

    /// `0.5 · x · (1 + erf(x / √2))`, computed in the input's float type as
    /// TensorFlow does (dividing by √2, not multiplying by its inverse).
    private static func geluExact(_ x: Tensor) throws -> Tensor {
        let floating = x.dtype.isFloatingPoint ? x : x.cast(to: .float32)
        let scaled = try floating / Tensor(scalar: 1.4142135623730951).cast(to: floating.dtype)
        let erf = try scaled.unary(.erf)
        let one = Tensor(scalar: 1.0).cast(to: floating.dtype)
        let half = Tensor(scalar: 0.5).cast(to: floating.dtype)
        return try half * floating * (one + erf)
    }
}
