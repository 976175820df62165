/// One plotting area of a figure: its artists, two axes, title, legend and grid
/// (matplotlib's `Axes`).
///
/// ```swift
/// let figure = Figure(width: 3.5, height: 2.5)
/// let axes = figure.addSubplot()
/// try axes.plot(x, y, format: "m--", options: LineOptions(label: "cos"))
/// axes.xAxis.label = "x"
/// axes.legend()
/// ```
public final class Axes {
    /// Where the axes sits in its figure.
    public enum Placement: Sendable, Equatable {
        /// Cells of a grid of subplots: rows and columns of the grid, and the cells covered
        /// (0-based, inclusive).
        case subplot(
            rows: Int, columns: Int, rowSpan: ClosedRange<Int>, columnSpan: ClosedRange<Int>)
        /// A rectangle in figure fractions from the bottom-left corner (`fig.add_axes`).
        case rect(left: Double, bottom: Double, width: Double, height: Double)
    }

    /// How data units compare along x and y.
    public enum Aspect: Sendable, Equatable {
        /// Fill the axes box (matplotlib's `'auto'`).
        case auto
        /// One data unit is as long along y as along x times the ratio (`'equal'` is 1);
        /// the box shrinks to keep it.
        case ratio(Double)

        /// matplotlib's `'equal'`.
        public static let equal = Aspect.ratio(1)
    }

    /// The figure the axes belongs to.
    public private(set) weak var figure: Figure?
    /// Where the axes sits.
    public var placement: Placement
    /// The horizontal axis.
    public private(set) lazy var xAxis = Axis(.x, of: self)
    /// The vertical axis.
    public private(set) lazy var yAxis = Axis(.y, of: self)
    /// The title above the axes (`set_title`), empty for none.
    public var title = ""
    /// The artists, in the order they were added.
    public private(set) var artists: [any Artist] = []
    /// The legend, or nil.
    public var legend: Legend?
    /// The aspect of data units.
    public var aspect: Aspect = .auto
    /// Whether spines, ticks and labels are drawn (`axis('off')` clears it).
    public var showsAxis = true
    /// The style, copied from the figure.
    public var style: Style

    var shareGroups: [Axis.Direction: ShareGroup] = [:]
    var autoscaleRequested: [Axis.Direction: Bool] = [.x: false, .y: false]
    var inverted: [Axis.Direction: Bool] = [.x: false, .y: false]
    var lineCycle = 0
    var patchCycle = 0
    /// For a colour bar's axes: the image it shows the scale of.
    var colorbarImage: ImageArtist?
    /// The colour bar drawn beside these axes, if any.
    public internal(set) var colorbar: Colorbar?
    let warnings: WarningSink

    init(figure: Figure, placement: Placement) {
        self.figure = figure
        self.placement = placement
        style = figure.style
        warnings = figure.warningSink
        xAxis.margin = style.margin
        yAxis.margin = style.margin
    }

    /// The x or y axis.
    public func axis(_ direction: Axis.Direction) -> Axis {
        direction == .x ? xAxis : yAxis
    }

    /// Adds an artist to be drawn.
    public func add(_ artist: any Artist) {
        artists.append(artist)
    }

    /// Removes everything drawn and resets the axes (matplotlib's `cla`), keeping sharing
    /// and placement.
    public func clear() {
        artists = []
        legend = nil
        title = ""
        aspect = .auto
        showsAxis = true
        lineCycle = 0
        patchCycle = 0
        for direction in [Axis.Direction.x, .y] {
            let axis = self.axis(direction)
            axis.setScaleOnly(.linear)
            axis.label = ""
            axis.grid = nil
            axis.autoscales = true
            axis.fixedLimits = (0, 1)
            axis.margin = style.margin
            autoscaleRequested[direction] = false
            inverted[direction] = false
        }
    }

    // MARK: Colours

    /// The next colour of the line cycle (`plot`).
    func nextLineColor() -> Color {
        defer { lineCycle += 1 }
        return cycleColor(lineCycle)
    }

    /// The next colour of the patch cycle (`bar`, `hist`, `scatter`, `fill_between`), which
    /// matplotlib counts apart from the lines'.
    func nextPatchColor() -> Color {
        defer { patchCycle += 1 }
        return cycleColor(patchCycle)
    }

    /// Colour `index` of the style's cycle (tab10 when the style's cycle is empty).
    func cycleColor(_ index: Int) -> Color {
        let cycle = style.colorCycle.isEmpty ? Color.cycle : style.colorCycle
        return cycle[index % cycle.count]
    }

    // MARK: Sharing

    /// The axes sharing `direction` with this one (itself included).
    func shareGroup(_ direction: Axis.Direction) -> [Axes] {
        shareGroups[direction]?.axes ?? [self]
    }

    /// Makes this axes share `direction` with `other`.
    public func share(_ direction: Axis.Direction, with other: Axes) {
        let group = other.shareGroups[direction] ?? ShareGroup()
        if other.shareGroups[direction] == nil {
            group.join(other)
            other.shareGroups[direction] = group
        }
        group.join(self)
        shareGroups[direction] = group
        let source = other.axis(direction)
        axis(direction).setScaleOnly(source.scale)
        axis(direction).autoscales = source.autoscales
        axis(direction).fixedLimits = source.fixedLimits
        inverted[direction] = other.inverted[direction]
    }

    // MARK: Limits

    /// Sets the limits of one axis (matplotlib's `set_xlim`/`set_ylim`); nil keeps that end.
    ///
    /// Turns autoscaling off. A reversed pair inverts the axis. On a log axis a non-positive
    /// end is ignored with matplotlib's warning; equal ends are widened with its warning.
    /// Throws `ValueError: Axis limits cannot be NaN or Inf`.
    public func setLimits(_ direction: Axis.Direction, _ low: Double?, _ high: Double?) throws {
        for value in [low, high] {
            if let value, !value.isFinite {
                throw PlotError.value("Axis limits cannot be NaN or Inf")
            }
        }
        let axis = self.axis(direction)
        let current = axis.limits
        var low = low ?? current.low
        var high = high ?? current.high
        let name = direction.rawValue
        if axis.scale.isLog {
            if low <= 0 {
                warnings.warn(
                    "Attempt to set non-positive \(name)lim on a log-scaled axis will be ignored.")
                low = current.low
            }
            if high <= 0 {
                warnings.warn(
                    "Attempt to set non-positive \(name)lim on a log-scaled axis will be ignored.")
                high = current.high
            }
        }
        if low == high {
            warnings.warn(
                "Attempting to set identical low and high \(name)lims makes transformation singular; "
                    + "automatically expanding.")
        }
        let reversed = low > high
        var (a, b) = axis.majorLocator.nonsingular(
            low, high, context: axis.locatorContextWithoutBox)
        if axis.scale.isLog {
            let minPositive = minPositive(direction)
            if a <= 0 { a = minPositive.isFinite ? minPositive : 1e-300 }
            if b <= 0 { b = minPositive.isFinite ? minPositive : 1e-300 }
        }
        let limits = reversed ? (max(a, b), min(a, b)) : (min(a, b), max(a, b))
        for sibling in axis.siblings {
            sibling.fixedLimits = limits
            sibling.autoscales = false
            sibling.owner?.inverted[direction] = reversed
        }
    }

    /// Turns autoscaling of one or both axes on or off (matplotlib's `autoscale`).
    public func setAutoscale(_ enabled: Bool, _ directions: [Axis.Direction] = [.x, .y]) {
        for direction in directions {
            for sibling in axis(direction).siblings {
                if !enabled { sibling.fixedLimits = sibling.limits }
                sibling.autoscales = enabled
                sibling.owner?.autoscaleRequested[direction] = true
            }
        }
    }

    /// Reverses the direction of an axis (matplotlib's `invert_xaxis`/`invert_yaxis`).
    public func invert(_ direction: Axis.Direction) {
        for sibling in axis(direction).siblings {
            sibling.owner?.inverted[direction] = !(sibling.owner?.inverted[direction] ?? false)
            sibling.fixedLimits = (sibling.fixedLimits.high, sibling.fixedLimits.low)
        }
    }

    /// Whether an axis runs backwards (high values left or down).
    public func isInverted(_ direction: Axis.Direction) -> Bool {
        let limits = axis(direction).limits
        return limits.low > limits.high
    }

    /// Asks for the limits of `direction` to follow the data from now on, as adding data does.
    func requestAutoscale(_ direction: Axis.Direction) {
        for axes in shareGroup(direction) {
            axes.autoscaleRequested[direction] = true
        }
    }

    /// The smallest positive datum along a direction over the shared axes.
    func minPositive(_ direction: Axis.Direction) -> Double {
        var interval = DataInterval()
        for axes in shareGroup(direction) {
            for artist in axes.artists {
                if let scaled = artist as? Autoscaled {
                    interval.include(scaled.dataInterval(direction))
                }
            }
        }
        return interval.minPositive
    }

    /// The limits autoscaling gives `direction` now, as matplotlib's `autoscale_view` computes
    /// them: the data of all shared axes, widened by the margins but not across sticky edges.
    func autoscaledLimits(_ direction: Axis.Direction) -> (low: Double, high: Double) {
        let axis = self.axis(direction)
        guard autoscaleRequested[direction] == true else { return axis.fixedLimits }
        var interval = DataInterval()
        var stickies: [Double] = []
        for axes in shareGroup(direction) {
            for artist in axes.artists where artist.isVisible {
                guard let scaled = artist as? Autoscaled else { continue }
                interval.include(scaled.dataInterval(direction))
                if axis.margin != 0 { stickies.append(contentsOf: scaled.stickyEdges(direction)) }
            }
        }
        let context = axis.locatorContextWithoutBox
        var (low, high) =
            interval.isEmpty
            ? axis.majorLocator.nonsingular(-.infinity, .infinity, context: context)
            : axis.majorLocator.nonsingular(interval.low, interval.high, context: context)
        if axis.scale.isLog {
            stickies = stickies.filter { $0 > 0 }
            if !interval.isEmpty && interval.high <= 0 {
                warnings.warn("Data has no positive values, and therefore cannot be log-scaled.")
            }
        }
        stickies.sort()
        let tolerance = 1e-5 * max(abs(low), abs(high), abs(high - low))
        let lowBound = stickies.last { $0 < low + tolerance }
        let highBound = stickies.first { $0 >= high - tolerance }
        if axis.scale.isLog {
            let minPositive = interval.minPositive.isFinite ? interval.minPositive : 1e-300
            if low <= 0 { low = minPositive }
            if high <= 0 { high = minPositive }
        }
        let scale = axis.scale
        let transformedLow = scale.transform(low)
        let transformedHigh = scale.transform(high)
        var delta = (transformedHigh - transformedLow) * axis.margin
        if !delta.isFinite { delta = 0 }
        low = scale.inverse(transformedLow - delta)
        high = scale.inverse(transformedHigh + delta)
        if let lowBound { low = max(low, lowBound) }
        if let highBound { high = min(high, highBound) }
        (low, high) = axis.majorLocator.viewLimits(low, high, context: context)
        return inverted[direction] == true
            ? (max(low, high), min(low, high)) : (min(low, high), max(low, high))
    }
}

extension Axis {
    /// The locator context for autoscaling, which does not depend on the axes' size.
    var locatorContextWithoutBox: LocatorContext {
        LocatorContext(tickSpace: 9, minPositive: owner?.minPositive(direction) ?? .infinity)
    }

    /// Sets the scale and its default locators on this axis alone.
    func setScaleOnly(_ scale: Scale) {
        let shared = owner?.shareGroups[direction]
        owner?.shareGroups[direction] = nil
        setScale(scale)
        owner?.shareGroups[direction] = shared
    }
}
