/// A colour as the SVG paints it: a fixed colour, or a themed role the page may restyle.
enum Paint: Hashable {
    /// A fixed colour (data colours).
    case color(Color)
    /// Text, spines, ticks and black data: the page's text colour.
    case ink
    /// Grid lines.
    case grid
    /// The legend's background.
    case paper
    /// The legend's border.
    case frame

    /// A data colour, themed when it is pure black (which would vanish on a dark page).
    static func data(_ color: Color) -> Paint {
        color.red == 0 && color.green == 0 && color.blue == 0 ? .ink : .color(color)
    }
}

/// How a path is filled and stroked.
struct PathStyle: Hashable {
    var fill: Paint?
    var fillOpacity = 1.0
    var stroke: Paint?
    var strokeOpacity = 1.0
    var strokeWidth = 1.0
    var dashes: [Double]?
    /// `butt`, `square` or `round`.
    var lineCap = "butt"
    /// `miter` or `round`.
    var lineJoin = "miter"
}

/// Text placed in the figure: an anchor, how the text sits on it, and its runs.
struct PlacedText {
    var x: Double
    /// The first line's baseline.
    var y: Double
    var lines: [RichText]
    /// From each line's baseline to the next one's.
    var lineSteps: [Double] = []
    var size: Double
    /// `start`, `middle` or `end`.
    var anchor: String
    /// Degrees counter-clockwise.
    var rotation = 0.0
    var paint: Paint = .ink
    var opacity = 1.0
}

/// A raster image placed in the figure.
struct PlacedImage {
    var rect: Rect
    var png: [UInt8]
    var opacity = 1.0
}

/// What the SVG writer draws, in order.
indirect enum SceneItem {
    /// A path with SVG path data.
    case path(d: [UInt8], style: PathStyle)
    /// A text.
    case text(PlacedText)
    /// An image.
    case image(PlacedImage)
    /// Items clipped to a rectangle.
    case clipped(Rect, [SceneItem])
}

/// A laid-out figure: its size in points, what to draw, and the box of everything drawn.
struct Scene {
    var width: Double
    var height: Double
    var items: [SceneItem] = []
    /// The union of the axes boxes and text boxes (matplotlib's tight bounding box).
    var tightBounds: Rect?
    /// Each axes' box and legend frame, in drawing order (what the layout tests measure).
    var axesFrames: [(box: Rect, legend: Rect?)] = []

    mutating func include(_ rect: Rect) {
        tightBounds = tightBounds.map { $0.union(rect) } ?? rect
    }
}

/// Builds SVG path data in a byte buffer.
struct PathData {
    var bytes: [UInt8] = []

    var isEmpty: Bool { bytes.isEmpty }

    @inline(__always)
    mutating func move(_ x: Double, _ y: Double) {
        command(UInt8(ascii: "M"), x, y)
    }

    @inline(__always)
    mutating func line(_ x: Double, _ y: Double) {
        command(UInt8(ascii: "L"), x, y)
    }

    @inline(__always)
    private mutating func command(_ letter: UInt8, _ x: Double, _ y: Double) {
        if !bytes.isEmpty { bytes.append(UInt8(ascii: " ")) }
        bytes.append(letter)
        NumberWriter.append(x, to: &bytes)
        bytes.append(UInt8(ascii: " "))
        NumberWriter.append(y, to: &bytes)
    }

    /// Appends raw path text (relative commands of a marker).
    mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func number(_ value: Double) {
        NumberWriter.append(value, to: &bytes)
    }

    mutating func close() {
        bytes.append(UInt8(ascii: "Z"))
    }

    /// A closed rectangle.
    mutating func rect(_ rect: Rect) {
        move(rect.x, rect.y)
        raw("H")
        number(rect.maxX)
        raw("V")
        number(rect.maxY)
        raw("H")
        number(rect.x)
        close()
    }
}
