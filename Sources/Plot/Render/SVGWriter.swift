/// Writes a laid-out scene as SVG text, deterministic to the byte: no dates, no random ids,
/// numbers with at most two decimals.
///
/// Theming: every themed element carries matplotlib's colour as an attribute (what any SVG
/// viewer shows) and a class whose CSS rule replaces it where CSS custom properties work:
/// text, spines, ticks and black data use `--lit-plot-ink` (default `currentColor`, the
/// page's text colour when the SVG is inlined), grid lines `--lit-plot-grid` (`#b0b0b0`),
/// the legend's background `--lit-plot-paper` (`#fff`) and border `--lit-plot-frame`
/// (`#ccc`). A page sets them for its dark theme. The SVG uses no `id`s, so many figures can
/// be inlined in one page.
enum SVGWriter {
    /// The style sheet every figure carries (classes are prefixed to stay out of the page's way).
    static let styleSheet =
        ".lit-plot text{fill:var(--lit-plot-ink,currentColor)}"
        + ".lit-plot .lp-ink{stroke:var(--lit-plot-ink,currentColor)}"
        + ".lit-plot .lp-inkfill{fill:var(--lit-plot-ink,currentColor)}"
        + ".lit-plot .lp-grid{stroke:var(--lit-plot-grid,#b0b0b0)}"
        + ".lit-plot .lp-paper{fill:var(--lit-plot-paper,#fff)}"
        + ".lit-plot .lp-frame{stroke:var(--lit-plot-frame,#ccc)}"

    static func write(_ scene: Scene, options: SVGOptions) -> String {
        var viewBox = Rect(x: 0, y: 0, width: scene.width, height: scene.height)
        if case .tight(let padding) = options.bounds, let bounds = scene.tightBounds {
            viewBox = Rect(
                x: bounds.x - padding, y: bounds.y - padding, width: bounds.width + 2 * padding,
                height: bounds.height + 2 * padding)
        }
        var out: [UInt8] = []
        out.reserveCapacity(16_384)
        out += Array("<svg xmlns=\"http://www.w3.org/2000/svg\"".utf8)
        if scene.containsImage {
            out += Array(" xmlns:xlink=\"http://www.w3.org/1999/xlink\"".utf8)
        }
        out += Array(
            " class=\"lit-plot\" font-family=\"'DejaVu Sans','Bitstream Vera Sans',Verdana,Geneva,sans-serif\""
                .utf8)
        out += Array(" font-size=\"10\" width=\"".utf8)
        NumberWriter.append(viewBox.width, to: &out)
        out += Array("pt\" height=\"".utf8)
        NumberWriter.append(viewBox.height, to: &out)
        out += Array("pt\" viewBox=\"".utf8)
        for (index, value) in [viewBox.x, viewBox.y, viewBox.width, viewBox.height].enumerated() {
            if index > 0 { out.append(UInt8(ascii: " ")) }
            NumberWriter.append(value, to: &out)
        }
        out += Array("\">\n<style>\(styleSheet)</style>\n".utf8)
        if let background = options.background {
            out += Array("<rect x=\"".utf8)
            NumberWriter.append(viewBox.x, to: &out)
            out += Array("\" y=\"".utf8)
            NumberWriter.append(viewBox.y, to: &out)
            out += Array("\" width=\"100%\" height=\"100%\" fill=\"\(background.hexString)\"".utf8)
            if background.alpha < 1 {
                out += Array(" fill-opacity=\"".utf8)
                NumberWriter.append(background.alpha, to: &out, decimals: 3)
                out.append(UInt8(ascii: "\""))
            }
            out += Array("/>\n".utf8)
        }
        write(scene.items, to: &out)
        out += Array("</svg>\n".utf8)
        return String(decoding: out, as: UTF8.self)
    }

    private static func write(_ items: [SceneItem], to out: inout [UInt8]) {
        for item in items {
            switch item {
            case .path(let d, let style):
                writePath(d, style, to: &out)
            case .text(let text):
                writeText(text, to: &out)
            case .image(let image):
                writeImage(image, to: &out)
            case .clipped(let rect, let inner):
                // A nested viewport clips without a clipPath id (ids would collide when
                // several figures are inlined in one page).
                out += Array("<svg x=\"".utf8)
                NumberWriter.append(rect.x, to: &out)
                out += Array("\" y=\"".utf8)
                NumberWriter.append(rect.y, to: &out)
                out += Array("\" width=\"".utf8)
                NumberWriter.append(rect.width, to: &out)
                out += Array("\" height=\"".utf8)
                NumberWriter.append(rect.height, to: &out)
                out += Array("\" viewBox=\"".utf8)
                for (index, value) in [rect.x, rect.y, rect.width, rect.height].enumerated() {
                    if index > 0 { out.append(UInt8(ascii: " ")) }
                    NumberWriter.append(value, to: &out)
                }
                out += Array("\">\n".utf8)
                write(inner, to: &out)
                out += Array("</svg>\n".utf8)
            }
        }
    }

    private static func writePath(_ d: [UInt8], _ style: PathStyle, to out: inout [UInt8]) {
        out += Array("<path".utf8)
        var classes: [String] = []
        var attributes: [UInt8] = []
        func attribute(_ name: String, _ value: String) {
            attributes += Array(" \(name)=\"\(value)\"".utf8)
        }
        func number(_ name: String, _ value: Double, decimals: Int = 2) {
            attributes += Array(" \(name)=\"".utf8)
            NumberWriter.append(value, to: &attributes, decimals: decimals)
            attributes.append(UInt8(ascii: "\""))
        }
        // Themed paints keep matplotlib's colour as the attribute; the class restyles it.
        switch style.fill {
        case nil: attribute("fill", "none")
        case .color(let color)?: attribute("fill", color.hexString)
        case .ink?:
            classes.append("lp-inkfill")
            attribute("fill", "#000000")
        case .paper?:
            classes.append("lp-paper")
            attribute("fill", "#ffffff")
        case .grid?, .frame?: attribute("fill", "none")
        }
        if style.fill != nil && style.fillOpacity < 1 {
            number("fill-opacity", style.fillOpacity, decimals: 3)
        }
        if let stroke = style.stroke {
            switch stroke {
            case .color(let color): attribute("stroke", color.hexString)
            case .ink:
                classes.append("lp-ink")
                attribute("stroke", "#000000")
            case .grid:
                classes.append("lp-grid")
                attribute("stroke", "#b0b0b0")
            case .frame:
                classes.append("lp-frame")
                attribute("stroke", "#cccccc")
            case .paper: attribute("stroke", "#ffffff")
            }
            if style.strokeOpacity < 1 {
                number("stroke-opacity", style.strokeOpacity, decimals: 3)
            }
            if style.strokeWidth != 1 { number("stroke-width", style.strokeWidth) }
            if let dashes = style.dashes {
                attributes += Array(" stroke-dasharray=\"".utf8)
                for (index, dash) in dashes.enumerated() {
                    if index > 0 { attributes.append(UInt8(ascii: ",")) }
                    NumberWriter.append(dash, to: &attributes)
                }
                attributes.append(UInt8(ascii: "\""))
            }
            if style.lineCap != "butt" { attribute("stroke-linecap", style.lineCap) }
            if style.lineJoin != "miter" { attribute("stroke-linejoin", style.lineJoin) }
        }
        if !classes.isEmpty { out += Array(" class=\"\(classes.joined(separator: " "))\"".utf8) }
        out += attributes
        out += Array(" d=\"".utf8)
        out += d
        out += Array("\"/>\n".utf8)
    }

    private static func writeText(_ text: PlacedText, to out: inout [UInt8]) {
        out += Array("<text x=\"".utf8)
        NumberWriter.append(text.x, to: &out)
        out += Array("\" y=\"".utf8)
        NumberWriter.append(text.y, to: &out)
        out.append(UInt8(ascii: "\""))
        if text.size != 10 {
            out += Array(" font-size=\"".utf8)
            NumberWriter.append(text.size, to: &out)
            out.append(UInt8(ascii: "\""))
        }
        if text.anchor != "start" { out += Array(" text-anchor=\"\(text.anchor)\"".utf8) }
        if text.rotation != 0 {
            out += Array(" transform=\"rotate(".utf8)
            NumberWriter.append(-text.rotation, to: &out)
            out.append(UInt8(ascii: " "))
            NumberWriter.append(text.x, to: &out)
            out.append(UInt8(ascii: " "))
            NumberWriter.append(text.y, to: &out)
            out += Array(")\"".utf8)
        }
        if case .color(let color) = text.paint {
            out += Array(" style=\"fill:\(color.hexString)\"".utf8)
        }
        if text.opacity < 1 {
            out += Array(" opacity=\"".utf8)
            NumberWriter.append(text.opacity, to: &out, decimals: 3)
            out.append(UInt8(ascii: "\""))
        }
        out.append(UInt8(ascii: ">"))
        // Baseline offsets are relative in SVG (dy): track the current one.
        var current = 0.0
        var afterScript = false
        for (index, line) in text.lines.enumerated() {
            if index > 0 {
                // A new line: back at the anchor's x, one step down (and back from a script).
                let step = text.lineSteps[min(index - 1, text.lineSteps.count - 1)] + current
                current = 0
                afterScript = false
                out += Array("<tspan x=\"".utf8)
                NumberWriter.append(text.x, to: &out)
                out += Array("\" dy=\"".utf8)
                NumberWriter.append(step, to: &out)
                out += Array("\">".utf8)
            }
            for run in line.runs {
                let offset = Typesetting.offset(run.shift, size: text.size)
                // A script starts after a small gap and leaves a little space after it.
                var gap = run.spaceBefore * text.size
                if run.shift != .none { gap += text.size * Typesetting.scriptGap }
                if afterScript { gap += text.size * Typesetting.scriptTrail }
                afterScript = run.shift != .none
                let plain = offset == current && gap == 0 && run.shift == .none && !run.isItalic
                if plain {
                    escape(run.text, into: &out)
                    continue
                }
                out += Array("<tspan".utf8)
                if gap != 0 {
                    out += Array(" dx=\"".utf8)
                    NumberWriter.append(gap, to: &out)
                    out.append(UInt8(ascii: "\""))
                }
                if offset != current {
                    out += Array(" dy=\"".utf8)
                    NumberWriter.append(current - offset, to: &out)
                    out.append(UInt8(ascii: "\""))
                    current = offset
                }
                if run.shift != .none {
                    out += Array(" font-size=\"".utf8)
                    NumberWriter.append(text.size * Typesetting.scriptScale, to: &out)
                    out.append(UInt8(ascii: "\""))
                }
                if run.isItalic { out += Array(" font-style=\"italic\"".utf8) }
                out.append(UInt8(ascii: ">"))
                escape(run.text, into: &out)
                out += Array("</tspan>".utf8)
            }
            if index > 0 { out += Array("</tspan>".utf8) }
        }
        out += Array("</text>\n".utf8)
    }

    private static func writeImage(_ image: PlacedImage, to out: inout [UInt8]) {
        out += Array("<image x=\"".utf8)
        NumberWriter.append(image.rect.x, to: &out)
        out += Array("\" y=\"".utf8)
        NumberWriter.append(image.rect.y, to: &out)
        out += Array("\" width=\"".utf8)
        NumberWriter.append(image.rect.width, to: &out)
        out += Array("\" height=\"".utf8)
        NumberWriter.append(image.rect.height, to: &out)
        out += Array("\" preserveAspectRatio=\"none\"".utf8)
        if image.opacity < 1 {
            out += Array(" opacity=\"".utf8)
            NumberWriter.append(image.opacity, to: &out, decimals: 3)
            out.append(UInt8(ascii: "\""))
        }
        out += Array(" xlink:href=\"data:image/png;base64,".utf8)
        Base64.append(image.png, to: &out)
        out += Array("\"/>\n".utf8)
    }

    private static func escape(_ text: String, into out: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out += Array("&amp;".utf8)
            case UInt8(ascii: "<"): out += Array("&lt;".utf8)
            case UInt8(ascii: ">"): out += Array("&gt;".utf8)
            default: out.append(byte)
            }
        }
    }
}

extension Scene {
    /// Whether any image is drawn (the SVG then declares the xlink namespace).
    var containsImage: Bool {
        func check(_ items: [SceneItem]) -> Bool {
            items.contains { item in
                switch item {
                case .image: return true
                case .clipped(_, let inner): return check(inner)
                default: return false
                }
            }
        }
        return check(items)
    }
}
