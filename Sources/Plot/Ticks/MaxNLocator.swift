import Foundation

/// Nice tick values, at most `bins + 1` inside the view, at multiples of a step chosen from
/// `steps` times a power of ten (matplotlib's `MaxNLocator`).
///
/// `AutoLocator`, the default of every linear axis, is `MaxNLocator(bins: .auto,
/// steps: [1, 2, 2.5, 5, 10])`.
public struct MaxNLocator: TickLocator {
    /// How many intervals at most.
    public enum Bins: Sendable, Equatable {
        /// A fixed count.
        case count(Int)
        /// As many as fit along the axis, between 1 and 9.
        case auto
    }

    /// The maximum count of intervals.
    public var bins: Bins
    /// The acceptable multiples of a power of ten, from 1 to 10.
    public private(set) var steps: [Double]
    /// Whether to prefer integer ticks.
    public var integer: Bool
    /// The fewest ticks wanted inside the view.
    public var minTicks: Int

    private var extendedSteps: [Double]

    /// matplotlib's `AutoLocator`.
    public static let auto = MaxNLocator(bins: .auto, steps: [1, 2, 2.5, 5, 10])

    /// Creates a locator; `steps` are completed with 1 and 10 as matplotlib does.
    public init(
        bins: Bins = .count(10), steps: [Double]? = nil, integer: Bool = false, minTicks: Int = 2
    ) {
        self.bins = bins
        var chosen = steps ?? [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]
        if chosen.first != 1 { chosen.insert(1, at: 0) }
        if chosen.last != 10 { chosen.append(10) }
        self.steps = chosen
        self.integer = integer
        self.minTicks = max(1, minTicks)
        // A staircase wide enough to hold the step: a decade below, the steps, and one above.
        extendedSteps = chosen.dropLast().map { 0.1 * $0 } + chosen + [10 * chosen[1]]
    }

    /// The tick values for a view from `low` to `high`.
    public func tickValues(_ low: Double, _ high: Double, context: LocatorContext) -> [Double] {
        let (low, high) = Interval.nonsingular(low, high, expander: 1e-13, tiny: 1e-14)
        return rawTicks(low, high, context: context)
    }

    /// The view limits autoscaling settles on for margined data limits.
    public func viewLimits(_ low: Double, _ high: Double, context: LocatorContext) -> (
        Double, Double
    ) {
        Interval.nonsingular(low, high, expander: 1e-12, tiny: 1e-13)
    }

    private func rawTicks(_ low: Double, _ high: Double, context: LocatorContext) -> [Double] {
        let binCount: Int
        switch bins {
        case .count(let count): binCount = count
        case .auto: binCount = min(max(context.tickSpace, max(1, minTicks - 1)), 9)
        }
        let (scale, offset) = Self.scaleRange(low, high, count: binCount)
        let shiftedLow = low - offset
        let shiftedHigh = high - offset
        let rawStep = (shiftedHigh - shiftedLow) / Double(binCount)
        var candidates = extendedSteps.map { $0 * scale }
        if integer {
            candidates = candidates.filter { $0 < 1 || abs($0 - $0.rounded()) < 0.001 }
        }
        guard let firstFitting = candidates.firstIndex(where: { $0 >= rawStep }) else {
            return []
        }
        var ticks: [Double] = []
        // The first fitting step is an upper bound; smaller ones are tried while they still
        // give enough ticks inside the view.
        for index in stride(from: firstFitting, through: 0, by: -1) {
            var step = candidates[index]
            if integer && floor(shiftedHigh) - ceil(shiftedLow) >= Double(minTicks - 1) {
                step = max(1, step)
            }
            let bestLow = Python.floorDivide(shiftedLow, step) * step
            let edge = EdgeInteger(step: step, offset: offset)
            let first = edge.lessOrEqual(shiftedLow - bestLow)
            let last = edge.greaterOrEqual(shiftedHigh - bestLow)
            ticks = []
            var n = first
            // A handful of ticks normally; the cap only stops degenerate (non-finite) input.
            while n <= last && ticks.count < 10_000 {
                ticks.append(n * step + bestLow)
                n += 1
            }
            let inside = ticks.reduce(0) { $0 + ($1 <= shiftedHigh && $1 >= shiftedLow ? 1 : 0) }
            if inside >= minTicks { break }
        }
        return ticks.map { $0 + offset }
    }

    /// A power of ten near a `count`-th of the range, and an offset (a power of ten near the
    /// mean) when the range is narrow next to its distance from zero.
    static func scaleRange(_ low: Double, _ high: Double, count: Int, threshold: Double = 100)
        -> (scale: Double, offset: Double)
    {
        let width = abs(high - low)
        let mean = (high + low) / 2
        var offset = 0.0
        if !(abs(mean) / width < threshold) {
            offset = copysign(pow(10, Python.floorDivide(log10(abs(mean)), 1)), mean)
        }
        let scale = pow(10, Python.floorDivide(log10(width / Double(count)), 1))
        return (scale, offset)
    }
}

/// Integer multiples of a step with slack for floating point error, which grows with the
/// offset subtracted from the limits (matplotlib's `_Edge_integer`).
struct EdgeInteger {
    let step: Double
    let offset: Double

    init(step: Double, offset: Double) {
        self.step = step
        self.offset = abs(offset)
    }

    private func isClose(_ value: Double, _ edge: Double) -> Bool {
        var tolerance = 1e-10
        if offset > 0 {
            let digits = log10(offset / step)
            tolerance = min(0.4999, max(1e-10, pow(10, digits - 12)))
        }
        return abs(value - edge) < tolerance
    }

    /// The largest n with n * step <= x.
    func lessOrEqual(_ x: Double) -> Double {
        let (quotient, remainder) = Python.divmod(x, step)
        return isClose(remainder / step, 1) ? quotient + 1 : quotient
    }

    /// The smallest n with n * step >= x.
    func greaterOrEqual(_ x: Double) -> Double {
        let (quotient, remainder) = Python.divmod(x, step)
        return isClose(remainder / step, 0) ? quotient : quotient + 1
    }
}
