/// The keyword options of `bar` and `barh`; nil means the default.
public struct BarOptions: Sendable {
    /// `width=` (`height=` for `barh`): one for all or one per bar; default 0.8.
    public var thickness: [Double]?
    /// `bottom=` (`left=` for `barh`): one for all or one per bar; default 0.
    public var base: [Double]?
    /// `align='edge'` puts the bar's left (bottom) edge at x, instead of its centre.
    public var alignEdge = false
    /// `color=`: one for all or one per bar.
    public var colors: [Color]?
    /// `edgecolor=`.
    public var edgeColor: Color?
    /// `linewidth=`.
    public var lineWidth: Double?
    /// `alpha=`.
    public var alpha: Double?
    /// `label=`.
    public var label: String?

    /// Creates options.
    public init(
        thickness: [Double]? = nil, base: [Double]? = nil, colors: [Color]? = nil,
        alpha: Double? = nil,
        label: String? = nil
    ) {
        self.thickness = thickness
        self.base = base
        self.colors = colors
        self.alpha = alpha
        self.label = label
    }
}

extension Axes {
    /// Draws vertical bars of `heights` at `x` (matplotlib's `bar`).
    ///
    /// Throws numpy's broadcasting `ValueError` for mismatched lengths.
    @discardableResult
    public func bar(_ x: [Double], _ heights: [Double], options: BarOptions = BarOptions()) throws
        -> Bars
    {
        try bars(.bar, x, heights, options)
    }

    /// Draws horizontal bars of `widths` at `y` (matplotlib's `barh`).
    @discardableResult
    public func barh(_ y: [Double], _ widths: [Double], options: BarOptions = BarOptions()) throws
        -> Bars
    {
        try bars(.horizontalBar, y, widths, options)
    }

    private func bars(
        _ kind: Bars.Kind, _ positions: [Double], _ lengths: [Double], _ options: BarOptions
    )
        throws -> Bars
    {
        try validateAlpha(options.alpha)
        let thickness = options.thickness ?? [0.8]
        let base = options.base ?? [0]
        let count = try broadcastCount([
            positions.count, lengths.count, thickness.count, base.count,
        ])
        func at(_ values: [Double], _ index: Int) -> Double {
            values.count == 1 ? values[0] : values[index]
        }
        var rectangles: [DataRect] = []
        for index in 0..<count {
            let width = at(thickness, index)
            var position = at(positions, index)
            if !options.alignEdge { position -= width / 2 }
            let start = at(base, index)
            let length = at(lengths, index)
            rectangles.append(
                kind == .horizontalBar
                    ? DataRect(x: start, y: position, width: length, height: width)
                    : DataRect(x: position, y: start, width: width, height: length))
        }
        let bars = Bars(
            kind: kind, rectangles: rectangles, colors: options.colors ?? [nextPatchColor()],
            label: options.label)
        bars.edgeColor = options.edgeColor
        bars.lineWidth = options.lineWidth ?? (options.edgeColor == nil ? 0 : 1)
        bars.alpha = options.alpha
        add(bars)
        requestAutoscale(.x)
        requestAutoscale(.y)
        return bars
    }

    /// The length arguments broadcast to, as numpy's `broadcast_arrays` in `bar` reports a
    /// mismatch.
    private func broadcastCount(_ counts: [Int]) throws -> Int {
        let target = counts.max() ?? 0
        let result = counts.contains(0) ? 0 : target
        for (index, count) in counts.enumerated() where count != 1 && count != result {
            let first = counts.firstIndex { $0 != 1 && $0 != count } ?? 0
            let (a, b) = first < index ? (first, index) : (index, first)
            throw PlotError.value(
                "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between "
                    + "arg \(a) with shape \(shape(counts[a])) and arg \(b) with shape \(shape(counts[b]))."
            )
        }
        return result
    }
}
