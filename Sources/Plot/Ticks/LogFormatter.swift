import Foundation

/// Labels for a log axis in scientific notation: `10^−2` at powers of the base, `2×10^0` at
/// the multiples it labels (matplotlib's `LogFormatterSciNotation`).
///
/// Which multiples get labels depends on how many decades the view spans: more than one,
/// only the powers; between 0.4 and one, multiples 2, 3, 4 and 6 as well; fewer, all.
public struct LogFormatter: TickFormatter {
    /// The base of the logarithm.
    public var base: Double
    /// Whether only powers of the base get labels.
    public var labelOnlyBase: Bool

    /// Creates a formatter.
    public init(base: Double = 10, labelOnlyBase: Bool = false) {
        self.base = base
        self.labelOnlyBase = labelOnlyBase
    }

    /// The labels of `values` and the offset text.
    public func labels(for values: [Double], view: (low: Double, high: Double)) -> (
        labels: [TickLabel], offset: String
    ) {
        let labelled = labelledMultiples(view: view)
        return (values.map { label($0, labelledMultiples: labelled) }, "")
    }

    /// The multiples of a power that get a label for this view (nil: all).
    private func labelledMultiples(view: (low: Double, high: Double)) -> Set<Double>? {
        let (low, high) = view.low <= view.high ? (view.low, view.high) : (view.high, view.low)
        if low <= 0 { return [1] }
        let decades = abs(
            Foundation.log(high) / Foundation.log(base) - Foundation.log(low) / Foundation.log(base)
        )
        if decades > 1 { return [1] }
        if decades > 0.4 {
            // Log-spaced multiples: for base 10, 1, 2, 3, 4, 6 and 10.
            let count = Int(saturating: base) / 2 + 1
            let ratio = Foundation.log(base) / Double(count - 1)
            return Set((0..<count).map { Python.round(exp(Double($0) * ratio)) })
        }
        return Set(stride(from: 1.0, through: base, by: 1))
    }

    private func label(_ value: Double, labelledMultiples: Set<Double>?) -> TickLabel {
        let baseText =
            base.truncatingRemainder(dividingBy: 1) == 0 ? String(Int(saturating: base)) : "\(base)"
        if value == 0 {
            return TickLabel(text: RichText("0"), matplotlibString: "$\\mathdefault{0}$")
        }
        let sign = value < 0 ? "-" : ""
        let magnitude = abs(value)
        var power = Foundation.log(magnitude) / Foundation.log(base)
        let isPower = Python.isClose(power, Python.round(power))
        let exponent = isPower ? Python.round(power) : floor(power)
        let multiple = Python.round(pow(base, power - exponent))
        if isPower { power = Python.round(power) }
        if labelOnlyBase && !isPower { return .empty }
        if let labelledMultiples, !labelledMultiples.contains(multiple) { return .empty }
        if isPower {
            let exponentText = String(Int(saturating: power))
            return TickLabel(
                text: RichText(runs: [
                    .init(unicodeMinus(sign) + baseText),
                    .init(unicodeMinus(exponentText), shift: .superscript),
                ]),
                matplotlibString: "$\\mathdefault{\(sign)\(baseText)^{\(exponentText)}}$")
        }
        let wholeExponent = floor(power)
        var coefficient = pow(base, power - wholeExponent)
        if Python.isClose(coefficient, Python.round(coefficient)) {
            coefficient = Python.round(coefficient)
        }
        let coefficientText = String(format: "%g", coefficient)
        let exponentText = String(Int(saturating: wholeExponent))
        return TickLabel(
            text: RichText(runs: [
                .init(unicodeMinus(sign) + coefficientText + "\u{D7}" + baseText),
                .init(unicodeMinus(exponentText), shift: .superscript),
            ]),
            matplotlibString:
                "$\\mathdefault{\(sign)\(coefficientText)\\times\(baseText)^{\(exponentText)}}$")
    }
}
