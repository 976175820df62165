extension Int {
    /// The integer part of a double, saturated instead of trapping: NaN gives 0 and values
    /// beyond ±10¹⁵ are clamped (user data can make any double, and a crash is never the
    /// answer).
    init(saturating value: Double) {
        guard !value.isNaN else {
            self = 0
            return
        }
        self = Int(Swift.min(Swift.max(value, -1e15), 1e15))
    }
}
