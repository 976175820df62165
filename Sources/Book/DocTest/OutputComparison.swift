/// Compares a recorded output with an actual one the way `lit test` does: object addresses are
/// masked and floating-point numbers may differ by a relative tolerance.
///
/// Both texts are first normalised (``OutputText/normalized(_:)``), then compared line by line.
/// In each line:
/// - an address, `0x` and hex digits not preceded by a letter, digit or `_`, matches any other
///   address;
/// - a float (digits with a `.` or an exponent, such as `0.29605114`, `2.`, `.5`, `1.e-05`,
///   `-3e+07`, or `nan`, `inf`, `-inf` as whole words) matches another float when both are
///   equal (`-0.` equals `0.`), both are NaN, or `|a - b| <= tolerance * max(|a|, |b|)`;
/// - an integer (digits only) must be spelled the same, so `dense_1` never matches `dense_2`;
/// - everything else, spaces included, must be identical.
public struct OutputComparison: Hashable, Sendable {
    /// The relative tolerance for floats; `1e-6` unless set.
    public var tolerance: Double

    /// Makes a comparison with a relative tolerance for floats.
    public init(tolerance: Double = 1e-6) {
        self.tolerance = tolerance
    }

    /// Whether the actual output matches the recorded one.
    public func matches(recorded: String, actual: String) -> Bool {
        let recorded = OutputText.normalized(recorded)
        let actual = OutputText.normalized(actual)
        if recorded == actual { return true }
        let recordedLines = recorded.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        guard recordedLines.count == actualLines.count else { return false }
        return zip(recordedLines, actualLines).allSatisfy { linesMatch($0, $1) }
    }

    /// Whether two single lines match.
    public func linesMatch(_ recorded: Substring, _ actual: Substring) -> Bool {
        if recorded == actual { return true }
        let left = OutputTokens(recorded)
        let right = OutputTokens(actual)
        guard left.tokens.count == right.tokens.count else { return false }
        for (one, other) in zip(left.tokens, right.tokens) {
            switch (one, other) {
            case (.text(let a), .text(let b)):
                guard a == b else { return false }
            case (.integer(let a), .integer(let b)):
                guard a == b else { return false }
            case (.float(let a, let aText), .float(let b, let bText)):
                guard aText == bText || floatsMatch(a, b) else { return false }
            default:
                return false
            }
        }
        return true
    }

    private func floatsMatch(_ a: Double?, _ b: Double?) -> Bool {
        guard let a, let b else { return false }
        if a == b || (a.isNaN && b.isNaN) { return true }
        guard a.isFinite, b.isFinite else { return false }
        return abs(a - b) <= tolerance * max(abs(a), abs(b))
    }
}

/// A line cut into text, integers and floats, with addresses masked.
struct OutputTokens {
    /// One piece of a line.
    enum Token: Equatable {
        /// Text that must match exactly (addresses replaced by a mask byte).
        case text([UInt8])
        /// Digits only; must be spelled the same.
        case integer([UInt8])
        /// A float's value (nil when it does not parse) and its spelling.
        case float(Double?, [UInt8])
    }

    /// Marks a masked address; never part of valid UTF-8, so no text can spell it.
    private static let addressMask: UInt8 = 0xFF

    private(set) var tokens: [Token] = []

    init(_ line: Substring) {
        let bytes = Array(line.utf8)
        var text: [UInt8] = []
        var index = 0
        func flush() {
            if !text.isEmpty { tokens.append(.text(text)) }
            text.removeAll()
        }
        while index < bytes.count {
            let previous = index > 0 ? bytes[index - 1] : 0x20
            let startsWord = !Self.isWordByte(previous)
            if startsWord, let length = Self.addressLength(bytes, at: index) {
                text.append(Self.addressMask)
                index += length
            } else if startsWord, let length = Self.specialFloatLength(bytes, at: index) {
                flush()
                let spelling = Array(bytes[index..<(index + length)])
                let value: Double =
                    spelling.contains(UInt8(ascii: "a"))
                    ? .nan
                    : (spelling.first == UInt8(ascii: "-") ? -.infinity : .infinity)
                tokens.append(.float(value, spelling))
                index += length
            } else if let (length, isFloat) = Self.numberLength(bytes, at: index) {
                flush()
                let spelling = Array(bytes[index..<(index + length)])
                if isFloat {
                    tokens.append(
                        .float(Double(String(decoding: spelling, as: UTF8.self)), spelling))
                } else {
                    tokens.append(.integer(spelling))
                }
                index += length
            } else {
                text.append(bytes[index])
                index += 1
            }
        }
        flush()
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
            || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "f"))
    }

    /// The length of `0x` and hex digits at `index`.
    private static func addressLength(_ bytes: [UInt8], at index: Int) -> Int? {
        guard index + 2 < bytes.count, bytes[index] == UInt8(ascii: "0"),
            bytes[index + 1] | 0x20 == UInt8(ascii: "x"), isHex(bytes[index + 2])
        else { return nil }
        var end = index + 2
        while end < bytes.count, isHex(bytes[end]) { end += 1 }
        return end - index
    }

    /// The length of `nan`, `inf` or `-inf` as a whole word at `index`.
    private static func specialFloatLength(_ bytes: [UInt8], at index: Int) -> Int? {
        for word in ["nan", "inf", "-inf"] {
            let spelled = Array(word.utf8)
            let end = index + spelled.count
            guard end <= bytes.count, bytes[index..<end].elementsEqual(spelled) else { continue }
            if end < bytes.count, isWordByte(bytes[end]) { continue }
            return spelled.count
        }
        return nil
    }

    /// The length of a number at `index` and whether it is a float.
    private static func numberLength(_ bytes: [UInt8], at index: Int) -> (Int, Bool)? {
        var end = index
        if bytes[end] == UInt8(ascii: "-") { end += 1 }
        let integerStart = end
        while end < bytes.count, isDigit(bytes[end]) { end += 1 }
        let integerDigits = end - integerStart
        var isFloat = false
        if end < bytes.count, bytes[end] == UInt8(ascii: ".") {
            var fraction = end + 1
            while fraction < bytes.count, isDigit(bytes[fraction]) { fraction += 1 }
            if integerDigits + (fraction - end - 1) > 0 {
                end = fraction
                isFloat = true
            }
        }
        guard integerDigits > 0 || isFloat else { return nil }
        if end < bytes.count, bytes[end] | 0x20 == UInt8(ascii: "e") {
            var exponent = end + 1
            if exponent < bytes.count,
                bytes[exponent] == UInt8(ascii: "+") || bytes[exponent] == UInt8(ascii: "-")
            {
                exponent += 1
            }
            if exponent < bytes.count, isDigit(bytes[exponent]) {
                while exponent < bytes.count, isDigit(bytes[exponent]) { exponent += 1 }
                end = exponent
                isFloat = true
            }
        }
        return (end - index, isFloat)
    }
}
