import Foundation

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

    /// Parses a parameter spec such as `"x, y=1, *args, key=None, **kwargs"`.
    public init(_ functionName: String, _ spec: String) {
        self.functionName = functionName
        var params: [Parameter] = []
        var varArgs: String?
        var varKeywords: String?
        var kind = Kind.positionalOrKeyword
        var pieces: [String] = []
        for raw in NativeParameters.split(spec) {
            let piece = raw.trimmingCharacters(in: .whitespaces)
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
            if let eq = piece.firstIndex(of: "=") {
                let name = piece[..<eq].trimmingCharacters(in: .whitespaces)
                let text = piece[piece.index(after: eq)...].trimmingCharacters(in: .whitespaces)
                params.append(Parameter(name: name, defaultText: text, kind: kind))
            } else {
                params.append(Parameter(name: piece, defaultText: nil, kind: kind))
            }
        }
        parameters = params
        self.varArgs = varArgs
        self.varKeywords = varKeywords
        signature = "(" + pieces.joined(separator: ", ") + ")"
    }

    private static func split(_ spec: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        var quote: Character?
        for ch in spec {
            if let q = quote {
                current.append(ch)
                if ch == q { quote = nil }
                continue
            }
            switch ch {
            case "'", "\"":
                quote = ch
                current.append(ch)
            case "(", "[", "{":
                depth += 1
                current.append(ch)
            case ")", "]", "}":
                depth -= 1
                current.append(ch)
            case "," where depth == 0:
                parts.append(current)
                current = ""
            default:
                current.append(ch)
            }
        }
        parts.append(current)
        return parts
    }

    /// Binds call arguments to the parameters.
    public func bind(_ args: Arguments, _ rt: Runtime) throws(PyError) -> BoundArguments {
        var values = [Value](repeating: .unbound, count: parameters.count)
        var extra: [Value] = []
        var extraKeywords: [(String, Value)] = []
        let positionalCapacity = parameters.filter { $0.kind != .keywordOnly }.count
        for i in 0..<args.count {
            if i < positionalCapacity {
                values[i] = args[i]
            } else if varArgs != nil {
                extra.append(args[i])
            } else {
                let required = parameters.filter {
                    $0.kind != .keywordOnly && $0.defaultText == nil
                }
                .count
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
            if let text = p.defaultText {
                values[i] = NativeParameters.literal(text, rt)
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
            names: parameters.map { $0.name }, values: values, extraPositional: extra,
            extraKeywords: extraKeywords)
    }

    /// The value of a default's source text.
    static func literal(_ text: String, _ rt: Runtime) -> Value {
        switch text {
        case "None": return .none
        case "True": return .bool(true)
        case "False": return .bool(false)
        case "()": return .object(PyTuple([]))
        default: break
        }
        if let i = Int(text) { return .int(i) }
        if let d = Double(text) { return .float(d) }
        if text.count >= 2, let f = text.first, f == "'" || f == "\"", text.last == f {
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
            return Value(out)
        }
        return Value(text)
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
