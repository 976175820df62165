import Foundation

extension Runtime {
    /// Resolves a path a cell gave against the session's working directory, refusing
    /// absolute paths, `..` escapes and symlinks that lead outside (`PermissionError`).
    public func resolvePath(_ path: String) throws(PyError) -> URL {
        guard let root = options.workingDirectory else {
            throw error(.permissionError, "[Errno 13] Permission denied: \(quoteString(path))")
        }
        if path.isEmpty {
            throw error(.fileNotFoundError, "[Errno 2] No such file or directory: ''")
        }
        if path.hasPrefix("/") || path.hasPrefix("~") {
            throw error(.permissionError, "[Errno 13] Permission denied: \(quoteString(path))")
        }
        let rootURL = URL(fileURLWithPath: root).resolvingSymlinksInPath().standardizedFileURL
        let candidate = rootURL.appendingPathComponent(path).standardizedFileURL
        // Resolve symlinks of the deepest existing ancestor, then re-append the rest.
        var existing = candidate
        var rest: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path) && existing.path != "/" {
            rest.insert(existing.lastPathComponent, at: 0)
            existing = existing.deletingLastPathComponent()
        }
        var resolved = existing.resolvingSymlinksInPath()
        for component in rest {
            resolved = resolved.appendingPathComponent(component)
        }
        resolved = resolved.standardizedFileURL
        let rootPath = rootURL.path.hasSuffix("/") ? rootURL.path : rootURL.path + "/"
        if resolved.path != rootURL.path && !resolved.path.hasPrefix(rootPath) {
            throw error(.permissionError, "[Errno 13] Permission denied: \(quoteString(path))")
        }
        // A link still in the path dangles (resolving left it); writing through it would
        // create its target wherever that is.
        var probe = resolved
        while probe.path.hasPrefix(rootPath) {
            if (try? FileManager.default.destinationOfSymbolicLink(atPath: probe.path)) != nil {
                throw error(.permissionError, "[Errno 13] Permission denied: \(quoteString(path))")
            }
            probe = probe.deletingLastPathComponent()
        }
        return resolved
    }

    /// `open(file, mode='r', encoding=None)` for text files inside the working directory.
    func openFile(_ args: Arguments) throws(PyError) -> Value {
        let params = NativeParameters(
            "open", "file, mode='r', buffering=-1, encoding=None, errors=None, newline=None")
        let b = try params.bind(args, self)
        let path = try stringArgument(b["file"], "expected str, bytes or os.PathLike object, not")
        let mode = try stringArgument(b["mode"], "open() argument 'mode' must be str, not")
        let url = try resolvePath(path)
        let fileClass = fileType()
        let file = newInstance(fileClass)
        let state = TextFile(url: url, mode: mode, name: path)
        if mode.contains("b") {
            throw error(.notImplementedError, "binary files are not supported")
        }
        if mode.contains("r") {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                throw error(
                    .fileNotFoundError, "[Errno 2] No such file or directory: \(quoteString(path))")
            }
            if isDirectory.boolValue {
                throw error(.isADirectoryError, "[Errno 21] Is a directory: \(quoteString(path))")
            }
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw error(.permissionError, "[Errno 13] Permission denied: \(quoteString(path))")
            }
            state.content = String(decoding: data, as: UTF8.self)
        } else if mode.contains("a") {
            if let data = FileManager.default.contents(atPath: url.path) {
                state.content = String(decoding: data, as: UTF8.self)
            }
        } else if !mode.contains("w") && !mode.contains("x") {
            throw valueError("invalid mode: '\(mode)'")
        }
        file.payload = state
        return .object(file)
    }

    private func fileType() -> PyClass {
        if let cls = fileClassCache { return cls }
        let cls = makeClass(name: "TextIOWrapper", module: "_io", bases: [])
        func state(_ rt: Runtime, _ v: Value) throws(PyError) -> TextFile {
            guard let f = v.asInstance?.payload as? TextFile else {
                throw rt.valueError("I/O operation on an invalid file")
            }
            if f.closed { throw rt.valueError("I/O operation on closed file.") }
            return f
        }
        defineMethod(cls, "read") { rt, args in
            let f = try state(rt, args[0])
            let rest = String(f.content.unicodeScalars.dropFirst(f.position))
            f.position = f.content.unicodeScalars.count
            return Value(rest)
        }
        defineMethod(cls, "readline") { rt, args in
            let f = try state(rt, args[0])
            return Value(f.readLine() ?? "")
        }
        defineMethod(cls, "readlines") { rt, args in
            let f = try state(rt, args[0])
            var lines: [Value] = []
            while let line = f.readLine() { lines.append(Value(line)) }
            return .object(rt.newList(lines))
        }
        defineMethod(cls, "write") { rt, args in
            let f = try state(rt, args[0])
            let text = try rt.stringArgument(args[1], "write() argument must be str, not")
            f.content += text
            try rt.checkGrowth(bytes: f.content.utf8.count)
            f.dirty = true
            return .int(text.unicodeScalars.count)
        }
        defineMethod(cls, "close") { rt, args in
            if let f = args[0].asInstance?.payload as? TextFile { try f.close(rt) }
            return .none
        }
        defineMethod(cls, "__enter__") { _, args in args[0] }
        defineMethod(cls, "__exit__") { rt, args in
            if let f = args[0].asInstance?.payload as? TextFile { try f.close(rt) }
            return .bool(false)
        }
        defineMethod(cls, "__iter__") { _, args in args[0] }
        defineMethod(cls, "__next__") { rt, args in
            let f = try state(rt, args[0])
            guard let line = f.readLine() else { throw rt.error(.stopIteration, "") }
            return Value(line)
        }
        defineProperty(
            cls, "closed",
            get: { _, v in .bool((v.asInstance?.payload as? TextFile)?.closed ?? true) })
        defineProperty(
            cls, "name", get: { _, v in Value((v.asInstance?.payload as? TextFile)?.name ?? "") })
        fileClassCache = cls
        return cls
    }
}

/// The state of a text file opened by a cell.
final class TextFile {
    let url: URL
    let mode: String
    let name: String
    var content = ""
    var position = 0
    var dirty = false
    var closed = false

    init(url: URL, mode: String, name: String) {
        self.url = url
        self.mode = mode
        self.name = name
        if mode.contains("w") || mode.contains("a") || mode.contains("x") { dirty = true }
    }

    func readLine() -> String? {
        let scalars = Array(content.unicodeScalars)
        if position >= scalars.count { return nil }
        var end = position
        while end < scalars.count && scalars[end] != "\n" { end += 1 }
        if end < scalars.count { end += 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[position..<end])
        position = end
        return String(view)
    }

    func close(_ rt: Runtime) throws(PyError) {
        if closed { return }
        closed = true
        if dirty {
            do {
                try content.write(to: url, atomically: true, encoding: .utf8)
            } catch {
                throw rt.error(
                    .permissionError, "[Errno 13] Permission denied: \(rt.quoteString(name))")
            }
        }
    }
}
