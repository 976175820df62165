import Foundation

@testable import Plot

/// The figures the golden SVG tests draw, one per plot kind; the same figures are drawn by
/// `scripts/reference/matplotlib-figures.py` with matplotlib, for the layout references and
/// the visual comparison.
enum PlotExamples {
    /// `0, 0.1, …, 2.9`: the abscissa of the line examples.
    static let x = (0..<30).map { Double($0) * 0.1 }

    static let all: [(name: String, make: @Sendable () throws -> Figure)] = [
        ("lines", lines),
        ("formats", formats),
        ("scatter", scatter),
        ("bar", bar),
        ("hist", hist),
        ("imshow", imshow),
        ("fill_between", fillBetween),
        ("text_and_reference_lines", textAndReferenceLines),
        ("log_scale", logScale),
        ("subplots", subplots),
        ("offset_ticks", offsetTicks),
        ("legend_places", legendPlaces),
        ("math_labels", mathLabels),
    ]

    /// d2l's look: a 3.5 × 2.5 figure, two labelled lines, axis labels, title, legend, grid.
    static func lines() throws -> Figure {
        let figure = Figure(width: 3.5, height: 2.5)
        let axes = try figure.addSubplot()
        try axes.plot(x, x.map(sin), options: LineOptions(label: "sin"))
        try axes.plot(x, x.map(cos), format: "m--", options: LineOptions(label: "cos"))
        axes.xAxis.label = "x"
        axes.yAxis.label = "f(x)"
        axes.title = "Title"
        axes.setGrid(true)
        axes.legend()
        return figure
    }

    /// Format strings: colours, line styles and markers.
    static func formats() throws -> Figure {
        let figure = Figure(width: 6.4, height: 4.8)
        let axes = try figure.addSubplot()
        let formats = ["-", "--", "-.", ":", "bo", "rx", "g.", "k+", "cs-", "y^--", "C5-.", "C7:"]
        for (index, format) in formats.enumerated() {
            let offset = Double(index)
            try axes.plot(
                x, x.map { sin($0) + offset }, format: format, options: LineOptions(label: format))
        }
        axes.legend(location: .upperLeft)
        return figure
    }

    static func scatter() throws -> Figure {
        let figure = Figure(width: 3.5, height: 2.5)
        let axes = try figure.addSubplot()
        let xs = (0..<20).map { Double($0) }
        try axes.scatter(xs, xs.map { $0 * $0 / 10 }, options: ScatterOptions(label: "squares"))
        try axes.scatter(
            xs, xs.map { 40 - 2 * $0 },
            options: ScatterOptions(
                sizes: xs.map { 10 + 5 * $0 }, values: xs, marker: .square, alpha: 0.7))
        axes.legend()
        return figure
    }

    static func bar() throws -> Figure {
        let figure = Figure(width: 3.5, height: 2.5)
        let axes = try figure.addSubplot()
        try axes.bar([0, 1, 2, 3], [3, -1, 4, 2], options: BarOptions(label: "bars"))
        axes.title = "bar"
        axes.legend()
        return figure
    }

    static func hist() throws -> Figure {
        let figure = Figure(width: 3.5, height: 2.5)
        let axes = try figure.addSubplot()
        // Deterministic, bell-shaped data: sums of twelve fractional parts.
        func fraction(_ n: Int) -> Double {
            let value = sin(Double(n) * 12.9898) * 43758.5453
            return value - value.rounded(.down)
        }
        let values = (0..<500).map { index -> Double in
            var sum = -6.0
            for term in 0..<12 { sum += fraction(index * 12 + term) }
            return sum
        }
        try axes.hist(values)
        var step = HistogramOptions(bins: .count(20), label: "step")
        step.type = .step
        try axes.hist(values, options: step)
        return figure
    }

    static func imshow() throws -> Figure {
        let figure = Figure(width: 3.5, height: 2.5)
        let axes = try figure.addSubplot()
        let matrix = (0..<6).map { row in
            (0..<8).map { column in sin(Double(row)) * cos(Double(column) / 2) }
        }
        let image = try axes.imshow(matrix)
        try figure.colorbar(image, beside: axes)
        return figure
    }

    static func fillBetween() throws -> Figure {
        let figure = Figure(width: 3.5, height: 2.5)
        let axes = try figure.addSubplot()
        try axes.plot(x, x.map(sin))
        try axes.fillBetween(
            x, x.map { sin($0) + 0.3 }, x.map { sin($0) - 0.3 }, options: AreaOptions(alpha: 0.3))
        return figure
    }

    static func textAndReferenceLines() throws -> Figure {
        let figure = Figure(width: 3.5, height: 2.5)
        let axes = try figure.addSubplot()
        try axes.plot([0, 1, 2, 3], [0, 1, 4, 9], format: "o-")
        try axes.axhline(4, options: LineOptions(color: .black, lineStyle: .dashed))
        try axes.axvline(2, options: LineOptions(color: try Color(parsing: "r"), lineWidth: 1))
        axes.text(2.1, 1, "x = 2")
        axes.title = "two lines\nof title"
        axes.yAxis.label = "y\n(squared)"
        return figure
    }

    static func logScale() throws -> Figure {
        let figure = Figure(width: 3.5, height: 2.5)
        let axes = try figure.addSubplot()
        try axes.plot(x, x.map { exp(3 * $0) })
        axes.yAxis.setScale(.log10)
        axes.yAxis.label = "exp(3x)"
        return figure
    }

    static func subplots() throws -> Figure {
        let figure = Figure(width: 6, height: 4)
        let grid = try figure.subplots(rows: 2, columns: 2, sharex: .all, sharey: .row)
        for (row, line) in grid.enumerated() {
            for (column, axes) in line.enumerated() {
                let factor = Double(row * 2 + column + 1)
                try axes.plot(x, x.map { sin(factor * $0) * (row == 0 ? 1 : 10) })
                axes.title = "n = \(Int(factor))"
            }
        }
        return figure
    }

    /// Six data sets that send a `best` legend to different places.
    static func legendPlaces() throws -> Figure {
        let figure = Figure(width: 6.4, height: 4.8)
        let grid = try figure.subplots(rows: 2, columns: 3)
        let xs = (0...10).map { Double($0) / 10 }
        let data: [[Double]] = [
            xs.map { $0 * $0 },
            xs.map { 1 - $0 },
            xs.map { 0.5 + 0.5 * sin(6 * $0) },
            xs.map { $0 < 0.5 ? $0 : 1 - $0 },
            xs.map { _ in 0.2 },
            xs.map { 1 - $0 * $0 },
        ]
        for (axes, ys) in zip(grid.flatMap { $0 }, data) {
            try axes.plot(xs, ys, options: LineOptions(label: "data"))
            try axes.plot(xs, ys.map { 1 - $0 }, options: LineOptions(label: "mirror"))
            axes.legend()
        }
        return figure
    }

    /// Labels with mathtext: italic variables, scripts, Greek letters, operators.
    static func mathLabels() throws -> Figure {
        let figure = Figure(width: 3.5, height: 2.5)
        let axes = try figure.addSubplot()
        try axes.plot(x, x.map(sin), options: LineOptions(label: "$\\sin(x)$"))
        try axes.plot(x, x.map { $0 * $0 / 5 }, options: LineOptions(label: "$x^2/5$"))
        axes.title = "$x_1^2 + \\alpha\\cdot f(x) \\leq 3$ and text"
        axes.xAxis.label = "$\\mathrm{loss}\\ \\sigma$"
        axes.yAxis.label = "$f'(x) = 2\\pi x$"
        axes.legend()
        return figure
    }

    static func offsetTicks() throws -> Figure {
        let figure = Figure(width: 3.5, height: 2.5)
        let axes = try figure.addSubplot()
        try axes.plot(
            [0, 1, 2, 3].map { $0 * 1e-5 }, [1_000_000.1, 1_000_000.3, 1_000_000.2, 1_000_000.5])
        axes.title = "offsets"
        return figure
    }
}
