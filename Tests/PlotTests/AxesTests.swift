import Testing

@testable import Plot

/// How axes behave between calls: sharing, clearing, inverting, legends taken when asked.
@Suite struct AxesTests {
    @Test func sharedAxesMoveTogether() throws {
        let figure = Figure()
        let grid = try figure.subplots(rows: 2, columns: 2, sharex: .all, sharey: .row)
        try grid[0][0].plot([0, 10], [0, 1])
        try grid[1][1].plot([0, 1], [0, 100])
        #expect(grid[1][0].xAxis.limits == grid[0][0].xAxis.limits)
        #expect(grid[0][1].yAxis.limits == grid[0][0].yAxis.limits)
        #expect(grid[0][0].yAxis.limits != grid[1][0].yAxis.limits)
        try grid[0][1].setLimits(.x, 2, 3)
        #expect(grid[1][0].xAxis.limits == (2, 3))
        // Inner shared axes hide their tick labels.
        #expect(!grid[0][0].xAxis.showsTickLabels && grid[1][0].xAxis.showsTickLabels)
        #expect(grid[0][0].yAxis.showsTickLabels && !grid[0][1].yAxis.showsTickLabels)
    }

    @Test func aLegendHoldsTheArtistsOfWhenItWasMade() throws {
        let axes = try Figure().addSubplot()
        try axes.plot(nil, [1, 2], options: LineOptions(label: "a"))
        try axes.plot(nil, [2, 1], options: LineOptions(label: "_hidden"))
        axes.legend()
        try axes.plot(nil, [3, 3], options: LineOptions(label: "late"))
        #expect(axes.legend?.entries.map(\.label) == ["a"])
    }

    @Test func barContainersComeAfterOtherArtistsInALegend() throws {
        let axes = try Figure().addSubplot()
        try axes.bar([1, 2], [1, 2], options: BarOptions(label: "bars"))
        try axes.plot(nil, [1, 2], options: LineOptions(label: "line"))
        #expect(axes.legend().entries.map(\.label) == ["line", "bars"])
    }

    @Test func clearingForgetsEverythingButThePlace() throws {
        let figure = Figure()
        let axes = try figure.addSubplot()
        try axes.plot(nil, [1, 2])
        axes.title = "t"
        axes.yAxis.setScale(.log10)
        try axes.setLimits(.x, 5, 6)
        axes.clear()
        #expect(axes.artists.isEmpty && axes.title.isEmpty)
        #expect(axes.yAxis.scale == .linear && axes.xAxis.limits == (0, 1))
        // The cycle starts again.
        #expect(try axes.plot(nil, [1, 2]).color == Color.cycle[0])
    }

    @Test func reversedLimitsInvertTheAxis() throws {
        let axes = try Figure().addSubplot()
        try axes.plot([0, 1], [0, 1])
        try axes.setLimits(.y, 1, 0)
        #expect(axes.isInverted(.y) && !axes.isInverted(.x))
        axes.invert(.x)
        #expect(axes.isInverted(.x))
    }

    @Test func imagesKeepSquarePixelsAndRunDownwards() throws {
        let figure = Figure(width: 6.4, height: 4.8)
        let axes = try figure.addSubplot()
        try axes.imshow([[1, 2, 3, 4], [5, 6, 7, 8]])
        #expect(axes.yAxis.limits == (1.5, -0.5))
        let box = axes.drawnBox()
        #expect(abs(box.width / box.height - 2) < 1e-9)
    }

    @Test func anAxisOutlivingItsAxesStillAnswers() throws {
        var axis: Axis?
        do {
            let figure = Figure()
            axis = try figure.addSubplot().xAxis
        }
        let orphan = try #require(axis)
        #expect(orphan.limits == (0, 1))
        #expect(try orphan.ticks().major.first?.label.matplotlibString == "0.0")
    }
}
