/// The canonical form of a cell's output text, shared by the writer and the doc-test.
public enum OutputText {
    /// Normalises output text.
    ///
    /// `\r\n` and lone `\r` become `\n`, NUL becomes U+FFFD (as cmark
    /// reads it back), and one final `\n` is dropped, because a recorded block keeps its lines
    /// without the last line ending. An empty result means "no output".
    public static func normalized(_ text: String) -> String {
        var result: String
        if text.utf8.contains(where: { $0 == 0x0D || $0 == 0x00 }) {
            result = ""
            result.reserveCapacity(text.utf8.count)
            var afterReturn = false
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\r":
                    result.unicodeScalars.append("\n")
                    afterReturn = true
                    continue
                case "\n" where afterReturn:
                    break
                case "\0":
                    result.unicodeScalars.append("\u{FFFD}")
                default:
                    result.unicodeScalars.append(scalar)
                }
                afterReturn = false
            }
        } else {
            result = text
        }
        if result.utf8.last == 0x0A { result.removeLast() }
        return result
    }
}
