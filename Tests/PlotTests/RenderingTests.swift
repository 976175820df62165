import Foundation
import Testing

@testable import Plot

/// What the SVG writer guarantees beyond the golden files: theming hooks, no ids, images
/// that decode to the colour map's bytes, compact numbers.
@Suite struct RenderingTests {
    @Test(arguments: PlotExamples.all.map(\.name))
    func svgHasNoIdsAndThemesItsInk(_ name: String) throws {
        let make = try #require(PlotExamples.all.first { $0.name == name }?.make)
        let svg = try make().svg()
        #expect(!svg.contains(" id="), "ids would collide when figures are inlined together")
        #expect(svg.contains("var(--lit-plot-ink,currentColor)"))
        #expect(svg.contains("class=\"lp-ink\" fill=\"none\" stroke=\"#000000\""))
        #expect(!svg.contains("NaN") && !svg.contains("inf"))
    }

    @Test func imagesDecodeToTheColourMapsBytes() throws {
        let figure = Figure(width: 3, height: 3)
        let axes = try figure.addSubplot()
        try axes.imshow(
            [[0, 1], [2, 3]], options: ImageOptions(colorMap: try ColorMap(named: "gray")))
        let svg = try figure.svg()
        let start = try #require(svg.range(of: "data:image/png;base64,"))
        let end = try #require(svg[start.upperBound...].firstIndex(of: "\""))
        let png = try #require(Data(base64Encoded: String(svg[start.upperBound..<end])))
        let image = try Inflate.png(Array(png))
        // Two cells a side, each repeated to about three pixels a point.
        #expect(image.width % 2 == 0 && image.width > 100 && image.height == image.width)
        let cell = image.width / 2
        func pixel(_ row: Int, _ column: Int) -> [UInt8] {
            let index = (row * image.width + column) * 4
            return Array(image.rgba[index..<(index + 4)])
        }
        // gray maps 0, 1/3, 2/3, 1 to entries 0, 85, 170, 255; row 0 is at the top.
        #expect(pixel(0, 0) == [0, 0, 0, 255])
        #expect(pixel(0, cell) == [85, 85, 85, 255])
        #expect(pixel(cell, 0) == [170, 170, 170, 255])
        #expect(pixel(image.height - 1, image.width - 1) == [255, 255, 255, 255])
    }

    @Test func deflateRoundTripsLongRunsAndNoise() throws {
        var data: [UInt8] =
            Array(repeating: 7, count: 1000) + (0..<600).map { UInt8(($0 * 37) % 251) }
        data += Array(repeating: 0, count: 259) + [1, 1, 1, 2]
        #expect(try Inflate.zlib(Deflate.zlib(data)) == data)
        #expect(try Inflate.zlib(Deflate.zlib([])) == [])
    }

    @Test func numbersAreShortAndRounded() {
        #expect(NumberWriter.string(0) == "0")
        #expect(NumberWriter.string(-0.001) == "0")
        #expect(NumberWriter.string(12.5) == "12.5")
        #expect(NumberWriter.string(-3.14159) == "-3.14")
        #expect(NumberWriter.string(160.2) == "160.2")
        #expect(NumberWriter.string(1_000_000) == "1000000")
        #expect(NumberWriter.string(0.05) == "0.05")
    }

    @Test func textIsEscaped() throws {
        let figure = Figure()
        let axes = try figure.addSubplot()
        axes.title = "a < b & c"
        #expect(try figure.svg().contains(">a &lt; b &amp; c</text>"))
    }

    @Test func longLinesAreSimplifiedButKeepTheirShape() throws {
        let figure = Figure(width: 3.5, height: 2.5)
        let axes = try figure.addSubplot()
        let x = (0..<1000).map { Double($0) * 0.01 }
        try axes.plot(x, x.map(sin))
        let svg = try figure.svg()
        let path = try #require(
            svg.split(separator: "\n").first { $0.contains("stroke=\"#1f77b4\"") })
        let vertices = path.split(separator: " ").count / 2
        #expect(vertices < 200, "\(vertices) vertices")
        #expect(vertices > 20)
    }
}

/// Colour maps hold matplotlib's own tables.
@Suite struct ColorMapTests {
    @Test func viridisRunsFromPurpleToYellow() throws {
        let map = ColorMap.viridis
        #expect(map.color(0).hexString == "#440154")
        #expect(map.color(1).hexString == "#fde725")
        #expect(map.color(.nan).alpha == 0)
    }

    @Test func reversedMapsSwapTheirEnds() throws {
        let gray = try ColorMap(named: "gray")
        let reversed = try ColorMap(named: "gray_r")
        #expect(gray.color(0) == reversed.color(1))
        #expect(reversed.color(0).hexString == "#ffffff")
    }

    @Test(arguments: ["viridis", "gray", "Reds", "Blues", "hot", "plasma", "coolwarm"])
    func commonMapsExist(_ name: String) throws {
        #expect(try ColorMap(named: name).name == name)
    }

    @Test func aMapMatplotlibHasButThisLibraryLacksIsNotImplemented() {
        #expect(throws: PlotError(.notImplemented, "lit does not implement the 'tab20' colour map"))
        {
            try ColorMap(named: "tab20")
        }
    }
}
