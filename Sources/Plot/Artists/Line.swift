/// A line through points, with an optional marker at each (matplotlib's `Line2D`).
public final class Line: Artist, Autoscaled {
    /// What made the line, kept for the figure's description.
    public enum Kind: String, Sendable {
        /// `plot`.
        case plot
        /// `axhline`: y in data, x across the axes.
        case horizontal
        /// `axvline`: x in data, y across the axes.
        case vertical
    }

    /// The x values.
    public var x: [Double]
    /// The y values.
    public var y: [Double]
    /// What made the line.
    public var kind: Kind
    /// The line colour.
    public var color: Color
    /// The dash pattern.
    public var lineStyle: LineStyle
    /// The stroke width in points.
    public var lineWidth: Double
    /// The marker at each point, or nil.
    public var marker: Marker?
    /// The marker size in points.
    public var markerSize: Double
    /// The marker fill, or nil for the line colour.
    public var markerFaceColor: Color?
    /// The marker edge, or nil for the line colour.
    public var markerEdgeColor: Color?
    /// The marker edge width in points.
    public var markerEdgeWidth: Double
    /// The opacity applied to everything, or nil.
    public var alpha: Double?
    /// The legend label, or nil for none.
    public var label: String?
    /// Drawing order: higher is drawn later.
    public var zorder: Double = 2
    /// Whether the artist is drawn.
    public var isVisible = true
    /// The coordinates of the x values (axes fractions for `axhline`).
    public var xCoordinates: Coordinates = .data
    /// The coordinates of the y values (axes fractions for `axvline`).
    public var yCoordinates: Coordinates = .data

    /// Creates a line.
    public init(
        x: [Double], y: [Double], kind: Kind = .plot, color: Color, lineStyle: LineStyle = .solid,
        lineWidth: Double = 1.5, marker: Marker? = nil, markerSize: Double = 6,
        markerEdgeWidth: Double = 1, label: String? = nil
    ) {
        self.x = x
        self.y = y
        self.kind = kind
        self.color = color
        self.lineStyle = lineStyle
        self.lineWidth = lineWidth
        self.marker = marker
        self.markerSize = markerSize
        self.markerEdgeWidth = markerEdgeWidth
        self.label = label
    }

    func dataInterval(_ direction: Axis.Direction) -> DataInterval {
        var interval = DataInterval()
        guard (direction == .x ? xCoordinates : yCoordinates) == .data else { return interval }
        // Points with a NaN in either coordinate are gaps, not data.
        for (a, b) in zip(x, y) where a.isFinite && b.isFinite || kind != .plot {
            interval.include(direction == .x ? a : b)
        }
        return interval
    }
}
