import NumberFormat

#if canImport(Glibc)
    import Glibc
#endif

/// Fuzzes the float formatter: whatever double or float the bytes make, the text
/// `pythonFloatRepr` and the scientific and positional writers print must read back as the
/// same number.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNumberFormat(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    var doubles: [Double] = []
    var floats: [Float] = []
    if size >= 8 {
        var bits: UInt64 = 0
        for index in 0..<8 { bits |= UInt64(bytes[index]) << (8 * UInt64(index)) }
        doubles.append(Double(bitPattern: bits))
        floats.append(Float(bitPattern: UInt32(truncatingIfNeeded: bits >> 16)))
    }
    if let parsed = Double(String(decoding: bytes, as: UTF8.self)) {
        doubles.append(parsed)
        floats.append(Float(parsed))
    }
    for value in doubles { checkDouble(value) }
    for value in floats { checkFloat(value) }
    return 0
}

private func checkDouble(_ value: Double) {
    let repr = pythonFloatRepr(value)
    expectSame(Double(repr), value, "pythonFloatRepr", repr)
    guard let decimal = DecimalDigits(value) else {
        let expected = value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf")
        if repr != expected { fail("pythonFloatRepr(\(value.bitPattern)) is \(repr)") }
        return
    }
    let sign = decimal.isNegative ? "-" : ""
    let scientific =
        sign
        + scientificText(
            decimal.digits, exponent: decimal.scientificExponent, keepFraction: true)
    expectSame(Double(scientific), value, "scientificText", scientific)
    if abs(decimal.pointPosition) < 400 {
        let positional =
            sign
            + positionalText(
                decimal.digits, pointPosition: decimal.pointPosition, minimumFraction: 1)
        expectSame(Double(positional), value, "positionalText", positional)
    }
    // Shortest: one digit fewer never reads back as the same value.
    if decimal.digits.count > 1 {
        let shorter = String(decimal.digits.dropLast())
        let text =
            sign + scientificText(shorter, exponent: decimal.scientificExponent, keepFraction: true)
        if let parsed = Double(text), parsed == value, !decimal.isZero {
            fail("digits \(decimal.digits) of \(value.bitPattern) are not the shortest")
        }
    }
}

private func checkFloat(_ value: Float) {
    guard let decimal = DecimalDigits(value) else { return }
    let sign = decimal.isNegative ? "-" : ""
    let text =
        sign
        + scientificText(decimal.digits, exponent: decimal.scientificExponent, keepFraction: false)
    guard let parsed = Float(text), parsed == value || (parsed.isZero && value.isZero),
        parsed.sign == value.sign
    else {
        fail("Float \(value.bitPattern) printed as \(text) reads back differently")
        return
    }
}

private func expectSame(_ parsed: Double?, _ value: Double, _ writer: String, _ text: String) {
    guard let parsed else {
        fail("\(writer) printed \(text) for \(value.bitPattern), which does not parse")
        return
    }
    if value.isNaN {
        if !parsed.isNaN { fail("\(writer) printed \(text) for a NaN") }
        return
    }
    if parsed.bitPattern != value.bitPattern {
        fail("\(writer) printed \(text) for \(value.bitPattern); it reads back as \(parsed)")
    }
}

/// Reports a finding and ends the process so that libFuzzer keeps the input.
private func fail(_ message: String) {
    print("FuzzNumberFormat: " + message)
    abort()
}
