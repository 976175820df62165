/// Python's `repr(float)`: the shortest digits that round-trip, positional unless the decimal
/// exponent is below -4 or at least 16.
///
/// ```swift
/// pythonFloatRepr(0.1 + 0.2)  // "0.30000000000000004"
/// pythonFloatRepr(1e16)       // "1e+16"
/// pythonFloatRepr(1.5e-7)     // "1.5e-07"
/// pythonFloatRepr(100)        // "100.0"
/// ```
public func pythonFloatRepr(_ value: Double) -> String {
    guard let decimal = DecimalDigits(value) else {
        if value.isNaN { return "nan" }
        return value < 0 ? "-inf" : "inf"
    }
    let sign = decimal.isNegative ? "-" : ""
    let point = decimal.pointPosition
    if decimal.isZero {
        return sign + "0.0"
    }
    if point <= -4 || point > 16 {
        return sign + scientificText(decimal.digits, exponent: point - 1, keepFraction: false)
    }
    return sign + positionalText(decimal.digits, pointPosition: point, minimumFraction: 1)
}

/// Digits written positionally with the decimal point at `pointPosition` and at least
/// `minimumFraction` digits after it (padded with zeros).
///
/// `positionalText("125", pointPosition: 1, minimumFraction: 1)` is `"1.25"`;
/// `positionalText("5", pointPosition: 3, minimumFraction: 1)` is `"500.0"`;
/// `positionalText("5", pointPosition: -1, minimumFraction: 0)` is `"0.005"`.
public func positionalText(_ digits: String, pointPosition: Int, minimumFraction: Int) -> String {
    var integer: String
    var fraction: String
    if pointPosition <= 0 {
        integer = "0"
        fraction = String(repeating: "0", count: -pointPosition) + digits
    } else if pointPosition >= digits.count {
        integer = digits + String(repeating: "0", count: pointPosition - digits.count)
        fraction = ""
    } else {
        let split = digits.index(digits.startIndex, offsetBy: pointPosition)
        integer = String(digits[..<split])
        fraction = String(digits[split...])
    }
    if fraction.count < minimumFraction {
        fraction += String(repeating: "0", count: minimumFraction - fraction.count)
    }
    if integer.isEmpty { integer = "0" }
    return fraction.isEmpty ? integer + "." : integer + "." + fraction
}

/// Digits in scientific notation `d.ddde±XX` (exponent of at least two digits).
///
/// With `keepFraction` false a single digit is written without a point (`1e+16`); with it true
/// it keeps one (`1.e+16`), as numpy's arrays do.
public func scientificText(_ digits: String, exponent: Int, keepFraction: Bool) -> String {
    let first = digits.prefix(1)
    let rest = digits.dropFirst()
    var mantissa = String(first)
    if !rest.isEmpty {
        mantissa += "." + rest
    } else if keepFraction {
        mantissa += "."
    }
    return mantissa + exponentText(exponent)
}

/// An exponent suffix the C way: `e+05`, `e-10`, `e+300`.
public func exponentText(_ exponent: Int) -> String {
    let magnitude = String(exponent.magnitude)
    let padded = magnitude.count < 2 ? "0" + magnitude : magnitude
    return "e" + (exponent < 0 ? "-" : "+") + padded
}
