import NumberFormat

/// numpy 1.26's `array2string`, `repr` and `str` for a tensor's elements.
///
/// The printer follows numpy's defaults: lines of at most 75 columns, summarization of arrays
/// with more than 1000 elements to their first and last 3 items per axis, one element format
/// (width, notation) for the whole array computed from the elements shown, rows of a matrix on
/// their own lines aligned under the first bracket, and a blank line between blocks of 3-d and
/// higher arrays.
struct ArrayPrinter {
    /// numpy's `linewidth`.
    static let lineWidth = 75
    /// numpy's `threshold`: arrays with more elements are summarized.
    static let threshold = 1000
    /// numpy's `edgeitems`.
    static let edgeItems = 3

    private let shape: [Int]
    private let strides: [Int]
    private let summarize: Bool
    private let element: (Int) -> String

    init(_ tensor: Tensor) {
        shape = tensor.shape
        strides = Self.rowMajorStrides(shape)
        summarize = tensor.count > Self.threshold
        let offsets = Self.shownOffsets(shape: shape, strides: strides, summarize: summarize)
        element = Self.elementFormatter(tensor, shownOffsets: offsets)
    }

    static func rowMajorStrides(_ shape: [Int]) -> [Int] {
        var strides = Array(repeating: 1, count: shape.count)
        var stride = 1
        for axis in shape.indices.reversed() {
            strides[axis] = stride
            stride *= shape[axis]
        }
        return strides
    }

    /// The indices shown along an axis of length `n`.
    private static func shownIndices(_ n: Int, summarize: Bool) -> [Int] {
        if summarize && n > 2 * edgeItems {
            return Array(0..<edgeItems) + Array((n - edgeItems)..<n)
        }
        return Array(0..<n)
    }

    /// The row-major offsets of every element shown (numpy's `_leading_trailing`).
    private static func shownOffsets(shape: [Int], strides: [Int], summarize: Bool) -> [Int] {
        var offsets = [0]
        for axis in shape.indices {
            let indices = shownIndices(shape[axis], summarize: summarize)
            var next: [Int] = []
            next.reserveCapacity(offsets.count * indices.count)
            for base in offsets {
                for index in indices { next.append(base + index * strides[axis]) }
            }
            offsets = next
        }
        return offsets
    }

    /// The element format for the whole array, from the elements shown.
    private static func elementFormatter(_ tensor: Tensor, shownOffsets: [Int]) -> (Int) -> String {
        switch tensor.storage {
        case .float32(let values):
            let formatter = FloatFormatter(
                shownOffsets.map { Double(values[$0]) }, isFloat32: true)
            return { formatter.format(Double(values[$0])) }
        case .float64(let values):
            let formatter = FloatFormatter(shownOffsets.map { values[$0] }, isFloat32: false)
            return { formatter.format(values[$0]) }
        case .int32(let values):
            let width = integerWidth(shownOffsets.map { Int64(values[$0]) })
            return { rightAligned(String(values[$0]), width) }
        case .int64(let values):
            let width = integerWidth(shownOffsets.map { values[$0] })
            return { rightAligned(String(values[$0]), width) }
        case .bool(let values):
            let trueText = tensor.shape.isEmpty ? "True" : " True"
            return { values[$0] ? trueText : "False" }
        }
    }

    private static func integerWidth(_ values: [Int64]) -> Int {
        guard let low = values.min(), let high = values.max() else { return 0 }
        return max(String(low).utf8.count, String(high).utf8.count)
    }

    private static func rightAligned(_ text: String, _ width: Int) -> String {
        let count = text.utf8.count
        return count >= width ? text : String(repeating: " ", count: width - count) + text
    }

    /// numpy's `array2string(a, separator=…, prefix=…)` with `lineWidth` already reduced by
    /// the suffix.
    func render(separator: String, prefix: String, lineWidth: Int) -> String {
        if shape.contains(0) { return "[]" }
        let hanging = String(repeating: " ", count: prefix.utf8.count + 1)
        return recurse(axis: 0, offset: 0, hanging: hanging, width: lineWidth, separator: separator)
    }

    private func recurse(axis: Int, offset: Int, hanging: String, width: Int, separator: String)
        -> String
    {
        if axis == shape.count { return element(offset) }
        let nextHanging = hanging + " "
        let nextWidth = width - 1
        let length = shape[axis]
        let stride = strides[axis]
        let showSummary = summarize && 2 * Self.edgeItems < length
        let leading = showSummary ? Self.edgeItems : 0
        let trailing = showSummary ? Self.edgeItems : length
        let trimmedSeparator = String(separator.reversed().drop { $0 == " " }.reversed())
        var text = ""
        func child(_ index: Int) -> String {
            recurse(
                axis: axis + 1, offset: offset + index * stride, hanging: nextHanging,
                width: nextWidth, separator: separator)
        }
        if axis == shape.count - 1 {
            let elementWidth = width - max(trimmedSeparator.utf8.count, 1)
            var line = hanging
            func extend(_ word: String) {
                var wrap = line.utf8.count + word.utf8.count > elementWidth
                if line.utf8.count <= hanging.utf8.count { wrap = false }
                if wrap {
                    text += String(line.reversed().drop { $0 == " " }.reversed()) + "\n"
                    line = hanging
                }
                line += word
            }
            for index in 0..<leading {
                extend(child(index))
                line += separator
            }
            if showSummary {
                extend("...")
                line += separator
            }
            for index in (length - trailing)..<(length - 1) {
                extend(child(index))
                line += separator
            }
            extend(child(length - 1))
            text += line
        } else {
            let rowSeparator =
                trimmedSeparator + String(repeating: "\n", count: shape.count - axis - 1)
            for index in 0..<leading {
                text += hanging + child(index) + rowSeparator
            }
            if showSummary {
                text += hanging + "..." + rowSeparator
            }
            for index in (length - trailing)..<(length - 1) {
                text += hanging + child(index) + rowSeparator
            }
            text += hanging + child(length - 1)
        }
        return "[" + text.dropFirst(hanging.utf8.count) + "]"
    }
}
