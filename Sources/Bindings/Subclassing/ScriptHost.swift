import Layers
import Tensors

/// An engine layer whose class a script defines: it runs the script's `call` and `build` where
/// the script overrides them (``ScriptOverrides``), and the engine's own otherwise.
///
/// Three hosts serve every engine class a script can extend. ``ScriptLayer`` extends any layer
/// by wrapping the engine layer of the class the script names (a plain `Layer`, a `Dense`, a
/// `Dropout`, …), so a new layer class needs no host of its own. ``ScriptModel`` and
/// ``ScriptSequential`` derive from the engine's model classes instead, because a model's own
/// state (its layers, its graph, its build on a placeholder) must be the host's. (Swift can't
/// derive a class from a generic parameter, and the engine's `Layer` has no delegate for its
/// hooks, so each engine base with a lifecycle of its own has one host.)
protocol ScriptHost: Layer, ScriptBacked {
    /// What the script class overrides.
    var script: ScriptOverrides { get }
    /// The engine layer whose state and behaviour the script extends (the wrapped layer, or
    /// the host itself).
    var engineLayer: Layer { get }
    /// The engine's own `call` (for `super().call(x)` in the script).
    func engineCall(_ input: Tensor, training: Bool?) throws -> Tensor
    /// The engine's own `build` (for `super().build(input_shape)` in the script).
    func engineBuild(_ inputShape: TensorShape) throws
}

extension ScriptHost {
    func releaseScriptObject() {
        script.instance = nil
    }

    /// Builds with the script's `build` when its class defines one, else with the engine's.
    func dispatchBuild(_ inputShape: TensorShape) throws {
        if script.definesBuild {
            try script.build(inputShape)
        } else {
            try engineBuild(inputShape)
        }
    }

    /// Calls the script's `call` when its class defines one, else the engine's.
    func dispatchCall(_ input: Tensor, training: Bool?) throws -> Tensor {
        script.definesCall
            ? try script.call(input, training: training)
            : try engineCall(input, training: training)
    }
}
