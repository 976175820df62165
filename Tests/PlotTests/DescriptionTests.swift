import Foundation
import Testing

@testable import Plot

/// A figure described as data, compared with a tolerance and reported in words, and
/// serialized without loss.
@Suite struct DescriptionTests {
    /// A figure with a labelled cosine over 0, 0.0625, … (point 16 is at x = 1).
    private func cosineFigure(changing point: Int? = nil, to value: Double = 0) throws -> Figure {
        let figure = Figure(width: 3.5, height: 2.5)
        let axes = try figure.addSubplot()
        let x = (0..<32).map { Double($0) / 16 }
        var y = x.map(cos)
        if let point { y[point] = value }
        try axes.plot(x, y, format: "--", options: LineOptions(label: "cos"))
        try axes.plot(x, x.map(sin), options: LineOptions(label: "sin"))
        axes.xAxis.label = "x"
        axes.title = "trigonometry"
        axes.legend()
        return figure
    }

    @Test func describesWhatWasDrawn() throws {
        let description = try cosineFigure().describe()
        #expect(description.width == 3.5 && description.height == 2.5)
        let axes = try #require(description.axes.first)
        #expect(axes.title == "trigonometry")
        #expect(axes.xLabel == "x" && axes.yLabel == nil)
        #expect(axes.xScale == "linear")
        #expect(axes.legend == ["cos", "sin"])
        #expect(axes.series.map(\.kind) == ["line", "line"])
        #expect(axes.series.map(\.style) == ["#1f77b4 --", "#ff7f0e -"])
        #expect(axes.series[0].y[16] == cos(1))
        #expect(abs(axes.xLimits[0] - -0.096875) < 1e-12)
    }

    @Test func aChangedPointIsNamedWithBothValues() throws {
        let recorded = try cosineFigure().describe()
        let now = try cosineFigure(changing: 17, to: 0.6).describe()
        let differences = now.differences(from: recorded, name: "figure 1")
        #expect(differences.first == "figure 1, line 'cos': point 17 differs: 0.4867 vs 0.6000")
    }

    @Test func changesBelowTheToleranceAreEqual() throws {
        let recorded = try cosineFigure().describe()
        let now = try cosineFigure(changing: 17, to: cos(17.0 / 16) + 1e-9).describe()
        #expect(now.differences(from: recorded, tolerance: 1e-6).isEmpty)
        #expect(!now.differences(from: recorded, tolerance: 1e-12).isEmpty)
    }

    @Test func labelsScalesLegendsAndCountsAreCompared() throws {
        let recorded = try cosineFigure().describe()
        let figure = try cosineFigure()
        let axes = figure.axes[0]
        axes.title = "waves"
        axes.yAxis.setScale(.log10)
        axes.legend(labels: ["a", "b"])
        try axes.bar([1], [1])
        let differences = figure.describe().differences(from: recorded, name: "figure 2")
        #expect(differences.contains("figure 2: title differs: 'trigonometry' vs 'waves'"))
        #expect(differences.contains("figure 2: y scale differs: 'linear' vs 'log'"))
        #expect(differences.contains("figure 2: legend differs: ['cos', 'sin'] vs ['a', 'b']"))
        #expect(differences.contains("figure 2: 2 series drawn vs 3"))
        #expect(differences.contains { $0.hasPrefix("figure 2: y limits differ: (") })
    }

    @Test func serializationRoundTripsExactly() throws {
        let figure = try cosineFigure()
        let axes = figure.axes[0]
        // Float data (as from float32 tensors) and non-finite values survive.
        try axes.plot([0, 1, 2], [Double(Float(0.1)), .nan, .infinity])
        try axes.hist([1, 2, 2, 3])
        try axes.imshow([[1, 2], [3, 4]])
        axes.text(1, 1, "note")
        let description = figure.describe()
        let text = try description.encoded()
        let decoded = try FigureDescription(decoding: text)
        #expect(decoded.differences(from: description, tolerance: 0).isEmpty)
        #expect(try decoded.encoded() == text)
        #expect(text.contains("{\"f32\":[0.1,\"nan\",\"inf\"]}"))
    }

    @Test func aBrokenSerializationIsAValueError() {
        #expect(throws: PlotError.self) { try FigureDescription(decoding: "{\"width\": 1}") }
    }
}
