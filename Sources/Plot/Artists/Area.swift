/// A filled region between two curves (matplotlib's `PolyCollection` from `fill_between`),
/// or an outline (a step histogram).
public final class Area: Artist, Autoscaled {
    /// What made the area.
    public enum Kind: String, Sendable {
        /// `fill_between`.
        case fillBetween = "fill_between"
        /// `hist(histtype='step')` or `'stepfilled'`.
        case histogramStep = "hist_step"
    }

    /// What made the area.
    public var kind: Kind
    /// The polygons, each a list of (x, y) data points, implicitly closed when filled.
    public var polygons: [[(x: Double, y: Double)]]
    /// The fill colour, or nil for an outline.
    public var fillColor: Color?
    /// The edge colour, or nil for none.
    public var edgeColor: Color?
    /// The edge width in points.
    public var lineWidth: Double
    /// The opacity, or nil.
    public var alpha: Double?
    /// The x values the area was made from (for the description).
    public var x: [Double]
    /// The lower and upper curves it was made from (for the description).
    public var lower: [Double]
    /// The upper curve.
    public var upper: [Double]
    /// The legend label, or nil for none.
    public var label: String?
    /// Drawing order: higher is drawn later.
    public var zorder: Double = 1
    /// Whether the artist is drawn.
    public var isVisible = true

    /// Creates an area.
    public init(
        kind: Kind, polygons: [[(x: Double, y: Double)]], fillColor: Color?, edgeColor: Color?,
        x: [Double], lower: [Double], upper: [Double], label: String? = nil
    ) {
        self.kind = kind
        self.polygons = polygons
        self.fillColor = fillColor
        self.edgeColor = edgeColor
        self.lineWidth = 1
        self.x = x
        self.lower = lower
        self.upper = upper
        self.label = label
    }

    func dataInterval(_ direction: Axis.Direction) -> DataInterval {
        var interval = DataInterval()
        for polygon in polygons {
            for point in polygon where point.x.isFinite && point.y.isFinite {
                interval.include(direction == .x ? point.x : point.y)
            }
        }
        return interval
    }

    func stickyEdges(_ direction: Axis.Direction) -> [Double] {
        // A step histogram keeps its base (0) at the edge like bars do.
        kind == .histogramStep && direction == .y ? [0] : []
    }
}
