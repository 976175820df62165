import Tensors

/// A named, mutable tensor shared by reference: `tf.Variable`, and every weight of a layer.
///
/// A variable's dtype and shape are fixed when it is created; assignments must match them
/// (TensorFlow's rule and error texts). Everyone holding the variable — the layer, a list of
/// `weights`, a script — sees every assignment.
///
/// ```swift
/// let v = try Variable(Tensor([1.0, 2.0]))          // 'Variable:0'
/// try v.assign(Tensor([5.0, 6.0]))
/// try v.assign(Tensor(scalar: Float(9)), at: [.index(0)])   // v[0].assign(9.0)
/// print(v.tensorflowRepr)
/// // <tf.Variable 'Variable:0' shape=(2,) dtype=float32, numpy=array([9., 6.], dtype=float32)>
/// ```
///
/// Gradient tapes watch variables: ops that should be differentiated with respect to a
/// variable read it with `read(in:)` (or `DifferentiationContext.read(_:)`), which a tape
/// recording in that context watches (when it watches accessed variables and the variable is
/// trainable).
///
/// ```swift
/// let tape = GradientTape(context: context.differentiation)
/// let loss = try tape.record { try (v.read(in: context) * x).reduced(.sum) }
/// let gradient = try tape.gradient(loss, [v])[0]
/// ```
///
/// A variable's value never carries a tape identity: assigning a watched tensor stores its
/// values only (assignments aren't differentiable, as in TensorFlow).
public final class Variable: DifferentiableVariable {
    /// The full name, such as `dense_1/kernel:0` or `Variable:0`.
    public let name: String
    /// Whether optimizers train it (and `trainable_weights` lists it).
    public var trainable: Bool
    /// The current value.
    public internal(set) var value: Tensor {
        didSet { value = value.stopGradient() }
    }

    /// A variable holding `initialValue`, named `name` + `:0` (`Variable:0` by default; the
    /// name is taken as given, without any name scope).
    public init(_ initialValue: Tensor, name: String? = nil, trainable: Bool = true) {
        self.name = (name ?? "Variable") + ":0"
        self.trainable = trainable
        self.value = initialValue.stopGradient()
    }

    /// A variable whose full name (with scopes and `:0`) is already made.
    init(value: Tensor, fullName: String, trainable: Bool) {
        self.name = fullName
        self.trainable = trainable
        self.value = value.stopGradient()
    }

    /// The value as an op reads it in `context`'s session: watched by the tapes recording
    /// there that watch accessed variables, so gradients flow back to this variable.
    public func read(in context: KerasContext) -> Tensor {
        context.differentiation.read(self)
    }

    /// The element type (fixed).
    public var dtype: DType { value.dtype }

    /// The shape (fixed).
    public var shape: [Int] { value.shape }

    /// The number of elements.
    public var count: Int { value.count }
}
