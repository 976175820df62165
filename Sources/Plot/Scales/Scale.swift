import Foundation

/// How data values map onto an axis: linearly, or by their logarithm.
public enum Scale: Sendable, Equatable, CustomStringConvertible {
    /// Equal distances for equal differences (matplotlib's `'linear'`).
    case linear
    /// Equal distances for equal ratios (matplotlib's `'log'`); non-positive values are
    /// clipped far below the axis, as matplotlib's default `nonpositive='clip'` does.
    case log(base: Double)

    /// Base-10 logarithmic scale.
    public static let log10 = Scale.log(base: 10)

    /// Makes a scale from matplotlib's name (`'linear'`, `'log'`) and log base.
    ///
    /// Throws matplotlib's `ValueError` for an unknown name or a bad base.
    public init(named name: String, base: Double = 10) throws {
        switch name {
        case "linear":
            self = .linear
        case "log":
            guard base > 0, base != 1, base.isFinite else {
                throw PlotError.value("The log base cannot be <= 0 or == 1")
            }
            self = .log(base: base)
        case "symlog", "asinh", "logit", "function", "functionlog":
            throw PlotError.notImplemented("the '\(name)' scale")
        default:
            throw PlotError.value(
                "'\(name)' is not a valid value for scale; supported values are 'linear', 'log', "
                    + "'symlog', 'asinh', 'logit', 'function', 'functionlog'")
        }
    }

    /// matplotlib's name of the scale: `linear` or `log`.
    public var name: String {
        switch self {
        case .linear: return "linear"
        case .log: return "log"
        }
    }

    /// A short text for debugging and messages.
    public var description: String { name }

    /// Whether the scale is logarithmic.
    public var isLog: Bool {
        if case .log = self { return true }
        return false
    }

    /// The value in the scale's linear space (the logarithm for a log scale).
    @inline(__always)
    public func transform(_ value: Double) -> Double {
        switch self {
        case .linear:
            return value
        case .log(let base):
            // matplotlib clips non-positive values to -1000 decades, far outside any view.
            guard value > 0 else { return value.isNaN ? .nan : -1000 }
            return base == 10
                ? Foundation.log10(value) : Foundation.log(value) / Foundation.log(base)
        }
    }

    /// The data value of a point in the scale's linear space.
    @inline(__always)
    public func inverse(_ value: Double) -> Double {
        switch self {
        case .linear: return value
        case .log(let base): return pow(base, value)
        }
    }
}
