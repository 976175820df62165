extension Runtime {
    /// The text IPython displays for a value (`Out[n]`), wrapped at 79 columns.
    public func displayText(_ value: Value) throws(PyError) -> String {
        let p = PrettyPrinter()
        var stack: [ObjectIdentifier] = []
        try pretty(value, p, &stack)
        p.flush()
        return p.output
    }

    /// IPython's `RepresentationPrinter.pretty`: finds the printer for a value's type.
    func pretty(_ v: Value, _ p: PrettyPrinter, _ stack: inout [ObjectIdentifier]) throws(PyError) {
        try tick()
        let object = v.asObject
        let id = object.map { ObjectIdentifier($0) }
        let cycle = id.map { stack.contains($0) } ?? false
        if let id = id { stack.append(id) }
        try enterRecursion()
        p.beginGroup()
        defer {
            p.endGroup()
            leaveRecursion()
            if id != nil { stack.removeLast() }
        }
        switch v {
        case .none, .unbound, .bool, .int, .float, .str:
            try reprPretty(v, p)
            return
        case .object(let o):
            switch o.kind {
            case .bigint, .range, .slice, .module, .boundMethod, .dictView, .cell, .staticMethod,
                .classMethod, .ellipsis, .notImplemented:
                if o.kind == .boundMethod,
                    let f = unsafeDowncast(o, to: PyBoundMethod.self).function
                        .object(as: PyNativeFunction.self)
                {
                    p.text("<function \(nativeFunctionDisplayName(f, bound: true))>")
                    return
                }
                try reprPretty(v, p)
            case .list:
                try sequencePretty(
                    unsafeDowncast(o, to: PyList.self).items, "[", "]", isTuple: false, cycle, p,
                    &stack)
            case .tuple:
                try sequencePretty(
                    unsafeDowncast(o, to: PyTuple.self).items, "(", ")", isTuple: true, cycle, p,
                    &stack)
            case .dict:
                try dictPretty(unsafeDowncast(o, to: PyDict.self), cycle, p, &stack)
            case .set, .frozenset:
                try setPretty(unsafeDowncast(o, to: PySet.self), cycle, p, &stack)
            case .type:
                p.text(unsafeDowncast(o, to: PyClass.self).displayName)
            case .function:
                p.text("<function \(functionDisplayName(unsafeDowncast(o, to: PyFunction.self)))>")
            case .nativeFunction:
                p.text(
                    "<function \(nativeFunctionDisplayName(unsafeDowncast(o, to: PyNativeFunction.self), bound: false))>"
                )
            case .instance:
                try instancePretty(unsafeDowncast(o, to: PyInstance.self), v, cycle, p, &stack)
            case .iterator:
                if o is GeneratorObject {
                    try reprPretty(v, p)
                } else {
                    defaultPretty(typeOf(v), o, p)
                }
            case .property:
                defaultPretty(types.property, o, p)
            case .superProxy:
                let s = unsafeDowncast(o, to: PySuper.self)
                p.beginGroup(8, "<super: ")
                try pretty(.object(s.thisClass), p, &stack)
                p.text(",")
                p.breakable()
                try pretty(s.receiver, p, &stack)
                p.endGroup(8, ">")
            case .str:
                try reprPretty(v, p)
            }
        }
    }

    /// `_repr_pprint`: the repr, with its line breaks kept inside the current group.
    private func reprPretty(_ v: Value, _ p: PrettyPrinter) throws(PyError) {
        let text = try repr(v)
        let lines = splitLines(text)
        p.beginGroup()
        for (i, line) in lines.enumerated() {
            if i > 0 { p.forceBreak() }
            p.text(line)
        }
        p.endGroup()
    }

    /// `str.splitlines()` without keepends.
    private func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var iterator = text.unicodeScalars.makeIterator()
        var pendingCR = false
        while let u = iterator.next() {
            if pendingCR {
                pendingCR = false
                if u == "\n" { continue }
            }
            switch u.value {
            case 0x0a, 0x0b, 0x0c, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
                lines.append(String(current))
                current = String.UnicodeScalarView()
            case 0x0d:
                lines.append(String(current))
                current = String.UnicodeScalarView()
                pendingCR = true
            default:
                current.append(u)
            }
        }
        if !current.isEmpty { lines.append(String(current)) }
        return lines
    }

    private func sequencePretty(
        _ items: [Value], _ open: String, _ close: String, isTuple: Bool, _ cycle: Bool,
        _ p: PrettyPrinter, _ stack: inout [ObjectIdentifier]
    ) throws(PyError) {
        if cycle {
            p.text(open + "..." + close)
            return
        }
        let step = open.count
        p.beginGroup(step, open)
        for (i, x) in items.enumerated() {
            if i >= p.maxSequenceLength {
                p.text(",")
                p.breakable()
                p.text("...")
                break
            }
            if i > 0 {
                p.text(",")
                p.breakable()
            }
            try pretty(x, p, &stack)
        }
        if isTuple && items.count == 1 { p.text(",") }
        p.endGroup(step, close)
    }

    private func dictPretty(
        _ d: PyDict, _ cycle: Bool, _ p: PrettyPrinter, _ stack: inout [ObjectIdentifier]
    )
        throws(PyError)
    {
        if cycle {
            p.text("{...}")
            return
        }
        p.beginGroup(1, "{")
        for (i, pair) in d.orderedItems.enumerated() {
            if i >= p.maxSequenceLength {
                p.text(",")
                p.breakable()
                p.text("...")
                break
            }
            if i > 0 {
                p.text(",")
                p.breakable()
            }
            try pretty(pair.key, p, &stack)
            p.text(": ")
            try pretty(pair.value, p, &stack)
        }
        p.endGroup(1, "}")
    }

    private func setPretty(
        _ s: PySet, _ cycle: Bool, _ p: PrettyPrinter, _ stack: inout [ObjectIdentifier]
    )
        throws(PyError)
    {
        let (open, close) = s.isFrozen ? ("frozenset({", "})") : ("{", "}")
        if cycle {
            p.text(open + "..." + close)
            return
        }
        if s.count == 0 {
            p.text(s.isFrozen ? "frozenset()" : "set()")
            return
        }
        let step = open.count
        p.beginGroup(step, open)
        var items = s.elements
        if items.count < p.maxSequenceLength {
            items = sortedForDisplay(items)
        }
        for (i, x) in items.enumerated() {
            if i >= p.maxSequenceLength {
                p.text(",")
                p.breakable()
                p.text("...")
                break
            }
            if i > 0 {
                p.text(",")
                p.breakable()
            }
            try pretty(x, p, &stack)
        }
        p.endGroup(step, close)
    }

    /// `_sorted_for_pprint`: sorted, else sorted by `str`, else unchanged.
    private func sortedForDisplay(_ items: [Value]) -> [Value] {
        var sorted = items
        if (try? sortValues(&sorted, key: .none, reverse: false)) != nil { return sorted }
        sorted = items
        let strFunction = builtinsModule["str"] ?? .none
        if (try? sortValues(&sorted, key: strFunction, reverse: false)) != nil { return sorted }
        return items
    }

    private func instancePretty(
        _ inst: PyInstance, _ v: Value, _ cycle: Bool, _ p: PrettyPrinter,
        _ stack: inout [ObjectIdentifier]
    ) throws(PyError) {
        let reprName = names.reprName
        for cls in inst.cls.mro {
            if let base = exceptionClasses["BaseException"], cls === base {
                try exceptionPretty(inst, p, &stack)
                return
            }
            if cls === types.object { break }
            if let r = cls.namespace.get(reprName), isCallable(r) || r.asObject?.kind == .function {
                try reprPretty(v, p)
                return
            }
        }
        defaultPretty(inst.cls, inst, p)
    }

    /// `<module.Class at 0x…>` for objects without a custom repr.
    private func defaultPretty(_ cls: PyClass, _ o: PyObject, _ p: PrettyPrinter) {
        p.beginGroup(1, "<")
        p.beginGroup()
        p.text(cls.displayName)
        p.endGroup()
        p.text(" at " + hexAddress(o))
        p.endGroup(1, ">")
    }

    /// An exception shown as a call expression, `ValueError('message')`.
    private func exceptionPretty(
        _ inst: PyInstance, _ p: PrettyPrinter, _ stack: inout [ObjectIdentifier]
    )
        throws(PyError)
    {
        let cls = inst.cls
        let name = cls.module == "builtins" ? cls.qualname : cls.module + "." + cls.qualname
        let prefix = name + "("
        p.beginGroup(prefix.count, prefix)
        for (i, arg) in (inst.exceptionState?.args ?? []).enumerated() {
            if i > 0 {
                p.text(",")
                p.breakable()
            }
            try pretty(arg, p, &stack)
        }
        p.endGroup(prefix.count, ")")
    }

    /// `module.qualname(signature)` for a script function.
    func functionDisplayName(_ f: PyFunction) -> String {
        f.module + "." + f.qualname + signatureText(f)
    }

    /// The name and signature IPython shows for a native function.
    func nativeFunctionDisplayName(_ f: PyNativeFunction, bound: Bool) -> String {
        var name = f.qualname
        if let m = f.module, m != "builtins" { name = m + "." + name }
        guard var signature = f.signature else { return name }
        if bound, signature.hasPrefix("(self, ") {
            signature = "(" + signature.dropFirst(7)
        } else if bound, signature.hasPrefix("(self") {
            signature = "(" + signature.dropFirst(5).drop { $0 == "," || $0 == " " }
        }
        return name + signature
    }

    /// `inspect.signature` text of a script function.
    func signatureText(_ f: PyFunction) -> String {
        var parts: [String] = []
        let params = f.code.signature
        let positionalCount = params.filter { $0.kind == .positionalOnly || $0.kind == .regular }
            .count
        let firstDefault = positionalCount - f.defaults.count
        var positionalIndex = 0
        var sawPositionalOnly = false
        var emittedStar = false
        for (i, param) in params.enumerated() {
            var text = param.name
            switch param.kind {
            case .varArgs:
                text = "*" + text
                emittedStar = true
            case .varKeywords:
                text = "**" + text
            case .keywordOnly:
                if !emittedStar {
                    parts.append("*")
                    emittedStar = true
                }
            default:
                break
            }
            if let a = param.annotation { text += ": " + a }
            var defaultValue: Value?
            if param.kind == .positionalOnly || param.kind == .regular {
                if positionalIndex >= firstDefault
                    && positionalIndex - firstDefault < f.defaults.count
                {
                    defaultValue = f.defaults[positionalIndex - firstDefault]
                }
                positionalIndex += 1
            } else if param.kind == .keywordOnly, let d = f.keywordDefaults {
                defaultValue = d.get(intern(param.name))
            }
            if let d = defaultValue {
                let r = (try? repr(d)) ?? "..."
                text += param.annotation == nil ? "=" + r : " = " + r
            }
            parts.append(text)
            if param.kind == .positionalOnly {
                sawPositionalOnly = true
                let next = i + 1 < params.count ? params[i + 1].kind : nil
                if next != .positionalOnly {
                    parts.append("/")
                }
            }
        }
        _ = sawPositionalOnly
        var result = "(" + parts.joined(separator: ", ") + ")"
        if let r = f.code.returnAnnotation { result += " -> " + r }
        return result
    }
}
