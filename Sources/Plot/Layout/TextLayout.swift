/// Places text the way matplotlib aligns it: horizontally on the anchor by the advance
/// width, vertically by a box at least as tall as the string `lp` (so labels of one axis
/// line up whatever their letters).
struct TextBox {
    /// The advance width.
    var width: Double
    /// Height of the box (at least that of `lp`).
    var height: Double
    /// Depth below the baseline (at least that of `lp`).
    var descent: Double

    /// From the baseline to the top of the box.
    var ascent: Double { height - descent }

    init(_ text: RichText, size: Double) {
        let metrics = FontMetrics.dejaVuSans
        let extent = metrics.measure(text, size: size)
        let reference = metrics.measure("lp", size: size)
        width = extent.width
        // matplotlib takes the larger height and the larger descent separately.
        height = max(extent.height, reference.height)
        descent = max(extent.descent, reference.descent)
    }

    init(_ text: String, size: Double) {
        self.init(RichText(text), size: size)
    }
}

/// A text ready to place: its runs, size and measured box.
struct LaidText {
    var text: RichText
    var size: Double
    var box: TextBox

    init(_ text: RichText, size: Double) {
        self.text = text
        self.size = size
        box = TextBox(text, size: size)
    }

    init(_ text: String, size: Double) {
        self.init(RichText(text), size: size)
    }

    /// Places the text horizontal, anchored at (x, y) with matplotlib's alignment, and
    /// returns what to draw and its box in figure space.
    func place(
        x: Double, y: Double, horizontal: TextArtist.HorizontalAlignment,
        vertical: TextArtist.VerticalAlignment, paint: Paint = .ink, opacity: Double = 1
    ) -> (PlacedText, Rect) {
        let baseline: Double
        switch vertical {
        case .top: baseline = y + box.ascent
        case .bottom: baseline = y - box.descent
        case .center: baseline = y + box.height / 2 - box.descent
        case .baseline: baseline = y
        case .centerBaseline: baseline = y + box.ascent / 2
        }
        let left: Double
        let anchor: String
        switch horizontal {
        case .left:
            left = x
            anchor = "start"
        case .center:
            left = x - box.width / 2
            anchor = "middle"
        case .right:
            left = x - box.width
            anchor = "end"
        }
        let placed = PlacedText(
            x: x, y: baseline, text: text, size: size, anchor: anchor, paint: paint,
            opacity: opacity)
        let rect = Rect(x: left, y: baseline - box.ascent, width: box.width, height: box.height)
        return (placed, rect)
    }

    /// Places the text rotated by 90° (reading upwards), as y labels are: `x` is where the
    /// box's top (its left side once turned) or bottom goes, `y` the box's centre.
    func placeVertical(x: Double, y: Double, bottomAt: Bool, paint: Paint = .ink) -> (
        PlacedText, Rect
    ) {
        // Turned a quarter anticlockwise, the baseline runs upwards; its distance from the
        // box's right side (the text's bottom) is the descent.
        let baseline = bottomAt ? x - box.descent : x + box.ascent
        let placed = PlacedText(
            x: baseline, y: y, text: text, size: size, anchor: "middle", rotation: 90, paint: paint)
        let rect = Rect(
            x: baseline - box.ascent, y: y - box.width / 2, width: box.height, height: box.width)
        return (placed, rect)
    }
}
