/// Turns tick values into labels, like a matplotlib `Formatter`.
///
/// Formatting sees all tick values at once (`ScalarFormatter` chooses one precision and one
/// offset for the whole axis) and the view limits (which ticks are visible).
public protocol TickFormatter: Sendable {
    /// The labels of `values` (one per value) and the axis' offset text.
    func labels(for values: [Double], view: (low: Double, high: Double)) -> (
        labels: [TickLabel], offset: String
    )
}

/// Labels nothing (matplotlib's `NullFormatter`, the minor formatter of a linear axis).
public struct NullFormatter: TickFormatter {
    /// Creates the formatter.
    public init() {}

    /// The labels of `values` and the offset text.
    public func labels(for values: [Double], view: (low: Double, high: Double)) -> (
        labels: [TickLabel], offset: String
    ) {
        (values.map { _ in TickLabel.empty }, "")
    }
}

/// Given labels in order (matplotlib's `FixedFormatter`, what `set_xticklabels` installs).
public struct FixedFormatter: TickFormatter {
    /// The labels, used for the ticks in order; ticks beyond them are unlabelled.
    public var strings: [String]

    /// Creates the formatter.
    public init(_ strings: [String]) {
        self.strings = strings
    }

    /// The labels of `values` and the offset text.
    public func labels(for values: [Double], view: (low: Double, high: Double)) -> (
        labels: [TickLabel], offset: String
    ) {
        let labels = values.indices.map { index -> TickLabel in
            guard index < strings.count else { return .empty }
            return TickLabel(text: MathText.parse(strings[index]), matplotlibString: strings[index])
        }
        return (labels, "")
    }
}

/// Python's minus replaced by the typographic minus sign (U+2212), as matplotlib's default
/// `axes.unicode_minus` shows it.
func unicodeMinus(_ text: String) -> String {
    text.contains("-") ? text.replacingOccurrences(of: "-", with: "\u{2212}") : text
}
