import Testing

@testable import Plot

/// Whatever the numbers, drawing never traps.
@Suite struct RobustnessTests {
    @Test func extremeDataDrawsWithoutTrapping() throws {
        let figure = Figure(width: 3, height: 2)
        let axes = try figure.addSubplot()
        try axes.plot([0, 1, 2], [1e308, -1e308, .nan])
        try axes.scatter([.infinity, 1], [1, .nan])
        try axes.hist([1e300, -1e300])
        _ = try figure.svg()
        let log = try figure.addSubplot(rows: 2, columns: 1, index: 2)
        try log.plot([1, 2], [1e-300, 1e300])
        log.yAxis.setScale(.log10)
        _ = try figure.svg(.inline)
    }

    @Test func artistsChangedAfterwardsStillDraw() throws {
        let figure = Figure()
        let axes = try figure.addSubplot()
        let scatter = try axes.scatter([1, 2, 3], [1, 2, 3])
        scatter.sizes = []
        scatter.values = [1]
        let bars = try axes.bar([1, 2], [3, 4])
        bars.colors = []
        let image = try axes.imshow([[1, 2], [3, 4]])
        image.pixels = .values([1])
        let line = try axes.plot([1, 2, 3], [1, 2, 3])
        line.y = [1]
        axes.legend(labels: ["a", "b", "c", "d"])
        axes.style.colorCycle = []
        try axes.plot(nil, [1, 2])
        _ = try figure.svg()
    }

    @Test func oddFigureSizesDraw() throws {
        for (width, height) in [(0.0, 0.0), (-1, 2), (.nan, 1), (1e6, 1e-6)] {
            let figure = Figure(width: width, height: height)
            try figure.addSubplot().plot(nil, [1, 2, 3])
            _ = try figure.svg(.inline)
            _ = figure.pixelSize
        }
    }
}
