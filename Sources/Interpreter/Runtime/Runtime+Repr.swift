import BigInt
import NumberFormat

extension Runtime {
    /// `repr(v)`.
    public func repr(_ v: Value) throws(PyError) -> String {
        switch v {
        case .none, .unbound: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return pythonFloatRepr(d)
        case .str(let s): return quoteString(s.value)
        case .object(let o): return try objectRepr(o, v)
        }
    }

    /// `str(v)`.
    public func str(_ v: Value) throws(PyError) -> String {
        switch v {
        case .str(let s): return s.value
        case .object(let o) where o.kind == .instance:
            let cls = unsafeDowncast(o, to: PyInstance.self).cls
            if let m = cls.special(.str) {
                let r = try callBound(m, receiver: v)
                guard case .str(let s) = r else {
                    throw typeError("__str__ returned non-string (type \(typeName(r)))")
                }
                return s.value
            }
            return try repr(v)
        default:
            return try repr(v)
        }
    }

    /// The decimal digits of a big int, with CPython 3.11's digit limit.
    func bigIntText(_ b: BigInt) throws(PyError) -> String {
        if b.bitWidth > 14_000 {
            let text = b.description
            let digits = text.hasPrefix("-") ? text.count - 1 : text.count
            if digits > 4300 {
                throw valueError(
                    "Exceeds the limit (4300 digits) for integer string conversion; use "
                        + "sys.set_int_max_str_digits() to increase the limit")
            }
            return text
        }
        return b.description
    }

    /// `0x7f…` for an object, as CPython's reprs show addresses.
    func hexAddress(_ o: PyObject) -> String {
        "0x" + String(address(of: o), radix: 16)
    }

    private func objectRepr(_ o: PyObject, _ v: Value) throws(PyError) -> String {
        switch o.kind {
        case .bigint: return try bigIntText(unsafeDowncast(o, to: PyBigInt.self).value)
        case .str: return quoteString(unsafeDowncast(o, to: PyStr.self).value)
        case .list:
            let items = unsafeDowncast(o, to: PyList.self).items
            if items.isEmpty { return "[]" }
            return try guarded(o, cycle: "[...]") { () throws(PyError) -> String in
                "[" + (try joinedReprs(items)) + "]"
            }
        case .tuple:
            let items = unsafeDowncast(o, to: PyTuple.self).items
            if items.isEmpty { return "()" }
            if items.count == 1 { return "(" + (try repr(items[0])) + ",)" }
            return try guarded(o, cycle: "(...)") { () throws(PyError) -> String in
                "(" + (try joinedReprs(items)) + ")"
            }
        case .dict:
            let d = unsafeDowncast(o, to: PyDict.self)
            if d.count == 0 { return "{}" }
            return try guarded(o, cycle: "{...}") { () throws(PyError) -> String in
                var parts: [String] = []
                for (k, value) in d.orderedItems {
                    parts.append((try repr(k)) + ": " + (try repr(value)))
                }
                return "{" + parts.joined(separator: ", ") + "}"
            }
        case .set, .frozenset:
            let s = unsafeDowncast(o, to: PySet.self)
            let name = s.isFrozen ? "frozenset" : "set"
            if s.count == 0 { return name + "()" }
            return try guarded(o, cycle: name + "(...)") { () throws(PyError) -> String in
                let body = "{" + (try joinedReprs(s.elements)) + "}"
                return s.isFrozen ? "frozenset(" + body + ")" : body
            }
        case .range:
            let r = unsafeDowncast(o, to: PyRange.self)
            if r.step == 1 { return "range(\(r.start), \(r.stop))" }
            return "range(\(r.start), \(r.stop), \(r.step))"
        case .slice:
            let s = unsafeDowncast(o, to: PySlice.self)
            return "slice(\(try repr(s.start)), \(try repr(s.stop)), \(try repr(s.step)))"
        case .function:
            return
                "<function \(unsafeDowncast(o, to: PyFunction.self).qualname) at \(hexAddress(o))>"
        case .nativeFunction:
            return "<built-in function \(unsafeDowncast(o, to: PyNativeFunction.self).name)>"
        case .boundMethod:
            let m = unsafeDowncast(o, to: PyBoundMethod.self)
            if case .object(let fo) = m.function, fo.kind == .nativeFunction {
                let f = unsafeDowncast(fo, to: PyNativeFunction.self)
                if let recv = m.receiver.asObject, m.receiver.asClass == nil {
                    return "<built-in method \(f.name) of \(typeName(m.receiver)) object at "
                        + "\(hexAddress(recv))>"
                }
                return "<built-in method \(f.name) of \(try repr(m.receiver))>"
            }
            let name = (try? lookupAttribute(m.function, intern("__qualname__")))??.asString ?? "?"
            return "<bound method \(name) of \(try repr(m.receiver))>"
        case .type:
            return "<class '\(unsafeDowncast(o, to: PyClass.self).displayName)'>"
        case .module:
            let m = unsafeDowncast(o, to: PyModule.self)
            return m.origin.isEmpty ? "<module '\(m.name)'>" : "<module '\(m.name)' \(m.origin)>"
        case .instance:
            let inst = unsafeDowncast(o, to: PyInstance.self)
            if let m = inst.cls.special(.repr) {
                try enterRecursion()
                defer { leaveRecursion() }
                let r = try callBound(m, receiver: v)
                guard case .str(let s) = r else {
                    throw typeError("__repr__ returned non-string (type \(typeName(r)))")
                }
                return s.value
            }
            return "<\(inst.cls.displayName) object at \(hexAddress(o))>"
        case .iterator, .cell:
            if let g = o as? GeneratorObject {
                return "<generator object \(g.code.qualname) at \(hexAddress(o))>"
            }
            return "<\(typeName(v)) object at \(hexAddress(o))>"
        case .dictView:
            let view = unsafeDowncast(o, to: PyDictView.self)
            let items: [Value]
            let name: String
            switch view.which {
            case .keys:
                items = view.dict.orderedKeys
                name = "dict_keys"
            case .values:
                items = view.dict.orderedValues
                name = "dict_values"
            case .items:
                items = view.dict.orderedItems.map { .object(PyTuple([$0.key, $0.value])) }
                name = "dict_items"
            }
            return try guarded(o, cycle: "...") { () throws(PyError) -> String in
                name + "([" + (try joinedReprs(items)) + "])"
            }
        case .property:
            return "<property object at \(hexAddress(o))>"
        case .staticMethod:
            return
                "<staticmethod(\(try repr(unsafeDowncast(o, to: PyStaticMethod.self).function)))>"
        case .classMethod:
            return "<classmethod(\(try repr(unsafeDowncast(o, to: PyClassMethod.self).function)))>"
        case .superProxy:
            let s = unsafeDowncast(o, to: PySuper.self)
            return "<super: <class '\(s.thisClass.name)'>, <\(s.receiverClass.name) object>>"
        case .ellipsis:
            return "Ellipsis"
        case .notImplemented:
            return "NotImplemented"
        }
    }

    private func joinedReprs(_ items: [Value]) throws(PyError) -> String {
        var out = ""
        for (i, item) in items.enumerated() {
            if i > 0 { out += ", " }
            out += try repr(item)
            try tick()
        }
        return out
    }

    /// Runs a container repr with cycle detection and recursion accounting.
    private func guarded(
        _ o: PyObject, cycle: String, _ body: () throws(PyError) -> String
    ) throws(PyError) -> String {
        let id = ObjectIdentifier(o)
        if reprStack.contains(id) { return cycle }
        try enterRecursion()
        reprStack.append(id)
        defer {
            reprStack.removeLast()
            leaveRecursion()
        }
        return try body()
    }

    /// Python's `repr` of a str: single quotes unless the text has `'` and no `"`.
    public func quoteString(_ s: String) -> String {
        var hasSingle = false
        var hasDouble = false
        for u in s.unicodeScalars {
            if u == "'" { hasSingle = true }
            if u == "\"" { hasDouble = true }
        }
        let quote: Unicode.Scalar = hasSingle && !hasDouble ? "\"" : "'"
        var out = String.UnicodeScalarView()
        out.append(quote)
        for u in s.unicodeScalars {
            switch u {
            case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
            case "\n": out.append(contentsOf: "\\n".unicodeScalars)
            case "\r": out.append(contentsOf: "\\r".unicodeScalars)
            case "\t": out.append(contentsOf: "\\t".unicodeScalars)
            default:
                if u == quote {
                    out.append("\\")
                    out.append(u)
                } else if isPrintable(u) {
                    out.append(u)
                } else {
                    let v = u.value
                    let text: String
                    if v < 0x100 {
                        text = "\\x" + hex(v, 2)
                    } else if v < 0x10000 {
                        text = "\\u" + hex(v, 4)
                    } else {
                        text = "\\U" + hex(v, 8)
                    }
                    out.append(contentsOf: text.unicodeScalars)
                }
            }
        }
        out.append(quote)
        return String(out)
    }

    private func hex(_ v: UInt32, _ width: Int) -> String {
        let digits = String(v, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Python's `str.isprintable` for one character.
    func isPrintable(_ u: Unicode.Scalar) -> Bool {
        if u.value < 0x7f { return u.value >= 0x20 }
        if u.value < 0xa0 { return false }
        switch u.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator,
            .paragraphSeparator, .spaceSeparator:
            return u == " "
        default:
            return true
        }
    }
}
