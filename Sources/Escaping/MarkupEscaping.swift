/// Escaping of text for HTML and XML, written once for every target that writes markup: the
/// site's pages (`Site`), the HTML of a chapter's prose (`Book`) and the JUnit report
/// (`Commands`).
///
/// `&`, `<`, `>` and `"` always become entities; the dialects differ only in the apostrophe
/// and in what XML 1.0 cannot hold.
public struct MarkupEscaping: Sendable {
    /// What `'` becomes, or `nil` to keep it.
    public var apostrophe: String?
    /// Whether the text is XML 1.0: a carriage return becomes `&#13;` and the characters XML
    /// cannot hold (other control characters, U+FFFE, U+FFFF) become U+FFFD.
    public var xml: Bool
    /// Whether the text is an attribute value, where a newline and a tab must be written as
    /// references to survive (XML only).
    public var attribute: Bool

    /// HTML safe both between tags and inside a quoted attribute value (`'` as `&#39;`).
    public static let html = MarkupEscaping(apostrophe: "&#39;", xml: false, attribute: false)
    /// HTML as cmark writes the text of a code block (`'` kept).
    public static let cmarkCode = MarkupEscaping(apostrophe: nil, xml: false, attribute: false)
    /// XML 1.0 character data.
    public static let xmlText = MarkupEscaping(apostrophe: "&apos;", xml: true, attribute: false)
    /// An XML 1.0 attribute value.
    public static let xmlAttribute = MarkupEscaping(
        apostrophe: "&apos;", xml: true, attribute: true)

    /// Makes a dialect.
    public init(apostrophe: String?, xml: Bool, attribute: Bool) {
        self.apostrophe = apostrophe
        self.xml = xml
        self.attribute = attribute
    }

    /// The text with what this dialect escapes replaced; the text itself when there is nothing
    /// to replace (the common case, checked first).
    public func escape(_ text: String) -> String {
        let bytes = text.utf8
        guard bytes.contains(where: needsWork) else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 16)
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            index = bytes.index(after: index)
            switch byte {
            case UInt8(ascii: "&"): result.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): result.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): result.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): result.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"):
                if let apostrophe {
                    result.append(contentsOf: apostrophe.utf8)
                } else {
                    result.append(byte)
                }
            case _ where !xml: result.append(byte)
            case 0x0D: result.append(contentsOf: "&#13;".utf8)
            case 0x0A: result.append(contentsOf: (attribute ? "&#10;" : "\n").utf8)
            case 0x09: result.append(contentsOf: (attribute ? "&#9;" : "\t").utf8)
            case 0x00..<0x20: result.append(contentsOf: Self.replacement)
            case 0xEF:
                // U+FFFE and U+FFFF are EF BF BE and EF BF BF in UTF-8.
                let rest = bytes[index...].prefix(2)
                if rest.count == 2, rest.first == 0xBF, let last = rest.last, last >= 0xBE {
                    result.append(contentsOf: Self.replacement)
                    index = rest.endIndex
                } else {
                    result.append(byte)
                }
            default: result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// U+FFFD in UTF-8.
    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    private func needsWork(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""):
            return true
        case UInt8(ascii: "'"): return apostrophe != nil
        case 0x00..<0x20, 0xEF: return xml
        default: return false
        }
    }
}
