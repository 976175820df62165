import Interpreter
import Layers

extension ClassBinding {
    /// `tf.keras.layers.Flatten(data_format=None)`.
    static let flatten = ClassBinding.layer(
        "Flatten", module: "keras.src.layers.reshaping.flatten",
        exports: ["tf.keras.layers.Flatten"], shows: Flatten.self,
        parameters: "data_format=None, **kwargs"
    ) { engine, _, setup in
        Flatten(
            inputShape: setup.inputShape, name: setup.name, className: setup.className,
            context: engine.keras)
    }
}
