import Testing

@testable import Plot

/// What matplotlib only warns about goes on, with its warning kept in the figure.
@Suite struct WarningTests {
    @Test func nonPositiveLimitsOnALogAxisAreIgnoredWithAWarning() throws {
        let figure = Figure()
        let axes = try figure.addSubplot()
        axes.xAxis.setScale(.log10)
        try axes.setLimits(.x, -1, 10)
        #expect(
            figure.takeWarnings()
                == [
                    PlotWarning(
                        "Attempt to set non-positive xlim on a log-scaled axis will be ignored.")
                ])
        let limits = axes.xAxis.limits
        // matplotlib keeps the old low end: (1, 10) widened by 5% of a decade each way.
        #expect(abs(limits.low - 0.8912509381337456) < 1e-12 && limits.high == 10)
        #expect(figure.warnings.isEmpty)
    }

    @Test func identicalLimitsAreWidened() throws {
        let figure = Figure()
        let axes = try figure.addSubplot()
        try axes.setLimits(.x, 1, 1)
        #expect(
            figure.warnings == [
                PlotWarning(
                    "Attempting to set identical low and high xlims makes transformation singular; automatically expanding."
                )
            ])
        #expect(axes.xAxis.limits == (0.95, 1.05))
    }

    @Test func aFormatStringAndAnOptionSayingTheSameWarn() throws {
        let figure = Figure()
        let axes = try figure.addSubplot()
        try axes.plot([1, 2], [3, 4], format: "r", options: LineOptions(color: .black))
        try axes.plot([1, 2], [3, 4], format: "C1", options: LineOptions(color: .black))
        try axes.plot([1, 2], [3, 4], format: "--", options: LineOptions(lineStyle: .dotted))
        try axes.plot([1, 2], [3, 4], format: "o", options: LineOptions(lineStyle: .dashed))
        try axes.plot([1, 2], [3, 4], format: "o", options: LineOptions(marker: .some(nil)))
        #expect(
            figure.takeWarnings().map(\.message) == [
                "color is redundantly defined by the 'color' keyword argument and the fmt string \"r\" (-> color=(1.0, 0.0, 0.0, 1)). The keyword argument will take precedence.",
                "color is redundantly defined by the 'color' keyword argument and the fmt string \"C1\" (-> color=(1.0, 0.4980392156862745, 0.054901960784313725, 1.0)). The keyword argument will take precedence.",
                "linestyle is redundantly defined by the 'linestyle' keyword argument and the fmt string \"--\" (-> linestyle='--'). The keyword argument will take precedence.",
                "marker is redundantly defined by the 'marker' keyword argument and the fmt string \"o\" (-> marker='o'). The keyword argument will take precedence.",
            ])
        #expect(axes.artists.compactMap { ($0 as? Line)?.marker }.count == 1)
    }

    @Test func aLegendWithNothingLabelledLogsMatplotlibsMessage() throws {
        let figure = Figure()
        let axes = try figure.addSubplot()
        try axes.plot(nil, [1, 2])
        axes.legend()
        let warnings = figure.takeWarnings()
        #expect(warnings.count == 1)
        #expect(warnings.first?.category == nil)
        #expect(
            warnings.first?.message
                == "No artists with labels found to put in legend.  Note that artists whose label start with an underscore are ignored when legend() is called with no argument."
        )
    }

    @Test func logScalingDataWithoutPositiveValuesWarns() throws {
        let figure = Figure()
        let axes = try figure.addSubplot()
        try axes.plot([1, 2], [-1, -2])
        axes.yAxis.setScale(.log10)
        // matplotlib falls back to 1…10, widened by 5% of a decade each way.
        let limits = axes.yAxis.limits
        #expect(
            abs(limits.low - 0.8912509381337456) < 1e-12
                && abs(limits.high - 11.220184543019636) < 1e-9)
        #expect(
            figure.warnings.map(\.message).contains(
                "Data has no positive values, and therefore cannot be log-scaled."))
    }
}
