import NumberFormat

/// numpy 1.26's float formatting for arrays (`floatmode='maxprec'`, `precision=8`).
///
/// One formatter serves a whole array, so every element gets the same notation and width:
/// - Scientific notation when the largest non-zero magnitude is at least 1e8, or the smallest
///   is below 1e-4, or their ratio exceeds 1000; positional otherwise.
/// - Positional: the shortest round-trip digits, at most 8 after the point, trailing zeros
///   dropped but the point kept (`1.`); integer parts padded on the left and fractions padded
///   with spaces on the right to the widest in the array (`[-1.5 ,  2.25]`).
/// - Scientific: every mantissa gets as many fraction digits as the longest needs (padded with
///   zeros: `1.2345678e+05, 5.0000000e-01`), exponents at least two digits.
/// - `nan` and `inf` are right-aligned in the common width.
struct FloatFormatter {
    private let isFloat32: Bool
    private let scientific: Bool
    private var padLeft = 0
    private var padRight = 0
    private var fractionDigits = 0
    private var exponentDigits = 2
    /// The positional or scientific parts computed while sizing, reused when formatting.
    private var parts: [UInt64: (integer: String, fraction: String, exponent: Int)] = [:]

    /// The precision numpy prints with.
    static let precision = 8

    /// Builds the formatter for the elements that will be shown.
    init(_ values: [Double], isFloat32: Bool) {
        self.isFloat32 = isFloat32
        var maxMagnitude = 0.0
        var minMagnitude = Double.infinity
        var finiteCount = 0
        var hasNegativeInfinity = false
        var hasNonFinite = false
        for value in values {
            if value.isFinite {
                finiteCount += 1
                if value != 0 {
                    maxMagnitude = max(maxMagnitude, value.magnitude)
                    minMagnitude = min(minMagnitude, value.magnitude)
                }
            } else {
                hasNonFinite = true
                if value == -.infinity { hasNegativeInfinity = true }
            }
        }
        // numpy divides in the array's own precision.
        let ratio =
            isFloat32
            ? Double(Float(maxMagnitude) / Float(minMagnitude)) : maxMagnitude / minMagnitude
        scientific =
            minMagnitude.isFinite
            && (maxMagnitude >= 1e8 || minMagnitude < 0.0001 || ratio > 1000)
        if finiteCount > 0 {
            if scientific {
                var longestExponent = 0
                for value in values where value.isFinite {
                    let parts = scientificParts(value)
                    self.parts[value.bitPattern] = parts
                    padLeft = max(padLeft, parts.integer.count)
                    fractionDigits = max(fractionDigits, parts.fraction.count)
                    longestExponent = max(longestExponent, String(parts.exponent.magnitude).count)
                }
                exponentDigits = max(2, longestExponent)
                padRight = exponentDigits + 2 + fractionDigits
            } else {
                for value in values where value.isFinite {
                    let parts = positionalParts(value)
                    self.parts[value.bitPattern] = (parts.integer, parts.fraction, 0)
                    padLeft = max(padLeft, parts.integer.count)
                    padRight = max(padRight, parts.fraction.count)
                }
            }
        }
        if hasNonFinite {
            let infinityWidth = 3 + (hasNegativeInfinity ? 1 : 0)
            let offset = padRight + 1
            padLeft = max(padLeft, 3 - offset, infinityWidth - offset)
        }
    }

    /// One element in the array's common notation and width.
    func format(_ value: Double) -> String {
        if !value.isFinite {
            let text = value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf")
            return padded(text, to: padLeft + padRight + 1)
        }
        if scientific {
            var parts = self.parts[value.bitPattern] ?? scientificParts(value)
            if parts.fraction.count < fractionDigits {
                // numpy fills the common precision with the value's further exact digits.
                let exact = ExactDecimalRounding.correctlyRounded(
                    value, significantDigits: fractionDigits + 1)
                let digits =
                    exact.digits
                    + String(repeating: "0", count: fractionDigits + 1 - exact.digits.count)
                parts = (
                    (exact.isNegative ? "-" : "") + digits.prefix(1), String(digits.dropFirst()),
                    exact.scientificExponent
                )
            }
            let fraction = parts.fraction
            var exponent = String(parts.exponent.magnitude)
            if exponent.count < exponentDigits {
                exponent = String(repeating: "0", count: exponentDigits - exponent.count) + exponent
            }
            let sign = parts.exponent < 0 ? "-" : "+"
            return padded(parts.integer, to: padLeft) + "." + fraction + "e" + sign + exponent
        }
        let cached = self.parts[value.bitPattern]
        let parts = cached.map { ($0.integer, $0.fraction) } ?? positionalParts(value)
        var fraction = parts.1
        if fraction.count < padRight {
            fraction += String(repeating: " ", count: padRight - fraction.count)
        }
        return padded(parts.0, to: padLeft) + "." + fraction
    }

    private func padded(_ text: String, to width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }

    private func shortest(_ value: Double) -> DecimalDigits {
        let digits = isFloat32 ? DecimalDigits(Float(value)) : DecimalDigits(value)
        return digits ?? DecimalDigits(isNegative: false, digits: "0", pointPosition: 1)
    }

    /// The integer part (with sign) and fraction digits of the positional form.
    private func positionalParts(_ value: Double) -> (integer: String, fraction: String) {
        var decimal = shortest(value)
        let keep = decimal.pointPosition + Self.precision
        decimal = ExactDecimalRounding.round(decimal, keepingSignificant: keep, of: value)
        let sign = decimal.isNegative ? "-" : ""
        let digits = decimal.digits
        let point = decimal.pointPosition
        if decimal.isZero { return (sign + "0", "") }
        if point <= 0 {
            return (sign + "0", String(repeating: "0", count: -point) + digits)
        }
        if point >= digits.count {
            return (sign + digits + String(repeating: "0", count: point - digits.count), "")
        }
        let split = digits.index(digits.startIndex, offsetBy: point)
        return (sign + digits[..<split], String(digits[split...]))
    }

    /// The sign and first digit, the further mantissa digits, and the decimal exponent.
    private func scientificParts(_ value: Double) -> (
        integer: String, fraction: String, exponent: Int
    ) {
        var decimal = shortest(value)
        decimal = ExactDecimalRounding.round(
            decimal, keepingSignificant: Self.precision + 1, of: value)
        let sign = decimal.isNegative ? "-" : ""
        let digits = decimal.digits
        return (sign + digits.prefix(1), String(digits.dropFirst()), decimal.scientificExponent)
    }
}
