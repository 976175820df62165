import Foundation
import Testing

@testable import Plot

/// Every plot kind rendered to SVG, compared byte for byte with `Fixtures/svg/*.svg`
/// (regenerate with `LIT_UPDATE_GOLDEN=1`).
@Suite struct GoldenSVGTests {
    @Test(arguments: PlotExamples.all.map(\.name))
    func svgMatchesGolden(_ name: String) throws {
        let make = try #require(PlotExamples.all.first { $0.name == name }?.make)
        try Golden.check(try make().svg(), against: "svg/\(name).svg")
    }

    @Test(arguments: ["lines", "log_scale", "imshow"])
    func inlineSVGMatchesGolden(_ name: String) throws {
        let make = try #require(PlotExamples.all.first { $0.name == name }?.make)
        try Golden.check(try make().svg(.inline), against: "svg/\(name).inline.svg")
    }

    @Test func renderingTwiceGivesTheSameBytes() throws {
        let figure = try PlotExamples.lines()
        #expect(try figure.svg() == figure.svg())
        #expect(try figure.svg(.inline) == PlotExamples.lines().svg(.inline))
    }

    @Test func inlineBoundsCropToWhatIsDrawnPlusPadding() throws {
        let svg = try PlotExamples.lines().svg(.inline)
        // matplotlib's bbox_inches='tight' gives 255.09pt × 198.47pt for this figure.
        #expect(svg.contains("width=\"255.09pt\""), "\(svg.prefix(200))")
        #expect(svg.contains("height=\"198.47pt\""), "\(svg.prefix(200))")
    }
}
