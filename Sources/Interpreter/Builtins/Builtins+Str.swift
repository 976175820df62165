/// Code-point index of `sub` in `s` at or after `from`, or `nil`.
func findSubstring(_ s: String, _ sub: String, from: Int) -> Int? {
    let hay = Array(s.unicodeScalars)
    let needle = Array(sub.unicodeScalars)
    return findScalars(hay, needle, from: from, to: hay.count)
}

/// Code-point index of `needle` in `hay[from..<to]`, or `nil`.
func findScalars(_ hay: [Unicode.Scalar], _ needle: [Unicode.Scalar], from: Int, to: Int) -> Int? {
    let end = min(to, hay.count)
    let start = max(0, from)
    if needle.isEmpty { return start <= end ? start : nil }
    if end - start < needle.count { return nil }
    var i = start
    let first = needle[0]
    while i + needle.count <= end {
        if hay[i] == first {
            var j = 1
            while j < needle.count && hay[i + j] == needle[j] {
                j += 1
            }
            if j == needle.count { return i }
        }
        i += 1
    }
    return nil
}

/// Last code-point index of `needle` in `hay[from..<to]`, or `nil`.
func rfindScalars(_ hay: [Unicode.Scalar], _ needle: [Unicode.Scalar], from: Int, to: Int) -> Int? {
    let end = min(to, hay.count)
    let start = max(0, from)
    if needle.isEmpty { return start <= end ? end : nil }
    var i = end - needle.count
    while i >= start {
        var j = 0
        while j < needle.count && hay[i + j] == needle[j] {
            j += 1
        }
        if j == needle.count { return i }
        i -= 1
    }
    return nil
}

/// Python's `str.isspace` for one character.
func isPythonSpace(_ u: Unicode.Scalar) -> Bool {
    switch u.value {
    case 0x09...0x0d, 0x1c...0x1f, 0x20, 0x85, 0xa0: return true
    default: return u.value > 0x7f && u.properties.isWhitespace
    }
}

/// Whether a character starts a new line for `str.splitlines`.
private func isLineBreak(_ u: Unicode.Scalar) -> Bool {
    switch u.value {
    case 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029: return true
    default: return false
    }
}

private func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
}

private func string(_ scalars: [Unicode.Scalar]) -> String {
    string(scalars[...])
}

extension Runtime {
    /// The str receiver of a str method.
    private func strValue(_ v: Value) -> PyStr {
        if case .str(let s) = v { return s }
        return PyStr("")
    }

    /// A str argument of a str method.
    private func strArg(_ v: Value, _ method: String) throws(PyError) -> PyStr {
        guard case .str(let s) = v else {
            throw typeError("must be str, not \(typeName(v))")
        }
        return s
    }

    /// Optional start/end arguments of find-like methods, resolved against a length.
    private func span(_ args: Arguments, from index: Int, length: Int) throws(PyError) -> (Int, Int)
    {
        func bound(_ v: Value, _ fallback: Int) throws(PyError) -> Int {
            if v.isNone || v.isUnbound { return fallback }
            var i = try intArgument(v)
            if i < 0 {
                i += length
                if i < 0 { i = 0 }
            }
            return min(i, length)
        }
        return (try bound(args[index], 0), try bound(args[index + 1], length))
    }

    func installStrMethods() {
        let str = types.str
        method(str, "upper", "(self, /)") { rt, s, _ in Value(rt.strValue(s).value.uppercased()) }
        method(str, "lower", "(self, /)") { rt, s, _ in Value(rt.strValue(s).value.lowercased()) }
        method(str, "casefold", "(self, /)") { rt, s, _ in Value(caseFolded(rt.strValue(s).value)) }
        method(str, "swapcase", "(self, /)") { rt, s, _ in
            var out = ""
            for ch in rt.strValue(s).value {
                out +=
                    ch.isUppercase ? ch.lowercased() : ch.isLowercase ? ch.uppercased() : String(ch)
            }
            return Value(out)
        }
        method(str, "capitalize", "(self, /)") { rt, s, _ in
            let text = rt.strValue(s).value
            guard let first = text.first else { return s }
            return Value(String(first).uppercased() + text.dropFirst().lowercased())
        }
        method(str, "title", "(self, /)") { rt, s, _ in
            var out = ""
            var previousCased = false
            for ch in rt.strValue(s).value {
                if ch.isLetter {
                    out += previousCased ? ch.lowercased() : ch.uppercased()
                    previousCased = ch.isCased
                } else {
                    out.append(ch)
                    previousCased = false
                }
            }
            return Value(out)
        }
        let predicates: [(String, (Character) -> Bool)] = [
            (
                "isdigit",
                {
                    $0.isNumber
                        && $0.unicodeScalars.allSatisfy {
                            $0.properties.numericType == .decimal
                                || $0.properties.numericType == .digit
                        }
                }
            ),
            (
                "isdecimal",
                { $0.unicodeScalars.allSatisfy { $0.properties.numericType == .decimal } }
            ),
            ("isnumeric", { $0.unicodeScalars.allSatisfy { $0.properties.numericType != nil } }),
            ("isalpha", { $0.isLetter }),
            (
                "isalnum",
                { $0.isLetter || $0.unicodeScalars.allSatisfy { $0.properties.numericType != nil } }
            ),
            ("isspace", { $0.unicodeScalars.allSatisfy(isPythonSpace) }),
            ("isascii", { $0.isASCII }),
        ]
        for (name, test) in predicates {
            method(str, name, "(self, /)") { rt, s, _ in
                let text = rt.strValue(s).value
                if name == "isascii" { return .bool(text.unicodeScalars.allSatisfy { $0.isASCII }) }
                return .bool(!text.isEmpty && text.allSatisfy(test))
            }
        }
        method(str, "isprintable", "(self, /)") { rt, s, _ in
            .bool(rt.strValue(s).value.unicodeScalars.allSatisfy { rt.isPrintable($0) })
        }
        method(str, "islower", "(self, /)") { rt, s, _ in
            let text = rt.strValue(s).value
            let cased = text.filter { $0.isCased }
            return .bool(!cased.isEmpty && cased.allSatisfy { $0.isLowercase })
        }
        method(str, "isupper", "(self, /)") { rt, s, _ in
            let text = rt.strValue(s).value
            let cased = text.filter { $0.isCased }
            return .bool(!cased.isEmpty && cased.allSatisfy { $0.isUppercase })
        }
        method(str, "istitle", "(self, /)") { rt, s, _ in
            var previousCased = false
            var any = false
            for ch in rt.strValue(s).value {
                if ch.isUppercase {
                    if previousCased { return .bool(false) }
                    previousCased = true
                    any = true
                } else if ch.isLowercase {
                    if !previousCased { return .bool(false) }
                    previousCased = true
                    any = true
                } else {
                    previousCased = false
                }
            }
            return .bool(any)
        }
        method(str, "isidentifier", "(self, /)") { rt, s, _ in
            let text = rt.strValue(s).value
            guard let first = text.unicodeScalars.first,
                first == "_" || first.properties.isXIDStart
            else { return .bool(false) }
            return .bool(text.unicodeScalars.dropFirst().allSatisfy { $0.properties.isXIDContinue })
        }
        for name in ["strip", "lstrip", "rstrip"] {
            method(str, name, "(self, chars=None, /)") { rt, s, args in
                try rt.expectArguments(args, name, 0, 1)
                let scalars = rt.strValue(s).scalars
                var strip: (Unicode.Scalar) -> Bool = isPythonSpace
                if !args[0].isNone && !args[0].isUnbound {
                    let chars = Set(try rt.strArg(args[0], name).scalars)
                    strip = { chars.contains($0) }
                }
                var lo = 0
                var hi = scalars.count
                if name != "rstrip" {
                    while lo < hi && strip(scalars[lo]) { lo += 1 }
                }
                if name != "lstrip" {
                    while hi > lo && strip(scalars[hi - 1]) { hi -= 1 }
                }
                return Value(string(scalars[lo..<hi]))
            }
        }
        method(str, "split", "(self, /, sep=None, maxsplit=-1)") { rt, s, args in
            try rt.splitString(s, args, fromRight: false)
        }
        method(str, "rsplit", "(self, /, sep=None, maxsplit=-1)") { rt, s, args in
            try rt.splitString(s, args, fromRight: true)
        }
        method(str, "splitlines", "(self, /, keepends=False)") { rt, s, args in
            let keep =
                args.count > 0
                ? try rt.truthy(args[0]) : try rt.truthy(args.keyword("keepends") ?? .bool(false))
            let scalars = rt.strValue(s).scalars
            var lines: [Value] = []
            var start = 0
            var i = 0
            while i < scalars.count {
                if isLineBreak(scalars[i]) {
                    var end = i + 1
                    if scalars[i] == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n" {
                        end = i + 2
                    }
                    lines.append(Value(string(scalars[start..<(keep ? end : i)])))
                    start = end
                    i = end
                } else {
                    i += 1
                }
            }
            if start < scalars.count { lines.append(Value(string(scalars[start...]))) }
            return .object(rt.newList(lines))
        }
        method(str, "join", "(self, iterable, /)") { rt, s, args in
            try rt.expectArguments(args, "join", 1, 1)
            let sep = rt.strValue(s).value
            var parts: [String] = []
            var bytes = 0
            for (i, item) in try rt.collect(args[0]).enumerated() {
                guard case .str(let p) = item else {
                    throw rt.typeError(
                        "sequence item \(i): expected str instance, \(rt.typeName(item)) found")
                }
                parts.append(p.value)
                bytes += p.value.utf8.count + sep.utf8.count
                try rt.checkGrowth(bytes: bytes)
            }
            return Value(parts.joined(separator: sep))
        }
        method(str, "replace", "(self, old, new, count=-1, /)") { rt, s, args in
            try rt.expectArguments(args, "replace", 2, 3)
            let text = rt.strValue(s).scalars
            let old = try rt.strArg(args[0], "replace").scalars
            let new = try rt.strArg(args[1], "replace").scalars
            var limit = args.count > 2 ? try rt.intArgument(args[2]) : -1
            if limit < 0 { limit = Int.max }
            var out: [Unicode.Scalar] = []
            var i = 0
            var done = 0
            if old.isEmpty {
                while done < limit && i <= text.count {
                    out.append(contentsOf: new)
                    done += 1
                    if i < text.count { out.append(text[i]) }
                    i += 1
                }
                if i < text.count { out.append(contentsOf: text[i...]) }
                try rt.checkGrowth(bytes: out.count)
                return Value(string(out))
            }
            while i < text.count {
                if done < limit, let j = findScalars(text, old, from: i, to: text.count) {
                    out.append(contentsOf: text[i..<j])
                    out.append(contentsOf: new)
                    i = j + old.count
                    done += 1
                    try rt.checkGrowth(bytes: out.count)
                } else {
                    out.append(contentsOf: text[i...])
                    break
                }
            }
            return Value(string(out))
        }
        for name in ["find", "rfind", "index", "rindex"] {
            method(str, name, "(self, sub, start=None, end=None, /)") { rt, s, args in
                try rt.expectArguments(args, name, 1, 3)
                let text = rt.strValue(s).scalars
                let sub = try rt.strArg(args[0], name).scalars
                let (lo, hi) = try rt.span(args, from: 1, length: text.count)
                let found =
                    name.hasPrefix("r")
                    ? rfindScalars(text, sub, from: lo, to: hi)
                    : findScalars(text, sub, from: lo, to: hi)
                if let f = found { return .int(f) }
                if name.hasSuffix("index") { throw rt.valueError("substring not found") }
                return .int(-1)
            }
        }
        method(str, "count", "(self, sub, start=None, end=None, /)") { rt, s, args in
            try rt.expectArguments(args, "count", 1, 3)
            let text = rt.strValue(s).scalars
            let sub = try rt.strArg(args[0], "count").scalars
            let (lo, hi) = try rt.span(args, from: 1, length: text.count)
            if sub.isEmpty { return .int(max(0, hi - lo) + 1) }
            var n = 0
            var i = lo
            while let f = findScalars(text, sub, from: i, to: hi) {
                n += 1
                i = f + sub.count
            }
            return .int(n)
        }
        for name in ["startswith", "endswith"] {
            method(str, name, "(self, prefix, start=None, end=None, /)") { rt, s, args in
                try rt.expectArguments(args, name, 1, 3)
                let text = rt.strValue(s).scalars
                let (lo, hi) = try rt.span(args, from: 1, length: text.count)
                var candidates: [PyStr] = []
                if let t = args[0].asTuple {
                    for item in t.items {
                        guard case .str(let p) = item else {
                            throw rt.typeError(
                                "tuple for \(name) must only contain str, not \(rt.typeName(item))")
                        }
                        candidates.append(p)
                    }
                } else if case .str(let p) = args[0] {
                    candidates = [p]
                } else {
                    throw rt.typeError(
                        "\(name) first arg must be str or a tuple of str, not \(rt.typeName(args[0]))"
                    )
                }
                if lo > hi { return .bool(false) }
                let window = text[lo..<hi]
                for c in candidates {
                    let p = c.scalars
                    if name == "startswith"
                        ? window.starts(with: p) : window.reversed().starts(with: p.reversed())
                    {
                        return .bool(true)
                    }
                }
                return .bool(false)
            }
        }
        for name in ["center", "ljust", "rjust"] {
            method(str, name, "(self, width, fillchar=' ', /)") { rt, s, args in
                try rt.expectArguments(args, name, 1, 2)
                let text = rt.strValue(s)
                let width = try rt.intArgument(args[0])
                var fill = " "
                if args.count > 1 {
                    let f = try rt.strArg(args[1], name)
                    guard f.count == 1 else {
                        throw rt.typeError("The fill character must be exactly one character long")
                    }
                    fill = f.value
                }
                let n = text.count
                if width <= n { return s }
                try rt.checkGrowth(bytes: width)
                let padding = width - n
                switch name {
                case "ljust": return Value(text.value + String(repeating: fill, count: padding))
                case "rjust": return Value(String(repeating: fill, count: padding) + text.value)
                default:
                    let left = padding / 2 + (padding & width & 1)
                    return Value(
                        String(repeating: fill, count: left) + text.value
                            + String(repeating: fill, count: padding - left))
                }
            }
        }
        method(str, "translate", "(self, table, /)") { rt, s, args in
            try rt.expectArguments(args, "translate", 1, 1)
            return Value(try rt.translate(rt.strValue(s).value, args[0]))
        }
        let maketrans = PyNativeFunction(name: "maketrans", qualname: "str.maketrans") {
            rt, args in
            try rt.expectArguments(args, "maketrans", 1, 3)
            return .object(try rt.translationTable(args[0], args[1], args[2]))
        }
        str.namespace.set(intern("maketrans"), .object(PyStaticMethod(.object(maketrans))))
        method(str, "zfill", "(self, width, /)") { rt, s, args in
            try rt.expectArguments(args, "zfill", 1, 1)
            let text = rt.strValue(s).value
            let width = try rt.intArgument(args[0])
            let n = text.unicodeScalars.count
            if width <= n { return s }
            try rt.checkGrowth(bytes: width)
            var body = Substring(text)
            var sign = ""
            if let f = body.first, f == "+" || f == "-" {
                sign = String(f)
                body = body.dropFirst()
            }
            return Value(sign + String(repeating: "0", count: width - n) + body)
        }
        for name in ["partition", "rpartition"] {
            method(str, name, "(self, sep, /)") { rt, s, args in
                try rt.expectArguments(args, name, 1, 1)
                let text = rt.strValue(s).scalars
                let sep = try rt.strArg(args[0], name).scalars
                if sep.isEmpty { throw rt.valueError("empty separator") }
                let found =
                    name == "partition"
                    ? findScalars(text, sep, from: 0, to: text.count)
                    : rfindScalars(text, sep, from: 0, to: text.count)
                guard let i = found else {
                    return name == "partition"
                        ? .object(PyTuple([s, Value(""), Value("")]))
                        : .object(PyTuple([Value(""), Value(""), s]))
                }
                return .object(
                    PyTuple([
                        Value(string(text[..<i])), args[0], Value(string(text[(i + sep.count)...])),
                    ]))
            }
        }
        method(str, "removeprefix", "(self, prefix, /)") { rt, s, args in
            try rt.expectArguments(args, "removeprefix", 1, 1)
            let text = rt.strValue(s).scalars
            let p = try rt.strArg(args[0], "removeprefix").scalars
            return text.starts(with: p) ? Value(string(text[p.count...])) : s
        }
        method(str, "removesuffix", "(self, suffix, /)") { rt, s, args in
            try rt.expectArguments(args, "removesuffix", 1, 1)
            let text = rt.strValue(s).scalars
            let p = try rt.strArg(args[0], "removesuffix").scalars
            if p.isEmpty || !text.reversed().starts(with: p.reversed()) { return s }
            return Value(string(text[..<(text.count - p.count)]))
        }
        method(str, "expandtabs", "(self, /, tabsize=8)") { rt, s, args in
            let size =
                args.count > 0
                ? try rt.intArgument(args[0])
                : try rt.intArgument(args.keyword("tabsize") ?? .int(8))
            var out = ""
            var column = 0
            for u in rt.strValue(s).value.unicodeScalars {
                if u == "\t" {
                    if size > 0 {
                        let n = size - column % size
                        out += String(repeating: " ", count: n)
                        column += n
                    }
                } else {
                    out.unicodeScalars.append(u)
                    column = u == "\n" || u == "\r" ? 0 : column + 1
                }
            }
            return Value(out)
        }
        method(str, "format", "(self, /, *args, **kwargs)") { rt, s, args in
            Value(try rt.formatMethod(rt.strValue(s).value, args))
        }
        method(str, "format_map", "(self, mapping, /)") { rt, s, args in
            try rt.expectArguments(args, "format_map", 1, 1)
            return Value(try rt.formatMethod(rt.strValue(s).value, args, mapping: args[0]))
        }
        method(str, "encode", "(self, /, encoding='utf-8', errors='strict')") { rt, _, _ in
            throw rt.error(.notImplementedError, "bytes are not supported")
        }
        method(str, "__len__", "(self, /)") { rt, s, _ in .int(rt.strValue(s).count) }
        method(str, "__contains__", "(self, key, /)") { rt, s, args in
            .bool(try rt.contains(s, args[0]))
        }
        method(str, "__getitem__", "(self, key, /)") { rt, s, args in try rt.getItem(s, args[0]) }
        method(str, "__add__", "(self, value, /)") { rt, s, args in try rt.binary(.add, s, args[0])
        }
        method(str, "__mul__", "(self, value, /)") { rt, s, args in
            try rt.binary(.multiply, s, args[0])
        }
        method(str, "__mod__", "(self, value, /)") { rt, s, args in
            try rt.binary(.modulo, s, args[0])
        }
    }

    private func splitString(_ s: Value, _ args: Arguments, fromRight: Bool) throws(PyError)
        -> Value
    {
        let params = NativeParameters(fromRight ? "rsplit" : "split", "sep=None, maxsplit=-1")
        let b = try params.bind(args, self)
        let text = strValue(s).scalars
        var maxSplit = try intArgument(b["maxsplit"])
        if maxSplit < 0 { maxSplit = Int.max }
        var parts: [[Unicode.Scalar]] = []
        if b["sep"].isNone {
            // Runs of whitespace separate; leading/trailing whitespace is dropped.
            if !fromRight {
                var i = 0
                var splits = 0
                while i < text.count {
                    while i < text.count && isPythonSpace(text[i]) { i += 1 }
                    if i >= text.count { break }
                    if splits >= maxSplit {
                        var end = text.count
                        while end > i && isPythonSpace(text[end - 1]) { end -= 1 }
                        parts.append(Array(text[i..<end]))
                        break
                    }
                    var j = i
                    while j < text.count && !isPythonSpace(text[j]) { j += 1 }
                    parts.append(Array(text[i..<j]))
                    splits += 1
                    i = j
                }
            } else {
                var i = text.count
                var splits = 0
                while i > 0 {
                    while i > 0 && isPythonSpace(text[i - 1]) { i -= 1 }
                    if i == 0 { break }
                    if splits >= maxSplit {
                        var start = 0
                        while start < i && isPythonSpace(text[start]) { start += 1 }
                        parts.append(Array(text[start..<i]))
                        break
                    }
                    var j = i
                    while j > 0 && !isPythonSpace(text[j - 1]) { j -= 1 }
                    parts.append(Array(text[j..<i]))
                    splits += 1
                    i = j
                }
                parts.reverse()
            }
        } else {
            guard case .str(let sepStr) = b["sep"] else {
                throw typeError("must be str or None, not \(typeName(b["sep"]))")
            }
            let sep = sepStr.scalars
            if sep.isEmpty { throw valueError("empty separator") }
            if !fromRight {
                var i = 0
                var splits = 0
                while splits < maxSplit, let j = findScalars(text, sep, from: i, to: text.count) {
                    parts.append(Array(text[i..<j]))
                    i = j + sep.count
                    splits += 1
                }
                parts.append(Array(text[i...]))
            } else {
                var end = text.count
                var splits = 0
                while splits < maxSplit, let j = rfindScalars(text, sep, from: 0, to: end) {
                    parts.append(Array(text[(j + sep.count)..<end]))
                    end = j
                    splits += 1
                }
                parts.append(Array(text[..<end]))
                parts.reverse()
            }
        }
        return .object(newList(parts.map { Value(string($0)) }))
    }

    /// `str.format(*args, **kwargs)`.
    func formatMethod(_ template: String, _ args: Arguments, mapping: Value? = nil) throws(PyError)
        -> String
    {
        let chars = Array(template.unicodeScalars)
        var out = String.UnicodeScalarView()
        var autoIndex = 0
        var usedManual = false
        var usedAuto = false
        var i = 0
        func fieldValue(_ field: String) throws(PyError) -> Value {
            // field_name: arg_name ("." attr | "[" key "]")*
            var nameEnd = field.startIndex
            while nameEnd < field.endIndex && field[nameEnd] != "." && field[nameEnd] != "[" {
                nameEnd = field.index(after: nameEnd)
            }
            let name = String(field[..<nameEnd])
            var value: Value
            if name.isEmpty {
                if usedManual {
                    throw valueError(
                        "cannot switch from manual field specification to automatic field numbering"
                    )
                }
                usedAuto = true
                guard autoIndex < args.count else {
                    throw error(
                        .indexError,
                        "Replacement index \(autoIndex) out of range for positional args tuple")
                }
                value = args[autoIndex]
                autoIndex += 1
            } else if let n = Int(name) {
                if usedAuto {
                    throw valueError(
                        "cannot switch from automatic field numbering to manual field specification"
                    )
                }
                usedManual = true
                guard n < args.count else {
                    throw error(
                        .indexError, "Replacement index \(n) out of range for positional args tuple"
                    )
                }
                value = args[n]
            } else if let m = mapping {
                value = try getItem(m, Value(name))
            } else {
                guard let v = args.keyword(name) else { throw keyError(Value(name)) }
                value = v
            }
            var rest = field[nameEnd...]
            while let c = rest.first {
                if c == "." {
                    rest = rest.dropFirst()
                    let attrEnd = rest.firstIndex { $0 == "." || $0 == "[" } ?? rest.endIndex
                    value = try getAttribute(value, intern(String(rest[..<attrEnd])))
                    rest = rest[attrEnd...]
                } else if c == "[" {
                    guard let close = rest.firstIndex(of: "]") else {
                        throw valueError("Missing ']' in format string")
                    }
                    let key = String(rest[rest.index(after: rest.startIndex)..<close])
                    value = try getItem(value, Int(key).map { .int($0) } ?? Value(key))
                    rest = rest[rest.index(after: close)...]
                } else {
                    throw valueError("Only '.' or '[' may follow ']' in format field specifier")
                }
            }
            return value
        }
        while i < chars.count {
            let c = chars[i]
            if c == "{" {
                if i + 1 < chars.count && chars[i + 1] == "{" {
                    out.append("{")
                    i += 2
                    continue
                }
                // Find the matching close brace (nested braces allowed in the spec).
                var depth = 1
                var j = i + 1
                while j < chars.count && depth > 0 {
                    if chars[j] == "{" { depth += 1 }
                    if chars[j] == "}" { depth -= 1 }
                    if depth > 0 { j += 1 }
                }
                guard j < chars.count else {
                    throw valueError("Single '{' encountered in format string")
                }
                let inner = String(String.UnicodeScalarView(chars[(i + 1)..<j]))
                i = j + 1
                var field = inner
                var conversion: Character?
                var spec = ""
                if let colon = topLevelIndex(of: ":", in: inner) {
                    field = String(inner[..<colon])
                    spec = String(inner[inner.index(after: colon)...])
                }
                if let bang = field.firstIndex(of: "!") {
                    let conv = field[field.index(after: bang)...]
                    guard conv.count == 1, let ch = conv.first, "rsa".contains(ch) else {
                        throw valueError("Unknown conversion specifier \(conv)")
                    }
                    conversion = ch
                    field = String(field[..<bang])
                }
                var value = try fieldValue(field)
                if spec.contains("{") {
                    spec = try formatMethod(spec, args, mapping: mapping)
                }
                switch conversion {
                case "r", "a": value = Value(try repr(value))
                case "s": value = Value(try str(value))
                default: break
                }
                out.append(contentsOf: try format(value, spec).unicodeScalars)
            } else if c == "}" {
                if i + 1 < chars.count && chars[i + 1] == "}" {
                    out.append("}")
                    i += 2
                    continue
                }
                throw valueError("Single '}' encountered in format string")
            } else {
                out.append(c)
                i += 1
            }
        }
        return String(out)
    }

    private func topLevelIndex(of ch: Character, in text: String) -> String.Index? {
        var depth = 0
        var inBracket = false
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c == "[" { inBracket = true }
            if c == "]" { inBracket = false }
            if c == "{" { depth += 1 }
            if c == "}" { depth -= 1 }
            if c == ch && depth == 0 && !inBracket { return i }
            i = text.index(after: i)
        }
        return nil
    }
}

extension Runtime {
    /// `str.translate`: each character is looked up in `table` by code point; a missing key
    /// keeps it, `None` deletes it, an int or a str replaces it.
    fileprivate func translate(_ text: String, _ table: Value) throws(PyError) -> String {
        var out = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            let mapped: Value
            do {
                mapped = try getItem(table, .int(Int(u.value)))
            } catch {
                if matches(error, .lookupError) {
                    out.append(u)
                    continue
                }
                throw error
            }
            switch mapped {
            case .none:
                continue
            case .str(let r):
                out.append(contentsOf: r.value.unicodeScalars)
                try checkGrowth(bytes: out.count)
            case .int(let i):
                guard i >= 0, i < 0x110000, let r = Unicode.Scalar(UInt32(i)) else {
                    throw valueError("character mapping must be in range(0x110000)")
                }
                out.append(r)
            default:
                throw typeError("character mapping must return integer, None or str")
            }
        }
        return String(out)
    }

    /// `str.maketrans(x[, y[, z]])`: a dict from code points to replacements.
    fileprivate func translationTable(_ x: Value, _ y: Value, _ z: Value) throws(PyError)
        -> PyDict
    {
        let table = newDict()
        if y.isUnbound {
            guard case .object(let o) = x, o.kind == .dict else {
                throw typeError(
                    "if you give only one argument to maketrans it must be a dict")
            }
            for (k, v) in try dictItems(x) {
                switch k {
                case .int, .bool:
                    try dictSet(table, k, v)
                case .str(let s) where s.value.unicodeScalars.count == 1:
                    let u = s.value.unicodeScalars[s.value.unicodeScalars.startIndex]
                    try dictSet(table, .int(Int(u.value)), v)
                case .str:
                    throw valueError("string keys in translate table must be of length 1")
                default:
                    throw typeError("keys in translate table must be strings or integers")
                }
            }
            return table
        }
        guard case .str(let from) = x, case .str(let to) = y else {
            throw typeError("maketrans() argument 2 must be str, not \(typeName(y))")
        }
        let a = Array(from.value.unicodeScalars)
        let b = Array(to.value.unicodeScalars)
        guard a.count == b.count else {
            throw valueError("the first two maketrans arguments must have equal length")
        }
        for (p, q) in zip(a, b) {
            try dictSet(table, .int(Int(p.value)), .int(Int(q.value)))
        }
        if !z.isUnbound {
            guard case .str(let deleted) = z else {
                throw typeError("maketrans() argument 3 must be str, not \(typeName(z))")
            }
            for u in deleted.value.unicodeScalars {
                try dictSet(table, .int(Int(u.value)), .none)
            }
        }
        return table
    }
}

/// Full case folding as `str.casefold` does it: lower case, then the characters whose folded
/// form differs from their lower case (sharp s, final sigma, long s, Latin ligatures).
private func caseFolded(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for u in text.lowercased().unicodeScalars {
        switch u {
        case "\u{00DF}": out.append(contentsOf: "ss".unicodeScalars)
        case "\u{03C2}": out.append("\u{03C3}")
        case "\u{017F}": out.append("s")
        case "\u{FB00}": out.append(contentsOf: "ff".unicodeScalars)
        case "\u{FB01}": out.append(contentsOf: "fi".unicodeScalars)
        case "\u{FB02}": out.append(contentsOf: "fl".unicodeScalars)
        case "\u{FB03}": out.append(contentsOf: "ffi".unicodeScalars)
        case "\u{FB04}": out.append(contentsOf: "ffl".unicodeScalars)
        case "\u{FB05}", "\u{FB06}": out.append(contentsOf: "st".unicodeScalars)
        default: out.append(u)
        }
    }
    return String(out)
}
