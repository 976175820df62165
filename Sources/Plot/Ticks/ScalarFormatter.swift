import Foundation

/// Decimal labels with one precision for the whole axis, an additive offset when the values
/// are large next to their spread, and a power of ten factored out when they are very large
/// or small (matplotlib's `ScalarFormatter` with its default settings).
///
/// For ticks 1000000.1 … 1000000.5 the labels are `0.10` … `0.50` and the offset text is
/// `+1e6`; for 0 … 1e-5 they are `0.0` … `1.0` with `1e−5`.
public struct ScalarFormatter: TickFormatter {
    /// Whether an offset may be factored out.
    public var useOffset: Bool
    /// How many digits an offset must save to be used (`axes.formatter.offset_threshold`).
    public var offsetThreshold: Int
    /// Exponents at or beyond which the labels are scaled by a power of ten
    /// (`axes.formatter.limits`).
    public var powerLimits: (low: Int, high: Int)
    /// Whether scientific scaling may be used at all.
    public var scientific: Bool

    /// The formatter with matplotlib's default settings.
    public init(
        useOffset: Bool = true, offsetThreshold: Int = 4, powerLimits: (Int, Int) = (-5, 6),
        scientific: Bool = true
    ) {
        self.useOffset = useOffset
        self.offsetThreshold = offsetThreshold
        self.powerLimits = powerLimits
        self.scientific = scientific
    }

    /// The labels of `values` and the offset text.
    public func labels(for values: [Double], view: (low: Double, high: Double)) -> (
        labels: [TickLabel], offset: String
    ) {
        guard !values.isEmpty else { return ([], "") }
        let (low, high) = view.low <= view.high ? (view.low, view.high) : (view.high, view.low)
        let visible = values.filter { low <= $0 && $0 <= high }
        let offset = useOffset ? Self.offset(of: visible, threshold: offsetThreshold) : 0
        let magnitude = orderOfMagnitude(visible, offset: offset, low: low, high: high)
        let decimals = Self.decimals(
            values, offset: offset, magnitude: magnitude, view: (low, high))
        let divisor = pow(10, Double(magnitude))
        let labels = values.map { value -> TickLabel in
            var scaled = (value - offset) / divisor
            if abs(scaled) < 1e-8 { scaled = 0 }
            return TickLabel(unicodeMinus(String(format: "%1.\(decimals)f", scaled)))
        }
        return (labels, Self.offsetText(offset: offset, magnitude: magnitude))
    }

    /// The additive offset: the common leading digits of the visible ticks, when they save
    /// at least `threshold` digits.
    static func offset(of visible: [Double], threshold: Int) -> Double {
        guard let lowest = visible.min(), let highest = visible.max() else { return 0 }
        if lowest == highest || (lowest <= 0 && 0 <= highest) { return 0 }
        let absLow = min(abs(lowest), abs(highest))
        let absHigh = max(abs(lowest), abs(highest))
        let sign: Double = lowest < 0 ? -1 : 1
        let topMagnitude = ceil(log10(absHigh))
        // The smallest power of ten at which both ends still differ.
        func firstPower(where differs: (Double) -> Bool) -> Double {
            var power = topMagnitude
            for _ in 0..<2000 where !differs(power) {
                power -= 1
            }
            return power
        }
        var power =
            1
            + firstPower { p in
                Python.floorDivide(absLow, pow(10, p)) != Python.floorDivide(absHigh, pow(10, p))
            }
        if (absHigh - absLow) / pow(10, power) <= 1e-2 {
            // The ticks straddle a multiple of a large power of ten: take the power at which
            // the ends are more than one apart.
            power =
                1
                + firstPower { p in
                    Python.floorDivide(absHigh, pow(10, p)) - Python.floorDivide(absLow, pow(10, p))
                        > 1
                }
        }
        let leading = Python.floorDivide(absHigh, pow(10, power))
        return leading >= pow(10, Double(threshold - 1)) ? sign * leading * pow(10, power) : 0
    }

    private func orderOfMagnitude(_ visible: [Double], offset: Double, low: Double, high: Double)
        -> Int
    {
        guard scientific else { return 0 }
        if powerLimits.low == powerLimits.high && powerLimits.low != 0 { return powerLimits.low }
        guard !visible.isEmpty else { return 0 }
        let magnitude: Int
        if offset != 0 {
            magnitude = Int(saturating: floor(log10(high - low)))
        } else {
            let largest = visible.map(abs).max() ?? 0
            magnitude = largest == 0 ? 0 : Int(saturating: floor(log10(largest)))
        }
        return magnitude <= powerLimits.low || magnitude >= powerLimits.high ? magnitude : 0
    }

    /// The decimals that tell the ticks apart: three significant digits of their spread at
    /// first, fewer while dropping one changes no tick by a thousandth of the spread.
    static func decimals(
        _ values: [Double], offset: Double, magnitude: Int, view: (Double, Double)
    ) -> Int {
        let divisor = pow(10, Double(magnitude))
        var locations = values
        if values.count < 2 { locations += [view.0, view.1] }
        locations = locations.map { ($0 - offset) / divisor }
        var range = (locations.max() ?? 0) - (locations.min() ?? 0)
        if range == 0 { range = locations.map(abs).max() ?? 0 }
        if range == 0 { range = 1 }
        if values.count < 2 { locations.removeLast(2) }
        let rangeMagnitude = Int(saturating: floor(log10(range)))
        var decimals = max(0, 3 - rangeMagnitude)
        let threshold = 1e-3 * pow(10, Double(rangeMagnitude))
        while decimals >= 0 {
            let error =
                locations.map { abs($0 - Python.numpyRound($0, decimals: decimals)) }.max() ?? 0
            if error < threshold {
                decimals -= 1
            } else {
                break
            }
        }
        return decimals + 1
    }

    /// The text at the axis' end: `1e−5` for a scale, `+1e6` for an offset, or both.
    static func offsetText(offset: Double, magnitude: Int) -> String {
        guard magnitude != 0 || offset != 0 else { return "" }
        var text = magnitude != 0 ? "1e\(magnitude)" : ""
        if offset != 0 {
            text += (offset > 0 ? "+" : "") + shortScientific(offset)
        }
        return unicodeMinus(text)
    }

    /// A value as `significand` `e` `exponent` with up to ten significant digits
    /// (matplotlib's `ScalarFormatter.format_data`).
    static func shortScientific(_ value: Double) -> String {
        let exponent = Int(saturating: floor(log10(abs(value))))
        let significand = Python.round(value / pow(10, Double(exponent)), digits: 10)
        let digits =
            significand.truncatingRemainder(dividingBy: 1) == 0
            ? String(format: "%d", Int(saturating: significand))
            : String(format: "%1.10g", significand)
        return exponent == 0 ? digits : "\(digits)e\(exponent)"
    }
}
