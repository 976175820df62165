import Interpreter

/// One engine class as scripts see it, declared once: its Python name and module, where
/// scripts find it, the class it derives from, which engine objects it shows, and its members.
///
/// A declaration is data every session shares; each session's engine makes its own class from
/// it (``ClassTable``), places it at its exports (``ModuleTree``) and defines its members, whose
/// bodies capture that engine. ``Catalog/classes`` lists every declaration.
///
/// ```swift
/// extension ClassBinding {
///     /// `tf.keras.layers.Flatten`.
///     static let flatten = ClassBinding(
///         "Flatten", module: "keras.src.layers.reshaping.flatten", base: .layer,
///         exports: ["tf.keras.layers.Flatten"], shows: Flatten.self
///     ) { engine, members in engine.defineFlatten(members) }
/// }
/// ```
final class ClassBinding: Sendable {
    /// What a class derives from.
    enum Base: Sendable {
        /// `object`.
        case object
        /// Another bound class.
        case bound(ClassBinding)
        /// A built-in exception class (`Exception` for TensorFlow's `OpError`).
        case builtin(PythonErrorType)
    }

    /// The class name (`Dense`).
    let name: String
    /// The module the class says it comes from (`keras.src.layers.core.dense`), as `type(x)` and
    /// the default repr show it.
    let module: String
    /// The base class.
    let base: Base
    /// Where scripts find the class, as dotted paths from the modules' usual aliases
    /// (`tf.keras.layers.Dense`); the first is the name messages use for it.
    let exports: [String]
    /// Whether an engine object is one this class shows, for objects the engine made without a
    /// script object (the last declaration in ``Catalog/classes`` that matches wins, so a
    /// subclass is declared after its base).
    let shows: (@Sendable (AnyObject) -> Bool)?
    /// Whether TensorFlow or numpy implements the class in C, so that Python's messages name
    /// it with its module (`'numpy.ndarray' object has no attribute 'x'`).
    let isCType: Bool
    /// Defines the members on the session's class.
    let members: @Sendable (Engine, ClassMembers) -> Void

    /// Declares a class.
    ///
    /// - Parameters:
    ///   - shows: the engine type whose objects get this class (`Dense.self`), if any.
    ///   - members: defines the methods and properties (usually a call of an `Engine` method
    ///     written next to the declaration).
    convenience init<Shown: AnyObject>(
        _ name: String, module: String, base: Base = .object, exports: [String] = [],
        shows: Shown.Type,
        members: @escaping @Sendable (Engine, ClassMembers) -> Void = { _, _ in }
    ) {
        self.init(
            name, module: module, base: base, exports: exports, isCType: false,
            shows: { $0 is Shown }, members: members)
    }

    /// Declares a class whose objects the engine makes only for scripts (no `shows`).
    convenience init(
        _ name: String, module: String, base: Base = .object, exports: [String] = [],
        isCType: Bool = false,
        members: @escaping @Sendable (Engine, ClassMembers) -> Void = { _, _ in }
    ) {
        self.init(
            name, module: module, base: base, exports: exports, isCType: isCType, shows: nil,
            members: members)
    }

    private init(
        _ name: String, module: String, base: Base, exports: [String], isCType: Bool,
        shows: (@Sendable (AnyObject) -> Bool)?,
        members: @escaping @Sendable (Engine, ClassMembers) -> Void
    ) {
        self.name = name
        self.module = module
        self.base = base
        self.exports = exports
        self.isCType = isCType
        self.shows = shows
        self.members = members
    }

    /// The dotted name messages use for the class (`tf.keras.layers.Dense`), `nil` when scripts
    /// can't reach it by name.
    var publicName: String? { exports.first }
}
