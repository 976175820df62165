import Interpreter
import Layers
import Tensors

/// An initializer a script defines: an instance of a script subclass of
/// `tf.keras.initializers.Initializer` with its own `__call__(self, shape, dtype=None)`, or any
/// Python callable `f(shape, dtype=None)`.
///
/// Keras calls it with the shape as a list of ints and the dtype as a `tf.DType`.
final class ScriptInitializer: Initializer, ScriptBacked {
    unowned(unsafe) let engine: Engine
    /// The callable (held until the session ends).
    var callable: Value
    private let name: String

    init(engine: Engine, callable: Value, className: String) {
        self.engine = engine
        self.callable = callable
        self.name = className
        super.init(flavor: .keras)
    }

    override var className: String { name }

    override func generate(shape: [Int], dtype: DType, context: KerasContext) throws -> Tensor {
        let rt = engine.rt
        guard !callable.isNone else {
            throw LayerError(
                .runtime, "The initializer's script object is gone (the session ended).")
        }
        let result = try rt.call(
            callable, [rt.list(shape.map { .int($0) })],
            keywords: [("dtype", engine.dtypeObject(dtype))])
        let value = try engine.tensor(result)
        guard value.shape == shape else {
            throw LayerError(
                .value,
                "In this `tf.Variable` creation, the initial value's shape "
                    + "(\(TensorShape(value.shape))) is not compatible with the explicitly "
                    + "supplied `shape` argument (\(TensorShape(shape))).")
        }
        return value
    }

    func releaseScriptObject() {
        callable = .none
    }
}
