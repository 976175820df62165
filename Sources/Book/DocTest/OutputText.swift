import Foundation

/// The canonical form of a cell's output text, shared by the writer and the doc-test.
public enum OutputText {
    /// Normalises output text.
    ///
    /// `\r\n` and lone `\r` become `\n`, NUL becomes U+FFFD (as cmark
    /// reads it back), and one final `\n` is dropped, because a recorded block keeps its lines
    /// without the last line ending. An empty result means "no output".
    public static func normalized(_ text: String) -> String {
        var result: String
        let needsRewrite =
            text.utf8.withContiguousStorageIfAvailable { buffer in
                buffer.contains { $0 == 0x0D || $0 == 0x00 }
            } ?? text.utf8.contains { $0 == 0x0D || $0 == 0x00 }
        if needsRewrite {
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
        guard result.utf8.last == 0x0A else { return result }
        return String(result.utf8.dropLast())
            ?? String(decoding: result.utf8.dropLast(), as: UTF8.self)
    }

    /// Whether two output texts are the same once normalised, without building new strings
    /// in the common case (no carriage return or NUL).
    public static func same(_ one: String, _ other: String) -> Bool {
        var one = one
        var other = other
        let fast = one.withUTF8 { left in
            other.withUTF8 { right -> Bool? in
                guard !needsRewrite(left), !needsRewrite(right) else { return nil }
                let leftCount = left.last == 0x0A ? left.count - 1 : left.count
                let rightCount = right.last == 0x0A ? right.count - 1 : right.count
                guard leftCount == rightCount else { return false }
                guard leftCount > 0, let a = left.baseAddress, let b = right.baseAddress else {
                    return true
                }
                return memcmp(a, b, leftCount) == 0
            }
        }
        return fast ?? (normalized(one) == normalized(other))
    }

    private static func needsRewrite(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        return memchr(base, 0x0D, bytes.count) != nil || memchr(base, 0, bytes.count) != nil
    }
}
