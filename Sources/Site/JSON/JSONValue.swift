/// A JSON document built in memory and written deterministically: object keys sorted, the
/// same bytes for the same value every time.
enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// The document on one line, without spaces (for the search index).
    var compact: String {
        var out = ""
        write(into: &out, indent: nil, level: 0)
        return out
    }

    /// The document as Python's `json.dumps(indent=1, sort_keys=True, ensure_ascii=False)`
    /// writes it, as Jupyter saves notebooks, with a final newline.
    var pretty: String {
        var out = ""
        write(into: &out, indent: 1, level: 0)
        out += "\n"
        return out
    }

    private func write(into out: inout String, indent: Int?, level: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .string(let value): Self.writeString(value, into: &out)
        case .array(let items):
            guard !items.isEmpty else {
                out += "[]"
                return
            }
            out += "["
            for (position, item) in items.enumerated() {
                if position > 0 { out += "," }
                Self.newline(into: &out, indent: indent, level: level + 1)
                item.write(into: &out, indent: indent, level: level + 1)
            }
            Self.newline(into: &out, indent: indent, level: level)
            out += "]"
        case .object(let members):
            guard !members.isEmpty else {
                out += "{}"
                return
            }
            out += "{"
            for (position, key) in members.keys.sorted(by: Self.codeUnitOrder).enumerated() {
                if position > 0 { out += "," }
                Self.newline(into: &out, indent: indent, level: level + 1)
                Self.writeString(key, into: &out)
                out += indent == nil ? ":" : ": "
                members[key]?.write(into: &out, indent: indent, level: level + 1)
            }
            Self.newline(into: &out, indent: indent, level: level)
            out += "}"
        }
    }

    /// Python sorts keys by code point; Swift's `<` on strings does not always agree.
    private static func codeUnitOrder(_ one: String, _ other: String) -> Bool {
        one.unicodeScalars.lexicographicallyPrecedes(other.unicodeScalars)
    }

    private static func newline(into out: inout String, indent: Int?, level: Int) {
        guard let indent else { return }
        out += "\n"
        out += String(repeating: " ", count: indent * level)
    }

    private static let hexDigits = Array("0123456789abcdef".unicodeScalars)

    private static func writeString(_ value: String, into out: inout String) {
        out += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u00"
                    out.unicodeScalars.append(hexDigits[Int(scalar.value >> 4)])
                    out.unicodeScalars.append(hexDigits[Int(scalar.value & 0xF)])
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
