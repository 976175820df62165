import Syntax

/// `import a.b as c, d`.
final class ImportNode: StmtNode {
    /// The dotted name, the target to bind, and whether the alias binds the full module.
    let names: [(name: String, target: TargetRef, bindsFull: Bool)]
    unowned(unsafe) let rt: Runtime

    init(_ names: [(String, TargetNode, Bool)], _ rt: Runtime, _ location: SourceLocation) {
        self.names = names.map { ($0.0, TargetRef($0.1), $0.2) }
        self.rt = rt
        super.init(location)
    }

    override func exec(_ f: Frame) throws(PyError) -> Flow {
        for (name, target, bindsFull) in names {
            let module = try rt.importModule(name)
            if bindsFull {
                try target.assign(f, .object(module))
            } else {
                let top = String(name.split(separator: ".").first ?? Substring(name))
                try target.assign(f, .object(try rt.importModule(top)))
            }
        }
        return .normal
    }
}

/// `from module import a as b, c` and `from module import *`.
final class ImportFromNode: StmtNode {
    let module: String
    let level: Int
    let names: [(name: String, target: TargetRef)]
    let isStar: Bool
    unowned(unsafe) let rt: Runtime

    init(
        module: String, level: Int, _ names: [(String, TargetNode)], isStar: Bool, _ rt: Runtime,
        _ location: SourceLocation
    ) {
        self.module = module
        self.level = level
        self.names = names.map { ($0.0, TargetRef($0.1)) }
        self.isStar = isStar
        self.rt = rt
        super.init(location)
    }

    override func exec(_ f: Frame) throws(PyError) -> Flow {
        if level > 0 {
            throw rt.error(.importError, "attempted relative import with no known parent package")
        }
        let m = try rt.importModule(module)
        if isStar {
            var exported: [String] = []
            if let all = m["__all__"] {
                for v in try rt.collect(all) {
                    if case .str(let s) = v { exported.append(s.value) }
                }
            } else {
                exported = m.names.filter { !$0.hasPrefix("_") }
            }
            for name in exported {
                guard let v = m[name] else {
                    throw rt.error(.attributeError, "module '\(m.name)' has no attribute '\(name)'")
                }
                rt.mainModule.cell(name).value = v
            }
            return .normal
        }
        for (name, target) in names {
            if let v = m[name] {
                try target.assign(f, v)
                continue
            }
            if let sub = try? rt.importModule(module + "." + name) {
                try target.assign(f, .object(sub))
                continue
            }
            let e = rt.error(
                .importError, "cannot import name '\(name)' from '\(module)' (unknown location)")
            throw e
        }
        return .normal
    }
}

extension Runtime {
    /// Loads a module by (dotted) name: already loaded, a registered factory, or a module
    /// attribute of its parent package.
    public func importModule(_ name: String) throws(PyError) -> PyModule {
        if let m = loadedModules[name] { return m }
        if let factory = moduleFactories[name] {
            // Load the parent first so that `import a.b` sees `a`.
            if let dot = name.lastIndex(of: ".") {
                _ = try? importModule(String(name[..<dot]))
            }
            let m: PyModule
            do {
                m = try factory(self)
            } catch {
                throw pythonError(from: error)
            }
            loadedModules[name] = m
            return m
        }
        if let dot = name.lastIndex(of: ".") {
            let parent = try importModule(String(name[..<dot]))
            let child = String(name[name.index(after: dot)...])
            if case .object(let o)? = parent[child], o.kind == .module {
                let m = unsafeDowncast(o, to: PyModule.self)
                loadedModules[name] = m
                return m
            }
        }
        let e = error(.moduleNotFoundError, "No module named '\(name)'")
        e.exception.attributes.set(intern("name"), Value(name))
        throw e
    }
}
