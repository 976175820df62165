import Foundation

/// Draws one axes into a scene: its artists, grid, spines, ticks, labels, title and legend,
/// placed as matplotlib's default style places them.
struct AxesDrawing {
    let axes: Axes
    let box: Rect
    let style: Style
    let xScale: Scale
    let yScale: Scale
    private let xStart: Double
    private let xSpan: Double
    private let yStart: Double
    private let ySpan: Double

    init(axes: Axes, box: Rect) {
        self.axes = axes
        self.box = box
        style = axes.style
        xScale = axes.xAxis.scale
        yScale = axes.yAxis.scale
        let x = axes.xAxis.limits
        let y = axes.yAxis.limits
        xStart = xScale.transform(x.low)
        xSpan = xScale.transform(x.high) - xStart
        yStart = yScale.transform(y.low)
        ySpan = yScale.transform(y.high) - yStart
    }

    // MARK: Transforms

    /// The figure x of a data x.
    @inline(__always)
    func px(_ value: Double) -> Double {
        box.x + (xScale.transform(value) - xStart) / xSpan * box.width
    }

    /// The figure y of a data y.
    @inline(__always)
    func py(_ value: Double) -> Double {
        box.maxY - (yScale.transform(value) - yStart) / ySpan * box.height
    }

    /// The figure point of a value pair in the given coordinates.
    @inline(__always)
    func point(_ x: Double, _ y: Double, _ xIn: Coordinates = .data, _ yIn: Coordinates = .data)
        -> (Double, Double)
    {
        (
            xIn == .data ? px(x) : box.x + x * box.width,
            yIn == .data ? py(y) : box.maxY - y * box.height
        )
    }

    // MARK: Drawing

    mutating func draw(into scene: inout Scene) throws {
        scene.include(box)
        let ordered = axes.artists.enumerated().filter { $0.element.isVisible }
            .sorted { ($0.element.zorder, $0.offset) < ($1.element.zorder, $1.offset) }.map(
                \.element)
        var items: [SceneItem] = []
        var clipped: [SceneItem] = []
        func flushClipped() {
            if !clipped.isEmpty { items.append(.clipped(box, clipped)) }
            clipped = []
        }
        if let image = axes.colorbarImage {
            clipped.append(colorbarStrip(image))
        }
        var axisDrawn = !axes.showsAxis
        var spinesDrawn = !axes.showsAxis
        var decorations: [Rect] = []
        for artist in ordered {
            if !axisDrawn && artist.zorder >= 1.5 {
                flushClipped()
                decorations = try drawAxis(into: &items)
                axisDrawn = true
            }
            if !spinesDrawn && artist.zorder >= 2.5 {
                flushClipped()
                drawSpines(into: &items)
                spinesDrawn = true
            }
            if let text = artist as? TextArtist {
                flushClipped()
                let (placed, rect) = draw(text)
                items.append(.text(placed))
                scene.include(rect)
            } else {
                clipped += draw(artist)
            }
        }
        flushClipped()
        if !axisDrawn { decorations = try drawAxis(into: &items) }
        if !spinesDrawn { drawSpines(into: &items) }
        for rect in decorations { scene.include(rect) }
        var legendFrame: Rect?
        if let legend = axes.legend, !legend.entries.isEmpty {
            let rect = LegendDrawing(legend: legend, drawing: self).draw(into: &items)
            scene.include(rect)
            legendFrame = rect
        }
        scene.axesFrames.append((box, legendFrame))
        scene.items += items
    }

    private func draw(_ artist: any Artist) -> [SceneItem] {
        switch artist {
        case let line as Line: return draw(line)
        case let scatter as Scatter: return draw(scatter)
        case let bars as Bars: return draw(bars)
        case let area as Area: return draw(area)
        case let image as ImageArtist: return draw(image)
        default: return []
        }
    }

    // MARK: Spines

    private func drawSpines(into items: inout [SceneItem]) {
        var path = PathData()
        if axes.colorbarImage != nil {
            path.rect(box)
        } else {
            path.move(box.x, box.maxY)
            path.line(box.x, box.y)
            path.move(box.maxX, box.maxY)
            path.line(box.maxX, box.y)
            path.move(box.x, box.maxY)
            path.line(box.maxX, box.maxY)
            path.move(box.x, box.y)
            path.line(box.maxX, box.y)
        }
        items.append(
            .path(
                d: path.bytes,
                style: PathStyle(
                    stroke: .ink, strokeWidth: style.spineWidth, lineCap: "square",
                    lineJoin: "miter")))
    }

    // MARK: Axis: grid, ticks, labels, title

    /// Draws grid lines, ticks, tick labels, offset texts, axis labels and the title; returns
    /// the boxes of the texts (for the tight bounding box).
    private func drawAxis(into items: inout [SceneItem]) throws -> [Rect] {
        var boxes: [Rect] = []
        let isColorbar = axes.colorbarImage != nil
        let xTicks =
            isColorbar
            ? AxisTicks(major: [], minor: [], offset: "")
            : try axes.xAxis.ticks(context: context(.x))
        let yTicks = try axes.yAxis.ticks(context: context(.y))
        let yOnRight = isColorbar

        // Grid lines.
        for (direction, ticks) in [(Axis.Direction.x, xTicks), (.y, yTicks)] {
            guard let grid = axes.axis(direction).grid else { continue }
            var path = PathData()
            let values =
                ticks.major.map(\.value) + (grid.includesMinor ? ticks.minor.map(\.value) : [])
            for value in values {
                if direction == .x {
                    let x = px(value)
                    path.move(x, box.maxY)
                    path.line(x, box.y)
                } else {
                    let y = py(value)
                    path.move(box.x, y)
                    path.line(box.maxX, y)
                }
            }
            guard !path.isEmpty else { continue }
            let paint: Paint = grid.color == GridStyle().color ? .grid : .color(grid.color)
            items.append(
                .path(
                    d: path.bytes,
                    style: PathStyle(
                        stroke: paint, strokeOpacity: grid.alpha, strokeWidth: grid.lineWidth,
                        dashes: grid.lineStyle.dashes(width: grid.lineWidth), lineCap: "square")))
        }

        // Tick marks.
        for (ticks, tickStyle) in [
            (xTicks.major, style.majorTick), (xTicks.minor, style.minorTick),
        ] where !ticks.isEmpty {
            var path = PathData()
            for tick in ticks {
                let x = px(tick.value)
                path.move(x, box.maxY)
                path.line(x, box.maxY + tickStyle.length)
            }
            items.append(
                .path(d: path.bytes, style: PathStyle(stroke: .ink, strokeWidth: tickStyle.width)))
        }
        for (ticks, tickStyle) in [
            (yTicks.major, style.majorTick), (yTicks.minor, style.minorTick),
        ] where !ticks.isEmpty {
            var path = PathData()
            for tick in ticks {
                let y = py(tick.value)
                let edge = yOnRight ? box.maxX : box.x
                path.move(edge, y)
                path.line(yOnRight ? edge + tickStyle.length : edge - tickStyle.length, y)
            }
            items.append(
                .path(d: path.bytes, style: PathStyle(stroke: .ink, strokeWidth: tickStyle.width)))
        }

        // Tick labels.
        var xLabelBoxes: [Rect] = []
        if axes.xAxis.showsTickLabels {
            for (ticks, tickStyle) in [
                (xTicks.major, style.majorTick), (xTicks.minor, style.minorTick),
            ] {
                for tick in ticks where !tick.label.isEmpty {
                    let text = LaidText(tick.label.text, size: style.tickLabelSize)
                    let (placed, rect) = text.place(
                        x: px(tick.value), y: box.maxY + tickStyle.length + tickStyle.pad,
                        horizontal: .center,
                        vertical: .top)
                    items.append(.text(placed))
                    xLabelBoxes.append(rect)
                }
            }
        }
        var yLabelBoxes: [Rect] = []
        if axes.yAxis.showsTickLabels {
            for (ticks, tickStyle) in [
                (yTicks.major, style.majorTick), (yTicks.minor, style.minorTick),
            ] {
                for tick in ticks where !tick.label.isEmpty {
                    let text = LaidText(tick.label.text, size: style.tickLabelSize)
                    let offset = tickStyle.length + tickStyle.pad
                    let (placed, rect) = text.place(
                        x: yOnRight ? box.maxX + offset : box.x - offset, y: py(tick.value),
                        horizontal: yOnRight ? .left : .right, vertical: .centerBaseline)
                    items.append(.text(placed))
                    yLabelBoxes.append(rect)
                }
            }
        }
        boxes += xLabelBoxes + yLabelBoxes

        // Offset texts: x's at the right end under the labels, y's above the axes.
        let labelsBottom = xLabelBoxes.map(\.maxY).max() ?? box.maxY
        if axes.xAxis.showsTickLabels && !xTicks.offset.isEmpty {
            let text = LaidText(xTicks.offset, size: style.tickLabelSize)
            let (placed, rect) = text.place(
                x: box.maxX, y: labelsBottom + 3, horizontal: .right, vertical: .top)
            items.append(.text(placed))
            boxes.append(rect)
        }
        var yOffsetBox: Rect?
        if axes.yAxis.showsTickLabels && !yTicks.offset.isEmpty {
            let text = LaidText(yTicks.offset, size: style.tickLabelSize)
            let (placed, rect) = text.place(
                x: yOnRight ? box.maxX : box.x, y: box.y - 3, horizontal: yOnRight ? .right : .left,
                vertical: .baseline)
            items.append(.text(placed))
            boxes.append(rect)
            yOffsetBox = rect
        }

        // Axis labels, beyond the tick labels (the spine when there are none).
        if !axes.xAxis.label.isEmpty {
            let text = LaidText(axes.xAxis.label, size: style.labelSize)
            let (placed, rect) = text.place(
                x: box.x + box.width / 2, y: max(labelsBottom, box.maxY) + style.labelPad,
                horizontal: .center,
                vertical: .top)
            items.append(.text(placed))
            boxes.append(rect)
        }
        if !axes.yAxis.label.isEmpty {
            let text = LaidText(axes.yAxis.label, size: style.labelSize)
            let placedRect: (PlacedText, Rect)
            if yOnRight {
                let right = max(yLabelBoxes.map(\.maxX).max() ?? box.maxX, box.maxX)
                placedRect = text.placeVertical(
                    x: right + style.labelPad, y: box.y + box.height / 2, bottomAt: false)
            } else {
                let left = min(yLabelBoxes.map(\.x).min() ?? box.x, box.x)
                placedRect = text.placeVertical(
                    x: left - style.labelPad, y: box.y + box.height / 2, bottomAt: true)
            }
            items.append(.text(placedRect.0))
            boxes.append(placedRect.1)
        }

        // The title, above the axes, or above the y offset text when they would meet.
        if !axes.title.isEmpty {
            let text = LaidText(axes.title, size: style.titleSize)
            var baseline = box.y - style.titlePad
            var (placed, rect) = text.place(
                x: box.x + box.width / 2, y: baseline, horizontal: .center, vertical: .baseline)
            if let yOffsetBox, yOffsetBox.overlaps(rect) {
                baseline = yOffsetBox.y - style.titlePad
                (placed, rect) = text.place(
                    x: box.x + box.width / 2, y: baseline, horizontal: .center, vertical: .baseline)
            }
            items.append(.text(placed))
            boxes.append(rect)
        }
        return boxes
    }

    /// What the locators of `direction` see when drawn in this box.
    func context(_ direction: Axis.Direction) -> LocatorContext {
        let length = box.length(direction)
        let space = Int(
            saturating: (length / (style.tickLabelSize * (direction == .x ? 3 : 2))).rounded(.down))
        return LocatorContext(tickSpace: space, minPositive: axes.minPositive(direction))
    }

    // MARK: Text artists

    private func draw(_ text: TextArtist) -> (PlacedText, Rect) {
        let (x, y) = point(text.x, text.y, text.coordinates, text.coordinates)
        let laid = LaidText(text.text, size: text.fontSize)
        var (placed, rect) = laid.place(
            x: x, y: y, horizontal: text.horizontalAlignment, vertical: text.verticalAlignment,
            paint: .data(text.color), opacity: text.alpha ?? 1)
        if text.rotation != 0 {
            placed.rotation = text.rotation
            let radians = text.rotation * .pi / 180
            let corners = [
                (rect.x, rect.y), (rect.maxX, rect.y), (rect.x, rect.maxY), (rect.maxX, rect.maxY),
            ].map {
                corner in
                let dx = corner.0 - x
                let dy = corner.1 - y
                return (
                    x + dx * cos(radians) + dy * sin(radians),
                    y - dx * sin(radians) + dy * cos(radians)
                )
            }
            let xs = corners.map(\.0)
            let ys = corners.map(\.1)
            rect = Rect(
                x: xs.min() ?? x, y: ys.min() ?? y, width: (xs.max() ?? x) - (xs.min() ?? x),
                height: (ys.max() ?? y) - (ys.min() ?? y))
        }
        return (placed, rect)
    }
}
