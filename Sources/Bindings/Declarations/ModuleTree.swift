import Interpreter

/// A script module as declared in ``Catalog/modules``: the dotted path scripts reach it by,
/// from the modules' usual aliases (`tf.keras.layers`), and its `__name__`
/// (`keras.api._v2.keras.layers`).
struct ModuleBinding: Sendable {
    /// The dotted path from `tf` or `np`.
    let path: String
    /// The module's `__name__`.
    let name: String

    init(_ path: String, _ name: String) {
        self.path = path
        self.name = name
    }
}

/// The script modules of one session by their dotted paths (`tf`, `tf.keras.layers`, `np`),
/// each made on first use with its declared name and set as an attribute of its parent.
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
    private static let names: [String: String] = Dictionary(
        uniqueKeysWithValues: Catalog.modules.map { ($0.path, $0.name) })

    init(_ rt: Runtime) {
        self.rt = rt
    }

    /// The module at `path`, made (and set on its parent) on first use.
    func module(_ path: String) -> PyModule {
        if let existing = modules[path] { return existing }
        let made = rt.makeModule(Self.names[path] ?? Self.defaultName(path))
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

    /// The name of an undeclared module: its path with the root alias spelled out.
    private static func defaultName(_ path: String) -> String {
        let root = path.prefix { $0 != "." }
        let full = root == "np" ? "numpy" : root == "tf" ? "tensorflow" : String(root)
        return full + path.dropFirst(root.count)
    }
}
