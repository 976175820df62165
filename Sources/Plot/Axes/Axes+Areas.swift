/// The keyword options of `fill_between`; nil means the default.
public struct AreaOptions: Sendable {
    /// `where=`: which points the area covers.
    public var mask: [Bool]?
    /// `color=`/`facecolor=`.
    public var color: Color?
    /// `edgecolor=`.
    public var edgeColor: Color?
    /// `linewidth=`.
    public var lineWidth: Double?
    /// `alpha=`.
    public var alpha: Double?
    /// `label=`.
    public var label: String?

    /// Creates options.
    public init(color: Color? = nil, alpha: Double? = nil, label: String? = nil) {
        self.color = color
        self.alpha = alpha
        self.label = label
    }
}

extension Axes {
    /// Fills the area between the curves `y1` and `y2` over `x` (matplotlib's
    /// `fill_between`); `y2` may hold one value for all.
    ///
    /// Throws numpy's broadcasting `ValueError` for mismatched lengths.
    @discardableResult
    public func fillBetween(
        _ x: [Double], _ y1: [Double], _ y2: [Double] = [0], options: AreaOptions = AreaOptions()
    )
        throws -> Area
    {
        try validateAlpha(options.alpha)
        let lengths = [x.count, y1.count, y2.count]
        let count = lengths.max() ?? 0
        for length in lengths where length != 1 && length != count {
            let shapes = lengths.filter { $0 != 1 || count == 1 }.map(shape)
            throw PlotError.value(
                "operands could not be broadcast together with shapes \(shapes.joined(separator: " ")) "
            )
        }
        func at(_ values: [Double], _ index: Int) -> Double {
            values.count == 1 ? values[0] : values[index]
        }
        if let mask = options.mask, mask.count != count {
            throw PlotError.value("where size (\(mask.count)) does not match x size (\(count))")
        }
        var polygons: [[(x: Double, y: Double)]] = []
        var run: [Int] = []
        func close() {
            guard let first = run.first, let last = run.last else { return }
            var points: [(x: Double, y: Double)] = [(at(x, first), at(y2, first))]
            points += run.map { (at(x, $0), at(y1, $0)) }
            points.append((at(x, last), at(y2, last)))
            points += run.reversed().map { (at(x, $0), at(y2, $0)) }
            polygons.append(points)
            run = []
        }
        for index in 0..<count {
            let covered = options.mask?[index] ?? true
            let finite = at(x, index).isFinite && at(y1, index).isFinite && at(y2, index).isFinite
            if covered && finite { run.append(index) } else { close() }
        }
        close()
        let area = Area(
            kind: .fillBetween, polygons: polygons, fillColor: options.color ?? nextPatchColor(),
            edgeColor: options.edgeColor, x: (0..<count).map { at(x, $0) },
            lower: (0..<count).map { at(y2, $0) },
            upper: (0..<count).map { at(y1, $0) }, label: options.label)
        area.lineWidth = options.lineWidth ?? (options.edgeColor == nil ? 0 : 1)
        area.alpha = options.alpha
        add(area)
        requestAutoscale(.x)
        requestAutoscale(.y)
        return area
    }
}
