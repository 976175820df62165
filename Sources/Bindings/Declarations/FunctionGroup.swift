import Interpreter

/// A declaration of module functions (and other values) under one root module (`tf` or
/// `np`): the engine runs `define` when a script first imports that root, and `define` places
/// each function at its paths in the ``ModuleTree``.
///
/// ```swift
/// extension FunctionGroup {
///     /// `tf.random`'s functions.
///     static let random = FunctionGroup("tf") { engine, m in engine.defineRandomFunctions(m) }
/// }
/// ```
struct FunctionGroup: Sendable {
    /// The root module's alias (`tf`, `np`).
    let root: String
    /// Places the group's values.
    let define: @Sendable (Engine, ModuleTree) -> Void

    init(_ root: String, define: @escaping @Sendable (Engine, ModuleTree) -> Void) {
        self.root = root
        self.define = define
    }
}
