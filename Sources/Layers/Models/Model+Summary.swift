import Foundation
import Tensors

extension Model {
    /// Keras 2.15's `model.summary()` text, every line ending in a newline: the model's name,
    /// one row per layer (name and class, output shape or `multiple`, parameter count or
    /// `0 (unused)` for a layer never built) separated by blank rows, and the totals with
    /// their sizes in bytes (`Total params: 25 (100.00 Byte)`).
    ///
    /// ```text
    /// Model: "sequential_1"
    /// _________________________________________________________________
    ///  Layer (type)                Output Shape              Param #
    /// =================================================================
    ///  dense_2 (Dense)             (None, 2)                 8
    /// …
    /// ```
    ///
    /// - Parameter lineLength: the table's width (65 by default, as Keras).
    /// - Throws: Keras's `ValueError` for a model that isn't built (`This model has not yet
    ///   been built. Build the model first by calling `build()` or by calling the model on a
    ///   batch of data.`).
    public func summary(lineLength: Int = 65) throws -> String {
        guard built else {
            throw LayerError(
                .value,
                "This model has not yet been built. Build the model first by calling `build()` "
                    + "or by calling the model on a batch of data.")
        }
        let positions = [0.45, 0.85, 1.0].map { Int(Double(lineLength) * $0) }
        var lines: [String] = []
        lines.append("Model: \"\(name)\"")
        lines.append(String(repeating: "_", count: lineLength))
        lines += SummaryTable.row(
            ["Layer (type)", "Output Shape", "Param #"], positions: positions)
        lines.append(String(repeating: "=", count: lineLength))
        for layer in layers {
            let shape = (try? layer.outputShape())?.description ?? "multiple"
            let params = layer.built ? String((try? layer.countParams()) ?? 0) : "0 (unused)"
            lines += SummaryTable.row(
                ["\(layer.name) (\(layer.className))", shape, params], positions: positions)
            lines.append(String(repeating: " ", count: lineLength))
        }
        lines.append(String(repeating: "=", count: lineLength))
        let trainable = trainableWeights
        let frozen = nonTrainableWeights
        let trainableCount = trainable.reduce(0) { $0 + $1.count }
        let frozenCount = frozen.reduce(0) { $0 + $1.count }
        let trainableBytes = trainable.reduce(0) { $0 + $1.count * $1.dtype.byteSize }
        let frozenBytes = frozen.reduce(0) { $0 + $1.count * $1.dtype.byteSize }
        lines.append(
            "Total params: \(trainableCount + frozenCount) "
                + "(\(SummaryTable.readableSize(trainableBytes + frozenBytes)))")
        lines.append(
            "Trainable params: \(trainableCount) (\(SummaryTable.readableSize(trainableBytes)))")
        lines.append(
            "Non-trainable params: \(frozenCount) (\(SummaryTable.readableSize(frozenBytes)))")
        lines.append(String(repeating: "_", count: lineLength))
        return lines.map { $0 + "\n" }.joined()
    }
}

/// The layout rules of Keras's summary table.
enum SummaryTable {
    /// The lines of one row: each field is cut to its column's width (less two spaces of gap, and
    /// one more except in the last column), or earlier right after a `),` `},` `],` or `',`; what
    /// doesn't fit continues on the next line.
    ///
    /// Every line is padded to the column positions, the first field starting after one space.
    static func row(_ fields: [String], positions: [Int]) -> [String] {
        var remaining = fields.map { Array($0) }
        var lines: [String] = []
        while remaining.contains(where: { !$0.isEmpty }) {
            var line: [Character] = []
            for column in remaining.indices {
                let start = column > 0 ? positions[column - 1] : 0
                let end = positions[column]
                let isLast = column == positions.count - 1
                let gap = isLast ? 0 : 2
                var cutoff = end - start - gap - (isLast ? 0 : 1)
                var fit = Array(remaining[column].prefix(Swift.max(cutoff, 0)))
                let text = String(fit)
                let breaks = ["),", "},", "],", "',"].compactMap { marker -> Int? in
                    guard let range = text.range(of: marker) else { return nil }
                    return text.distance(from: text.startIndex, to: range.upperBound)
                }
                if let earliest = breaks.min() {
                    cutoff = earliest
                    fit = Array(fit.prefix(cutoff))
                }
                if column == 0 { line.append(" ") }
                line += fit
                line += Array(repeating: " ", count: gap)
                remaining[column] = Array(remaining[column].dropFirst(Swift.max(cutoff, 0)))
                if line.count < end {
                    line += Array(repeating: " ", count: end - line.count)
                }
            }
            lines.append(String(line))
        }
        return lines
    }

    /// Keras's `readable_memory_size`: bytes in the largest unit below 1024 of it, with two
    /// decimals (`100.00 Byte`, `397.54 KB`, `1.02 MB`).
    static func readableSize(_ bytes: Int) -> String {
        let units = ["Byte", "KB", "MB", "GB", "TB", "PB"]
        var size = Double(bytes)
        for unit in units {
            if size / 1024 < 1 {
                return String(format: "%.2f %@", size, unit)
            }
            size /= 1024
        }
        return String(format: "%.2f %@", size, "PB")
    }
}
