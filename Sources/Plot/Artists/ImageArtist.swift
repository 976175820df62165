/// A raster of values coloured by a colour map, or of colours (matplotlib's `AxesImage`
/// from `imshow`).
public final class ImageArtist: Artist, Autoscaled {
    /// Where row 0 goes.
    public enum Origin: String, Sendable {
        /// Row 0 at the top (matplotlib's default).
        case upper
        /// Row 0 at the bottom.
        case lower
    }

    /// The pixel data.
    public enum Pixels: Sendable, Equatable {
        /// Scalars, row-major, mapped through the colour map.
        case values([Double])
        /// RGB or RGBA colours, row-major, channels from 0 to 1.
        case colors([Color])
    }

    /// Rows of the raster.
    public let rows: Int
    /// Columns of the raster.
    public let columns: Int
    /// The pixels.
    public var pixels: Pixels
    /// The colour map for scalar pixels.
    public var colorMap: ColorMap
    /// The value mapped to the map's first colour (nil: the data's minimum).
    public var vmin: Double?
    /// The value mapped to the map's last colour (nil: the data's maximum).
    public var vmax: Double?
    /// Where row 0 goes.
    public var origin: Origin
    /// The data rectangle (left, right, bottom, top), or nil for pixel centres at integers.
    public var extent: (left: Double, right: Double, bottom: Double, top: Double)?
    /// The opacity, or nil.
    public var alpha: Double?
    /// The legend label, or nil for none.
    public var label: String?
    /// Drawing order: higher is drawn later.
    public var zorder: Double = 0
    /// Whether the artist is drawn.
    public var isVisible = true

    /// Creates an image; `pixels` must hold `rows * columns` entries.
    public init(
        rows: Int, columns: Int, pixels: Pixels, colorMap: ColorMap, origin: Origin = .upper
    ) {
        self.rows = rows
        self.columns = columns
        self.pixels = pixels
        self.colorMap = colorMap
        self.origin = origin
    }

    /// The data rectangle the image covers: (left, right, bottom, top).
    public var resolvedExtent: (left: Double, right: Double, bottom: Double, top: Double) {
        if let extent { return extent }
        let width = Double(columns) - 0.5
        let height = Double(rows) - 0.5
        return origin == .upper ? (-0.5, width, height, -0.5) : (-0.5, width, -0.5, height)
    }

    /// The value range mapped onto the colour map.
    public var valueRange: (low: Double, high: Double) {
        var low = Double.infinity
        var high = -Double.infinity
        if case .values(let values) = pixels {
            for value in values where value.isFinite {
                low = min(low, value)
                high = max(high, value)
            }
        }
        if low > high { (low, high) = (0, 1) }
        return (vmin ?? low, vmax ?? high)
    }

    func dataInterval(_ direction: Axis.Direction) -> DataInterval {
        var interval = DataInterval()
        let extent = resolvedExtent
        if direction == .x {
            interval.include(extent.left)
            interval.include(extent.right)
        } else {
            interval.include(extent.bottom)
            interval.include(extent.top)
        }
        return interval
    }

    func stickyEdges(_ direction: Axis.Direction) -> [Double] {
        let extent = resolvedExtent
        return direction == .x ? [extent.left, extent.right] : [extent.bottom, extent.top]
    }
}
