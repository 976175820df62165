/// Lays out and draws a legend as matplotlib's defaults do (sizes in units of the legend's
/// font size): a frame padded by 0.4, rows 0.5 apart, each a 2 × 0.7 sample, 0.8 of space
/// and the label; placed 0.5 inside the axes at its location, or where it hides the least
/// data for `best`.
struct LegendDrawing {
    let legend: Legend
    let drawing: AxesDrawing

    private var unit: Double { legend.fontSize }

    /// Draws the legend and returns its frame.
    func draw(into items: inout [SceneItem]) -> Rect {
        let labels = legend.entries.map { LaidText($0.label, size: legend.fontSize) }
        let handleLength = 2 * unit
        let handleHeight = 0.7 * unit
        let handleTextPad = 0.8 * unit
        let labelSpacing = 0.5 * unit
        let borderPad = 0.4 * unit
        let columnSpacing = 2 * unit
        let columns = max(1, min(legend.columns, labels.count))
        let rowsPerColumn = (labels.count + columns - 1) / columns
        // Each row is as tall as its label box (the sample sits on the baseline).
        let rowHeights = labels.map { max($0.box.height, handleHeight + $0.box.descent) }
        var columnWidths: [Double] = []
        var columnHeights: [Double] = []
        for column in 0..<columns {
            let range = (column * rowsPerColumn)..<min((column + 1) * rowsPerColumn, labels.count)
            let width = range.map { labels[$0].box.width }.max() ?? 0
            columnWidths.append(handleLength + handleTextPad + width)
            let height =
                range.map { rowHeights[$0] }.reduce(0, +) + Double(max(0, range.count - 1))
                * labelSpacing
            columnHeights.append(height)
        }
        var title: LaidText?
        if !legend.title.isEmpty { title = LaidText(legend.title, size: legend.fontSize) }
        let contentWidth = max(
            columnWidths.reduce(0, +) + Double(columns - 1) * columnSpacing, title?.box.width ?? 0)
        let titleHeight = title.map { $0.box.height + labelSpacing } ?? 0
        let contentHeight = (columnHeights.max() ?? 0) + titleHeight
        let width = contentWidth + 2 * borderPad
        let height = contentHeight + 2 * borderPad
        let frame = place(width: width, height: height)

        if legend.showsFrame {
            var path = PathData()
            roundedRect(frame, radius: 0.2 * unit, into: &path)
            items.append(
                .path(
                    d: path.bytes,
                    style: PathStyle(
                        fill: .paper, fillOpacity: legend.frameAlpha, stroke: .frame,
                        strokeOpacity: legend.frameAlpha, strokeWidth: 1, lineJoin: "miter")))
        }
        var top = frame.y + borderPad
        if let title {
            let (placed, _) = title.place(
                x: frame.x + frame.width / 2, y: top, horizontal: .center, vertical: .top)
            items.append(.text(placed))
            top += titleHeight
        }
        var x = frame.x + borderPad
        for column in 0..<columns {
            var y = top
            for index in (column * rowsPerColumn)..<min((column + 1) * rowsPerColumn, labels.count)
            {
                let label = labels[index]
                let baseline = y + rowHeights[index] - label.box.descent
                drawHandle(legend.entries[index].artist, left: x, baseline: baseline, into: &items)
                let (placed, _) = label.place(
                    x: x + handleLength + handleTextPad, y: baseline, horizontal: .left,
                    vertical: .baseline)
                items.append(.text(placed))
                y += rowHeights[index] + labelSpacing
            }
            x += columnWidths[column] + columnSpacing
        }
        return frame
    }

    /// The sample of an artist: a line (with its marker), a marker, or a patch.
    private func drawHandle(
        _ artist: any Artist, left: Double, baseline: Double, into items: inout [SceneItem]
    ) {
        let length = 2 * unit
        let height = 0.7 * unit
        switch artist {
        case let line as Line:
            let y = baseline - height / 2
            let alpha = line.alpha ?? 1
            if line.lineStyle != .none {
                var path = PathData()
                path.move(left, y)
                path.line(left + length, y)
                let dashes = line.lineStyle.dashes(width: line.lineWidth)
                items.append(
                    .path(
                        d: path.bytes,
                        style: PathStyle(
                            stroke: .data(line.color), strokeOpacity: alpha * line.color.alpha,
                            strokeWidth: line.lineWidth, dashes: dashes,
                            lineCap: dashes == nil ? "square" : "butt")))
            }
            if let marker = line.marker {
                var path = PathData()
                MarkerShapes.append(
                    marker, x: left + length / 2, y: y, size: line.markerSize, to: &path)
                items.append(
                    .path(
                        d: path.bytes,
                        style: drawing.markerStyle(
                            marker, face: line.markerFaceColor ?? line.color,
                            edge: line.markerEdgeColor ?? line.color,
                            width: line.markerEdgeWidth, alpha: alpha)))
            }
        case let scatter as Scatter:
            var path = PathData()
            let sizes = scatter.sizes
            let size = (0.5 * ((sizes.max() ?? 36) + (sizes.min() ?? 36))).squareRoot()
            MarkerShapes.append(
                scatter.marker, x: left + length / 2, y: baseline - 0.375 * height, size: size,
                to: &path)
            let face = scatter.faceColor(0)
            let edge = scatter.edgeColors?.first ?? face
            items.append(
                .path(
                    d: path.bytes,
                    style: drawing.markerStyle(
                        scatter.marker, face: face, edge: edge, width: scatter.lineWidth,
                        alpha: scatter.alpha ?? 1)))
        case let bars as Bars:
            patch(
                fill: bars.colors.first, edge: bars.lineWidth > 0 ? bars.edgeColor : nil,
                width: bars.lineWidth,
                alpha: bars.alpha ?? 1, left: left, baseline: baseline, into: &items)
        case let area as Area:
            patch(
                fill: area.fillColor, edge: area.lineWidth > 0 ? area.edgeColor : nil,
                width: area.lineWidth,
                alpha: area.alpha ?? 1, left: left, baseline: baseline, into: &items)
        default:
            break
        }
    }

    private func patch(
        fill: Color?, edge: Color?, width: Double, alpha: Double, left: Double, baseline: Double,
        into items: inout [SceneItem]
    ) {
        var path = PathData()
        path.rect(Rect(x: left, y: baseline - 0.7 * unit, width: 2 * unit, height: 0.7 * unit))
        var style = PathStyle(lineJoin: "miter")
        if let fill {
            style.fill = .data(fill)
            style.fillOpacity = alpha * fill.alpha
        }
        if let edge {
            style.stroke = .data(edge)
            style.strokeWidth = width
            style.strokeOpacity = alpha * edge.alpha
        }
        items.append(.path(d: path.bytes, style: style))
    }

    /// The frame's place: at its location 0.5 font sizes inside the axes, or the first of
    /// matplotlib's ten locations that hides the least data.
    private func place(width: Double, height: Double) -> Rect {
        let inner = drawing.box.insetBy(0.5 * unit)
        func rect(_ location: Legend.Location) -> Rect {
            let x: Double
            let y: Double
            switch location {
            case .upperRight, .right, .centerRight, .lowerRight: x = inner.maxX - width
            case .upperLeft, .centerLeft, .lowerLeft: x = inner.x
            default: x = inner.x + (inner.width - width) / 2
            }
            switch location {
            case .upperRight, .upperLeft, .upperCenter: y = inner.y
            case .lowerLeft, .lowerRight, .lowerCenter: y = inner.maxY - height
            default: y = inner.y + (inner.height - height) / 2
            }
            return Rect(x: x, y: y, width: width, height: height)
        }
        guard legend.location == .best else { return rect(legend.location) }
        let obstacles = LegendObstacles(drawing: drawing)
        var best: (badness: Int, rect: Rect)?
        for location in Legend.Location.allCases.dropFirst() {
            let candidate = rect(location)
            let badness = obstacles.badness(of: candidate)
            if badness == 0 { return candidate }
            if best == nil || badness < best?.badness ?? Int.max { best = (badness, candidate) }
        }
        return best?.rect ?? rect(.upperRight)
    }

    private func roundedRect(_ rect: Rect, radius: Double, into path: inout PathData) {
        let r = min(radius, rect.width / 2, rect.height / 2)
        path.move(rect.x + r, rect.y)
        path.line(rect.maxX - r, rect.y)
        path.raw("Q")
        path.number(rect.maxX)
        path.raw(" ")
        path.number(rect.y)
        path.raw(" ")
        path.number(rect.maxX)
        path.raw(" ")
        path.number(rect.y + r)
        path.line(rect.maxX, rect.maxY - r)
        path.raw("Q")
        path.number(rect.maxX)
        path.raw(" ")
        path.number(rect.maxY)
        path.raw(" ")
        path.number(rect.maxX - r)
        path.raw(" ")
        path.number(rect.maxY)
        path.line(rect.x + r, rect.maxY)
        path.raw("Q")
        path.number(rect.x)
        path.raw(" ")
        path.number(rect.maxY)
        path.raw(" ")
        path.number(rect.x)
        path.raw(" ")
        path.number(rect.maxY - r)
        path.line(rect.x, rect.y + r)
        path.raw("Q")
        path.number(rect.x)
        path.raw(" ")
        path.number(rect.y)
        path.raw(" ")
        path.number(rect.x + r)
        path.raw(" ")
        path.number(rect.y)
        path.close()
    }
}

/// What a legend placed at `best` should not hide, as matplotlib counts it: line vertices
/// inside the box, lines crossing it, scatter points inside it, and bars it overlaps.
struct LegendObstacles {
    private var lines: [[(Double, Double)]] = []
    private var points: [(Double, Double)] = []
    private var rects: [Rect] = []

    init(drawing: AxesDrawing) {
        for artist in drawing.axes.artists where artist.isVisible {
            switch artist {
            case let line as Line:
                let count = min(line.x.count, line.y.count)
                lines.append(
                    (0..<count).map {
                        drawing.point(line.x[$0], line.y[$0], line.xCoordinates, line.yCoordinates)
                    })
            case let scatter as Scatter:
                points += zip(scatter.x, scatter.y).map { drawing.point($0, $1) }
            case let bars as Bars:
                for rect in bars.rectangles {
                    let (x0, y0) = drawing.point(rect.x, rect.y)
                    let (x1, y1) = drawing.point(rect.x + rect.width, rect.y + rect.height)
                    rects.append(
                        Rect(
                            x: min(x0, x1), y: min(y0, y1), width: abs(x1 - x0),
                            height: abs(y1 - y0)))
                }
            case let area as Area where area.kind == .histogramStep:
                lines += area.polygons.map { $0.map { drawing.point($0.x, $0.y) } }
            default:
                break
            }
        }
    }

    func badness(of box: Rect) -> Int {
        var badness = 0
        for line in lines {
            var crosses = false
            for (index, vertex) in line.enumerated() {
                if box.strictlyContains(vertex.0, vertex.1) { badness += 1 }
                if !crosses && index > 0 && Self.segment(line[index - 1], vertex, meets: box) {
                    crosses = true
                }
            }
            if crosses { badness += 1 }
        }
        for point in points where box.strictlyContains(point.0, point.1) { badness += 1 }
        for rect in rects where rect.overlaps(box) { badness += 1 }
        return badness
    }

    /// Whether a segment touches the inside of a box (separating-axis test).
    private static func segment(_ a: (Double, Double), _ b: (Double, Double), meets box: Rect)
        -> Bool
    {
        guard a.0.isFinite, a.1.isFinite, b.0.isFinite, b.1.isFinite else { return false }
        let cx = box.x + box.width / 2
        let cy = box.y + box.height / 2
        guard abs(a.0 + b.0 - 2 * cx) < abs(a.0 - b.0) + box.width,
            abs(a.1 + b.1 - 2 * cy) < abs(a.1 - b.1) + box.height
        else { return false }
        return 2 * abs((a.0 - cx) * (a.1 - b.1) - (a.1 - cy) * (a.0 - b.0))
            < box.width * abs(a.1 - b.1) + box.height * abs(a.0 - b.0)
    }
}
