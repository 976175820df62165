/// What a locator may need to know about its axis besides the view limits.
public struct LocatorContext: Sendable, Equatable {
    /// How many ticks fit along the axis, as matplotlib estimates it (`Axis.get_tick_space`):
    /// the axis length in points over three times the label font size for x, twice for y.
    public var tickSpace: Int
    /// The smallest positive data value on the axis (for log axes), or infinity.
    public var minPositive: Double

    /// Creates a context.
    public init(tickSpace: Int = 9, minPositive: Double = .infinity) {
        self.tickSpace = tickSpace
        self.minPositive = minPositive
    }
}

/// Chooses where the ticks of an axis go, like a matplotlib `Locator`.
public protocol TickLocator: Sendable {
    /// The tick values for a view from `low` to `high`, including ticks just outside it as
    /// matplotlib returns them (the axis keeps only the visible ones).
    func tickValues(_ low: Double, _ high: Double, context: LocatorContext) throws -> [Double]

    /// Widens data limits that are empty or infinite before margins are added.
    func nonsingular(_ low: Double, _ high: Double, context: LocatorContext) -> (Double, Double)

    /// The view limits autoscaling settles on for (margined) data limits.
    func viewLimits(_ low: Double, _ high: Double, context: LocatorContext) -> (Double, Double)
}

extension TickLocator {
    /// Widens data limits that are empty or infinite before margins are added.
    public func nonsingular(_ low: Double, _ high: Double, context: LocatorContext) -> (
        Double, Double
    ) {
        Interval.nonsingular(low, high, expander: 0.05)
    }

    /// The view limits autoscaling settles on for margined data limits.
    public func viewLimits(_ low: Double, _ high: Double, context: LocatorContext) -> (
        Double, Double
    ) {
        Interval.nonsingular(low, high)
    }
}

/// No ticks at all (matplotlib's `NullLocator`, the minor locator of a linear axis).
public struct NullLocator: TickLocator {
    /// Creates the locator.
    public init() {}

    /// The tick values for a view from `low` to `high`.
    public func tickValues(_ low: Double, _ high: Double, context: LocatorContext) -> [Double] {
        []
    }
}

/// Ticks at given values (matplotlib's `FixedLocator`, what `set_xticks` installs).
public struct FixedLocator: TickLocator {
    /// The tick values.
    public var values: [Double]

    /// Creates the locator.
    public init(_ values: [Double]) {
        self.values = values
    }

    /// The tick values for a view from `low` to `high`.
    public func tickValues(_ low: Double, _ high: Double, context: LocatorContext) -> [Double] {
        values
    }
}
