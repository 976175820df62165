/// The keyword options of `scatter`; nil means the default.
public struct ScatterOptions: Sendable {
    /// `s=`: marker areas in points², one for all or one per point.
    public var sizes: [Double]?
    /// `c=`/`color=`: colours, one for all or one per point.
    public var colors: [Color]?
    /// `c=` as numbers mapped through `colorMap`.
    public var values: [Double]?
    /// `cmap=`.
    public var colorMap: ColorMap?
    /// `vmin=`.
    public var vmin: Double?
    /// `vmax=`.
    public var vmax: Double?
    /// `marker=`.
    public var marker: Marker?
    /// `edgecolors=`, or nil for the face colour.
    public var edgeColors: [Color]?
    /// `linewidths=`.
    public var lineWidth: Double?
    /// `alpha=`.
    public var alpha: Double?
    /// `label=`.
    public var label: String?
    /// `zorder=`.
    public var zorder: Double?

    /// Creates options.
    public init(
        sizes: [Double]? = nil, colors: [Color]? = nil, values: [Double]? = nil,
        marker: Marker? = nil,
        alpha: Double? = nil, label: String? = nil
    ) {
        self.sizes = sizes
        self.colors = colors
        self.values = values
        self.marker = marker
        self.alpha = alpha
        self.label = label
    }
}

extension Axes {
    /// Draws a marker at each `(x[i], y[i])` (matplotlib's `scatter`), in the next colour of
    /// the patch cycle unless given colours or values.
    ///
    /// Throws matplotlib's `ValueError`s for mismatched sizes.
    @discardableResult
    public func scatter(_ x: [Double], _ y: [Double], options: ScatterOptions = ScatterOptions())
        throws
        -> Scatter
    {
        guard x.count == y.count else { throw PlotError.value("x and y must be the same size") }
        try validateAlpha(options.alpha)
        let sizes = options.sizes ?? [style.markerSize * style.markerSize]
        guard sizes.count == 1 || sizes.count == x.count else {
            throw PlotError.value(
                "s must be a scalar, or float array-like with the same size as x and y")
        }
        if let values = options.values, values.count != x.count, values.count != 1 {
            throw PlotError.value(
                "'c' argument has \(values.count) elements, which is inconsistent with 'x' and 'y' "
                    + "with size \(x.count).")
        }
        if let colors = options.colors, colors.count != 1, colors.count != x.count {
            throw PlotError.value(
                "'c' argument has \(colors.count) elements, which is inconsistent with 'x' and 'y' "
                    + "with size \(x.count).")
        }
        let colors = options.values != nil ? [] : (options.colors ?? [nextPatchColor()])
        let scatter = Scatter(
            x: x, y: y, sizes: sizes, colors: colors, marker: options.marker ?? .circle,
            label: options.label)
        scatter.values = options.values
        if let map = options.colorMap { scatter.colorMap = map }
        scatter.valueRange = (options.vmin, options.vmax)
        scatter.edgeColors = options.edgeColors
        if let width = options.lineWidth { scatter.lineWidth = width }
        scatter.alpha = options.alpha
        if let zorder = options.zorder { scatter.zorder = zorder }
        add(scatter)
        requestAutoscale(.x)
        requestAutoscale(.y)
        return scatter
    }
}
