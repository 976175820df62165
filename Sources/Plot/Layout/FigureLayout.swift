extension Figure {
    /// The figure as SVG text.
    ///
    /// Throws when a locator cannot place ticks (a log axis with no positive limit).
    public func svg(_ options: SVGOptions = SVGOptions()) throws -> String {
        SVGWriter.write(try layout(), options: options)
    }

    /// Lays the figure out: where every axes, tick, label and artist goes.
    func layout() throws -> Scene {
        var scene = Scene(width: pointSize.width, height: pointSize.height)
        for axes in axes {
            var drawing = AxesDrawing(axes: axes, box: box(of: axes))
            try drawing.draw(into: &scene)
        }
        if !suptitle.isEmpty {
            let title = LaidText(suptitle, size: style.suptitleSize)
            let (placed, rect) = title.place(
                x: pointSize.width * 0.5, y: pointSize.height * 0.02, horizontal: .center,
                vertical: .top)
            scene.items.append(.text(placed))
            scene.include(rect)
        }
        return scene
    }

    /// Where an axes is drawn, in points from the top-left corner: its placement, less the
    /// room of a colour bar, shrunk to keep its aspect.
    func box(of axes: Axes) -> Rect {
        var rect = placementRect(axes.placement)
        var anchor = (x: 0.5, y: 0.5)
        if let image = axes.colorbarImage,
            let parent = self.axes.first(where: { $0.colorbar?.axes === axes })
        {
            _ = image
            let whole = placementRect(parent.placement)
            // matplotlib's make_axes: 15% of the width for the bar, 5% padding, the bar 20
            // times as tall as wide, anchored on its left.
            let bar = Rect(
                x: whole.x + 0.85 * whole.width, y: whole.y, width: 0.15 * whole.width,
                height: whole.height)
            return shrink(bar, toAspect: 20, anchor: (0, 0.5))
        }
        if axes.colorbar != nil {
            rect.width *= 0.8
            anchor = (1, 0.5)
        }
        if case .ratio(let ratio) = axes.aspect {
            let x = axes.xAxis.limits
            let y = axes.yAxis.limits
            let xSize = max(
                abs(axes.xAxis.scale.transform(x.high) - axes.xAxis.scale.transform(x.low)), 1e-30)
            let ySize = max(
                abs(axes.yAxis.scale.transform(y.high) - axes.yAxis.scale.transform(y.low)), 1e-30)
            let aspect = ratio * ySize / xSize
            if aspect.isFinite && aspect > 0 {
                rect = shrink(rect, toAspect: aspect, anchor: anchor)
            }
        }
        return rect
    }

    /// The rectangle of a placement in points (y down), before any adjustment.
    func placementRect(_ placement: Axes.Placement) -> Rect {
        let (width, height) = pointSize
        switch placement {
        case .rect(let left, let bottom, let w, let h):
            return Rect(
                x: left * width, y: (1 - bottom - h) * height, width: w * width, height: h * height)
        case .subplot(let rows, let columns, let rowSpan, let columnSpan):
            let p = style.subplots
            let cellWidth = (p.right - p.left) / (Double(columns) + p.wspace * Double(columns - 1))
            let cellHeight = (p.top - p.bottom) / (Double(rows) + p.hspace * Double(rows - 1))
            let left = p.left + Double(columnSpan.lowerBound) * cellWidth * (1 + p.wspace)
            let right =
                p.left + Double(columnSpan.upperBound) * cellWidth * (1 + p.wspace) + cellWidth
            let top = p.top - Double(rowSpan.lowerBound) * cellHeight * (1 + p.hspace)
            let bottom =
                p.top - Double(rowSpan.upperBound) * cellHeight * (1 + p.hspace) - cellHeight
            return Rect(
                x: left * width, y: (1 - top) * height, width: (right - left) * width,
                height: (top - bottom) * height)
        }
    }

    /// The largest rectangle inside `rect` whose height is `aspect` times its width, placed
    /// at `anchor` (0 left/top … 1 right/bottom fractions; matplotlib's anchors count y up).
    private func shrink(_ rect: Rect, toAspect aspect: Double, anchor: (x: Double, y: Double))
        -> Rect
    {
        var width = rect.width
        var height = width * aspect
        if height > rect.height {
            height = rect.height
            width = height / aspect
        }
        return Rect(
            x: rect.x + anchor.x * (rect.width - width),
            y: rect.y + (1 - anchor.y) * (rect.height - height),
            width: width, height: height)
    }
}

extension Axes {
    /// Where the axes is drawn in its figure (points, y down).
    func drawnBox() -> Rect {
        figure?.box(of: self) ?? Rect(x: 0, y: 0, width: 460.8, height: 345.6)
    }
}
