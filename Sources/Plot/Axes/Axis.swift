/// One axis of an `Axes` (its x or its y): scale, limits, ticks, label and grid.
///
/// Limits are autoscaled from the data (with matplotlib's 5% margins) until they are set;
/// `limits` always answers what would be drawn now.
public final class Axis {
    /// Which of the two axes this is.
    public enum Direction: String, Sendable {
        /// The horizontal axis.
        case x
        /// The vertical axis.
        case y
    }

    /// Whether this is the x or the y axis.
    public let direction: Direction
    /// The scale; set it with `setScale(_:)`, which also resets the locators and formatters.
    public private(set) var scale: Scale = .linear
    /// Where the major ticks go (`AutoLocator` or `LogLocator` by default).
    public var majorLocator: any TickLocator = MaxNLocator.auto
    /// How the major ticks are labelled.
    public var majorFormatter: any TickFormatter = ScalarFormatter()
    /// Where the minor ticks go (none on a linear axis).
    public var minorLocator: any TickLocator = NullLocator()
    /// How the minor ticks are labelled.
    public var minorFormatter: any TickFormatter = NullFormatter()
    /// The axis label (`set_xlabel`), empty for none.
    public var label: String = ""
    /// The grid lines drawn at the major ticks, or `nil` for none.
    public var grid: GridStyle?
    /// Whether tick labels are drawn (shared axes hide their inner ones).
    public var showsTickLabels = true
    /// The fraction of the data range added on each side when autoscaling.
    public var margin = 0.05
    /// Whether the limits follow the data.
    public internal(set) var autoscales = true

    /// The limits set explicitly (used while `autoscales` is false).
    var fixedLimits: (low: Double, high: Double) = (0, 1)
    /// The axes this axis belongs to (nil once that axes is gone; the axis then keeps its
    /// set limits and answers alone).
    private(set) weak var owner: Axes?

    init(_ direction: Direction, of axes: Axes) {
        self.direction = direction
        owner = axes
    }

    /// Sets the scale and the default locators and formatters of that scale.
    public func setScale(_ scale: Scale) {
        owner?.requestAutoscale(direction)
        for axis in siblings {
            axis.scale = scale
            switch scale {
            case .linear:
                axis.majorLocator = MaxNLocator.auto
                axis.majorFormatter = ScalarFormatter()
                axis.minorLocator = NullLocator()
                axis.minorFormatter = NullFormatter()
            case .log(let base):
                axis.majorLocator = LogLocator(base: base)
                axis.majorFormatter = LogFormatter(base: base)
                axis.minorLocator = LogLocator(base: base, subdivisions: .auto)
                axis.minorFormatter = LogFormatter(base: base)
            }
        }
    }

    /// This axis and the same axes of the Axes it is shared with.
    var siblings: [Axis] {
        owner?.shareGroup(direction).map { $0.axis(direction) } ?? [self]
    }

    /// The limits as they will be drawn.
    ///
    /// They are the autoscaled ones while `autoscales`, else the set ones. The first may be
    /// larger than the second (an inverted axis).
    public var limits: (low: Double, high: Double) {
        guard let axes = owner else { return fixedLimits }
        if let image = axes.colorbarImage {
            // A colour bar spans its image's value range along y and 0…1 across.
            return direction == .y ? image.valueRange : (0, 1)
        }
        return autoscales ? axes.autoscaledLimits(direction) : fixedLimits
    }

    /// The context the locators see: how many ticks fit and the smallest positive datum.
    var locatorContext: LocatorContext {
        guard let axes = owner else { return LocatorContext() }
        let length = axes.drawnBox().length(direction)
        let labelSize = axes.style.tickLabelSize
        let space = Int(
            saturating: (length / (labelSize * (direction == .x ? 3 : 2))).rounded(.down))
        return LocatorContext(tickSpace: space, minPositive: axes.minPositive(direction))
    }

    /// The visible major and minor ticks with their labels and the offset text.
    public func ticks() throws -> AxisTicks {
        try ticks(context: locatorContext)
    }

    func ticks(context: LocatorContext) throws -> AxisTicks {
        let (low, high) = limits
        let view = (low: min(low, high), high: max(low, high))
        let majorValues = try majorLocator.tickValues(low, high, context: context)
        var minorValues = try minorLocator.tickValues(low, high, context: context)
        let transformedLow = scale.transform(view.low)
        let transformedHigh = scale.transform(view.high)
        if !minorValues.isEmpty && !majorValues.isEmpty {
            // Minor ticks where a major tick is are dropped, as matplotlib drops them.
            let tolerance = (transformedHigh - transformedLow) * 1e-5
            let majors = majorValues.map(scale.transform)
            minorValues.removeAll { minor in
                let t = scale.transform(minor)
                return majors.contains { abs($0 - t) <= tolerance }
            }
        }
        func visible(_ values: [Double], _ formatter: any TickFormatter) -> ([Tick], String) {
            let (labels, offset) = formatter.labels(for: values, view: view)
            var ticks: [Tick] = []
            for (value, label) in zip(values, labels)
            where Interval.containsClose(transformedLow, transformedHigh, scale.transform(value)) {
                ticks.append(Tick(value: value, label: label))
            }
            return (ticks, offset)
        }
        let (major, offset) = visible(majorValues, majorFormatter)
        let (minor, _) = visible(minorValues, minorFormatter)
        return AxisTicks(major: major, minor: minor, offset: offset)
    }
}

/// How grid lines look.
public struct GridStyle: Sendable, Equatable {
    /// The line colour (matplotlib's `#b0b0b0`).
    public var color: Color = Color(hex: 0xB0B0B0)
    /// The line width in points.
    public var lineWidth = 0.8
    /// The dash pattern.
    public var lineStyle: LineStyle = .solid
    /// The opacity.
    public var alpha = 1.0
    /// Whether minor ticks get grid lines too.
    public var includesMinor = false

    /// matplotlib's default grid.
    public init() {}
}
