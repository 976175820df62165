/// Markers at points, each with its own size and colour if wanted (matplotlib's
/// `PathCollection` from `scatter`).
public final class Scatter: Artist, Autoscaled {
    /// The x values.
    public var x: [Double]
    /// The y values.
    public var y: [Double]
    /// Marker areas in points² (one for all, or one per point).
    public var sizes: [Double]
    /// Face colours (one for all, or one per point).
    public var colors: [Color]
    /// The values mapped through `colorMap` when colours come from data, else nil.
    public var values: [Double]?
    /// The colour map of `values`.
    public var colorMap: ColorMap
    /// The value range mapped onto the colour map (nil ends: the values' extremes).
    public var valueRange: (low: Double?, high: Double?)
    /// The marker.
    public var marker: Marker
    /// Edge colours, or nil for the face colours (matplotlib's `edgecolors='face'`).
    public var edgeColors: [Color]?
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

    /// Creates scattered markers.
    public init(
        x: [Double], y: [Double], sizes: [Double] = [36], colors: [Color], marker: Marker = .circle,
        label: String? = nil
    ) {
        self.x = x
        self.y = y
        self.sizes = sizes
        self.colors = colors
        self.colorMap = .viridis
        self.valueRange = (nil, nil)
        self.marker = marker
        self.lineWidth = 1.5
        self.label = label
    }

    /// The value range the colour map spans.
    var resolvedValueRange: (Double, Double) {
        let finite = (values ?? []).filter(\.isFinite)
        return (
            valueRange.low ?? finite.min() ?? 0, valueRange.high ?? finite.max() ?? 1
        )
    }

    /// The face colour of point `index`.
    func faceColor(_ index: Int) -> Color {
        if let values, !values.isEmpty {
            let (low, high) = resolvedValueRange
            let value = values[values.count == 1 ? 0 : index % values.count]
            let fraction = high == low ? 0 : (value - low) / (high - low)
            return colorMap.color(fraction)
        }
        return colors.isEmpty ? Color.cycle[0] : colors[index % colors.count]
    }

    func dataInterval(_ direction: Axis.Direction) -> DataInterval {
        var interval = DataInterval()
        for (a, b) in zip(x, y) where a.isFinite && b.isFinite {
            interval.include(direction == .x ? a : b)
        }
        return interval
    }
}
