import Foundation
import Layers
import Tensors
import Testing

/// Helpers shared by the training tests (optimizers, losses, metrics, layers, `fit`) to read
/// what real TensorFlow printed in `Fixtures/tensorflow/*.tf.json`.
enum PythonText {
    /// Every number in `text` (a printed Python list, possibly nested), in order.
    static func numbers(_ text: Substring) -> [Double] {
        var result: [Double] = []
        var current = ""
        func flush() {
            if !current.isEmpty, let value = Double(current) { result.append(value) }
            current = ""
        }
        for char in text {
            if char.isNumber || char == "." || char == "-" || char == "e" || char == "+" {
                current.append(char)
            } else {
                flush()
            }
        }
        flush()
        return result
    }

    /// The numbers on line `index` of a fixture cell's output.
    static func numbers(_ output: String, line index: Int) throws -> [Double] {
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(index < lines.count ? lines[index] : nil, "no line \(index)")
        return numbers(line)
    }

    /// IPython's display of a dict whose values are already reprs: one line when it fits in
    /// 79 columns, otherwise one entry per line.
    static func dict(_ entries: [(key: String, value: String)]) -> String {
        let items = entries.map { "'\($0.key)': \($0.value)" }
        let single = "{" + items.joined(separator: ", ") + "}"
        if single.count <= 79 { return single }
        return "{" + items.joined(separator: ",\n ") + "}"
    }
}

/// The float32 elements of a tensor as doubles (exactly), in row-major order.
func floats(_ tensor: Tensor) -> [Double] {
    (tensor.cast(to: .float64).scalars(as: Double.self) ?? [])
}

/// Whether two lists of numbers agree within a relative tolerance (absolute near zero).
func close(_ a: [Double], _ b: [Double], tolerance: Double = 1e-6) -> Bool {
    guard a.count == b.count else { return false }
    return zip(a, b).allSatisfy { x, y in
        Swift.abs(x - y) <= tolerance * Swift.max(1, Swift.abs(x), Swift.abs(y))
    }
}
