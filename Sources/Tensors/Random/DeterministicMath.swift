/// Logarithm, sine and cosine from IEEE basic operations only, so random numbers built from
/// them are bit-for-bit the same on every platform (the C library's versions may differ in
/// the last bit between Linux and macOS).
///
/// Accuracy is within a few units in the last place of `Double`, far finer than the `Float`
/// results random ops produce.
enum DeterministicMath {
    private static let ln2 = 0.693_147_180_559_945_3
    private static let halfPiHigh = 1.570_796_326_794_896_6
    private static let halfPiLow = 6.123_233_995_736_766e-17

    /// The natural logarithm of a positive finite `x`.
    static func log(_ x: Double) -> Double {
        guard x > 0, x.isFinite else { return x == 0 ? -.infinity : .nan }
        // x = m · 2^e with m in [√½, √2).
        var m = x.significand
        var e = Double(x.exponent)
        if m > 1.414_213_562_373_095 {
            m /= 2
            e += 1
        }
        // ln m = 2 atanh(s) with s = (m − 1)/(m + 1), |s| < 0.172.
        let s = (m - 1) / (m + 1)
        let s2 = s * s
        var series = 1.0 / 25
        var k = 23.0
        while k >= 1 {
            series = series * s2 + 1 / k
            k -= 2
        }
        return e * ln2 + 2 * s * series
    }

    /// The sine and cosine of a finite `x` of moderate size (here, below 2π).
    static func sinCos(_ x: Double) -> (Double, Double) {
        let quadrant = (x / halfPiHigh).rounded()
        let r = (x - quadrant * halfPiHigh) - quadrant * halfPiLow
        let r2 = r * r
        // Taylor series to r¹⁹ and r¹⁸; |r| ≤ π/4 keeps the truncation error below 1e-17.
        var sine = 0.0
        var cosine = 0.0
        var n = 19.0
        while n >= 3 {
            sine = (sine + 1) * (-r2 / (n * (n - 1)))
            n -= 2
        }
        sine = r * (1 + sine)
        n = 18
        while n >= 2 {
            cosine = (cosine + 1) * (-r2 / (n * (n - 1)))
            n -= 2
        }
        cosine = 1 + cosine
        switch Int(quadrant) & 3 {
        case 0: return (sine, cosine)
        case 1: return (cosine, -sine)
        case 2: return (-sine, -cosine)
        default: return (-cosine, sine)
        }
    }
}
