import Testing

@testable import NumberFormat

@Suite struct PythonFloatReprTests {
    @Test(arguments: [
        (0.1 + 0.2, "0.30000000000000004"),
        (1e16, "1e+16"),
        (1e15, "1000000000000000.0"),
        (1.5e-7, "1.5e-07"),
        (0.0001, "0.0001"),
        (0.00001, "1e-05"),
        (100.0, "100.0"),
        (-0.0, "-0.0"),
        (0.0, "0.0"),
        (2.5, "2.5"),
        (1e300, "1e+300"),
        (-1.25e-300, "-1.25e-300"),
        (123456789.0, "123456789.0"),
        (Double.nan, "nan"),
        (-Double.infinity, "-inf"),
        (5e-324, "5e-324"),
        (1.7976931348623157e308, "1.7976931348623157e+308"),
    ])
    func matchesPythonRepr(value: Double, expected: String) {
        #expect(pythonFloatRepr(value) == expected)
    }

    @Test func float32DigitsAreTheShortestForFloat() throws {
        let third = try #require(DecimalDigits(Float(1) / 3))
        #expect(third.digits == "33333334")
        #expect(third.pointPosition == 0)
        let big = try #require(DecimalDigits(Float(123456789)))
        #expect(big.digits == "12345679")
        #expect(big.pointPosition == 9)
    }

    @Test func digitsReadBackAsTheSameFloat() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let value = Double(bitPattern: generator.next() & 0x7FEF_FFFF_FFFF_FFFF)
            let text = pythonFloatRepr(value)
            #expect(Double(text) == value, "\(text)")
        }
    }
}
