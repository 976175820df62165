/// The shortest decimal digits that read back as the same binary float.
///
/// The value is `0.d₁d₂…dₙ × 10^pointPosition` with the sign in `isNegative`: for `123.5` the
/// digits are `1235` and `pointPosition` is 3; for `0.001` they are `1` and -2. The digits are
/// the shortest that round-trip through the float's own type (so `Float(1) / 3` gives the eight
/// digits `33333334`, as numpy's `float32` repr shows), with no leading or trailing zeros.
///
/// ```swift
/// let third = DecimalDigits(Float(1) / 3)
/// // third?.digits == "33333334", third?.pointPosition == 0
/// ```
public struct DecimalDigits: Equatable, Sendable {
    /// Whether the value has its sign bit set (true for `-0.0`).
    public var isNegative: Bool
    /// The significant digits, at least one; `"0"` for zero.
    public var digits: String
    /// Where the decimal point stands relative to the digits (see the type's description).
    public var pointPosition: Int

    /// Creates digits from their parts.
    public init(isNegative: Bool, digits: String, pointPosition: Int) {
        self.isNegative = isNegative
        self.digits = digits
        self.pointPosition = pointPosition
    }

    /// The shortest round-trip digits of a `Double`, or `nil` for infinities and NaN.
    public init?(_ value: Double) {
        guard value.isFinite else { return nil }
        self.init(
            shortestDescription: value.magnitude.description, isNegative: value.sign == .minus)
    }

    /// The shortest round-trip digits of a `Float`, or `nil` for infinities and NaN.
    public init?(_ value: Float) {
        guard value.isFinite else { return nil }
        self.init(
            shortestDescription: value.magnitude.description, isNegative: value.sign == .minus)
    }

    /// Parses Swift's own shortest description (`"1.5e-07"`, `"123.0"`) of a finite magnitude.
    private init(shortestDescription text: String, isNegative: Bool) {
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        let integerPart = mantissa.prefix { $0 != "." }
        let fractionPart = mantissa.dropFirst(integerPart.count + 1)
        var all = Array(integerPart) + Array(fractionPart)
        var point = integerPart.count + exponent
        while all.first == "0" {
            all.removeFirst()
            point -= 1
        }
        while all.last == "0" {
            all.removeLast()
        }
        if all.isEmpty {
            self.init(isNegative: isNegative, digits: "0", pointPosition: 1)
        } else {
            self.init(isNegative: isNegative, digits: String(all), pointPosition: point)
        }
    }

    /// Whether the value is zero.
    public var isZero: Bool { digits == "0" }

    /// The decimal exponent of scientific notation: `d₁.d₂… × 10^scientificExponent`.
    public var scientificExponent: Int { isZero ? 0 : pointPosition - 1 }
}
