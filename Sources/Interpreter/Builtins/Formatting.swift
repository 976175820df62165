import BigInt
import Foundation
import NumberFormat

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
struct FormatSpec {
    var fill: Character = " "
    var align: Character?
    var sign: Character = "-"
    var coerceZero = false
    var alternate = false
    var zeroPad = false
    var width = 0
    var grouping: Character?
    var precision: Int?
    var type: Character?

    /// Parses a spec; `nil` when malformed.
    init?(_ spec: String) {
        var chars = Array(spec)
        var i = 0
        func peek(_ k: Int = 0) -> Character? { i + k < chars.count ? chars[i + k] : nil }
        if chars.count >= 2, "<>=^".contains(chars[1]) {
            fill = chars[0]
            align = chars[1]
            i = 2
        } else if let c = peek(), "<>=^".contains(c) {
            align = c
            i = 1
        }
        if let c = peek(), "+- ".contains(c) {
            sign = c
            i += 1
        }
        if peek() == "z" {
            coerceZero = true
            i += 1
        }
        if peek() == "#" {
            alternate = true
            i += 1
        }
        if peek() == "0" {
            zeroPad = true
            i += 1
        }
        var w = ""
        while let c = peek(), c.isASCII, c.isNumber {
            w.append(c)
            i += 1
        }
        if !w.isEmpty {
            guard let n = Int(w) else { return nil }
            width = n
        }
        if let c = peek(), c == "," || c == "_" {
            grouping = c
            i += 1
        }
        if peek() == "." {
            i += 1
            var p = ""
            while let c = peek(), c.isASCII, c.isNumber {
                p.append(c)
                i += 1
            }
            guard let n = Int(p) else { return nil }
            precision = n
        }
        if let c = peek() {
            type = c
            i += 1
        }
        if i != chars.count { return nil }
        chars = []
    }
}

extension Runtime {
    /// `format(value, spec)`.
    public func format(_ value: Value, _ spec: String) throws(PyError) -> String {
        if case .object(let o) = value, o.kind == .instance {
            if let m = unsafeDowncast(o, to: PyInstance.self).cls.special(
                .format)
            {
                let r = try callBound(m, receiver: value, Value(spec))
                guard case .str(let s) = r else {
                    throw typeError("__format__ must return a str, not \(typeName(r))")
                }
                return s.value
            }
            if spec.isEmpty { return try str(value) }
            throw typeError(
                "unsupported format string passed to \(typeName(value)).__format__")
        }
        if spec.isEmpty { return try str(value) }
        guard let f = FormatSpec(spec) else {
            throw valueError(
                "Invalid format specifier '\(spec)' for object of type '\(typeName(value))'")
        }
        try checkGrowth(bytes: f.width)
        if let p = f.precision, p > 1_000_000 {
            throw valueError("precision too big")
        }
        if f.width < 0 {
            throw valueError(
                "Invalid format specifier '\(spec)' for object of type '\(typeName(value))'")
        }
        switch value {
        case .str(let s):
            return try formatString(s.value, f, spec)
        case .bool(let b):
            if f.type == nil || f.type == "s" {
                return try formatString(b ? "True" : "False", f, spec)
            }
            return try formatInt(BigInt(b ? 1 : 0), f, spec)
        case .int(let i):
            return try formatInt(BigInt(i), f, spec)
        case .float(let d):
            return try formatFloat(d, f, spec)
        case .object(let o) where o.kind == .bigint:
            return try formatInt(unsafeDowncast(o, to: PyBigInt.self).value, f, spec)
        case .none:
            throw typeError("unsupported format string passed to NoneType.__format__")
        default:
            throw typeError("unsupported format string passed to \(typeName(value)).__format__")
        }
    }

    private func formatString(_ s: String, _ f: FormatSpec, _ spec: String) throws(PyError)
        -> String
    {
        if let t = f.type, t != "s" {
            throw valueError("Unknown format code '\(t)' for object of type 'str'")
        }
        if f.sign != "-" { throw valueError("Sign not allowed in string format specifier") }
        if f.align == "=" {
            throw valueError("'=' alignment not allowed in string format specifier")
        }
        var text = s
        if let p = f.precision, text.unicodeScalars.count > p {
            text = String(String.UnicodeScalarView(text.unicodeScalars.prefix(p)))
        }
        return pad(text, f, defaultAlign: "<", signLength: 0)
    }

    private func formatInt(_ n: BigInt, _ f: FormatSpec, _ spec: String) throws(PyError) -> String {
        let type = f.type ?? "d"
        switch type {
        case "e", "E", "f", "F", "g", "G", "%":
            return try formatFloat(Double(n), f, spec)
        case "n":
            var g = f
            g.type = "d"
            return try formatInt(n, g, spec)
        case "c":
            guard let v = Int(exactly: n), v >= 0, v < 0x110000, let u = Unicode.Scalar(UInt32(v))
            else { throw error(.overflowError, "%c arg not in range(0x110000)") }
            return pad(String(Character(u)), f, defaultAlign: ">", signLength: 0)
        case "d", "b", "o", "x", "X":
            if f.precision != nil {
                throw valueError("Precision not allowed in integer format specifier")
            }
            let radix = type == "b" ? 2 : type == "o" ? 8 : (type == "x" || type == "X") ? 16 : 10
            var digits = String(n.magnitude, radix: radix, uppercase: type == "X")
            if let g = f.grouping {
                if g == "," && radix != 10 {
                    throw valueError("Cannot specify ',' with '\(type)'.")
                }
                digits = group(digits, every: radix == 10 ? 3 : 4, with: g)
            }
            var prefix = ""
            if f.alternate {
                switch type {
                case "b": prefix = "0b"
                case "o": prefix = "0o"
                case "x": prefix = "0x"
                case "X": prefix = "0X"
                default: break
                }
            }
            let negative = n.sign == .minus && !n.isZero
            let signText = negative ? "-" : (f.sign == "+" ? "+" : (f.sign == " " ? " " : ""))
            return padNumber(signText + prefix, digits, f)
        default:
            throw valueError("Unknown format code '\(type)' for object of type 'int'")
        }
    }

    private func formatFloat(_ d: Double, _ f: FormatSpec, _ spec: String) throws(PyError) -> String
    {
        var type = f.type
        if let t = type, !"eEfFgGn%".contains(t) {
            throw valueError("Unknown format code '\(t)' for object of type 'float'")
        }
        var value = d
        if f.coerceZero && value == 0 { value = 0 }
        let negative = value.sign == .minus && !value.isNaN
        let magnitude = abs(value)
        var body: String
        if type == "n" { type = "g" }
        if magnitude.isInfinite || magnitude.isNaN {
            body = magnitude.isNaN ? "nan" : "inf"
            if let t = type, "EFG".contains(t) { body = body.uppercased() }
            if type == "%" { body += "%" }
        } else if type == nil {
            if let p = f.precision {
                body = cFormat(magnitude, "g", max(p, 1), alternate: f.alternate)
                if !body.contains(".") && !body.contains("e") && !body.contains("inf") {
                    body += ".0"
                }
            } else {
                body = pythonFloatRepr(magnitude)
            }
        } else if type == "%" {
            body = cFormat(magnitude * 100, "f", f.precision ?? 6, alternate: f.alternate) + "%"
        } else if let t = type {
            let p = f.precision ?? 6
            switch t {
            case "g", "G":
                body = cFormat(magnitude, String(t), p == 0 ? 1 : p, alternate: f.alternate)
            default:
                body = cFormat(magnitude, String(t), p, alternate: f.alternate)
            }
        } else {
            body = pythonFloatRepr(magnitude)
        }
        if let g = f.grouping {
            var intPart = body
            var rest = ""
            if let idx = body.firstIndex(where: { !$0.isNumber }) {
                intPart = String(body[..<idx])
                rest = String(body[idx...])
            }
            body = group(intPart, every: 3, with: g) + rest
        }
        let signText = negative ? "-" : (f.sign == "+" ? "+" : (f.sign == " " ? " " : ""))
        return padNumber(signText, body, f)
    }

    /// C `printf` formatting of a non-negative finite double.
    func cFormat(_ d: Double, _ type: String, _ precision: Int, alternate: Bool) -> String {
        let flags = alternate ? "#" : ""
        return String(format: "%\(flags).\(precision)\(type)", d)
    }

    private func group(_ digits: String, every n: Int, with sep: Character) -> String {
        var out: [Character] = []
        for (i, ch) in digits.reversed().enumerated() {
            if i > 0 && i % n == 0 { out.append(sep) }
            out.append(ch)
        }
        return String(out.reversed())
    }

    private func pad(_ text: String, _ f: FormatSpec, defaultAlign: Character, signLength: Int)
        -> String
    {
        let length = text.unicodeScalars.count
        if length >= f.width { return text }
        let padding = f.width - length
        let align = f.align ?? defaultAlign
        let fill = String(f.fill)
        switch align {
        case "<": return text + String(repeating: fill, count: padding)
        case "^":
            let left = padding / 2
            return String(repeating: fill, count: left) + text
                + String(repeating: fill, count: padding - left)
        default: return String(repeating: fill, count: padding) + text
        }
    }

    private func padNumber(_ prefix: String, _ body: String, _ f: FormatSpec) -> String {
        var spec = f
        if f.zeroPad && f.align == nil {
            spec.fill = "0"
            spec.align = "="
        }
        let total = prefix.count + body.unicodeScalars.count
        if spec.align == "=" && total < spec.width {
            var zeros = String(repeating: String(spec.fill), count: spec.width - total)
            if spec.fill == "0", let g = f.grouping, body.first?.isNumber == true {
                // Zero padding continues the digit grouping.
                let digitsBefore = body.prefix { $0.isNumber || $0 == g }
                let raw =
                    String(repeating: "0", count: spec.width - total)
                    + digitsBefore.filter { $0 != g }
                var regrouped = group(raw, every: 3, with: g)
                while regrouped.count > spec.width - prefix.count
                    - (body.count - digitsBefore.count),
                    regrouped.first == "0" || regrouped.first == g
                {
                    regrouped.removeFirst()
                }
                return prefix + regrouped + body.dropFirst(digitsBefore.count)
            }
            if zeros.isEmpty { zeros = "" }
            return prefix + zeros + body
        }
        return pad(prefix + body, spec, defaultAlign: ">", signLength: prefix.count)
    }

    // MARK: - printf-style formatting

    /// `text % args`.
    func percentFormat(_ text: String, _ args: Value) throws(PyError) -> String {
        var values: [Value]
        var mapping: PyDict?
        if let t = args.asTuple {
            values = t.items
        } else {
            values = [args]
            if let d = args.asDict { mapping = d }
        }
        var index = 0
        var out = ""
        let chars = Array(text.unicodeScalars)
        var i = 0
        func nextArg() throws(PyError) -> Value {
            guard index < values.count else {
                throw typeError("not enough arguments for format string")
            }
            defer { index += 1 }
            return values[index]
        }
        while i < chars.count {
            let c = chars[i]
            if c != "%" {
                out.unicodeScalars.append(c)
                i += 1
                continue
            }
            i += 1
            guard i < chars.count else { throw valueError("incomplete format") }
            var key: Value?
            if chars[i] == "(" {
                var depth = 1
                var name = ""
                i += 1
                while i < chars.count && depth > 0 {
                    if chars[i] == "(" { depth += 1 }
                    if chars[i] == ")" { depth -= 1 }
                    if depth > 0 { name.unicodeScalars.append(chars[i]) }
                    i += 1
                }
                guard let m = mapping else { throw typeError("format requires a mapping") }
                guard let v = try dictGet(m, Value(name)) else { throw keyError(Value(name)) }
                key = v
            }
            var flags = Set<Unicode.Scalar>()
            while i < chars.count, "-+ #0".unicodeScalars.contains(chars[i]) {
                flags.insert(chars[i])
                i += 1
            }
            var width = 0
            if i < chars.count && chars[i] == "*" {
                width = try intArgument(try nextArg())
                i += 1
            } else {
                while i < chars.count, let d = Int(String(chars[i])) {
                    width = min(width * 10 + d, 1 << 40)
                    i += 1
                }
                try checkGrowth(bytes: width)
            }
            var precision: Int?
            if i < chars.count && chars[i] == "." {
                i += 1
                if i < chars.count && chars[i] == "*" {
                    precision = try intArgument(try nextArg())
                    i += 1
                } else {
                    var p = 0
                    while i < chars.count, let d = Int(String(chars[i])) {
                        p = min(p * 10 + d, 1 << 40)
                        i += 1
                    }
                    if p > 1_000_000 { throw valueError("precision too big") }
                    precision = p
                }
            }
            guard i < chars.count else { throw valueError("incomplete format") }
            let conversion = chars[i]
            i += 1
            if conversion == "%" {
                out += "%"
                continue
            }
            let arg: Value
            if let k = key {
                arg = k
            } else {
                arg = try nextArg()
            }
            var spec = ""
            if flags.contains("-") {
                spec += "<"
            } else if flags.contains("0") && "diouxXeEfFgG".unicodeScalars.contains(conversion) {
                spec += "0"
            } else {
                spec += ">"
            }
            if flags.contains("+") {
                spec += "+"
            } else if flags.contains(" ") {
                spec += " "
            }
            if flags.contains("#") { spec += "#" }
            var piece: String
            switch conversion {
            case "s":
                piece = try str(arg)
                if let p = precision {
                    piece = String(String.UnicodeScalarView(piece.unicodeScalars.prefix(p)))
                }
                piece = try format(
                    Value(piece), (spec.hasPrefix("<") ? "<" : ">") + (width > 0 ? "\(width)" : ""))
            case "r", "a":
                piece = try repr(arg)
                if let p = precision {
                    piece = String(String.UnicodeScalarView(piece.unicodeScalars.prefix(p)))
                }
                piece = try format(
                    Value(piece), (spec.hasPrefix("<") ? "<" : ">") + (width > 0 ? "\(width)" : ""))
            case "d", "i", "u":
                guard let n = Number(arg) else {
                    throw typeError(
                        "%\(conversion) format: a real number is required, not \(typeName(arg))")
                }
                let intValue: Value
                switch n {
                case .float(let d): intValue = try floatToInt(d)
                default: intValue = arg.asInt.map { .int($0) } ?? arg
                }
                piece = try format(intValue, spec + (width > 0 ? "\(width)" : "") + "d")
            case "x", "X", "o":
                guard let n = Number(arg), !n.isFloat else {
                    throw typeError(
                        "%\(conversion) format: an integer is required, not \(typeName(arg))")
                }
                piece = try format(
                    arg.asInt.map { .int($0) } ?? arg,
                    spec + (width > 0 ? "\(width)" : "") + String(conversion))
            case "e", "E", "f", "F", "g", "G":
                guard let n = Number(arg) else {
                    throw typeError("must be real number, not \(typeName(arg))")
                }
                let d = try toDouble(n)
                piece = try format(
                    .float(d),
                    spec + (width > 0 ? "\(width)" : "") + ".\(precision ?? 6)" + String(conversion)
                )
            case "c":
                if case .str(let s) = arg, s.count == 1 {
                    piece = s.value
                } else if let n = arg.asInt, let u = Unicode.Scalar(UInt32(clamping: max(0, n))) {
                    piece = String(Character(u))
                } else {
                    throw typeError("%c requires int or char")
                }
                piece = try format(
                    Value(piece), (spec.hasPrefix("<") ? "<" : ">") + (width > 0 ? "\(width)" : ""))
            default:
                throw valueError(
                    "unsupported format character '\(conversion)' (0x\(String(conversion.value, radix: 16))) at index \(i - 1)"
                )
            }
            out += piece
        }
        if mapping == nil && index < values.count {
            throw typeError("not all arguments converted during string formatting")
        }
        return out
    }
}
