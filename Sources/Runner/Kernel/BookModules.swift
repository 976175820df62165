import Bindings

/// The native modules the book's chapters import, for every chapter's session.
///
/// This is the one place where the script modules of the engine (`tensorflow`, `numpy`) are
/// plugged into the runner: each call makes fresh factories for one chapter, seeded from the
/// context, so chapters never share state (random generator, Keras name counters).
public enum BookModules {
    /// The extensions of the session that runs the chapter described by `context`.
    @Sendable
    public static func extensions(for context: KernelContext) -> SessionExtensions {
        SessionExtensions(modules: engineModules(EngineConfiguration(seed: context.seed)))
    }
}
