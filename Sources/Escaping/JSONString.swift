/// JSON string literals, written once for every target that writes JSON: the site's search
/// index and notebooks (`Site`) and `lit run --format json` (`Commands`).
public enum JSONString {
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Appends `value` as a JSON string literal: `"` and `\` escaped, control characters (and
    /// DEL) as `\n`, `\t`… or `\u00XX`, U+2028 and U+2029 as `\u2028`/`\u2029` (so the text is
    /// also a JavaScript literal), everything else as UTF-8.
    public static func append(_ value: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        let bytes = value.utf8
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
            case 0x0A: out.append(contentsOf: "\\n".utf8)
            case 0x0D: out.append(contentsOf: "\\r".utf8)
            case 0x09: out.append(contentsOf: "\\t".utf8)
            case 0x08: out.append(contentsOf: "\\b".utf8)
            case 0x0C: out.append(contentsOf: "\\f".utf8)
            case 0x00..<0x20, 0x7F:
                out.append(contentsOf: "\\u00".utf8)
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0xF)])
            case 0xE2:
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
                let rest = bytes[bytes.index(after: index)...].prefix(2)
                if rest.count == 2, rest.first == 0x80, let last = rest.last,
                    last == 0xA8 || last == 0xA9
                {
                    out.append(contentsOf: (last == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    index = rest.endIndex
                    continue
                }
                out.append(byte)
            default: out.append(byte)
            }
            index = bytes.index(after: index)
        }
        out.append(UInt8(ascii: "\""))
    }

    /// `value` as a JSON string literal (see ``append(_:to:)``).
    public static func literal(_ value: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(value.utf8.count + 2)
        append(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
