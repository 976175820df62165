import Interpreter

/// What a chapter's interpreter session gets beyond the plain language: native modules to
/// import, and a scope every cell runs inside.
///
/// The bindings give each chapter fresh state (a random generator seeded from
/// ``KernelContext/seed``, new layer-name counters) by making new module factories for every
/// context, so nothing is shared between chapters that run at the same time.
public struct SessionExtensions {
    /// Native modules by import name, such as `tensorflow` and `numpy`.
    public var modules: [String: ModuleFactory]
    /// Wraps the running of each cell, on the thread that runs it (for task-local state the
    /// engine reads, such as a per-session engine context); `nil` runs cells as they are.
    public var cellScope: (@Sendable (_ body: () -> Void) -> Void)?

    /// Makes extensions; the default has no modules and no scope.
    public init(
        modules: [String: ModuleFactory] = [:],
        cellScope: (@Sendable (_ body: () -> Void) -> Void)? = nil
    ) {
        self.modules = modules
        self.cellScope = cellScope
    }
}

/// Makes the extensions of one chapter's session; called once per chapter.
public typealias SessionExtender = @Sendable (KernelContext) -> SessionExtensions
