import Interpreter
import Layers

extension ClassBinding {
    /// `tf.keras.Sequential(layers=None, name=None)`, `add` and `pop`.
    static let sequential = ClassBinding.layer(
        "Sequential", module: "keras.src.engine.sequential", base: .model,
        exports: ["tf.keras.Sequential", "tf.keras.models.Sequential"], shows: Sequential.self,
        parameters: "layers=None, name=None", hostsScripts: true
    ) { engine, args, setup in
        var layers: [Layer] = []
        if !args["layers"].isNone {
            for item in try engine.rt.collect(args["layers"]) {
                layers.append(try engine.layerArgument(item))
            }
        }
        if let script = setup.script {
            return try ScriptSequential(
                script: script, layers: layers, setup: setup, context: engine.keras)
        }
        return try Sequential(layers, name: setup.name, context: engine.keras)
    } members: { engine, c in
        c.method("add", "layer") { this, args in
            try engine.layer(this, as: Sequential.self).add(try engine.layerArgument(args["layer"]))
            return .none
        }
        c.method("pop", "") { this, _ in
            try engine.layer(this, as: Sequential.self).pop()
            return .none
        }
    }
}
