/// Checks that a file's bytes are text the reader can take: valid UTF-8 without NUL bytes.
enum TextCheck {
    /// A reason the bytes are not text, with the byte offset where it shows.
    struct Problem: Equatable {
        let offset: Int
        let message: String
    }

    /// The first problem in the bytes, or `nil` when they are valid UTF-8 text.
    static func firstProblem(in bytes: [UInt8]) -> Problem? {
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            let count = buffer.count
            guard let base = UnsafeRawPointer(buffer.baseAddress) else { return nil }
            while index < count {
                // Skip eight ASCII bytes without NUL at a time.
                if index + 8 <= count {
                    let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    let hasHighBit = word & 0x8080_8080_8080_8080 != 0
                    let hasZero = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
                    if !hasHighBit, hasZero == 0 {
                        index += 8
                        continue
                    }
                }
                let byte = buffer[index]
                if byte != 0, byte < 0x80 {
                    index += 1
                    continue
                }
                if byte == 0 {
                    return Problem(
                        offset: index, message: "contains a NUL byte, so it is not a text file")
                }
                let length = sequenceLength(buffer, at: index)
                guard length > 0 else {
                    return Problem(offset: index, message: "is not valid UTF-8 text")
                }
                index += length
            }
            return nil
        }
    }

    /// The length of the valid UTF-8 sequence starting at `index`, or 0 when it is invalid.
    private static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
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
