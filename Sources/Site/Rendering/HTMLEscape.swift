/// The one function that turns text from a chapter, a cell or an output into HTML text.
public enum HTMLEscape {
    /// Replaces `&`, `<`, `>`, `"` and `'` with entities, so the text is safe both between
    /// tags and inside a quoted attribute value.
    public static func text(_ text: String) -> String {
        var needsEscaping = false
        for byte in text.utf8
        where byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22
            || byte == 0x27
        {
            needsEscaping = true
            break
        }
        guard needsEscaping else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 0x26: result.append(contentsOf: "&amp;".utf8)
            case 0x3C: result.append(contentsOf: "&lt;".utf8)
            case 0x3E: result.append(contentsOf: "&gt;".utf8)
            case 0x22: result.append(contentsOf: "&quot;".utf8)
            case 0x27: result.append(contentsOf: "&#39;".utf8)
            default: result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
