/// Hooks that let native modules release what they hold when their session ends.
///
/// Native modules keep Swift state that refers back to script objects (a layer written in a
/// script is held by the engine, and holds the script instance that defines it). Such cycles
/// outlive the namespaces the session clears on `close()`; a teardown action breaks them.
extension Runtime {
    /// Runs `action` once, on the session's thread, when the session is closed (or its runtime
    /// torn down).
    ///
    /// ```swift
    /// rt.onTeardown { [engine] in engine.releaseScriptObjects() }
    /// ```
    public func onTeardown(_ action: @escaping () -> Void) {
        let key = "\u{1}teardown"
        let module: PyModule
        if let existing = loadedModules[key] {
            module = existing
        } else {
            module = PyModule(name: key)
            loadedModules[key] = module
        }
        let holder = newInstance(types.object)
        holder.payload = TeardownAction(action)
        module["action\(module.names.count)"] = .object(holder)
    }
}

extension PyClass {
    /// Removes every attribute from the class namespace (methods, properties, constants), so
    /// that native functions it held are released; for teardown only.
    public func removeAllAttributes() {
        namespace.removeAll()
        epoch.value &+= 1
    }
}

/// Runs an action when the session clears the module holding it.
private final class TeardownAction {
    let action: () -> Void

    init(_ action: @escaping () -> Void) {
        self.action = action
    }

    deinit {
        action()
    }
}
