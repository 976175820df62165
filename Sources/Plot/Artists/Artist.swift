/// Something an `Axes` draws: a line, markers, bars, an area, an image or a text.
///
/// Artists are classes so that a caller can keep one and change it (`line.y = …`); the axes
/// draws them in order of `zorder`, then of addition.
public protocol Artist: AnyObject {
    /// The legend label, or nil for none (matplotlib's labels starting with `_`).
    var label: String? { get set }
    /// Drawing order: higher is drawn later (on top).
    var zorder: Double { get set }
    /// Whether the artist is drawn.
    var isVisible: Bool { get set }
}

/// In which coordinates an artist's values along one direction are given.
public enum Coordinates: Sendable, Equatable {
    /// Data values, mapped through the axis' limits and scale.
    case data
    /// Fractions of the axes, 0 at the left or bottom, 1 at the right or top.
    case axes
}

/// A labelled artist shows in `legend()`; matplotlib skips labels starting with `_`.
func isLegendLabel(_ label: String?) -> Bool {
    guard let label, !label.isEmpty else { return false }
    return !label.hasPrefix("_")
}

/// The extent of some values along one direction: finite minimum and maximum, and the
/// smallest positive value (for log axes).
struct DataInterval {
    var low = Double.infinity
    var high = -Double.infinity
    var minPositive = Double.infinity

    var isEmpty: Bool { low > high }

    mutating func include(_ value: Double) {
        guard value.isFinite else { return }
        if value < low { low = value }
        if value > high { high = value }
        if value > 0 && value < minPositive { minPositive = value }
    }

    mutating func include(_ other: DataInterval) {
        if other.low < low { low = other.low }
        if other.high > high { high = other.high }
        if other.minPositive < minPositive { minPositive = other.minPositive }
    }
}

/// What an artist adds to autoscaling along one direction: its data extent and the values
/// margins must not cross (matplotlib's sticky edges).
protocol Autoscaled {
    func dataInterval(_ direction: Axis.Direction) -> DataInterval
    func stickyEdges(_ direction: Axis.Direction) -> [Double]
}

extension Autoscaled {
    func stickyEdges(_ direction: Axis.Direction) -> [Double] { [] }
}
