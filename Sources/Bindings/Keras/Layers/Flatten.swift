import Interpreter
import Layers

extension ClassBinding {
    /// `tf.keras.layers.Flatten`.
    static let flatten = ClassBinding(
        "Flatten", module: "keras.src.layers.reshaping.flatten", base: .bound(.layer),
        exports: ["tf.keras.layers.Flatten"], shows: Flatten.self
    ) { engine, c in engine.defineFlatten(c) }
}

extension Engine {
    /// `tf.keras.layers.Flatten(data_format=None)`.
    fileprivate func defineFlatten(_ c: ClassMembers) {
        defineLayerConstructor(c, "data_format=None, **kwargs") { [self] _, setup in
            Flatten(
                inputShape: setup.inputShape, name: setup.name, className: setup.className,
                context: keras)
        }
    }
}
