import Foundation

/// Python's `format(x, '.Nf')` and `format(x, '.Ne')`, which Keras's progress bar uses (the C
/// library's `%f` and `%e` agree with Python on finite numbers: correctly rounded, two exponent
/// digits at least).
enum PythonFormat {
    /// `format(value, '.{decimals}f')`.
    static func fixed(_ value: Double, decimals: Int) -> String {
        if let special = special(value) { return special }
        return String(format: "%.\(decimals)f", value)
    }

    /// `format(value, '.{decimals}e')`.
    static func scientific(_ value: Double, decimals: Int) -> String {
        if let special = special(value) { return special }
        return String(format: "%.\(decimals)e", value)
    }

    /// Python's spelling of NaN and infinities.
    private static func special(_ value: Double) -> String? {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        return nil
    }
}
