/// Text at a place in the axes (matplotlib's `Text` from `ax.text`).
public final class TextArtist: Artist {
    /// How text sits horizontally on its anchor.
    public enum HorizontalAlignment: String, Sendable {
        /// The anchor is at the text's left.
        case left
        /// The anchor is at the text's centre.
        case center
        /// The anchor is at the text's right.
        case right
    }

    /// How text sits vertically on its anchor.
    public enum VerticalAlignment: String, Sendable {
        /// The anchor is at the text's top.
        case top
        /// The anchor is at the text's middle.
        case center
        /// The anchor is on the baseline.
        case baseline
        /// The anchor is at the text's bottom (below the descenders).
        case bottom
        /// The anchor is at the middle of the baseline and the top.
        case centerBaseline = "center_baseline"
    }

    /// The anchor's x.
    public var x: Double
    /// The anchor's y.
    public var y: Double
    /// The text.
    public var text: String
    /// The coordinates of the anchor.
    public var coordinates: Coordinates
    /// The font size in points.
    public var fontSize: Double
    /// The colour.
    public var color: Color
    /// Horizontal alignment.
    public var horizontalAlignment: HorizontalAlignment = .left
    /// Vertical alignment.
    public var verticalAlignment: VerticalAlignment = .baseline
    /// Rotation in degrees, counter-clockwise.
    public var rotation = 0.0
    /// The opacity, or nil.
    public var alpha: Double?
    /// The legend label, or nil for none.
    public var label: String?
    /// Drawing order: higher is drawn later.
    public var zorder: Double = 3
    /// Whether the artist is drawn.
    public var isVisible = true

    /// Creates a text.
    public init(
        x: Double, y: Double, text: String, coordinates: Coordinates = .data, fontSize: Double = 10,
        color: Color = .black
    ) {
        self.x = x
        self.y = y
        self.text = text
        self.coordinates = coordinates
        self.fontSize = fontSize
        self.color = color
    }
}
