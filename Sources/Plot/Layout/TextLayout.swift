/// The measured box of a text, as matplotlib lays text out.
///
/// Horizontally text sits on its anchor by the advance width; vertically by a box at least
/// as tall as the string `lp` (so labels of one axis line up whatever their letters). Lines
/// after the first are 1.2 times their ascent below the previous line's descent.
struct TextBox {
    /// The widest line's advance width.
    var width: Double
    /// Height of the box (each line at least as tall as `lp`).
    var height: Double
    /// From the top of the box to the first line's baseline.
    var ascent: Double
    /// From each line's baseline to the next one's.
    var lineSteps: [Double]
    /// What matplotlib calls the baseline of a multi-line text when centring on it: the
    /// last line's ascent plus the depth of the lines above it (the ascent for one line).
    var centringBaseline: Double

    /// From the first line's baseline to the bottom of the box.
    var descent: Double { height - ascent }

    /// From the first line's baseline to the last one's.
    var lastBaseline: Double { lineSteps.reduce(0, +) }

    init(lines: [RichText], size: Double) {
        let metrics = FontMetrics.dejaVuSans
        let reference = metrics.measure("lp", size: size)
        let minimumStep = (reference.height - reference.descent) * 1.2
        var width = 0.0
        // Positions below the top, as matplotlib's `_get_layout` walks down the lines.
        var cursor = 0.0
        var baselines: [Double] = []
        var centring = 0.0
        for (index, line) in lines.enumerated() {
            let extent =
                line.isEmpty
                ? TextExtent(width: 0, height: 0, descent: 0) : metrics.measure(line, size: size)
            // matplotlib takes the larger height and the larger descent separately.
            let height = max(extent.height, reference.height)
            let descent = max(extent.descent, reference.descent)
            width = max(width, extent.width)
            centring = (height - descent) + cursor
            cursor += index == 0 ? height - descent : max(minimumStep, (height - descent) * 1.2)
            baselines.append(cursor)
            cursor += descent
        }
        self.width = width
        height = cursor
        ascent = baselines.first ?? 0
        lineSteps = zip(baselines.dropFirst(), baselines).map { $0 - $1 }
        centringBaseline = centring
    }
}

/// A text ready to place: its lines, size and measured box.
struct LaidText {
    var lines: [RichText]
    var size: Double
    var box: TextBox

    init(_ text: RichText, size: Double) {
        lines = text.lines
        self.size = size
        box = TextBox(lines: lines, size: size)
    }

    /// A label string, with its `$…$` spans set as math.
    init(_ text: String, size: Double) {
        self.init(MathText.parse(text), size: size)
    }

    /// Places the text horizontal, anchored at (x, y) with matplotlib's alignment, and
    /// returns what to draw and its box in figure space.
    func place(
        x: Double, y: Double, horizontal: TextArtist.HorizontalAlignment,
        vertical: TextArtist.VerticalAlignment, paint: Paint = .ink, opacity: Double = 1
    ) -> (PlacedText, Rect) {
        // The first line's baseline; a baseline anchor holds the last line's, as in matplotlib.
        let baseline: Double
        switch vertical {
        case .top: baseline = y + box.ascent
        case .bottom: baseline = y - box.descent
        case .center: baseline = y - box.height / 2 + box.ascent
        case .baseline: baseline = y - box.lastBaseline
        case .centerBaseline: baseline = y - box.centringBaseline / 2 + box.ascent
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
            x: x, y: baseline, lines: lines, lineSteps: box.lineSteps, size: size, anchor: anchor,
            paint: paint, opacity: opacity)
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
            x: baseline, y: y, lines: lines, lineSteps: box.lineSteps, size: size, anchor: "middle",
            rotation: 90, paint: paint)
        let rect = Rect(
            x: baseline - box.ascent, y: y - box.width / 2, width: box.height, height: box.width)
        return (placed, rect)
    }
}
