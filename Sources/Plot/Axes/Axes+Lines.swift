extension Axes {
    /// Draws a line through `(x[i], y[i])` (matplotlib's `plot`); without `x`, the indices
    /// 0, 1, … are used.
    ///
    /// `format` is a format string such as `'m--'`; options override it (with matplotlib's
    /// warning). A line takes the next colour of the cycle unless given one.
    /// Throws `ValueError: x and y must have same first dimension, but have shapes (3,) and
    /// (4,)` and the format string's errors.
    @discardableResult
    public func plot(
        _ x: [Double]? = nil, _ y: [Double], format: String? = nil,
        options: LineOptions = LineOptions()
    )
        throws -> Line
    {
        let x = x ?? (0..<y.count).map(Double.init)
        guard x.count == y.count else {
            throw PlotError.value(
                "x and y must have same first dimension, but have shapes \(shape(x.count)) and \(shape(y.count))"
            )
        }
        let parsed = try format.map(FormatString.init)
        try validateAlpha(options.alpha)
        if let format, let parsed { warnRedundant(format, parsed, options) }
        let color = options.color ?? parsed?.color ?? nextLineColor()
        let marker: Marker? = options.marker ?? parsed?.marker
        let lineStyle = options.lineStyle ?? parsed?.effectiveLineStyle ?? .solid
        let line = Line(
            x: x, y: y, color: color, lineStyle: lineStyle,
            lineWidth: options.lineWidth ?? style.lineWidth,
            marker: marker, markerSize: options.markerSize ?? style.markerSize,
            markerEdgeWidth: options.markerEdgeWidth ?? style.markerEdgeWidth, label: options.label)
        apply(options, to: line)
        add(line)
        requestAutoscale(.x)
        requestAutoscale(.y)
        return line
    }

    /// Draws a horizontal line at `y` across the axes from fraction `from` to `to`
    /// (matplotlib's `axhline`, colour `C0` unless given).
    ///
    /// Like matplotlib, it widens the y limits only when `y` lies outside them.
    @discardableResult
    public func axhline(
        _ y: Double = 0, from: Double = 0, to: Double = 1, options: LineOptions = LineOptions()
    )
        throws -> Line
    {
        try referenceLine(.horizontal, at: y, from: from, to: to, options: options)
    }

    /// Draws a vertical line at `x` across the axes from fraction `from` to `to`
    /// (matplotlib's `axvline`).
    @discardableResult
    public func axvline(
        _ x: Double = 0, from: Double = 0, to: Double = 1, options: LineOptions = LineOptions()
    )
        throws -> Line
    {
        try referenceLine(.vertical, at: x, from: from, to: to, options: options)
    }

    private func referenceLine(
        _ kind: Line.Kind, at value: Double, from: Double, to: Double, options: LineOptions
    ) throws -> Line {
        try validateAlpha(options.alpha)
        let direction: Axis.Direction = kind == .horizontal ? .y : .x
        let bounds = axis(direction).limits
        let outside = value < min(bounds.low, bounds.high) || value > max(bounds.low, bounds.high)
        let across = [from, to]
        let values = [value, value]
        let line = Line(
            x: kind == .horizontal ? across : values, y: kind == .horizontal ? values : across,
            kind: kind,
            color: options.color ?? cycleColor(0), lineStyle: options.lineStyle ?? .solid,
            lineWidth: options.lineWidth ?? style.lineWidth, marker: options.marker ?? nil,
            markerSize: options.markerSize ?? style.markerSize,
            markerEdgeWidth: options.markerEdgeWidth ?? style.markerEdgeWidth, label: options.label)
        if kind == .horizontal { line.xCoordinates = .axes } else { line.yCoordinates = .axes }
        apply(options, to: line)
        add(line)
        if outside { requestAutoscale(direction) }
        return line
    }

    private func apply(_ options: LineOptions, to line: Line) {
        line.alpha = options.alpha
        line.markerFaceColor = options.markerFaceColor
        line.markerEdgeColor = options.markerEdgeColor
        if let zorder = options.zorder { line.zorder = zorder }
    }

    /// matplotlib's warnings for a property given both in the format string and as an option.
    private func warnRedundant(_ format: String, _ parsed: FormatString, _ options: LineOptions) {
        func warn(_ name: String, _ value: String) {
            warnings.warn(
                "\(name) is redundantly defined by the '\(name)' keyword argument and the fmt string "
                    + "\"\(format)\" (-> \(name)=\(value)). The keyword argument will take precedence."
            )
        }
        // Only a style the string spells out conflicts ('o' unsets it implicitly).
        if options.lineStyle != nil, let formatStyle = parsed.lineStyle, formatStyle != .none {
            warn("linestyle", "'\(formatStyle.rawValue)'")
        }
        if options.marker != nil, let marker = parsed.marker {
            warn("marker", "'\(marker.rawValue)'")
        }
        if options.color != nil, let color = parsed.color {
            warn("color", pythonTuple(color, integerAlpha: parsed.colorIsLetter))
        }
    }
}

/// An RGBA colour as Python prints matplotlib's tuple: `(1.0, 0.0, 0.0, 1)` for a letter
/// colour (whose alpha matplotlib keeps as the integer 1), `(…, 1.0)` for others.
func pythonTuple(_ color: Color, integerAlpha: Bool) -> String {
    func float(_ value: Double) -> String { "\(value)" }
    let alpha = color.alpha == 1 && integerAlpha ? "1" : float(color.alpha)
    return "(\(float(color.red)), \(float(color.green)), \(float(color.blue)), \(alpha))"
}
