import Testing

@testable import Plot

/// Bad input gives matplotlib 3.7.2's error type and sentence (checked against the real
/// thing), never a crash.
@Suite struct ErrorTests {
    private func expectError(
        _ kind: PlotError.Kind, _ message: String,
        sourceLocation: SourceLocation = #_sourceLocation,
        _ body: (Axes) throws -> Void
    ) throws {
        let axes = try Figure().addSubplot()
        #expect(throws: PlotError(kind, message), sourceLocation: sourceLocation) { try body(axes) }
    }

    @Test func formatStringErrorsNameTheCulprit() throws {
        try expectError(.value, "'q' is not a valid format string (unrecognized character 'q')") {
            try $0.plot([1, 2], [3, 4], format: "q")
        }
        try expectError(.value, "'m--q' is not a valid format string (unrecognized character 'q')")
        {
            try $0.plot([1, 2], [3, 4], format: "m--q")
        }
        try expectError(.value, "'rg' is not a valid format string (two color symbols)") {
            try $0.plot([1, 2], [3, 4], format: "rg")
        }
        try expectError(.value, "'o.' is not a valid format string (two marker symbols)") {
            try $0.plot([1, 2], [3, 4], format: "o.")
        }
        try expectError(.value, "'--:' is not a valid format string (two linestyle symbols)") {
            try $0.plot([1, 2], [3, 4], format: "--:")
        }
        try expectError(.value, "invalid literal for int() with base 10: 'x'") {
            try $0.plot([1, 2], [3, 4], format: "Cx")
        }
    }

    @Test func mismatchedLengthsAreValueErrors() throws {
        try expectError(
            .value, "x and y must have same first dimension, but have shapes (3,) and (4,)"
        ) {
            try $0.plot([1, 2, 3], [3, 4, 5, 6])
        }
        try expectError(
            .value, "x and y must have same first dimension, but have shapes (2,) and (0,)"
        ) {
            try $0.plot([1, 2], [])
        }
        try expectError(.value, "x and y must be the same size") {
            try $0.scatter([1, 2, 3], [1, 2])
        }
        try expectError(
            .value, "s must be a scalar, or float array-like with the same size as x and y"
        ) {
            try $0.scatter([1, 2, 3], [1, 2, 3], options: ScatterOptions(sizes: [1, 2]))
        }
        try expectError(
            .value,
            "'c' argument has 2 elements, which is inconsistent with 'x' and 'y' with size 3."
        ) {
            try $0.scatter([1, 2, 3], [1, 2, 3], options: ScatterOptions(values: [1, 2]))
        }
        try expectError(
            .value,
            "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (3,) and arg 1 with shape (2,)."
        ) {
            try $0.bar([1, 2, 3], [1, 2])
        }
        try expectError(
            .value,
            "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (3,) and arg 2 with shape (2,)."
        ) {
            try $0.bar([1, 2, 3], [1, 2, 3], options: BarOptions(thickness: [1, 2]))
        }
        try expectError(.value, "operands could not be broadcast together with shapes (3,) (2,) ") {
            try $0.fillBetween([1, 2, 3], [1, 2])
        }
        try expectError(.value, "where size (2) does not match x size (3)") {
            var options = AreaOptions()
            options.mask = [true, false]
            try $0.fillBetween([1, 2, 3], [1, 2, 3], options: options)
        }
    }

    @Test func histogramErrorsAreNumpys() throws {
        try expectError(.value, "`bins` must be positive, when an integer") {
            try $0.hist([1, 2, 3], options: HistogramOptions(bins: .count(0)))
        }
        try expectError(.value, "`bins` must increase monotonically, when an array") {
            try $0.hist([1, 2, 3], options: HistogramOptions(bins: .edges([3, 2, 1])))
        }
        try expectError(.value, "supplied range of [1.0, inf] is not finite") {
            try $0.hist([1, .infinity, 3])
        }
        try expectError(.value, "max must be larger than min in range parameter.") {
            var options = HistogramOptions()
            options.range = (3, 1)
            try $0.hist([1, 2, 3], options: options)
        }
        try expectError(.value, "weights should have the same shape as x") {
            var options = HistogramOptions()
            options.weights = [1, 2]
            try $0.hist([1, 2, 3], options: options)
        }
    }

    @Test func badNamesListWhatIsValid() throws {
        #expect(throws: PlotError(.value, "'blurple' is not a valid value for color")) {
            try Color(parsing: "blurple")
        }
        #expect(
            throws: PlotError(
                .value,
                "'~~' is not a valid value for ls; supported values are '-', '--', '-.', ':', 'None', ' ', '', 'solid', 'dashed', 'dashdot', 'dotted'"
            )
        ) { try LineStyle(parsing: "~~") }
        #expect(throws: PlotError(.value, "Unrecognized marker style 'Q'")) {
            try Marker.parse("Q")
        }
        #expect(
            throws: PlotError(
                .value,
                "'foo' is not a valid value for scale; supported values are 'linear', 'log', 'symlog', 'asinh', 'logit', 'function', 'functionlog'"
            )
        ) { try Scale(named: "foo") }
        #expect(throws: PlotError(.value, "The log base cannot be <= 0 or == 1")) {
            try Scale(named: "log", base: 1)
        }
        #expect(
            throws: PlotError(
                .value,
                "'middle' is not a valid value for loc; supported values are 'best', 'upper right', 'upper left', 'lower left', 'lower right', 'right', 'center left', 'center right', 'lower center', 'upper center', 'center'"
            )
        ) { try Legend.Location(parsing: "middle") }
        let colormap = #expect(throws: PlotError.self) { try ColorMap(named: "foo") }
        #expect(
            colormap?.message.hasPrefix(
                "'foo' is not a valid value for cmap; supported values are 'Accent', 'Accent_r', 'Blues'"
            ) == true)
        #expect(colormap?.message.hasSuffix("'winter', 'winter_r'") == true)
    }

    @Test func limitsAndOpacityAreChecked() throws {
        try expectError(.value, "Axis limits cannot be NaN or Inf") {
            try $0.setLimits(.x, .nan, 1)
        }
        try expectError(.value, "Axis limits cannot be NaN or Inf") {
            try $0.setLimits(.y, 0, .infinity)
        }
        try expectError(.value, "alpha (2) is outside 0-1 range") {
            try $0.plot(nil, [1, 2], options: LineOptions(alpha: 2))
        }
        try expectError(.value, "alpha (2.5) is outside 0-1 range") {
            try $0.plot(nil, [1, 2], options: LineOptions(alpha: 2.5))
        }
    }

    @Test func subplotsOutsideTheGridAreValueErrors() throws {
        let figure = Figure()
        #expect(throws: PlotError(.value, "num must be an integer with 1 <= num <= 4, not 5")) {
            try figure.addSubplot(rows: 2, columns: 2, index: 5)
        }
        #expect(throws: PlotError(.value, "Number of rows must be a positive integer, not 0")) {
            try figure.subplots(rows: 0, columns: 1)
        }
    }

    @Test func imagesNeedTheirPixels() throws {
        try expectError(.type, "Invalid shape (2, 3) for image data") {
            try $0.imshow(rows: 2, columns: 3, pixels: .values([1, 2, 3]))
        }
        try expectError(
            .value,
            "setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (2,) + inhomogeneous part."
        ) {
            try $0.imshow([[1, 2], [3]])
        }
    }

    @Test func aLogAxisWithoutPositiveLimitsCannotBeTicked() throws {
        #expect(
            throws: PlotError(
                .value, "Data has no positive values, and therefore can not be log-scaled.")
        ) {
            try LogLocator().tickValues(-2, -1, context: LocatorContext())
        }
    }
}
