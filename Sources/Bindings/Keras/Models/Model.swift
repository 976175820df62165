import Foundation
import Interpreter
import Layers
import Tensors

extension ClassBinding {
    /// `tf.keras.Model`, the base of `Sequential` and of script models.
    static let model = ClassBinding.layer(
        "Model", module: "keras.src.engine.training",
        exports: ["tf.keras.Model", "tf.keras.models.Model"], shows: Model.self,
        parameters: "*args, **kwargs", allowed: ["inputs", "outputs"], hostsScripts: true
    ) { engine, args, setup in
        if args.extraKeywords.contains(where: { $0.0 == "inputs" || $0.0 == "outputs" })
            || !args.extraPositional.isEmpty
        {
            throw engine.typeError(
                "this engine has no functional API: subclass tf.keras.Model or use "
                    + "tf.keras.Sequential")
        }
        if let script = setup.script {
            return ScriptModel(script: script, setup: setup, context: engine.keras)
        }
        return Model(name: setup.name, dtype: setup.dtype, context: engine.keras)
    } members: { engine, c in
        engine.defineModel(c)
    }
}

extension Engine {
    /// `tf.keras.Model`'s members: `build`, `layers`, `summary()`, `get_layer`, and weights
    /// saved to and loaded from files in the working folder.
    fileprivate func defineModel(_ c: ClassMembers) {
        defineBuildMethod(c)
        c.property("layers") { [self] this in
            rt.list(try layer(this, as: Model.self).layers.map(layerObject))
        }
        c.method(
            "summary",
            "line_length=None, positions=None, print_fn=None, expand_nested=False, "
                + "show_trainable=False, layer_range=None"
        ) { [self] this, args in
            let model = try layer(this, as: Model.self)
            let width = args["line_length"].isNone ? 65 : try axis(args["line_length"])
            let text = try model.summary(lineLength: width)
            let printer = args["print_fn"]
            if printer.isNone {
                rt.write(text)
            } else {
                for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
                {
                    _ = try rt.call(printer, [Value(String(line))])
                }
            }
            return .none
        }
        c.method(
            "save_weights", "filepath, overwrite=True, save_format=None, options=None"
        ) { [self] this, args in
            let model = try layer(this, as: Model.self)
            let url = try rt.resolvePath(try rt.stringValue(args["filepath"]))
            // Keras creates the folders of the path, as TensorFlow's checkpoint writer does.
            try? FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try model.saveWeights(to: url.path)
            return .none
        }
        c.method(
            "load_weights", "filepath, skip_mismatch=False, by_name=False, options=None"
        ) { [self] this, args in
            try layer(this, as: Model.self).loadWeights(
                from: try rt.resolvePath(try rt.stringValue(args["filepath"])).path)
            return .none
        }
        c.method("get_layer", "name=None, index=None") { [self] this, args in
            let model = try layer(this, as: Model.self)
            if !args["index"].isNone {
                let index = try axis(args["index"], name: "index")
                guard index >= 0 && index < model.layers.count else {
                    throw valueError(
                        "Was asked to retrieve layer at index \(index) but model only has "
                            + "\(model.layers.count) layers.")
                }
                return layerObject(model.layers[index])
            }
            let name = try optionalString(args["name"], name: "name") ?? ""
            guard let layer = model.layers.first(where: { $0.name == name }) else {
                throw valueError(
                    "No such layer: \(name). Existing layers are: "
                        + "\((try? rt.repr(rt.list(model.layers.map { Value($0.name) }))) ?? "[]")."
                )
            }
            return layerObject(layer)
        }
    }

    /// A layer argument, with Keras's error for anything else.
    func layerArgument(_ value: Value) throws(PyError) -> Layer {
        if let layer = value.asInstance?.payload as? Layer { return layer }
        if let inst = value.asInstance, inst.cls.isSubclass(of: classes[.layer]) {
            throw rt.error(
                .runtimeError, "You must call `super().__init__()` in the layer constructor.")
        }
        throw typeError(
            "The added layer must be an instance of class Layer. Received: layer="
                + "\((try? rt.repr(value)) ?? "?") of type \(rt.typeOf(value).displayNameForKeras)."
        )
    }

}

extension PyClass {
    /// The class as Keras's messages show it (`<class 'int'>`).
    fileprivate var displayNameForKeras: String { "<class '\(displayName)'>" }
}
