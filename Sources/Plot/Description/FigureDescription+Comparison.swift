import Foundation

extension FigureDescription {
    /// The differences of this figure (what is drawn now) from `recorded`, in words, such
    /// as `figure 1, line 'cos': point 17 differs: 0.5403 vs 0.6000` (recorded value first).
    ///
    /// Numbers are equal when they differ by at most `tolerance` times the magnitude of
    /// their series (its largest absolute value), so values near zero are judged on the
    /// scale of the plot; NaNs equal NaNs. Each series reports its first differing point
    /// only. `name` starts every sentence; axes are named when there are several.
    public func differences(
        from recorded: FigureDescription, tolerance: Double = 1e-6, name: String = "figure"
    )
        -> [String]
    {
        var found: [String] = []
        if (width, height) != (recorded.width, recorded.height) {
            found.append(
                "\(name): size differs: \(number(recorded.width))x\(number(recorded.height)) vs "
                    + "\(number(width))x\(number(height)) inches")
        }
        if suptitle != recorded.suptitle {
            found.append(
                "\(name): title differs: \(quoted(recorded.suptitle)) vs \(quoted(suptitle))")
        }
        if axes.count != recorded.axes.count {
            found.append("\(name): \(recorded.axes.count) axes vs \(axes.count)")
        }
        for (index, (now, before)) in zip(axes, recorded.axes).enumerated() {
            let prefix =
                axes.count > 1 || recorded.axes.count > 1 ? "\(name), axes \(index + 1)" : name
            found += now.differences(from: before, tolerance: tolerance, prefix: prefix)
        }
        return found
    }
}

extension AxesDescription {
    func differences(from recorded: AxesDescription, tolerance: Double, prefix: String) -> [String]
    {
        var found: [String] = []
        func text(_ what: String, _ now: String?, _ before: String?) {
            if now != before {
                found.append("\(prefix): \(what) differs: \(quoted(before)) vs \(quoted(now))")
            }
        }
        text("title", title, recorded.title)
        text("x label", xLabel, recorded.xLabel)
        text("y label", yLabel, recorded.yLabel)
        text("x scale", xScale, recorded.xScale)
        text("y scale", yScale, recorded.yScale)
        for (what, now, before) in [
            ("x limits", xLimits, recorded.xLimits), ("y limits", yLimits, recorded.yLimits),
        ]
        where !close(now, before, tolerance: tolerance) {
            found.append("\(prefix): \(what) differ: \(pair(before)) vs \(pair(now))")
        }
        if legend != recorded.legend {
            found.append("\(prefix): legend differs: \(list(recorded.legend)) vs \(list(legend))")
        }
        if series.count != recorded.series.count {
            found.append(
                "\(prefix): \(count(recorded.series.count, "series", "series")) drawn vs \(series.count)"
            )
        }
        var ordinals: [String: Int] = [:]
        for (now, before) in zip(series, recorded.series) {
            ordinals[before.kind, default: 0] += 1
            let name =
                before.label.map { "\(before.kind) \(quoted($0))" }
                ?? "\(before.kind) \(ordinals[before.kind] ?? 1)"
            found += now.differences(
                from: before, tolerance: tolerance, prefix: "\(prefix), \(name)")
        }
        return found
    }
}

extension SeriesDescription {
    func differences(from recorded: SeriesDescription, tolerance: Double, prefix: String)
        -> [String]
    {
        if kind != recorded.kind { return ["\(prefix): is now a \(kind)"] }
        var found: [String] = []
        if label != recorded.label {
            found.append("\(prefix): label differs: \(quoted(recorded.label)) vs \(quoted(label))")
        }
        if style != recorded.style {
            found.append("\(prefix): style differs: \(quoted(recorded.style)) vs \(quoted(style))")
        }
        if text != recorded.text {
            found.append("\(prefix): text differs: \(quoted(recorded.text)) vs \(quoted(text))")
        }
        // The y values are the series' data; x values, and the extras, are named.
        if let message = compare(y, recorded.y, what: nil, tolerance: tolerance) {
            found.append("\(prefix): \(message)")
        }
        if let message = compare(x, recorded.x, what: "x", tolerance: tolerance) {
            found.append("\(prefix): \(message)")
        }
        for key in Set(extra.keys).union(recorded.extra.keys).sorted() {
            if let message = compare(
                extra[key] ?? [], recorded.extra[key] ?? [], what: key, tolerance: tolerance)
            {
                found.append("\(prefix): \(message)")
            }
        }
        return found
    }

    private func compare(_ now: [Double], _ before: [Double], what: String?, tolerance: Double)
        -> String?
    {
        let noun = what.map { "\($0) values" } ?? "points"
        if now.count != before.count { return "\(count(before.count, noun, noun)) vs \(now.count)" }
        let scale = before.filter(\.isFinite).map(abs).max() ?? 0
        for (index, (a, b)) in zip(now, before).enumerated()
        where !equal(a, b, scale: scale, tolerance: tolerance) {
            let subject = what.map { "\($0) of point \(index)" } ?? "point \(index)"
            return "\(subject) differs: \(number(b)) vs \(number(a))"
        }
        return nil
    }
}

/// Whether two values agree within `tolerance` of the series' magnitude.
private func equal(_ a: Double, _ b: Double, scale: Double, tolerance: Double) -> Bool {
    if a == b || (a.isNaN && b.isNaN) { return true }
    guard a.isFinite, b.isFinite else { return false }
    return abs(a - b) <= tolerance * max(scale, abs(a), abs(b))
}

private func close(_ now: [Double], _ before: [Double], tolerance: Double) -> Bool {
    guard now.count == before.count else { return false }
    let scale = max(
        before.filter(\.isFinite).map(abs).max() ?? 0,
        abs((before.last ?? 0) - (before.first ?? 0)))
    return zip(now, before).allSatisfy { equal($0, $1, scale: scale, tolerance: tolerance) }
}

/// A number with four decimals (`0.5403`), or four significant digits when very large or small.
private func number(_ value: Double) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value > 0 ? "inf" : "-inf" }
    let magnitude = abs(value)
    if magnitude != 0 && (magnitude < 1e-3 || magnitude >= 1e6) {
        return String(format: "%.4g", value)
    }
    return String(format: "%.4f", value)
}

private func pair(_ values: [Double]) -> String {
    "(" + values.map(number).joined(separator: ", ") + ")"
}

private func quoted(_ text: String?) -> String {
    text.map { "'\($0)'" } ?? "none"
}

private func list(_ labels: [String]?) -> String {
    labels.map { "[" + $0.map { "'\($0)'" }.joined(separator: ", ") + "]" } ?? "none"
}

private func count(_ n: Int, _ singular: String, _ plural: String) -> String {
    "\(n) \(n == 1 ? singular : plural)"
}
