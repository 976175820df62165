/// Writes numbers into a byte buffer the way the SVG writer needs them, fast: fixed point
/// with at most `decimals` decimals, trailing zeros dropped, no `-0`.
struct NumberWriter {
    /// Appends `value` rounded to two decimals (a hundredth of a point: far below a pixel).
    @inline(__always)
    static func append(_ value: Double, to bytes: inout [UInt8], decimals: Int = 2) {
        guard value.isFinite else {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        let factor: Double =
            decimals == 2 ? 100 : decimals == 3 ? 1000 : decimals == 4 ? 10_000 : 1_000_000
        // Values far outside any figure are clamped; they are clipped anyway.
        let clamped = min(max(value, -1e12), 1e12)
        var scaled = Int64((clamped * factor).rounded())
        if scaled == 0 {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        if scaled < 0 {
            bytes.append(UInt8(ascii: "-"))
            scaled = -scaled
        }
        let unit = Int64(factor)
        let whole = scaled / unit
        var fraction = scaled % unit
        appendInteger(whole, to: &bytes)
        if fraction != 0 {
            var digits = decimals
            while fraction % 10 == 0 {
                fraction /= 10
                digits -= 1
            }
            bytes.append(UInt8(ascii: "."))
            var divisor: Int64 = 1
            for _ in 1..<digits { divisor *= 10 }
            while divisor > 0 {
                bytes.append(UInt8(ascii: "0") + UInt8((fraction / divisor) % 10))
                divisor /= 10
            }
        }
    }

    @inline(__always)
    static func appendInteger(_ value: Int64, to bytes: inout [UInt8]) {
        if value < 10 {
            bytes.append(UInt8(ascii: "0") + UInt8(value))
            return
        }
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            while rest > 0 && count < 20 {
                buffer[count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                count += 1
            }
            for index in stride(from: count - 1, through: 0, by: -1) {
                bytes.append(buffer[index])
            }
        }
    }

    /// The number as a string.
    static func string(_ value: Double, decimals: Int = 2) -> String {
        var bytes: [UInt8] = []
        append(value, to: &bytes, decimals: decimals)
        return String(decoding: bytes, as: UTF8.self)
    }
}
