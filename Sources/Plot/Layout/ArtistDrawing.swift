extension AxesDrawing {
    // MARK: Lines

    func draw(_ line: Line) -> [SceneItem] {
        var items: [SceneItem] = []
        let alpha = line.alpha ?? 1
        let count = min(line.x.count, line.y.count)
        if line.lineStyle != .none && line.lineWidth > 0 && count > 1 {
            var path = PathData()
            path.bytes.reserveCapacity(count * 14)
            polyline(line, count: count, into: &path)
            if !path.isEmpty {
                let dashed = line.lineStyle.dashes(width: line.lineWidth)
                items.append(
                    .path(
                        d: path.bytes,
                        style: PathStyle(
                            stroke: .data(line.color), strokeOpacity: alpha * line.color.alpha,
                            strokeWidth: line.lineWidth, dashes: dashed,
                            // matplotlib: projecting caps on solid lines, butt on dashed ones.
                            lineCap: dashed == nil ? "square" : "butt", lineJoin: "round")))
            }
        }
        if let marker = line.marker, count > 0 {
            var path = PathData()
            for index in 0..<count where line.x[index].isFinite && line.y[index].isFinite {
                let (x, y) = point(
                    line.x[index], line.y[index], line.xCoordinates, line.yCoordinates)
                MarkerShapes.append(marker, x: x, y: y, size: line.markerSize, to: &path)
            }
            if !path.isEmpty {
                items.append(
                    .path(
                        d: path.bytes,
                        style: markerStyle(
                            marker, face: line.markerFaceColor ?? line.color,
                            edge: line.markerEdgeColor ?? line.color,
                            width: line.markerEdgeWidth, alpha: alpha)))
            }
        }
        return items
    }

    /// The line's points as subpaths, NaNs breaking them; runs of points closer to the
    /// straight line through their neighbours than a tenth of a point are merged, as
    /// matplotlib's path simplification does for long lines.
    private func polyline(_ line: Line, count: Int, into path: inout PathData) {
        var pending = false
        var simplifier = Simplifier()
        for index in 0..<count {
            let xValue = line.x[index]
            let yValue = line.y[index]
            guard xValue.isFinite && yValue.isFinite else {
                simplifier.flush(into: &path)
                pending = false
                continue
            }
            let (x, y) = point(xValue, yValue, line.xCoordinates, line.yCoordinates)
            if !pending {
                simplifier.flush(into: &path)
                simplifier.start(x, y, into: &path)
                pending = true
            } else {
                simplifier.add(x, y, into: &path)
            }
        }
        simplifier.flush(into: &path)
    }

    func markerStyle(_ marker: Marker, face: Color, edge: Color, width: Double, alpha: Double)
        -> PathStyle
    {
        PathStyle(
            fill: marker.isStrokeOnly ? nil : .data(face), fillOpacity: alpha * face.alpha,
            stroke: .data(edge),
            strokeOpacity: alpha * edge.alpha, strokeWidth: width, lineJoin: "miter")
    }

    // MARK: Scatter

    func draw(_ scatter: Scatter) -> [SceneItem] {
        let alpha = scatter.alpha ?? 1
        let count = min(scatter.x.count, scatter.y.count)
        // Points of one colour and size go into one path.
        struct Colors: Hashable {
            let face: Color
            let edge: Color
        }
        var groups: [(face: Color, edge: Color, path: PathData)] = []
        var groupIndex: [Colors: Int] = [:]
        for index in 0..<count where scatter.x[index].isFinite && scatter.y[index].isFinite {
            let face = scatter.faceColor(index)
            let edge = scatter.edgeColors.map { $0.isEmpty ? face : $0[index % $0.count] } ?? face
            let key = Colors(face: face, edge: edge)
            let (x, y) = point(scatter.x[index], scatter.y[index])
            let sizes = scatter.sizes
            let size =
                sizes.isEmpty ? 6 : sizes[sizes.count == 1 ? 0 : index % sizes.count].squareRoot()
            if let at = groupIndex[key] {
                MarkerShapes.append(scatter.marker, x: x, y: y, size: size, to: &groups[at].path)
            } else {
                var path = PathData()
                MarkerShapes.append(scatter.marker, x: x, y: y, size: size, to: &path)
                groupIndex[key] = groups.count
                groups.append((face, edge, path))
            }
        }
        return groups.map { group in
            .path(
                d: group.path.bytes,
                style: markerStyle(
                    scatter.marker, face: group.face, edge: group.edge, width: scatter.lineWidth,
                    alpha: alpha))
        }
    }

    // MARK: Bars and areas

    func draw(_ bars: Bars) -> [SceneItem] {
        let alpha = bars.alpha ?? 1
        var items: [SceneItem] = []
        var groups: [Color: PathData] = [:]
        var order: [Color] = []
        for (index, rect) in bars.rectangles.enumerated() {
            let color =
                bars.colors.isEmpty ? Color.cycle[0] : bars.colors[index % bars.colors.count]
            let (x0, y0) = point(rect.x, rect.y)
            let (x1, y1) = point(rect.x + rect.width, rect.y + rect.height)
            guard x0.isFinite, y0.isFinite, x1.isFinite, y1.isFinite else { continue }
            if groups[color] == nil { order.append(color) }
            groups[color, default: PathData()].rect(
                Rect(x: min(x0, x1), y: min(y0, y1), width: abs(x1 - x0), height: abs(y1 - y0)))
        }
        for color in order {
            guard let path = groups[color] else { continue }
            var style = PathStyle(
                fill: .data(color), fillOpacity: alpha * color.alpha, lineJoin: "miter")
            if let edge = bars.edgeColor, bars.lineWidth > 0 {
                style.stroke = .data(edge)
                style.strokeOpacity = alpha * edge.alpha
                style.strokeWidth = bars.lineWidth
            }
            items.append(.path(d: path.bytes, style: style))
        }
        return items
    }

    func draw(_ area: Area) -> [SceneItem] {
        let alpha = area.alpha ?? 1
        var path = PathData()
        for polygon in area.polygons {
            for (index, vertex) in polygon.enumerated() {
                let (x, y) = point(vertex.x, vertex.y)
                if index == 0 { path.move(x, y) } else { path.line(x, y) }
            }
            if area.fillColor != nil { path.close() }
        }
        guard !path.isEmpty else { return [] }
        var style = PathStyle(lineJoin: "miter")
        if let fill = area.fillColor {
            style.fill = .data(fill)
            style.fillOpacity = alpha * fill.alpha
        }
        if let edge = area.edgeColor, area.lineWidth > 0 {
            style.stroke = .data(edge)
            style.strokeOpacity = alpha * edge.alpha
            style.strokeWidth = area.lineWidth
        }
        return [.path(d: path.bytes, style: style)]
    }

    // MARK: Images

    func draw(_ image: ImageArtist) -> [SceneItem] {
        let count: Int
        switch image.pixels {
        case .values(let values): count = values.count
        case .colors(let colors): count = colors.count
        }
        // Pixels changed to a count that no longer fills the raster are not drawn.
        guard image.rows > 0 && image.columns > 0 && count == image.rows * image.columns else {
            return []
        }
        let extent = image.resolvedExtent
        // Row 0 adjoins the extent's top for origin 'upper', its bottom for 'lower'.
        let rowZeroY = image.origin == .upper ? extent.top : extent.bottom
        let lastRowY = image.origin == .upper ? extent.bottom : extent.top
        let (left, firstRow) = point(extent.left, rowZeroY)
        let (right, lastRow) = point(extent.right, lastRowY)
        let flipX = left > right
        let flipY = firstRow > lastRow
        let (low, high) = image.valueRange
        var rgba: [UInt8] = []
        rgba.reserveCapacity(image.rows * image.columns * 4)
        let opacity = image.alpha ?? 1
        for screenRow in 0..<image.rows {
            let row = flipY ? image.rows - 1 - screenRow : screenRow
            for screenColumn in 0..<image.columns {
                let column = flipX ? image.columns - 1 - screenColumn : screenColumn
                let index = row * image.columns + column
                switch image.pixels {
                case .values(let values):
                    let fraction = high == low ? 0 : (values[index] - low) / (high - low)
                    let (r, g, b, a) = image.colorMap.pixel(values[index].isNaN ? .nan : fraction)
                    rgba += [r, g, b, a]
                case .colors(let colors):
                    let color = colors[index]
                    rgba += [color.red, color.green, color.blue, color.alpha].map {
                        UInt8((min(max($0, 0), 1) * 255).rounded())
                    }
                }
            }
        }
        let rect = Rect(
            x: min(left, right), y: min(firstRow, lastRow), width: abs(right - left),
            height: abs(lastRow - firstRow))
        let png = Self.upsampledPNG(rgba, width: image.columns, height: image.rows, shownIn: rect)
        return [.image(PlacedImage(rect: rect, png: png, opacity: opacity))]
    }

    /// The colour strip of a colour bar: the map's 256 colours from the bottom up.
    func colorbarStrip(_ image: ImageArtist) -> SceneItem {
        var rgba: [UInt8] = []
        for index in stride(from: 255, through: 0, by: -1) {
            let color = image.colorMap.color((Double(index) + 0.5) / 256)
            rgba +=
                [color.red, color.green, color.blue].map { UInt8(($0 * 255).rounded()) } + [255]
        }
        let png = Self.upsampledPNG(rgba, width: 1, height: 256, shownIn: box)
        return .image(PlacedImage(rect: box, png: png, opacity: image.alpha ?? 1))
    }

    /// A PNG of the pixels with each repeated enough to give about three pixels a point,
    /// as matplotlib resamples images to the output.
    ///
    /// The cells stay sharp in every viewer, whatever it does to scale an image, and the
    /// compression absorbs the repetition.
    static func upsampledPNG(_ rgba: [UInt8], width: Int, height: Int, shownIn rect: Rect)
        -> [UInt8]
    {
        func factor(_ shown: Double, _ pixels: Int) -> Int {
            max(1, min(64, Int(saturating: (3 * shown / Double(max(pixels, 1))).rounded(.up))))
        }
        var fx = factor(rect.width, width)
        var fy = factor(rect.height, height)
        while width * fx * height * fy > 4_000_000 && (fx > 1 || fy > 1) {
            fx = max(1, fx / 2)
            fy = max(1, fy / 2)
        }
        guard fx > 1 || fy > 1 else {
            return PNGEncoder.encode(width: width, height: height, rgba: rgba)
        }
        var scaled: [UInt8] = []
        scaled.reserveCapacity(rgba.count * fx * fy)
        for row in 0..<height {
            var line: [UInt8] = []
            line.reserveCapacity(width * fx * 4)
            for column in 0..<width {
                let start = (row * width + column) * 4
                for _ in 0..<fx { line += rgba[start..<(start + 4)] }
            }
            for _ in 0..<fy { scaled += line }
        }
        return PNGEncoder.encode(width: width * fx, height: height * fy, rgba: scaled)
    }
}

/// Merges runs of nearly collinear points of a polyline (in figure points), keeping every
/// turn larger than `tolerance`: a 1,000-point smooth curve needs far fewer vertices to look
/// the same, which keeps the SVG small.
struct Simplifier {
    private var anchor: (x: Double, y: Double) = (0, 0)
    private var last: (x: Double, y: Double) = (0, 0)
    private var direction: (x: Double, y: Double)?
    private var hasPending = false
    private let tolerance = 0.1

    mutating func start(_ x: Double, _ y: Double, into path: inout PathData) {
        path.move(x, y)
        anchor = (x, y)
        last = (x, y)
        direction = nil
        hasPending = false
    }

    mutating func add(_ x: Double, _ y: Double, into path: inout PathData) {
        if let direction {
            // Distance of the new point from the line anchor → direction, and whether it
            // still moves forward along it.
            let dx = x - anchor.x
            let dy = y - anchor.y
            let along = dx * direction.x + dy * direction.y
            let across = abs(dx * direction.y - dy * direction.x)
            let lastAlong = (last.x - anchor.x) * direction.x + (last.y - anchor.y) * direction.y
            if across <= tolerance && along >= lastAlong {
                last = (x, y)
                hasPending = true
                return
            }
            path.line(last.x, last.y)
            anchor = last
        }
        let dx = x - anchor.x
        let dy = y - anchor.y
        let length = (dx * dx + dy * dy).squareRoot()
        if length > 0 {
            direction = (dx / length, dy / length)
        } else {
            direction = nil
        }
        last = (x, y)
        hasPending = true
    }

    mutating func flush(into path: inout PathData) {
        if hasPending { path.line(last.x, last.y) }
        hasPending = false
        direction = nil
    }
}
