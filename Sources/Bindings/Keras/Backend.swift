import Interpreter
import Layers

extension FunctionGroup {
    /// `tf.keras.backend`.
    static let kerasBackend = FunctionGroup("tf") { engine, m in engine.defineKerasBackend(m) }
}

extension Engine {
    /// `tf.keras.backend.clear_session()`, which restarts the layer names.
    fileprivate func defineKerasBackend(_ m: ModuleTree) {
        m["tf.keras.backend.clear_session"] = function(
            "clear_session", module: "keras.src.backend", "free_memory=True"
        ) { [self] _ in
            keras.resetNames()
            return .none
        }
    }
}
