import Foundation
import Testing

@testable import Tensors

/// Float32 sums and means as TensorFlow 2.15 and numpy 1.26 round them, for many lengths.
///
/// The fixture `reductions/float32-sums.txt` holds real outputs for deterministic inputs
/// (`((i × 2654435761 + salt × 97) mod 1000003) / 1000003 − 0.5` as float32): TensorFlow and
/// numpy add in different orders, so their last digits differ, and each dialect must match
/// its own library.
@Suite struct ReductionOrderTests {
    private func values(_ count: Int, salt: Int) -> [Float] {
        (0..<count).map { i in
            Float(Double((i * 2_654_435_761 + salt * 97) % 1_000_003) / 1_000_003.0 - 0.5)
        }
    }

    private func text(_ tensor: Tensor) -> [String] {
        (0..<tensor.count).map {
            Tensor.numpyScalarRepr(tensor.elementUnchecked($0), dtype: .float32)
        }
    }

    private var lines: [Substring] {
        let url = Fixtures.goldenRoot.appendingPathComponent("reductions/float32-sums.txt")
        let contents = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return contents.split(separator: "\n")
    }

    @Test func wholeArrayReductionsMatchEachLibrary() throws {
        let rows = lines.filter { $0.hasPrefix("sum ") || $0.hasPrefix("mean ") }
        #expect(rows.count == 128)
        for row in rows {
            let parts = row.split(separator: " ").map(String.init)
            let op: ReduceOp = parts[0] == "sum" ? .sum : .mean
            let count = try #require(Int(parts[1]))
            let tensor = try Tensor(shape: [count], scalars: values(count, salt: 1))
            let tensorflow = try tensor.reduced(op)
            let numpy = try tensor.reduced(op, dialect: .numpy)
            #expect(text(tensorflow) == [parts[2]], "TensorFlow \(row)")
            #expect(text(numpy) == [parts[3]], "numpy \(row)")
        }
    }

    @Test func axisReductionsMatchEachLibrary() throws {
        let rows = lines.filter { $0.hasPrefix("axis") }
        #expect(rows.count == 14)
        for row in rows {
            let halves = row.split(separator: "|")
            let head = halves[0].split(separator: " ").map(String.init)
            let numpyValues = halves[1].split(separator: " ").map(String.init)
            let size = head[1].split(separator: "x").compactMap { Int($0) }
            let axis = head[0] == "axis1" ? 1 : 0
            let matrix = try Tensor(
                shape: size, scalars: values(size[0] * size[1], salt: 2))
            let tensorflow = try text(matrix.reduced(.sum, axes: [axis])).prefix(50)
            let numpy = try text(matrix.reduced(.sum, axes: [axis], dialect: .numpy)).prefix(50)
            #expect(
                Array(tensorflow) == Array(head.dropFirst(2).prefix(50)),
                "TensorFlow \(head[0]) \(head[1])")
            #expect(Array(numpy) == Array(numpyValues.prefix(50)), "numpy \(head[0]) \(head[1])")
        }
    }
}
