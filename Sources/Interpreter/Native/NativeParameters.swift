/// A native function's parameter list, declared like a Python signature, that binds call
/// arguments with CPython's error messages.
///
/// ```swift
/// let params = NativeParameters("relu", "features, name=None")
/// let bound = try params.bind(args, rt)
/// let x = bound["features"]
/// ```
///
/// The spec accepts `name`, `name=default` (defaults: `None`, `True`, `False`, ints, floats,
/// quoted strings, `()`), `/` (positional-only before it), `*` or `*args`, keyword-only names
/// after it, and `**kwargs`.
public struct NativeParameters: Sendable {
    /// How a parameter may be passed.
    public enum Kind: Sendable {
        /// Before `/`.
        case positionalOnly
        /// An ordinary parameter.
        case positionalOrKeyword
        /// After `*`.
        case keywordOnly
    }

    /// One declared parameter.
    public struct Parameter: Sendable {
        /// The name.
        public var name: String
        /// The default's source text (`nil`: required).
        public var defaultText: String?
        /// How it may be passed.
        public var kind: Kind
    }

    /// The function name used in error messages (`f() missing 1 required …`).
    public let functionName: String
    /// The parameters in order.
    public let parameters: [Parameter]
    /// The `*args` name, if any.
    public let varArgs: String?
    /// The `**kwargs` name, if any.
    public let varKeywords: String?
    /// The signature text as IPython shows it: `(features, name=None)`.
    public let signature: String
    /// The decoded defaults, one per parameter (`nil`: required).
    let defaults: [DefaultValue?]
    /// How many parameters may be passed by position.
    let positionalCapacity: Int
    /// How many of those have no default.
    let requiredPositional: Int
    /// The parameter names in order (shared by every binding).
    let names: [String]

    /// Parses a parameter spec such as `"x, y=1, *args, key=None, **kwargs"`.
    ///
    /// The spec is parsed once, here: defaults are turned into constants, and the counts the
    /// binder needs are kept, so a call does no text work.
    public init(_ functionName: String, _ spec: String) {
        self.functionName = functionName
        var params: [Parameter] = []
        var defaults: [DefaultValue?] = []
        var varArgs: String?
        var varKeywords: String?
        var kind = Kind.positionalOrKeyword
        var pieces: [String] = []
        for piece in NativeParameters.split(spec) {
            if piece.isEmpty { continue }
            pieces.append(piece)
            if piece == "/" {
                for i in params.indices { params[i].kind = .positionalOnly }
                continue
            }
            if piece == "*" {
                kind = .keywordOnly
                continue
            }
            if piece.hasPrefix("**") {
                varKeywords = String(piece.dropFirst(2))
                continue
            }
            if piece.hasPrefix("*") {
                varArgs = String(piece.dropFirst())
                kind = .keywordOnly
                continue
            }
            if let eq = piece.utf8.firstIndex(of: UInt8(ascii: "=")) {
                let name = NativeParameters.trimmed(piece[..<eq])
                let text = NativeParameters.trimmed(piece[piece.utf8.index(after: eq)...])
                params.append(Parameter(name: name, defaultText: text, kind: kind))
                defaults.append(DefaultValue(text))
            } else {
                params.append(Parameter(name: piece, defaultText: nil, kind: kind))
                defaults.append(nil)
            }
        }
        parameters = params
        self.defaults = defaults
        self.varArgs = varArgs
        self.varKeywords = varKeywords
        signature = "(" + pieces.joined(separator: ", ") + ")"
        positionalCapacity = params.count { $0.kind != .keywordOnly }
        requiredPositional = params.count { $0.kind != .keywordOnly && $0.defaultText == nil }
        names = params.map { $0.name }
    }

    /// The constant a default stands for, decoded once from its source text.
    enum DefaultValue: Sendable {
        case none, bool(Bool), int(Int), float(Double), string(String), emptyTuple

        init(_ text: String) {
            switch text {
            case "None": self = .none
            case "True": self = .bool(true)
            case "False": self = .bool(false)
            case "()": self = .emptyTuple
            default:
                if let i = Int(text) {
                    self = .int(i)
                } else if let d = Double(text) {
                    self = .float(d)
                } else {
                    self = .string(DefaultValue.unquoted(text))
                }
            }
        }

        /// The text of a quoted string literal with its escapes decoded (other text as is).
        private static func unquoted(_ text: String) -> String {
            guard text.count >= 2, let f = text.first, f == "'" || f == "\"", text.last == f
            else { return text }
            var out = ""
            var escaped = false
            for ch in text.dropFirst().dropLast() {
                if escaped {
                    switch ch {
                    case "n": out.append("\n")
                    case "t": out.append("\t")
                    case "r": out.append("\r")
                    case "0": out.append("\0")
                    default: out.append(ch)
                    }
                    escaped = false
                } else if ch == "\\" {
                    escaped = true
                } else {
                    out.append(ch)
                }
            }
            return out
        }

        /// The value (a fresh tuple for `()`).
        var value: Value {
            switch self {
            case .none: return .none
            case .bool(let b): return .bool(b)
            case .int(let i): return .int(i)
            case .float(let d): return .float(d)
            case .string(let s): return Value(s)
            case .emptyTuple: return .object(PyTuple([]))
            }
        }
    }

    /// The spec's comma-separated pieces (commas inside brackets and quotes don't split),
    /// trimmed of spaces and tabs.
    private static func split(_ spec: String) -> [String] {
        var parts: [String] = []
        let bytes = Array(spec.utf8)
        var start = 0
        var depth = 0
        var quote: UInt8?
        for (i, b) in bytes.enumerated() {
            if let q = quote {
                if b == q { quote = nil }
                continue
            }
            switch b {
            case UInt8(ascii: "'"), UInt8(ascii: "\""): quote = b
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            case UInt8(ascii: ",") where depth == 0:
                parts.append(trimmed(bytes[start..<i]))
                start = i + 1
            default: break
            }
        }
        parts.append(trimmed(bytes[start...]))
        return parts
    }

    /// The text without leading and trailing spaces and tabs.
    private static func trimmed(_ text: Substring) -> String {
        trimmed(Array(text.utf8)[...])
    }

    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> String {
        var lo = bytes.startIndex
        var hi = bytes.endIndex
        while lo < hi, bytes[lo] == 0x20 || bytes[lo] == 0x09 { lo += 1 }
        while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09 { hi -= 1 }
        return String(decoding: bytes[lo..<hi], as: UTF8.self)
    }

    /// Binds call arguments to the parameters.
    public func bind(_ args: Arguments, _ rt: Runtime) throws(PyError) -> BoundArguments {
        var values = [Value](repeating: .unbound, count: parameters.count)
        var extra: [Value] = []
        var extraKeywords: [(String, Value)] = []
        for i in 0..<args.count {
            if i < positionalCapacity {
                values[i] = args[i]
            } else if varArgs != nil {
                extra.append(args[i])
            } else {
                let required = requiredPositional
                let takes =
                    required == positionalCapacity
                    ? "\(positionalCapacity) positional argument\(positionalCapacity == 1 ? "" : "s")"
                    : "from \(required) to \(positionalCapacity) positional arguments"
                let given = args.count
                throw rt.typeError(
                    "\(functionName)() takes \(takes) but \(given) \(given == 1 ? "was" : "were") given"
                )
            }
        }
        for k in 0..<args.keywordCount {
            let name = args.keywords[k].value
            let value = args.keywordValue(at: k)
            if let i = parameters.firstIndex(where: {
                $0.name == name && $0.kind != .positionalOnly
            }) {
                if !values[i].isUnbound {
                    throw rt.typeError(
                        "\(functionName)() got multiple values for argument '\(name)'")
                }
                values[i] = value
            } else if varKeywords != nil {
                extraKeywords.append((name, value))
            } else {
                throw rt.typeError("\(functionName)() got an unexpected keyword argument '\(name)'")
            }
        }
        var missing: [String] = []
        var missingKeywordOnly: [String] = []
        for (i, p) in parameters.enumerated() where values[i].isUnbound {
            if let d = defaults[i] {
                values[i] = d.value
            } else if p.kind == .keywordOnly {
                missingKeywordOnly.append(p.name)
            } else {
                missing.append(p.name)
            }
        }
        if !missing.isEmpty {
            throw rt.typeError(
                "\(functionName)() missing \(missing.count) required positional argument"
                    + "\(missing.count == 1 ? "" : "s"): \(rt.nameList(missing))")
        }
        if !missingKeywordOnly.isEmpty {
            let n = missingKeywordOnly.count
            throw rt.typeError(
                "\(functionName)() missing \(n) required keyword-only argument\(n == 1 ? "" : "s"): "
                    + rt.nameList(missingKeywordOnly))
        }
        return BoundArguments(
            names: names, values: values, extraPositional: extra,
            extraKeywords: extraKeywords)
    }
}

/// Arguments bound to declared parameters.
public struct BoundArguments {
    let names: [String]
    let values: [Value]
    /// Positional arguments beyond the declared ones (`*args`).
    public let extraPositional: [Value]
    /// Keyword arguments not declared (`**kwargs`), in call order.
    public let extraKeywords: [(String, Value)]

    /// The value of a parameter by name (`.unbound` for an unknown name).
    public subscript(name: String) -> Value {
        guard let i = names.firstIndex(of: name) else { return .unbound }
        return values[i]
    }

    /// The value of a parameter by position.
    public subscript(index: Int) -> Value {
        index >= 0 && index < values.count ? values[index] : .unbound
    }
}
