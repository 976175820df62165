/// Range helpers shared by the locators and autoscaling, after `matplotlib.transforms`.
enum Interval {
    /// Widens a range that is empty or too small for floating point, and orders its ends.
    ///
    /// A range whose width is below `tiny` times its largest magnitude is widened by
    /// `expander` times each end's magnitude (or to ±`expander` around zero); infinite or NaN
    /// ends give ±`expander`.
    static func nonsingular(
        _ low: Double, _ high: Double, expander: Double = 0.001, tiny: Double = 1e-15
    ) -> (Double, Double) {
        guard low.isFinite, high.isFinite else { return (-expander, expander) }
        var (low, high) = high < low ? (high, low) : (low, high)
        let largest = max(abs(low), abs(high))
        if largest < (1e6 / tiny) * Double.leastNormalMagnitude {
            low = -expander
            high = expander
        } else if high - low <= largest * tiny {
            if high == 0 && low == 0 {
                low = -expander
                high = expander
            } else {
                low -= expander * abs(low)
                high += expander * abs(high)
            }
        }
        return (low, high)
    }

    /// Whether `value` lies within `[low, high]` widened by a relative tolerance.
    static func containsClose(_ low: Double, _ high: Double, _ value: Double, rtol: Double = 1e-10)
        -> Bool
    {
        let (a, b) = low <= high ? (low, high) : (high, low)
        let slack = (b - a) * rtol
        return a - slack <= value && value <= b + slack
    }
}
