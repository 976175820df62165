/// Converts integer literals of any size to decimal digits, for `Constant.bigInt`.
enum BigDigits {
    /// The decimal digits (no sign, no leading zeros) of `digits` written in `radix`.
    ///
    /// `radix` is 2, 8, 10 or 16; `digits` holds only valid digits of that radix.
    ///
    /// The work is quadratic in the length, so callers bound the length first.
    static func decimalString(_ digits: String, radix: Int) -> String {
        let trimmed = digits.drop(while: { $0 == "0" })
        if trimmed.isEmpty { return "0" }
        if radix == 10 { return String(trimmed) }
        // Little-endian limbs in base 10^9; each step multiplies by radix^k and adds a chunk.
        let limbBase: UInt64 = 1_000_000_000
        var limbs: [UInt64] = [0]
        let values = trimmed.unicodeScalars.map { scalar -> UInt64 in
            let v = scalar.value
            if v >= 97 { return UInt64(v - 87) }
            if v >= 65 { return UInt64(v - 55) }
            return UInt64(v - 48)
        }
        let chunk = radix == 16 ? 7 : radix == 8 ? 9 : 28
        var index = 0
        while index < values.count {
            let end = min(values.count, index + chunk)
            var multiplier: UInt64 = 1
            var addend: UInt64 = 0
            for value in values[index..<end] {
                multiplier *= UInt64(radix)
                addend = addend * UInt64(radix) + value
            }
            var carry = addend
            for limb in limbs.indices {
                let product = limbs[limb] * multiplier + carry
                limbs[limb] = product % limbBase
                carry = product / limbBase
            }
            while carry > 0 {
                limbs.append(carry % limbBase)
                carry /= limbBase
            }
            index = end
        }
        var text = String(limbs.last ?? 0)
        for limb in limbs.dropLast().reversed() {
            let part = String(limb)
            text += String(repeating: "0", count: 9 - part.count) + part
        }
        return text
    }

    /// An upper bound on the count of decimal digits of a literal with `count` significant
    /// digits in `radix`.
    static func decimalDigitBound(count: Int, radix: Int) -> Int {
        switch radix {
        case 16: return count * 121 / 100 + 1
        case 8: return count * 91 / 100 + 1
        case 2: return count * 31 / 100 + 1
        default: return count
        }
    }
}
