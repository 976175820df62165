/// A figure: a canvas of a size in inches holding axes (matplotlib's `Figure`).
///
/// ```swift
/// let figure = Figure(width: 3.5, height: 2.5)
/// let axes = figure.addSubplot()
/// try axes.plot([0, 1, 2], [0, 1, 4])
/// let svg = try figure.svg()
/// ```
public final class Figure {
    /// Width in inches.
    public var width: Double
    /// Height in inches.
    public var height: Double
    /// Dots per inch of the figure's pixel size (`<Figure size 350x250 …>` at 100).
    public var dpi: Double
    /// The style new axes take.
    public var style: Style
    /// A title over all axes (`suptitle`), empty for none.
    public var suptitle = ""
    /// The axes, in the order they were added.
    public private(set) var axes: [Axes] = []
    let warningSink = WarningSink()

    /// Creates an empty figure; matplotlib's default is 6.4 × 4.8 inches at 100 dpi.
    public init(
        width: Double = 6.4, height: Double = 4.8, dpi: Double = 100, style: Style = Style()
    ) {
        self.width = width
        self.height = height
        self.dpi = dpi
        self.style = style
    }

    /// The size in pixels at `dpi`, as matplotlib's repr shows it (`350x250`).
    public var pixelSize: (width: Int, height: Int) {
        (Int(saturating: width * dpi), Int(saturating: height * dpi))
    }

    /// The size in points (1/72 inch), the SVG's units.
    public var pointSize: (width: Double, height: Double) {
        (width * 72, height * 72)
    }

    /// The warnings the figure's calls produced since they were last taken.
    public var warnings: [PlotWarning] { warningSink.warnings }

    /// Returns the warnings gathered so far and forgets them.
    public func takeWarnings() -> [PlotWarning] {
        warningSink.take()
    }

    /// Adds a subplot in a grid of `rows` × `columns` at 1-based `index` (row by row),
    /// matplotlib's `add_subplot(rows, columns, index)`.
    ///
    /// Throws matplotlib's `ValueError` for an index outside the grid.
    @discardableResult
    public func addSubplot(rows: Int = 1, columns: Int = 1, index: Int = 1) throws -> Axes {
        guard rows > 0 else {
            throw PlotError.value("Number of rows must be a positive integer, not \(rows)")
        }
        guard columns > 0 else {
            throw PlotError.value("Number of columns must be a positive integer, not \(columns)")
        }
        guard index >= 1 && index <= rows * columns else {
            throw PlotError.value(
                "num must be an integer with 1 <= num <= \(rows * columns), not \(index)")
        }
        let row = (index - 1) / columns
        let column = (index - 1) % columns
        return addAxes(
            .subplot(rows: rows, columns: columns, rowSpan: row...row, columnSpan: column...column))
    }

    /// Adds axes at a placement.
    @discardableResult
    public func addAxes(_ placement: Axes.Placement) -> Axes {
        let new = Axes(figure: self, placement: placement)
        axes.append(new)
        return new
    }

    /// Fills the figure with a grid of subplots, row by row (matplotlib's `subplots`).
    ///
    /// Shared axes move together; like matplotlib, inner shared axes hide their tick labels
    /// (x labels only on the bottom row, y labels only on the left column).
    public func subplots(
        rows: Int = 1, columns: Int = 1, sharex: Sharing = .none, sharey: Sharing = .none
    )
        throws -> [[Axes]]
    {
        guard rows > 0 else {
            throw PlotError.value("Number of rows must be a positive integer, not \(rows)")
        }
        guard columns > 0 else {
            throw PlotError.value("Number of columns must be a positive integer, not \(columns)")
        }
        var grid: [[Axes]] = []
        for row in 0..<rows {
            var line: [Axes] = []
            for column in 0..<columns {
                let new = addAxes(
                    .subplot(
                        rows: rows, columns: columns, rowSpan: row...row,
                        columnSpan: column...column))
                if let leader = sharex.leader(in: grid, row: row, column: column, current: line) {
                    new.share(.x, with: leader)
                }
                if let leader = sharey.leader(in: grid, row: row, column: column, current: line) {
                    new.share(.y, with: leader)
                }
                line.append(new)
            }
            grid.append(line)
        }
        for (row, line) in grid.enumerated() {
            for (column, axes) in line.enumerated() {
                if sharex == .all || sharex == .column, row < rows - 1 {
                    axes.xAxis.showsTickLabels = false
                }
                if sharey == .all || sharey == .row, column > 0 {
                    axes.yAxis.showsTickLabels = false
                }
            }
        }
        return grid
    }

    /// Removes an axes (and its colour bar).
    public func remove(_ removed: Axes) {
        axes.removeAll {
            $0 === removed || ($0.colorbarImage != nil && removed.colorbar?.axes === $0)
        }
    }

    /// Removes every axes and the title (matplotlib's `clf`).
    public func clear() {
        axes = []
        suptitle = ""
    }
}

/// Which subplots share an axis (matplotlib's `sharex`/`sharey` values).
public enum Sharing: String, Sendable {
    /// No sharing (`False`).
    case none
    /// All subplots share it (`True`, `'all'`).
    case all
    /// Subplots in the same row share it (`'row'`).
    case row
    /// Subplots in the same column share it (`'col'`).
    case column = "col"

    /// The subplot a new one at (row, column) shares with, if any.
    func leader(in grid: [[Axes]], row: Int, column: Int, current: [Axes]) -> Axes? {
        switch self {
        case .none: return nil
        case .all: return grid.first?.first ?? current.first
        case .row: return current.first
        case .column: return grid.first.flatMap { column < $0.count ? $0[column] : nil }
        }
    }
}
