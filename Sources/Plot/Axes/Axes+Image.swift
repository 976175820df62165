/// The keyword options of `imshow`; nil means the default.
public struct ImageOptions: Sendable {
    /// `cmap=`.
    public var colorMap: ColorMap?
    /// `vmin=`.
    public var vmin: Double?
    /// `vmax=`.
    public var vmax: Double?
    /// `origin=`.
    public var origin: ImageArtist.Origin = .upper
    /// `extent=` (left, right, bottom, top).
    public var extent: (left: Double, right: Double, bottom: Double, top: Double)?
    /// `aspect=`: nil for matplotlib's default `'equal'`.
    public var aspect: Axes.Aspect?
    /// `alpha=`.
    public var alpha: Double?
    /// `label=`.
    public var label: String?

    /// Creates options.
    public init(colorMap: ColorMap? = nil, vmin: Double? = nil, vmax: Double? = nil) {
        self.colorMap = colorMap
        self.vmin = vmin
        self.vmax = vmax
    }
}

extension Axes {
    /// Shows a matrix of values as an image coloured by a colour map (matplotlib's `imshow`).
    ///
    /// Rows must all have the same length. Like matplotlib, the axes gets an equal aspect and
    /// (for `origin: .upper`) a y axis running down.
    @discardableResult
    public func imshow(_ matrix: [[Double]], options: ImageOptions = ImageOptions()) throws
        -> ImageArtist
    {
        let columns = matrix.first?.count ?? 0
        guard matrix.allSatisfy({ $0.count == columns }) else {
            throw PlotError.value(
                "setting an array element with a sequence. The requested array has an inhomogeneous shape "
                    + "after 1 dimensions. The detected shape was (\(matrix.count),) + inhomogeneous part."
            )
        }
        return try imshow(
            rows: matrix.count, columns: columns, pixels: .values(matrix.flatMap { $0 }),
            options: options)
    }

    /// Shows a raster of `rows` × `columns` pixels, row-major.
    ///
    /// Throws `TypeError: Invalid shape (…) for image data` when the pixel count is not
    /// `rows * columns` or the raster is empty.
    @discardableResult
    public func imshow(
        rows: Int, columns: Int, pixels: ImageArtist.Pixels, options: ImageOptions = ImageOptions()
    )
        throws -> ImageArtist
    {
        let count: Int
        switch pixels {
        case .values(let values): count = values.count
        case .colors(let colors): count = colors.count
        }
        guard rows >= 0, columns >= 0, count == rows * columns else {
            throw PlotError.type("Invalid shape (\(rows), \(columns)) for image data")
        }
        try validateAlpha(options.alpha)
        let image = ImageArtist(
            rows: rows, columns: columns, pixels: pixels, colorMap: options.colorMap ?? .viridis,
            origin: options.origin)
        image.vmin = options.vmin
        image.vmax = options.vmax
        image.extent = options.extent
        image.alpha = options.alpha
        image.label = options.label
        add(image)
        aspect = options.aspect ?? .equal
        let extent = image.resolvedExtent
        for (direction, ends) in [
            (Axis.Direction.x, (extent.left, extent.right)), (.y, (extent.bottom, extent.top)),
        ] {
            // matplotlib sets the limits in the extent's order, which inverts y for `upper`.
            if axis(direction).autoscales {
                for sibling in axis(direction).siblings {
                    sibling.owner?.inverted[direction] = ends.0 > ends.1
                }
            }
            requestAutoscale(direction)
        }
        return image
    }
}
