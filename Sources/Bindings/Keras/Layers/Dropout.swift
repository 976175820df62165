import Interpreter
import Layers

extension ClassBinding {
    /// `tf.keras.layers.Dropout`.
    static let dropout = ClassBinding(
        "Dropout", module: "keras.src.layers.regularization.dropout", base: .bound(.layer),
        exports: ["tf.keras.layers.Dropout"], shows: Dropout.self
    ) { engine, c in engine.defineDropout(c) }
}

extension Engine {
    /// `tf.keras.layers.Dropout(rate, noise_shape=None, seed=None)` and its `rate`.
    fileprivate func defineDropout(_ c: ClassMembers) {
        defineLayerConstructor(c, "rate, noise_shape=None, seed=None, **kwargs") {
            [self] args, setup in
            try Dropout(
                rate: try number(args["rate"], name: "rate"),
                seed: args["seed"].isNone ? nil : try integer(args["seed"]),
                inputShape: setup.inputShape, name: setup.name, className: setup.className,
                context: keras)
        }
        c.property("rate") { [self] this in .float(try layer(this, as: Dropout.self).rate) }
    }
}
