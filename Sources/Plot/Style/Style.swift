/// The look of a figure: matplotlib 3.7's default style (`rcParams`) in points.
public struct Style: Sendable, Equatable {
    /// The colours plot calls take in turn (`axes.prop_cycle`): tab10.
    public var colorCycle: [Color] = Color.cycle
    /// The default font size (`font.size`).
    public var fontSize = 10.0
    /// Tick label size (`xtick.labelsize`, `medium`).
    public var tickLabelSize = 10.0
    /// Axis label size (`axes.labelsize`, `medium`).
    public var labelSize = 10.0
    /// Title size (`axes.titlesize`, `large`).
    public var titleSize = 12.0
    /// Figure title size (`figure.titlesize`, `large`).
    public var suptitleSize = 12.0
    /// Legend text size (`legend.fontsize`, `medium`).
    public var legendFontSize = 10.0
    /// Line width (`lines.linewidth`).
    public var lineWidth = 1.5
    /// Marker size in points (`lines.markersize`).
    public var markerSize = 6.0
    /// Marker edge width (`lines.markeredgewidth`).
    public var markerEdgeWidth = 1.0
    /// Spine width (`axes.linewidth`).
    public var spineWidth = 0.8
    /// Major tick length, width and label pad.
    public var majorTick = TickStyle(length: 3.5, width: 0.8, pad: 3.5)
    /// Minor tick length, width and label pad.
    public var minorTick = TickStyle(length: 2, width: 0.6, pad: 3.4)
    /// Space between tick labels and the axis label (`axes.labelpad`).
    public var labelPad = 4.0
    /// Space between the axes and its title (`axes.titlepad`).
    public var titlePad = 6.0
    /// Subplot placement (`figure.subplot.*`).
    public var subplots = SubplotParameters()
    /// Autoscaling margins (`axes.xmargin`, `axes.ymargin`).
    public var margin = 0.05

    /// matplotlib's default style.
    public init() {}
}

/// Length, width and label distance of ticks, in points.
public struct TickStyle: Sendable, Equatable {
    /// How far a tick reaches out of the axes.
    public var length: Double
    /// The stroke width.
    public var width: Double
    /// The space between the tick and its label.
    public var pad: Double

    /// Creates a tick style.
    public init(length: Double, width: Double, pad: Double) {
        self.length = length
        self.width = width
        self.pad = pad
    }
}

/// Where subplots go in their figure, as fractions of it (`figure.subplot.*`).
public struct SubplotParameters: Sendable, Equatable {
    /// The left edge of the leftmost subplots.
    public var left = 0.125
    /// The right edge of the rightmost subplots.
    public var right = 0.9
    /// The bottom of the lowest subplots.
    public var bottom = 0.11
    /// The top of the highest subplots.
    public var top = 0.88
    /// Horizontal space between subplots, as a fraction of their mean width.
    public var wspace = 0.2
    /// Vertical space between subplots, as a fraction of their mean height.
    public var hspace = 0.2

    /// matplotlib's defaults.
    public init() {}
}
