import Interpreter

/// The script modules of one session by their dotted paths (`tf`, `tf.keras.layers`, `np`),
/// each made on first use with TensorFlow's (or numpy's) name for it, set as an attribute of
/// its parent, and with a `__getattr__` that tells a name lit lacks from one TensorFlow lacks
/// too.
///
/// Declarations place classes and functions in it by path:
///
/// ```swift
/// m["tf.math.abs"] = function("abs", module: mathOps, "x, name=None") { … }
/// m.export(eye, at: "tf.eye", "tf.linalg.eye")
/// let layers = m.module("tf.keras.layers")    // named keras.api._v2.keras.layers
/// ```
final class ModuleTree {
    private unowned(unsafe) let rt: Runtime
    private var modules: [String: PyModule] = [:]

    init(_ rt: Runtime) {
        self.rt = rt
    }

    /// The module at `path`, made (and set on its parent) on first use.
    func module(_ path: String) -> PyModule {
        if let existing = modules[path] { return existing }
        let name = PublicNames.moduleName(path) ?? Self.defaultName(path)
        let made = rt.makeModule(name)
        made["__getattr__"] = Self.missingAttributeHook(path: path, moduleName: name)
        modules[path] = made
        if let dot = path.lastIndex(of: ".") {
            module(String(path[..<dot]))[String(path[path.index(after: dot)...])] = .object(made)
        }
        return made
    }

    /// The value at a dotted path (`tf.math.abs`); setting it places the value in its module.
    subscript(path: String) -> Value? {
        get {
            guard let dot = path.lastIndex(of: ".") else { return nil }
            return modules[String(path[..<dot])]?[String(path[path.index(after: dot)...])]
        }
        set {
            guard let dot = path.lastIndex(of: ".") else { return }
            module(String(path[..<dot]))[String(path[path.index(after: dot)...])] = newValue
        }
    }

    /// Places `value` at every path in `paths` (`tf.eye` and `tf.linalg.eye` are one function).
    func export(_ value: Value, at paths: String...) {
        for path in paths {
            self[path] = value
        }
    }

    /// Forgets every module (the session ended).
    func removeAll() {
        modules.removeAll()
    }

    /// The name of a module TensorFlow doesn't have: its path with the root alias spelled out.
    private static func defaultName(_ path: String) -> String {
        let root = path.prefix { $0 != "." }
        let full = root == "np" ? "numpy" : root == "tf" ? "tensorflow" : String(root)
        return full + path.dropFirst(root.count)
    }
}
