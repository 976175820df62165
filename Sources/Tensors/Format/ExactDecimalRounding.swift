import NumberFormat

/// Rounding of shortest decimal digits to fewer digits, correct for the exact binary value.
///
/// numpy prints at most 8 digits after the point (or 9 significant digits in scientific form)
/// and rounds the exact binary value, half to even on exact ties. Rounding the shortest
/// digits gives the same answer except when the cut-off digits are exactly `5`: the shortest
/// digits of the value lie within half an ulp of it, so only a decimal exactly halfway could
/// sit between them. For that case the exact value is compared with the halfway decimal.
enum ExactDecimalRounding {
    /// `decimal` (the shortest digits of `value`) rounded to `keep` significant digits.
    static func round(_ decimal: DecimalDigits, keepingSignificant keep: Int, of value: Double)
        -> DecimalDigits
    {
        let digits = Array(decimal.digits.utf8)
        guard keep < digits.count, !decimal.isZero else { return decimal }
        var kept: [UInt8] = keep > 0 ? Array(digits[0..<keep]) : []
        let rest =
            keep >= 0
            ? Array(digits[keep...]) : Array(repeating: UInt8(ascii: "0"), count: -keep) + digits
        var roundUp: Bool
        let first = rest[0]
        if first > UInt8(ascii: "5") {
            roundUp = true
        } else if first < UInt8(ascii: "5") {
            roundUp = false
        } else if rest.count > 1 {
            roundUp = true
        } else {
            // The cut-off digits are exactly "5": compare the exact value with the decimal.
            let comparison = compareExact(
                value.magnitude, digits: digits, pointPosition: decimal.pointPosition)
            if comparison != 0 {
                roundUp = comparison > 0
            } else {
                let lastKept = kept.last ?? UInt8(ascii: "0")
                roundUp = (lastKept - UInt8(ascii: "0")) % 2 == 1
            }
        }
        var point = decimal.pointPosition
        if keep <= 0 {
            // Nothing kept: the result is 0 or one unit in the first kept place.
            if roundUp {
                return DecimalDigits(
                    isNegative: decimal.isNegative, digits: "1", pointPosition: point + 1)
            }
            return DecimalDigits(isNegative: decimal.isNegative, digits: "0", pointPosition: 1)
        }
        if roundUp {
            var index = kept.count - 1
            while index >= 0 {
                if kept[index] == UInt8(ascii: "9") {
                    kept[index] = UInt8(ascii: "0")
                    index -= 1
                } else {
                    kept[index] += 1
                    break
                }
            }
            if index < 0 {
                kept.insert(UInt8(ascii: "1"), at: 0)
                kept.removeLast()
                point += 1
            }
        }
        while kept.count > 1 && kept.last == UInt8(ascii: "0") { kept.removeLast() }
        if kept == [UInt8(ascii: "0")] {
            return DecimalDigits(isNegative: decimal.isNegative, digits: "0", pointPosition: 1)
        }
        return DecimalDigits(
            isNegative: decimal.isNegative, digits: String(decoding: kept, as: UTF8.self),
            pointPosition: point)
    }

    /// The exact binary value of `value` rounded to `count` significant decimal digits (at
    /// most 18), half to even, as numpy prints digits beyond the shortest ones when a common
    /// precision asks for more.
    static func correctlyRounded(_ value: Double, significantDigits count: Int) -> DecimalDigits {
        let magnitude = value.magnitude
        guard magnitude.isFinite, magnitude > 0,
            let shortest = DecimalDigits(magnitude)
        else {
            return DecimalDigits(isNegative: value.sign == .minus, digits: "0", pointPosition: 1)
        }
        var exponent = shortest.scientificExponent
        var digits = scaledInteger(magnitude, shift: count - 1 - exponent)
        var low: UInt64 = 1
        for _ in 1..<count { low *= 10 }
        if digits < low {
            exponent -= 1
            digits = scaledInteger(magnitude, shift: count - 1 - exponent)
        }
        if digits >= low * 10 {
            exponent += 1
            digits = scaledInteger(magnitude, shift: count - 1 - exponent)
        }
        return DecimalDigits(
            isNegative: value.sign == .minus, digits: String(digits), pointPosition: exponent + 1)
    }

    /// `value × 10^shift` rounded to the nearest integer (half to even), for results below
    /// 2⁶³.
    private static func scaledInteger(_ value: Double, shift: Int) -> UInt64 {
        let (m, e) = binaryParts(value)
        // value × 10^shift = numerator / denominator, both natural numbers.
        var numerator = BigNatural(m)
        var denominator = BigNatural(1)
        if e >= 0 { numerator.shiftLeft(e) } else { denominator.shiftLeft(-e) }
        if shift >= 0 {
            for _ in 0..<shift { numerator.multiply(by: 10) }
        } else {
            for _ in 0..<(-shift) { denominator.multiply(by: 10) }
        }
        // The quotient bit by bit: the largest q with q × denominator ≤ numerator.
        var quotient: UInt64 = 0
        for bit in stride(from: 62, through: 0, by: -1) {
            let candidate = quotient | (1 << UInt64(bit))
            if denominator.multiplied(by: candidate).compare(numerator) <= 0 {
                quotient = candidate
            }
        }
        // Round: compare 2 × numerator with (2q + 1) × denominator.
        var doubled = numerator
        doubled.multiply(by: 2)
        let comparison = doubled.compare(denominator.multiplied(by: 2 * quotient + 1))
        if comparison > 0 || (comparison == 0 && quotient % 2 == 1) { quotient += 1 }
        return quotient
    }

    /// `value = m × 2^e` exactly, for a positive finite value.
    private static func binaryParts(_ value: Double) -> (UInt64, Int) {
        if value.isNormal {
            return (value.significandBitPattern | (1 << 52), Int(value.exponent) - 52)
        }
        return (value.significandBitPattern, -1074)
    }

    /// The sign of `value - 0.d₁d₂…dₙ × 10^pointPosition`, computed exactly.
    static func compareExact(_ value: Double, digits: [UInt8], pointPosition: Int) -> Int {
        guard value.isFinite, value > 0 else { return value > 0 ? 1 : -1 }
        // value = m × 2^e
        let (m, e) = binaryParts(value)
        // decimal = D × 10^q = D × 2^q × 5^q
        var decimal = BigNatural(0)
        for digit in digits {
            decimal.multiply(by: 10)
            decimal.add(UInt32(digit - UInt8(ascii: "0")))
        }
        let q = pointPosition - digits.count
        var binary = BigNatural(m)
        // Scale both sides by 2^(-min(e, q, 0)) × 5^(-min(q, 0)) so both are integers.
        let twoShift = -min(e, q, 0)
        let fiveShift = -min(q, 0)
        binary.shiftLeft(e + twoShift)
        for _ in 0..<fiveShift { binary.multiply(by: 5) }
        decimal.shiftLeft(q + twoShift)
        for _ in 0..<(q + fiveShift) { decimal.multiply(by: 5) }
        return binary.compare(decimal)
    }
}

/// A minimal arbitrary-size natural number for exact comparisons (little-endian 32-bit limbs).
struct BigNatural {
    private var limbs: [UInt32]

    init(_ value: UInt64) {
        limbs = [UInt32(truncatingIfNeeded: value), UInt32(truncatingIfNeeded: value >> 32)]
        trim()
    }

    private mutating func trim() {
        while limbs.count > 1 && limbs.last == 0 { limbs.removeLast() }
    }

    mutating func multiply(by factor: UInt32) {
        var carry: UInt64 = 0
        for index in limbs.indices {
            let product = UInt64(limbs[index]) * UInt64(factor) + carry
            limbs[index] = UInt32(truncatingIfNeeded: product)
            carry = product >> 32
        }
        if carry != 0 { limbs.append(UInt32(carry)) }
    }

    mutating func add(_ addend: UInt32) {
        var carry = UInt64(addend)
        var index = 0
        while carry != 0 {
            if index == limbs.count { limbs.append(0) }
            let sum = UInt64(limbs[index]) + carry
            limbs[index] = UInt32(truncatingIfNeeded: sum)
            carry = sum >> 32
            index += 1
        }
    }

    mutating func shiftLeft(_ bits: Int) {
        guard bits > 0 else { return }
        let whole = bits / 32
        let part = bits % 32
        if part != 0 {
            var carry: UInt32 = 0
            for index in limbs.indices {
                let limb = limbs[index]
                limbs[index] = (limb << UInt32(part)) | carry
                carry = limb >> UInt32(32 - part)
            }
            if carry != 0 { limbs.append(carry) }
        }
        if whole > 0 { limbs.insert(contentsOf: repeatElement(0, count: whole), at: 0) }
        trim()
    }

    /// The product with a 64-bit factor.
    func multiplied(by factor: UInt64) -> BigNatural {
        var high = self
        high.multiply(by: UInt32(truncatingIfNeeded: factor >> 32))
        high.shiftLeft(32)
        var low = self
        low.multiply(by: UInt32(truncatingIfNeeded: factor))
        high.add(low)
        return high
    }

    /// Adds another natural number.
    mutating func add(_ other: BigNatural) {
        var carry: UInt64 = 0
        let count = Swift.max(limbs.count, other.limbs.count)
        if limbs.count < count {
            limbs.append(contentsOf: repeatElement(0, count: count - limbs.count))
        }
        for index in 0..<count {
            let sum =
                UInt64(limbs[index]) + UInt64(index < other.limbs.count ? other.limbs[index] : 0)
                + carry
            limbs[index] = UInt32(truncatingIfNeeded: sum)
            carry = sum >> 32
        }
        if carry != 0 { limbs.append(UInt32(carry)) }
    }

    func compare(_ other: BigNatural) -> Int {
        if limbs.count != other.limbs.count { return limbs.count < other.limbs.count ? -1 : 1 }
        for index in limbs.indices.reversed() where limbs[index] != other.limbs[index] {
            return limbs[index] < other.limbs[index] ? -1 : 1
        }
        return 0
    }
}
