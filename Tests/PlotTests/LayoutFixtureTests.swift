import Foundation
import Testing

@testable import Plot

/// Where things go, against matplotlib 3.7.2's SVG layout of the same figures
/// (`Fixtures/matplotlib/figures.json`): axes boxes, legend frames (including `best`
/// placement) and the tight bounding box Jupyter crops to, which depends on every text's
/// measured size.
@Suite struct LayoutFixtureTests {
    struct Fixture: Decodable {
        struct Measures: Decodable {
            struct AxesMeasures: Decodable {
                let box: [Double]
                let legend: [Double]?
            }

            let tight: [Double]
            let axes: [AxesMeasures]
        }

        let matplotlib: String
        let figures: [String: Measures]
    }

    static let fixture = try? JSONDecoder().decode(
        Fixture.self, from: Golden.read("matplotlib/figures.json"))

    @Test(arguments: PlotExamples.all.map(\.name))
    func layoutMatchesMatplotlib(_ name: String) throws {
        let fixture = try #require(Self.fixture)
        #expect(fixture.matplotlib == "3.7.2")
        let expected = try #require(fixture.figures[name])
        let make = try #require(PlotExamples.all.first { $0.name == name }?.make)
        let scene = try make().layout()
        let bounds = try #require(scene.tightBounds)
        // Text widths come from the font's advances, so the crop agrees to a hundredth of a
        // point; mathtext's boxes (its fonts' heights and depths) are approximated within 0.2.
        let textTolerance = name == "math_labels" ? 0.2 : 0.02
        #expect(
            abs(bounds.width + 14.4 - expected.tight[0]) < textTolerance,
            "tight width \(bounds.width + 14.4)")
        #expect(
            abs(bounds.height + 14.4 - expected.tight[1]) < textTolerance,
            "tight height \(bounds.height + 14.4)")
        #expect(scene.axesFrames.count == expected.axes.count)
        for (frames, measures) in zip(scene.axesFrames, expected.axes) {
            expectClose(frames.box, measures.box, "axes box", tolerance: 0.02)
            #expect((frames.legend == nil) == (measures.legend == nil), "legend presence")
            if let legend = frames.legend, let expectedLegend = measures.legend {
                // Label widths may differ from FreeType's by a few 64ths of a point.
                expectClose(
                    legend, expectedLegend, "legend frame", tolerance: max(0.05, textTolerance))
            }
        }
    }

    private func expectClose(
        _ rect: Rect, _ expected: [Double], _ what: String, tolerance: Double,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let actual = [rect.x, rect.y, rect.width, rect.height]
        let close = zip(actual, expected).allSatisfy { abs($0 - $1) < tolerance }
        #expect(
            close, "\(what): \(actual) vs matplotlib \(expected)", sourceLocation: sourceLocation)
    }
}
