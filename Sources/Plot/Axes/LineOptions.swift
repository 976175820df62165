/// The keyword options of `plot`, `axhline` and `axvline`; nil means the default.
public struct LineOptions: Sendable {
    /// `color=`.
    public var color: Color?
    /// `linestyle=`.
    public var lineStyle: LineStyle?
    /// `linewidth=`.
    public var lineWidth: Double?
    /// `marker=`: `.some(nil)` asks for no marker, nil leaves the format string's.
    public var marker: Marker??
    /// `markersize=`.
    public var markerSize: Double?
    /// `markerfacecolor=`.
    public var markerFaceColor: Color?
    /// `markeredgecolor=`.
    public var markerEdgeColor: Color?
    /// `markeredgewidth=`.
    public var markerEdgeWidth: Double?
    /// `alpha=`.
    public var alpha: Double?
    /// `label=`.
    public var label: String?
    /// `zorder=`.
    public var zorder: Double?

    /// Creates options.
    public init(
        color: Color? = nil, lineStyle: LineStyle? = nil, lineWidth: Double? = nil,
        marker: Marker?? = nil, markerSize: Double? = nil, alpha: Double? = nil,
        label: String? = nil
    ) {
        self.color = color
        self.lineStyle = lineStyle
        self.lineWidth = lineWidth
        self.marker = marker
        self.markerSize = markerSize
        self.alpha = alpha
        self.label = label
    }
}

/// Checks an opacity as matplotlib does: `ValueError: alpha (2) is outside 0-1 range`.
func validateAlpha(_ alpha: Double?) throws {
    guard let alpha else { return }
    guard alpha >= 0 && alpha <= 1 else {
        throw PlotError.value("alpha (\(pythonNumber(alpha))) is outside 0-1 range")
    }
}

/// A number as Python prints it, integers without a fraction (`2`, `0.5`).
func pythonNumber(_ value: Double) -> String {
    if value.rounded() == value && abs(value) < 1e16 { return String(Int(value)) }
    return "\(value)"
}

/// `(3,)`: the shape of a one-dimensional array as numpy prints it.
func shape(_ count: Int) -> String {
    "(\(count),)"
}
