/// A rectangle in data coordinates.
public struct DataRect: Sendable, Hashable {
    /// The left edge (or the x of a horizontal bar's base).
    public var x: Double
    /// The bottom edge.
    public var y: Double
    /// The width (may be negative).
    public var width: Double
    /// The height (may be negative, for a bar below its base).
    public var height: Double

    /// Creates a rectangle.
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }
}

/// Bars from a base (matplotlib's `BarContainer` of `Rectangle`s, from `bar`, `barh` and
/// `hist`).
public final class Bars: Artist, Autoscaled {
    /// What made the bars.
    public enum Kind: String, Sendable {
        /// `bar`.
        case bar
        /// `barh`.
        case horizontalBar = "barh"
        /// `hist`.
        case histogram = "hist"
    }

    /// What made the bars.
    public var kind: Kind
    /// The rectangles.
    public var rectangles: [DataRect]
    /// The fill colours, taken in turn by the bars.
    public var colors: [Color]
    /// The edge colour, or nil for none.
    public var edgeColor: Color?
    /// The edge width in points.
    public var lineWidth: Double
    /// The opacity, or nil.
    public var alpha: Double?
    /// The legend label, or nil for none.
    public var label: String?
    /// Drawing order: higher is drawn later.
    public var zorder: Double = 1
    /// Whether the artist is drawn.
    public var isVisible = true

    /// Creates bars.
    public init(kind: Kind, rectangles: [DataRect], colors: [Color], label: String? = nil) {
        self.kind = kind
        self.rectangles = rectangles
        self.colors = colors
        self.lineWidth = 0
        self.label = label
    }

    /// Whether the bars grow along x (from `barh`).
    var isHorizontal: Bool { kind == .horizontalBar }

    func dataInterval(_ direction: Axis.Direction) -> DataInterval {
        var interval = DataInterval()
        for rect in rectangles {
            if direction == .x {
                interval.include(rect.x)
                interval.include(rect.x + rect.width)
            } else {
                interval.include(rect.y)
                interval.include(rect.y + rect.height)
            }
        }
        return interval
    }

    func stickyEdges(_ direction: Axis.Direction) -> [Double] {
        // Each bar's base stays at the edge of the view.
        if isHorizontal { return direction == .x ? rectangles.map(\.x) : [] }
        return direction == .y ? rectangles.map(\.y) : []
    }
}
