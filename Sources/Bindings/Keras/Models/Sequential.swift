import Interpreter
import Layers

extension ClassBinding {
    /// `tf.keras.Sequential`.
    static let sequential = ClassBinding(
        "Sequential", module: "keras.src.engine.sequential", base: .bound(.model),
        exports: ["tf.keras.Sequential", "tf.keras.models.Sequential"], shows: Sequential.self
    ) { engine, c in engine.defineSequential(c) }
}

extension Engine {
    /// `tf.keras.Sequential(layers=None, name=None)`, `add` and `pop`.
    fileprivate func defineSequential(_ c: ClassMembers) {
        defineLayerConstructor(c, "layers=None, name=None", hostsScripts: true) {
            [self] args, setup in
            var layers: [Layer] = []
            if !args["layers"].isNone {
                for item in try rt.collect(args["layers"]) {
                    layers.append(try layerArgument(item))
                }
            }
            if let script = setup.script {
                return try ScriptSequential(
                    script: script, layers: layers, setup: setup, context: keras)
            }
            return try Sequential(layers, name: setup.name, context: keras)
        }
        c.method("add", "layer") { [self] this, args in
            let model = try layer(this, as: Sequential.self)
            try model.add(try layerArgument(args["layer"]))
            return .none
        }
        c.method("pop", "") { [self] this, _ in
            let model = try layer(this, as: Sequential.self)
            try model.pop()
            return .none
        }
    }
}
