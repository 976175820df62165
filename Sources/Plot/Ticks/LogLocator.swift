import Foundation

/// Ticks at powers of the base, or at multiples of them (matplotlib's `LogLocator`).
///
/// The major locator of a log axis has `subdivisions: [1]` (ticks at 1, 10, 100, …, or every
/// few decades when there are many); the minor one has `.auto` (2, 3, …, 9 times each
/// power, none when more than ten decades are shown).
public struct LogLocator: TickLocator {
    /// Which multiples of each power of the base get ticks.
    public enum Subdivisions: Sendable, Equatable {
        /// The given multiples, such as `[1]` for the powers themselves.
        case multiples([Double])
        /// 2, 3, … up to the base (minor ticks), or none when too many decades show.
        case auto
        /// 1, 2, … up to the base.
        case all
    }

    /// The base of the logarithm.
    public var base: Double
    /// The multiples of each power that get ticks.
    public var subdivisions: Subdivisions
    /// The most ticks wanted, or `nil` for as many as fit (2 to 9).
    public var maxTicks: Int?

    /// The major locator of a base-10 log axis.
    public static let major = LogLocator()
    /// The minor locator of a base-10 log axis.
    public static let minor = LogLocator(subdivisions: .auto)

    /// Creates a locator.
    public init(
        base: Double = 10, subdivisions: Subdivisions = .multiples([1]), maxTicks: Int? = nil
    ) {
        self.base = base
        self.subdivisions = subdivisions
        self.maxTicks = maxTicks
    }

    /// The tick values for a view from `low` to `high`.
    public func tickValues(_ low: Double, _ high: Double, context: LocatorContext) throws
        -> [Double]
    {
        let tickCount = maxTicks ?? min(max(context.tickSpace, 2), 9)
        var low = low
        var high = high
        if low <= 0 {
            low = context.minPositive
            if low <= 0 || !low.isFinite {
                throw PlotError.value(
                    "Data has no positive values, and therefore can not be log-scaled.")
            }
        }
        if high < low { swap(&low, &high) }
        // Natural logarithms divided, as matplotlib computes them (log(1000) / log(10) is
        // just below 3, which decides the decades).
        let logLow = Foundation.log(low) / Foundation.log(base)
        let logHigh = Foundation.log(high) / Foundation.log(base)
        let decadeCount = Int(saturating: floor(logHigh) - ceil(logLow))

        let multiples: [Double]
        switch subdivisions {
        case .multiples(let given):
            multiples = given
        case .auto, .all:
            if decadeCount > 10 || base < 3 {
                if subdivisions == .auto { return [] }
                multiples = [1]
            } else {
                let first: Double = subdivisions == .auto ? 2 : 1
                multiples = Array(stride(from: first, to: base, by: 1))
            }
        }
        var stride = Self.floorDivide(decadeCount + 1, tickCount) + 1
        if stride >= decadeCount { stride = max(1, decadeCount - 1) }
        let hasMultiples = multiples.count > 1 || (multiples.count == 1 && multiples[0] != 1)
        let firstDecade = Int(saturating: floor(logLow)) - stride
        let endDecade = Int(saturating: ceil(logHigh)) + 2 * stride
        var decades: [Double] = []
        var decade = firstDecade
        while decade < endDecade && decades.count < 10_000 {
            decades.append(Double(decade))
            decade += stride
        }
        var ticks: [Double] = []
        if hasMultiples {
            if stride == 1 {
                for start in decades.map({ pow(base, $0) }) {
                    ticks.append(contentsOf: multiples.map { $0 * start })
                }
            }
        } else {
            ticks = decades.map { pow(base, $0) }
        }
        let inside = ticks.reduce(0) { $0 + (low <= $1 && $1 <= high ? 1 : 0) }
        if multiples.count > 1 && stride == 1 && inside <= 1 {
            // Minor ticks that would show at most one tick give way to linear ticks, as
            // matplotlib does with a fresh AutoLocator (which knows no axis: 9 bins).
            return MaxNLocator.auto.tickValues(low, high, context: LocatorContext(tickSpace: 9))
        }
        return ticks
    }

    /// Widens data limits that are empty or infinite before margins are added.
    public func nonsingular(_ low: Double, _ high: Double, context: LocatorContext) -> (
        Double, Double
    ) {
        var (low, high) = low > high ? (high, low) : (low, high)
        guard low.isFinite, high.isFinite, high > 0 else { return (1, 10) }
        if low <= 0 {
            low = context.minPositive.isFinite ? context.minPositive : 1e-300
        }
        if low == high {
            low = decadeBelow(low)
            high = decadeAbove(high)
        }
        return (low, high)
    }

    /// The view limits autoscaling settles on for margined data limits.
    public func viewLimits(_ low: Double, _ high: Double, context: LocatorContext) -> (
        Double, Double
    ) {
        nonsingular(low, high, context: context)
    }

    /// The largest power of the base strictly below a positive `x`.
    private func decadeBelow(_ x: Double) -> Double {
        var below = pow(base, floor(Foundation.log(x) / Foundation.log(base)))
        if below == x { below /= base }
        return below
    }

    /// The smallest power of the base strictly above a positive `x`.
    private func decadeAbove(_ x: Double) -> Double {
        var above = pow(base, ceil(Foundation.log(x) / Foundation.log(base)))
        if above == x { above *= base }
        return above
    }

    /// Python's `//` on integers (floored).
    private static func floorDivide(_ a: Int, _ b: Int) -> Int {
        let quotient = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient
    }
}
