/// Counts of values in bins, as `numpy.histogram` computes them.
public struct Histogram: Sendable, Equatable {
    /// How to choose the bins.
    public enum Bins: Sendable, Equatable {
        /// This many equal bins over the range (matplotlib's default is 10).
        case count(Int)
        /// These edges, increasing.
        case edges([Double])
    }

    /// The count (or density, or weight sum) of each bin.
    public var counts: [Double]
    /// The bin edges, one more than the counts.
    public var edges: [Double]

    /// Bins `values` as numpy does: equal bins over `range` (default: the data's extremes,
    /// widened by 0.5 each way when they are equal; 0 to 1 for no data), each bin holding
    /// the values from its left edge up to, not including, its right edge, except the last,
    /// which includes it; values outside the range are not counted.
    ///
    /// Throws numpy's `ValueError`s (non-positive bin counts, non-finite ranges).
    public init(
        _ values: [Double], bins: Bins = .count(10), range: (Double, Double)? = nil,
        weights: [Double]? = nil,
        density: Bool = false
    ) throws {
        if let weights, weights.count != values.count {
            throw PlotError.value("weights should have the same shape as x")
        }
        switch bins {
        case .count(let count):
            guard count > 0 else {
                throw PlotError.value("`bins` must be positive, when an integer")
            }
            var (first, last): (Double, Double)
            if let range {
                (first, last) = range
                guard first <= last else {
                    throw PlotError.value("max must be larger than min in range parameter.")
                }
                guard first.isFinite, last.isFinite else {
                    throw PlotError.value(
                        "supplied range of [\(pythonRepr(first)), \(pythonRepr(last))] is not finite"
                    )
                }
            } else if values.isEmpty {
                (first, last) = (0, 1)
            } else {
                first = values.min() ?? 0
                last = values.max() ?? 1
                if values.contains(where: \.isNaN) { (first, last) = (.nan, .nan) }
                guard first.isFinite, last.isFinite else {
                    throw PlotError.value(
                        "autodetected range of [\(pythonRepr(first)), \(pythonRepr(last))] is not finite"
                    )
                }
            }
            if first == last {
                first -= 0.5
                last += 0.5
            }
            // numpy.linspace: start plus i times the step, the last edge exactly `last`.
            let step = (last - first) / Double(count)
            edges = (0...count).map { $0 == count ? last : Double($0) * step + first }
        case .edges(let given):
            guard given.count >= 2, zip(given, given.dropFirst()).allSatisfy({ $0 <= $1 }) else {
                throw PlotError.value("`bins` must increase monotonically, when an array")
            }
            edges = given
        }
        counts = [Double](repeating: 0, count: edges.count - 1)
        let first = edges[0]
        let last = edges[edges.count - 1]
        for (index, value) in values.enumerated() where value >= first && value <= last {
            counts[bin(of: value)] += weights?[index] ?? 1
        }
        if density {
            let total = counts.reduce(0, +)
            counts = counts.indices.map { counts[$0] / (edges[$0 + 1] - edges[$0]) / total }
        }
    }

    /// The bin holding an in-range value: the last edge at or below it, the last bin
    /// holding the right edge.
    private func bin(of value: Double) -> Int {
        var low = 0
        var high = edges.count - 1
        // Binary search for the largest i with edges[i] <= value.
        while high - low > 1 {
            let middle = (low + high) / 2
            if edges[middle] <= value { low = middle } else { high = middle }
        }
        return min(low, counts.count - 1)
    }
}

/// A float as Python's `repr` writes it (`nan`, `inf`, `1.5`).
func pythonRepr(_ value: Double) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value > 0 ? "inf" : "-inf" }
    return "\(value)"
}

/// The keyword options of `hist`; nil means the default.
public struct HistogramOptions: Sendable {
    /// How matplotlib draws the bins.
    public enum HistType: String, Sendable {
        /// Filled bars (the default).
        case bar
        /// An outline of the bins.
        case step
        /// A filled outline.
        case stepFilled = "stepfilled"
    }

    /// `bins=`.
    public var bins: Histogram.Bins = .count(10)
    /// `range=`.
    public var range: (Double, Double)?
    /// `weights=`.
    public var weights: [Double]?
    /// `density=`.
    public var density = false
    /// `histtype=`.
    public var type: HistType = .bar
    /// `rwidth=`: bar width as a fraction of the bin.
    public var relativeWidth: Double?
    /// `color=`.
    public var color: Color?
    /// `edgecolor=`.
    public var edgeColor: Color?
    /// `alpha=`.
    public var alpha: Double?
    /// `label=`.
    public var label: String?

    /// Creates options.
    public init(bins: Histogram.Bins = .count(10), density: Bool = false, label: String? = nil) {
        self.bins = bins
        self.density = density
        self.label = label
    }
}

extension Axes {
    /// Draws a histogram of `values` (matplotlib's `hist`) and returns the counts, the bin
    /// edges and what was drawn.
    @discardableResult
    public func hist(_ values: [Double], options: HistogramOptions = HistogramOptions()) throws -> (
        histogram: Histogram, artist: any Artist
    ) {
        try validateAlpha(options.alpha)
        // matplotlib finds the range itself, ignoring NaNs, and hands it to numpy.
        var range = options.range
        if range == nil, case .count = options.bins {
            let numbers = values.filter { !$0.isNaN }
            if let low = numbers.min(), let high = numbers.max() { range = (low, high) }
        }
        let histogram = try Histogram(
            values, bins: options.bins, range: range, weights: options.weights,
            density: options.density)
        let color = options.color ?? nextPatchColor()
        let artist: any Artist
        switch options.type {
        case .bar:
            let fraction = min(max(options.relativeWidth ?? 1, 0), 1)
            var rectangles: [DataRect] = []
            for (index, count) in histogram.counts.enumerated() {
                let binWidth = histogram.edges[index + 1] - histogram.edges[index]
                let width = fraction * binWidth
                let center = histogram.edges[index] + 0.5 * binWidth
                rectangles.append(
                    DataRect(x: center - width / 2, y: 0, width: width, height: count))
            }
            let bars = Bars(
                kind: .histogram, rectangles: rectangles, colors: [color], label: options.label)
            bars.edgeColor = options.edgeColor
            bars.lineWidth = options.edgeColor == nil ? 0 : 1
            bars.alpha = options.alpha
            artist = bars
        case .step, .stepFilled:
            var outline: [(x: Double, y: Double)] = [(histogram.edges[0], 0)]
            for (index, count) in histogram.counts.enumerated() {
                outline.append((histogram.edges[index], count))
                outline.append((histogram.edges[index + 1], count))
            }
            outline.append((histogram.edges[histogram.edges.count - 1], 0))
            let filled = options.type == .stepFilled
            let area = Area(
                kind: .histogramStep, polygons: [outline], fillColor: filled ? color : nil,
                edgeColor: filled ? options.edgeColor : (options.edgeColor ?? color),
                x: histogram.edges, lower: [], upper: histogram.counts, label: options.label)
            // matplotlib draws step outlines as patches: 1 point wide.
            area.lineWidth = filled ? 0 : 1
            area.alpha = options.alpha
            artist = area
        }
        add(artist)
        requestAutoscale(.x)
        requestAutoscale(.y)
        return (histogram, artist)
    }
}
