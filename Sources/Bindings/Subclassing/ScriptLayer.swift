import Layers
import Tensors

/// The engine layer of a script class that extends a layer class (`class Scale(
/// tf.keras.layers.Layer)`, `class Twice(tf.keras.layers.Dense)`): it wraps the engine layer
/// the extended class makes (its base) and runs the script's `call` and `build` where the
/// script overrides them, the base's otherwise.
///
/// The base holds the state: its weights (and the ones the script adds with `add_weight`) are
/// the host's own, through an attribute no script can assign; the host keeps the base's name,
/// class name and input spec. Sub-layers the script assigns are tracked on the host, after the
/// base, so `weights` lists them in Keras's order (own weights first).
final class ScriptLayer: Layer, ScriptHost {
    let script: ScriptOverrides
    /// The engine layer of the class the script extends.
    let base: Layer

    /// The attribute under which the host tracks its base.
    private static let baseAttribute = "\u{0}base"

    init(script: ScriptOverrides, base: Layer, inputShape: [Int?]?) {
        self.script = script
        self.base = base
        super.init(
            name: base.name, className: base.className, inputShape: inputShape, dtype: base.dtype,
            context: base.context)
        inputSpec = base.inputSpec
        trackAttribute(Self.baseAttribute, [base])
    }

    var engineLayer: Layer { base }

    override func build(inputShape: TensorShape) throws { try dispatchBuild(inputShape) }

    override func call(_ input: Tensor, training: Bool?) throws -> Tensor {
        try dispatchCall(input, training: training)
    }

    /// The base's output shape, or (when the script defines `call`) the shape its `call` gives
    /// on zeros, as Keras traces it.
    override func computeOutputShape(_ inputShape: TensorShape) throws -> TensorShape {
        script.definesCall
            ? try super.computeOutputShape(inputShape) : try base.computeOutputShape(inputShape)
    }

    override func callArguments(input: Tensor, training: Bool?) -> [(name: String, value: String)] {
        script.definesCall
            ? script.callArguments(input: input, training: training)
            : base.callArguments(input: input, training: training)
    }

    func engineCall(_ input: Tensor, training: Bool?) throws -> Tensor {
        try base.call(input, training: training)
    }

    func engineBuild(_ inputShape: TensorShape) throws {
        try base.build(inputShape: inputShape)
        base.built = true
        inputSpec = base.inputSpec
    }
}
