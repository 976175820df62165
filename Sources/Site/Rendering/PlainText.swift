/// The text of rendered HTML, for the search index.
enum PlainText {
    /// Drops tags and comments, decodes the entities cmark writes, and folds runs of
    /// whitespace into one space.
    static func fromHTML(_ html: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(html.utf8.count)
        let bytes = Array(html.utf8)
        var index = 0
        var pendingSpace = false
        func append(_ byte: UInt8) {
            if pendingSpace, !out.isEmpty { out.append(0x20) }
            pendingSpace = false
            out.append(byte)
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                let isComment =
                    index + 3 < bytes.count && bytes[index + 1] == UInt8(ascii: "!")
                    && bytes[index + 2] == UInt8(ascii: "-")
                    && bytes[index + 3] == UInt8(ascii: "-")
                var end = index + 1
                if isComment {
                    while end + 2 < bytes.count
                        && !(bytes[end] == UInt8(ascii: "-") && bytes[end + 1] == UInt8(ascii: "-")
                            && bytes[end + 2] == UInt8(ascii: ">"))
                    {
                        end += 1
                    }
                    end += 3
                } else {
                    while end < bytes.count && bytes[end] != UInt8(ascii: ">") { end += 1 }
                    end += 1
                }
                // Block tags separate words; inline ones (such as `<code>`) do not.
                if isBlockTag(bytes, from: index + 1) { pendingSpace = true }
                index = end
            } else if byte == UInt8(ascii: "&"), let (decoded, length) = entity(bytes, at: index) {
                for scalarByte in decoded.utf8 { append(scalarByte) }
                index += length
            } else if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                pendingSpace = true
                index += 1
            } else {
                append(byte)
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let blockTags: Set<String> = [
        "p", "li", "ul", "ol", "pre", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "br",
        "hr", "div", "table", "tr", "td", "th",
    ]

    private static func isBlockTag(_ bytes: [UInt8], from start: Int) -> Bool {
        var index = start
        if index < bytes.count && bytes[index] == UInt8(ascii: "/") { index += 1 }
        var name: [UInt8] = []
        while index < bytes.count, name.count < 12 {
            let byte = bytes[index] | 0x20
            guard
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                    || (bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9"))
            else { break }
            name.append(byte)
            index += 1
        }
        return blockTags.contains(String(decoding: name, as: UTF8.self))
    }

    private static func entity(_ bytes: [UInt8], at start: Int) -> (String, Int)? {
        var end = start + 1
        while end < bytes.count, end - start < 12, bytes[end] != UInt8(ascii: ";") { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: ";") else { return nil }
        let name = String(decoding: bytes[(start + 1)..<end], as: UTF8.self)
        let length = end - start + 1
        switch name {
        case "amp": return ("&", length)
        case "lt": return ("<", length)
        case "gt": return (">", length)
        case "quot": return ("\"", length)
        case "apos": return ("'", length)
        case "nbsp": return (" ", length)
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value =
                digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return (String(Character(scalar)), length)
        }
    }
}
