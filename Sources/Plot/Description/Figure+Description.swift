extension Figure {
    /// What the figure shows now, as data.
    public func describe() -> FigureDescription {
        FigureDescription(
            width: width, height: height, suptitle: suptitle.isEmpty ? nil : suptitle,
            axes: axes.map { $0.describe() })
    }
}

extension Axes {
    /// What the axes shows now, as data.
    public func describe() -> AxesDescription {
        let x = xAxis.limits
        let y = yAxis.limits
        return AxesDescription(
            role: colorbarImage == nil ? "axes" : "colorbar", title: title.isEmpty ? nil : title,
            xLabel: xAxis.label.isEmpty ? nil : xAxis.label,
            yLabel: yAxis.label.isEmpty ? nil : yAxis.label,
            xScale: xAxis.scale.name, yScale: yAxis.scale.name, xLimits: [x.low, x.high],
            yLimits: [y.low, y.high],
            legend: legend.map { $0.entries.map(\.label) },
            series: artists.compactMap(Self.describe))
    }

    private static func describe(_ artist: any Artist) -> SeriesDescription? {
        let label = isLegendLabel(artist.label) ? artist.label : nil
        switch artist {
        case let line as Line:
            let kind: String
            switch line.kind {
            case .plot: kind = "line"
            case .horizontal: kind = "axhline"
            case .vertical: kind = "axvline"
            }
            var style = line.color.hexString + " " + line.lineStyle.rawValue
            if let marker = line.marker { style += " " + marker.rawValue }
            return SeriesDescription(kind: kind, label: label, style: style, x: line.x, y: line.y)
        case let scatter as Scatter:
            var extra: [String: [Double]] = ["sizes": scatter.sizes]
            if let values = scatter.values { extra["values"] = values }
            let style =
                (scatter.values == nil
                    ? scatter.colors.first?.hexString ?? "" : scatter.colorMap.name)
                + " " + scatter.marker.rawValue
            return SeriesDescription(
                kind: "scatter", label: label, style: style, x: scatter.x, y: scatter.y,
                extra: extra)
        case let bars as Bars:
            let style = bars.colors.first?.hexString
            if bars.kind == .histogram {
                let edges =
                    bars.rectangles.map(\.x) + [bars.rectangles.last.map { $0.x + $0.width } ?? 0]
                return SeriesDescription(
                    kind: "hist", label: label, style: style,
                    x: bars.rectangles.isEmpty ? [] : edges,
                    y: bars.rectangles.map(\.height))
            }
            let horizontal = bars.kind == .horizontalBar
            return SeriesDescription(
                kind: bars.kind.rawValue, label: label, style: style,
                x: bars.rectangles.map { horizontal ? $0.y + $0.height / 2 : $0.x + $0.width / 2 },
                y: bars.rectangles.map { horizontal ? $0.width : $0.height },
                extra: [
                    "bottom": bars.rectangles.map { horizontal ? $0.x : $0.y },
                    "width": bars.rectangles.map { horizontal ? $0.height : $0.width },
                ])
        case let area as Area:
            let style = (area.fillColor ?? area.edgeColor)?.hexString
            if area.kind == .histogramStep {
                return SeriesDescription(
                    kind: "hist_step", label: label, style: style, x: area.x, y: area.upper)
            }
            return SeriesDescription(
                kind: "fill_between", label: label, style: style, x: area.x, y: area.upper,
                extra: ["y2": area.lower])
        case let image as ImageArtist:
            let values: [Double]
            switch image.pixels {
            case .values(let scalars): values = scalars
            case .colors(let colors):
                values = colors.flatMap { [$0.red, $0.green, $0.blue, $0.alpha] }
            }
            let (low, high) = image.valueRange
            let extent = image.resolvedExtent
            return SeriesDescription(
                kind: "image", label: label, style: image.colorMap.name,
                x: [extent.left, extent.right], y: [extent.bottom, extent.top],
                extra: [
                    "values": values, "shape": [Double(image.rows), Double(image.columns)],
                    "range": [low, high],
                ])
        case let text as TextArtist:
            return SeriesDescription(kind: "text", text: text.text, x: [text.x], y: [text.y])
        default:
            return nil
        }
    }
}
