import Foundation

/// Python's float arithmetic where it differs from Swift's, for the tick algorithms that
/// must choose exactly the ticks matplotlib chooses.
enum Python {
    /// `divmod(a, b)` for floats: the floored quotient and a remainder with the sign of `b`.
    static func divmod(_ a: Double, _ b: Double) -> (quotient: Double, remainder: Double) {
        var remainder = fmod(a, b)
        var quotient = (a - remainder) / b
        if remainder != 0 {
            if (b < 0) != (remainder < 0) {
                remainder += b
                quotient -= 1
            }
        } else {
            remainder = copysign(0, b)
        }
        if quotient != 0 {
            var floored = floor(quotient)
            if quotient - floored > 0.5 { floored += 1 }
            return (floored, remainder)
        }
        return (copysign(0, a / b), remainder)
    }

    /// `a // b` for floats.
    static func floorDivide(_ a: Double, _ b: Double) -> Double {
        divmod(a, b).quotient
    }

    /// `round(x)`: to the nearest integer, ties to even.
    static func round(_ x: Double) -> Double {
        x.rounded(.toNearestOrEven)
    }

    /// `math.isclose(a, b)` with its defaults (relative tolerance 1e-9, no absolute one).
    static func isClose(_ a: Double, _ b: Double) -> Bool {
        if a == b { return true }
        guard a.isFinite, b.isFinite else { return false }
        return abs(a - b) <= 1e-9 * max(abs(a), abs(b))
    }

    /// `round(x, digits)`: correctly rounded to `digits` decimals, ties to even.
    static func round(_ x: Double, digits: Int) -> Double {
        Double(String(format: "%.\(digits)f", x)) ?? x
    }

    /// `numpy.round(x, decimals)` for `decimals >= 0`: scale, round half to even, unscale.
    static func numpyRound(_ x: Double, decimals: Int) -> Double {
        let factor = pow(10, Double(decimals))
        return (x * factor).rounded(.toNearestOrEven) / factor
    }

    /// `'%<spec>' % x` for one float, such as `format("%1.2f", 0.5)`.
    static func format(_ spec: String, _ x: Double) -> String {
        String(format: spec, x)
    }
}
