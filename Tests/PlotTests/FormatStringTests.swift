import Testing

@testable import Plot

/// matplotlib's format strings: colour, line style and marker in any order.
@Suite struct FormatStringTests {
    @Test(
        arguments: [
            ("-", nil, LineStyle.solid, nil),
            ("--", nil, .dashed, nil),
            ("-.", nil, .dashDot, nil),
            (":", nil, .dotted, nil),
            ("m--", "#bf00bf", .dashed, nil),
            ("g-.", "#008000", .dashDot, nil),
            ("r:", "#ff0000", .dotted, nil),
            ("bo", "#0000ff", LineStyle.none, Marker.circle),
            ("x", nil, LineStyle.none, .x),
            ("k+", "#000000", LineStyle.none, .plus),
            ("s--", nil, .dashed, .square),
            ("^r", "#ff0000", LineStyle.none, .triangleUp),
            ("C3.", "#d62728", LineStyle.none, .point),
            ("C1", "#ff7f0e", .solid, nil),
            ("tab:green", "#2ca02c", .solid, nil),
            ("#123456", "#123456", .solid, nil),
            ("0.5", "#808080", .solid, nil),
            ("1", nil, LineStyle.none, .triDown),
        ] as [(String, String?, LineStyle, Marker?)])
    func parses(_ text: String, _ color: String?, _ style: LineStyle, _ marker: Marker?) throws {
        let format = try FormatString(text)
        #expect(format.color?.hexString == color)
        #expect(format.effectiveLineStyle == style)
        #expect(format.marker == marker)
    }

    @Test func plotTakesTheNextCycleColourOnlyWhenNoneIsGiven() throws {
        let axes = try Figure().addSubplot()
        let first = try axes.plot(nil, [1, 2])
        let red = try axes.plot(nil, [1, 2], format: "r")
        let second = try axes.plot(nil, [1, 2])
        let reference = try axes.axhline(0.5)
        let bars = try axes.bar([1], [2])
        #expect(first.color == Color.cycle[0])
        #expect(red.color.hexString == "#ff0000")
        #expect(second.color == Color.cycle[1])
        #expect(reference.color == Color.cycle[0])
        // Patches count their own cycle, as matplotlib's do.
        #expect(bars.colors == [Color.cycle[0]])
    }

    @Test func colorsParseAsMatplotlibReadsThem() throws {
        #expect(try Color(parsing: "C12").hexString == "#2ca02c")
        #expect(try Color(parsing: "RebeccaPurple").hexString == "#663399")
        #expect(try Color(parsing: "#abc").hexString == "#aabbcc")
        #expect(try Color(parsing: "#ff000080").alpha == 128.0 / 255)
        #expect(try Color(parsing: "none").alpha == 0)
        #expect(throws: PlotError.self) { try Color(parsing: "B") }
        #expect(throws: PlotError.self) { try Color(parsing: "1.5") }
    }
}
