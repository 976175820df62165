import Interpreter
import Layers

extension ClassBinding {
    /// `tf.keras.layers.Dropout(rate, noise_shape=None, seed=None)` and its `rate`.
    static let dropout = ClassBinding.layer(
        "Dropout", module: "keras.src.layers.regularization.dropout",
        exports: ["tf.keras.layers.Dropout"], shows: Dropout.self,
        parameters: "rate, noise_shape=None, seed=None, **kwargs"
    ) { engine, args, setup in
        try Dropout(
            rate: try engine.number(args["rate"], name: "rate"),
            seed: args["seed"].isNone ? nil : try engine.integer(args["seed"]),
            inputShape: setup.inputShape, name: setup.name, className: setup.className,
            context: engine.keras)
    } members: { _, c in
        c.property("rate", of: Dropout.self) { .float($0.rate) }
    }
}
