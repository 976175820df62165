import Foundation
import Layers
import Tensors
import Testing

@Suite("Weights files")
struct SavingTests {
    private func makeNet(_ context: KerasContext) throws -> Sequential {
        let net = try Sequential(
            [
                Flatten(context: context), Dense(units: 4, activation: .relu, context: context),
                Dense(units: 1, context: context),
            ], context: context)
        _ = try net(try Tensor.ones([2, 4]))
        return net
    }

    private func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent(
            "lit-layers-\(UUID().uuidString)-\(name)"
        ).path
    }

    @Test func savedWeightsLoadIntoAFreshModelExactly() throws {
        let source = try makeNet(KerasContext(seed: 1))
        let target = try makeNet(KerasContext(seed: 2))
        #expect(source.getWeights() != target.getWeights())
        let path = temporaryPath("roundtrip")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try source.saveWeights(to: path)
        try target.loadWeights(from: path)
        #expect(source.getWeights() == target.getWeights())
        let x = try Tensor([[0.5, -1.0, 2.0, 0.25]])
        #expect(try source(x) == (try target(x)))
    }

    @Test func fileLayoutIsTheDocumentedOne() throws {
        let context = KerasContext(seed: 1)
        let dense = try Dense(
            units: 1, kernelInitializer: Constant(2), biasInitializer: Constant(0.5),
            context: context)
        _ = try dense(try Tensor.ones([1, 1]))
        let bytes = WeightsFile.encode(dense.weights)
        let name = Array("dense/kernel:0".utf8)
        var expected: [UInt8] = Array("LITWGHT".utf8) + [0, 1, 0, 0, 0, 2, 0, 0, 0]
        expected += [UInt8(name.count), 0, 0, 0] + name + [0, 2, 0, 0, 0]
        expected += [1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]
        #expect(Array(bytes.prefix(expected.count)) == expected)
        // The data ends the file: 2.0 and 0.5 as little-endian float32.
        #expect(Array(bytes.suffix(8)) == [0, 0, 0, 0x40, 0, 0, 0, 0x3F])
    }

    @Test func loadingRejectsBadFilesWithoutChangingWeights() throws {
        let net = try makeNet(KerasContext(seed: 1))
        let before = net.getWeights()
        let path = temporaryPath("bad")
        defer { try? FileManager.default.removeItem(atPath: path) }
        func expectLoadError(_ bytes: [UInt8], _ fragment: String) throws {
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let text = pythonError { try net.loadWeights(from: path) }
            #expect(text.hasPrefix("ValueError: "), "\(text)")
            #expect(text.contains(fragment), "\(text)")
            #expect(net.getWeights() == before)
        }
        try expectLoadError(Array("not a weights file".utf8), "is not a lit weights file")
        let good = WeightsFile.encode(net.weights)
        try expectLoadError(Array(good.dropLast(3)), "is truncated")
        try expectLoadError(Array(good.prefix(20)), "is truncated")
        try expectLoadError(good + [0], "unexpected bytes")
        var future = good
        future[8] = 2
        try expectLoadError(future, "has format version 2")

        let other = try Sequential(
            [Dense(units: 3, context: KerasContext(seed: 9))], context: KerasContext(seed: 9))
        _ = try other(try Tensor.ones([1, 4]))
        try expectLoadError(WeightsFile.encode(other.weights), "Weight count mismatch")
        let fresh = KerasContext(seed: 4)
        let bigger = try Sequential(
            [
                Flatten(context: fresh), Dense(units: 5, context: fresh),
                Dense(units: 1, context: fresh),
            ], context: fresh)
        _ = try bigger(try Tensor.ones([2, 4]))
        try expectLoadError(WeightsFile.encode(bigger.weights), "Shape mismatch")

        let missing = pythonError { try net.loadWeights(from: path + "-missing") }
        #expect(missing.hasPrefix("OSError: "))
    }
}
