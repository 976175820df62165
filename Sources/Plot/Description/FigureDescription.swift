/// What a figure shows, as data.
///
/// It holds every series with its values, labels, titles, legend entries, scales and
/// limits. Two descriptions compare with a tolerance
/// (`differences(from:tolerance:name:)`) and serialize compactly (`encoded()`), so a
/// recorded plot can be checked without comparing pixels.
public struct FigureDescription: Sendable, Equatable, Codable {
    /// The figure's width in inches.
    public var width: Double
    /// The figure's height in inches.
    public var height: Double
    /// The figure title, if any.
    public var suptitle: String?
    /// The axes, in the order they were added.
    public var axes: [AxesDescription]

    /// Creates a description.
    public init(width: Double, height: Double, suptitle: String? = nil, axes: [AxesDescription]) {
        self.width = width
        self.height = height
        self.suptitle = suptitle
        self.axes = axes
    }
}

/// What one axes shows.
public struct AxesDescription: Sendable, Equatable, Codable {
    /// `axes`, or `colorbar` for a colour bar's axes.
    public var role: String
    /// The title, if any.
    public var title: String?
    /// The x axis label, if any.
    public var xLabel: String?
    /// The y axis label, if any.
    public var yLabel: String?
    /// `linear` or `log`.
    public var xScale: String
    /// `linear` or `log`.
    public var yScale: String
    /// The x limits as drawn (left, right).
    public var xLimits: [Double]
    /// The y limits as drawn (bottom, top).
    public var yLimits: [Double]
    /// The legend's labels, or nil without a legend.
    public var legend: [String]?
    /// What is drawn, in the order it was added.
    public var series: [SeriesDescription]

    /// Creates a description.
    public init(
        role: String = "axes", title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
        xScale: String = "linear", yScale: String = "linear", xLimits: [Double], yLimits: [Double],
        legend: [String]? = nil, series: [SeriesDescription]
    ) {
        self.role = role
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.xScale = xScale
        self.yScale = yScale
        self.xLimits = xLimits
        self.yLimits = yLimits
        self.legend = legend
        self.series = series
    }
}

/// One thing drawn: its kind, label, look, and values.
public struct SeriesDescription: Sendable, Equatable, Codable {
    /// `line`, `axhline`, `axvline`, `scatter`, `bar`, `barh`, `hist`, `hist_step`,
    /// `fill_between`, `image` or `text`.
    public var kind: String
    /// The legend label, if any.
    public var label: String?
    /// A short summary of the look: colour, line style and marker (`#1f77b4 --`, `#ff0000 o`).
    public var style: String?
    /// The text of a `text`.
    public var text: String?
    /// The x values (bar positions, histogram edges, text anchor).
    public var x: [Double]
    /// The y values (bar heights, histogram counts, the upper curve of an area).
    public var y: [Double]
    /// More values by name: `bottom` and `width` of bars, `y2` of an area, `sizes` of a
    /// scatter, `values` and `shape` of an image.
    public var extra: [String: [Double]]

    /// Creates a description.
    public init(
        kind: String, label: String? = nil, style: String? = nil, text: String? = nil,
        x: [Double] = [],
        y: [Double] = [], extra: [String: [Double]] = [:]
    ) {
        self.kind = kind
        self.label = label
        self.style = style
        self.text = text
        self.x = x
        self.y = y
        self.extra = extra
    }
}
