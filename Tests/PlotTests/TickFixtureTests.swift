import Foundation
import Testing

@testable import Plot

/// The ticks the default locators and formatters choose, against what matplotlib 3.7.2
/// chose for the same view (`Fixtures/matplotlib/ticks.json`).
@Suite struct TickFixtureTests {
    static let fixture = try? MatplotlibTicks.load()

    @Test func fixtureIsFromMatplotlib372() throws {
        let fixture = try #require(Self.fixture)
        #expect(fixture.matplotlib == "3.7.2")
        #expect(fixture.ticks.count >= 30)
    }

    @Test(arguments: (fixture?.ticks ?? []).map(\.name))
    func ticksMatchMatplotlib(_ name: String) throws {
        let fixture = try #require(Self.fixture)
        let expected = try #require(fixture.ticks.first { $0.name == name })
        let figure = Figure(width: expected.figsize[0], height: expected.figsize[1])
        let axes = try figure.addSubplot()
        let direction: Axis.Direction = expected.axis == "x" ? .x : .y
        let axis = axes.axis(direction)
        if expected.scale == "log" { axis.setScale(.log10) }
        try axes.setLimits(direction, expected.limits[0], expected.limits[1])
        #expect(axis.locatorContext.tickSpace == expected.tick_space)
        let ticks = try axis.ticks()
        expectTicks(ticks.major, expected.major, "major")
        expectTicks(
            ticks.minor.filter { !$0.label.isEmpty }, expected.minor.filter { !$0.label.isEmpty },
            "labelled minor")
        #expect(ticks.minor.count == expected.minor.count, "minor tick count")
        #expect(ticks.offset == expected.offset)
    }

    @Test(arguments: (fixture?.autoscale ?? []).map(\.name))
    func autoscaledLimitsMatchMatplotlib(_ name: String) throws {
        let fixture = try #require(Self.fixture)
        let expected = try #require(fixture.autoscale.first { $0.name == name })
        let figure = Figure(width: expected.figsize[0], height: expected.figsize[1])
        let axes = try figure.addSubplot()
        for call in expected.calls { try replay(call, on: axes) }
        let x = axes.xAxis.limits
        let y = axes.yAxis.limits
        expectClose([x.low, x.high], expected.xlim, "xlim")
        expectClose([y.low, y.high], expected.ylim, "ylim")
        let xTicks = try axes.xAxis.ticks()
        let yTicks = try axes.yAxis.ticks()
        expectTicks(xTicks.major, expected.x.major, "x major")
        expectTicks(yTicks.major, expected.y.major, "y major")
        #expect(xTicks.offset == expected.x.offset)
        #expect(yTicks.offset == expected.y.offset)
    }

    private func replay(_ call: MatplotlibTicks.Call, on axes: Axes) throws {
        let arguments = call.arguments
        func values(_ name: String) -> [Double] { arguments[name]?.values ?? [] }
        switch call.method {
        case "plot":
            try axes.plot(arguments["x"] == nil ? nil : values("x"), values("y"))
        case "scatter":
            try axes.scatter(values("x"), values("y"))
        case "bar":
            try axes.bar(values("x"), values("height"))
        case "hist":
            try axes.hist(values("x"))
        case "imshow":
            guard case .matrix(let rows)? = arguments["data"] else {
                throw PlotError(.value, "imshow needs a matrix")
            }
            try axes.imshow(rows)
        case "fill_between":
            try axes.fillBetween(values("x"), values("y1"), values("y2"))
        case "axhline":
            try axes.axhline(values("y")[0])
        case "axvline":
            try axes.axvline(values("x")[0])
        case "set_xlim":
            try axes.setLimits(.x, values("low")[0], values("high")[0])
        case "set_xscale", "set_yscale":
            guard case .text(let name)? = arguments["value"] else { return }
            axes.axis(call.method == "set_xscale" ? .x : .y).setScale(try Scale(named: name))
        default:
            Issue.record("unknown call \(call.method)")
        }
    }

    private func expectTicks(
        _ actual: [Tick], _ expected: [MatplotlibTicks.Tick], _ what: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(
            actual.map(\.label.matplotlibString) == expected.map(\.label), "\(what) labels",
            sourceLocation: sourceLocation)
        expectClose(
            actual.map(\.value), expected.map(\.loc), "\(what) locations",
            sourceLocation: sourceLocation)
    }

    private func expectClose(
        _ actual: [Double], _ expected: [Double], _ what: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let close =
            actual.count == expected.count
            && zip(actual, expected).allSatisfy { abs($0 - $1) <= 1e-12 * max(1, abs($0), abs($1)) }
        #expect(
            close, "\(what): \(actual) vs matplotlib \(expected)", sourceLocation: sourceLocation)
    }
}
