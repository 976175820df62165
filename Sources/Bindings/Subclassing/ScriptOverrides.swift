import Interpreter
import Layers
import Tensors

/// What a script class adds to the engine class it extends (`class MLP(tf.keras.Model)`,
/// `class Twice(tf.keras.layers.Dense)`): the script instance, and which of the engine's hooks
/// (`call`, `build`) the script overrides.
///
/// A script host (``ScriptHost``) asks it before running the engine's own hook; the
/// overridden hooks call back into the script's methods (re-entrantly, on the session's
/// thread).
final class ScriptOverrides {
    unowned(unsafe) let engine: Engine
    /// The script instance (held until the session ends, since the engine may hold the layer
    /// after the script drops it, as a `Sequential` does).
    var instance: PyInstance?
    /// Whether the script class defines `call`.
    let definesCall: Bool
    /// Whether the script class defines `build`.
    let definesBuild: Bool
    /// The name of `call`'s first parameter after `self` (Keras names the argument with it in
    /// error context).
    let callParameterName: String
    /// Whether `call` takes `training`.
    let callTakesTraining: Bool

    /// The overrides of `instance`'s class against the nearest engine class in its MRO (a
    /// script `Model` inherits `Model`'s own native methods, which are not overrides).
    init(engine: Engine, instance: PyInstance) {
        self.engine = engine
        self.instance = instance
        let cls = instance.cls
        let native = engine.classes.nearestEngineClass(cls) ?? engine.classes[.layer]
        let callMethod = engine.scriptOverride(cls, "call", native: native)
        definesCall = callMethod != nil
        definesBuild = engine.scriptOverride(cls, "build", native: native) != nil
        let call = engine.scriptFunction(callMethod)
        let names = call?.parameterNames ?? []
        callParameterName = names.count > 1 ? names[1] : "inputs"
        callTakesTraining = names.contains("training") || (call?.acceptsAnyKeyword ?? false)
    }

    /// Runs the script's `call` on `input`.
    func call(_ input: Tensor, training: Bool?) throws -> Tensor {
        let rt = engine.rt
        guard let instance else {
            throw LayerError(.runtime, "The layer's script object is gone (the session ended).")
        }
        var keywords: [(String, Value)] = []
        if callTakesTraining, let training { keywords.append(("training", .bool(training))) }
        let result = try rt.callMethod(
            .object(instance), "call", [engine.wrap(input)], keywords: keywords)
        return try engine.callResult(result, layer: instance.cls.name)
    }

    /// Runs the script's `build` with the input shape as a `TensorShape`.
    func build(_ inputShape: TensorShape) throws {
        guard let instance else { return }
        _ = try engine.rt.callMethod(.object(instance), "build", [engine.shapeObject(inputShape)])
    }

    /// How Keras lists the arguments of a failed call of the script's `call`.
    func callArguments(input: Tensor, training: Bool?) -> [(name: String, value: String)] {
        var arguments = [(callParameterName, Layer.describeArgument(input))]
        if callTakesTraining { arguments.append(("training", Layer.describeArgument(training))) }
        return arguments
    }
}

extension Engine {
    /// The method `name` of a class when a script overrides the engine's (a function, or a
    /// `tf.function` object wrapping one); `nil` when only the engine defines it.
    func scriptOverride(_ cls: PyClass, _ name: String, native: PyClass) -> Value? {
        guard let value = try? rt.getAttribute(.object(cls), name) else { return nil }
        if let nativeValue = try? rt.getAttribute(.object(native), name),
            value.isIdentical(to: nativeValue)
        {
            return nil
        }
        return value
    }

    /// The script function behind a method value (unwrapping `tf.function`).
    func scriptFunction(_ value: Value?) -> PyFunction? {
        guard let value else { return nil }
        if let f = value.object(as: PyFunction.self) { return f }
        return functionTarget(value).flatMap { $0.object(as: PyFunction.self) }
    }
}
