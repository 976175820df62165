/// Checks that a file's bytes are text the reader can take: valid UTF-8 without NUL bytes.
enum TextCheck {
    /// A reason the bytes are not text, with the byte offset where it shows.
    struct Problem: Equatable {
        let offset: Int
        let message: String
    }

    /// The first problem in the bytes, or `nil` when they are valid UTF-8 text.
    static func firstProblem(in bytes: [UInt8]) -> Problem? {
        if let nul = bytes.firstIndex(of: 0) {
            if String(validating: bytes[..<nul], as: UTF8.self) != nil {
                return Problem(
                    offset: nul, message: "contains a NUL byte, so it is not a text file")
            }
        } else if String(validating: bytes, as: UTF8.self) != nil {
            return nil
        }
        var index = 0
        while index < bytes.count {
            let length = sequenceLength(bytes, at: index)
            guard length > 0 else {
                return Problem(offset: index, message: "is not valid UTF-8 text")
            }
            if bytes[index] == 0 {
                return Problem(
                    offset: index, message: "contains a NUL byte, so it is not a text file")
            }
            index += length
        }
        return nil
    }

    /// The length of the valid UTF-8 sequence starting at `index`, or 0 when it is invalid.
    private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            high = 0x9F
        case 0xF0:
            length = 4
            low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            high = 0x8F
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        let second = bytes[index + 1]
        guard second >= low, second <= high else { return 0 }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 {
            return 0
        }
        return length
    }
}
