import Foundation
import Testing

@testable import Tensors

/// Gradients and the new ops against what TensorFlow 2.15 printed for the same computation
/// (`Fixtures/gradients/golden.json`, written by `make_golden.py` next to it).
///
/// Most cases print exactly as TensorFlow does. The few marked `exact: false` compare values
/// to within two units in the last place: TensorFlow evaluates their logarithm, softplus or
/// reciprocal with vectorized approximations that round differently in the last bit.
@Suite struct GradientGoldenTests {
    private let images = Self.pattern([2, 5, 5, 2], modulo: 7, shift: 3)
    private let filters = Self.pattern([3, 3, 2, 3], modulo: 5, shift: 2)
    private let plane = Self.pattern([1, 5, 5, 1], modulo: 6, shift: 2)
    private let logits = Self.floats([2, 3], [1, 2, 3, 1, 0, -1])
    private let labels = Self.floats([2, 3], [0, 0, 1, 0.5, 0.5, 0])
    private let points = Self.floats([7], [-3, -1, -0.5, 0, 0.5, 1, 3])
    private let features = Self.floats([4, 2], [1, 2, 3, 4, 5, 6, 7, 8])
    private let targets = Self.floats([4, 1], [1, 0, 2, -1])

    @Test func arithmeticAndMatrixGradients() throws {
        try expect(grad({ try $0[0] * $0[0] }, [Tensor(scalar: Float(3))])[0], "square")
        try expect(
            grad({ try $0[0].matmul($0[1]) }, [features, Self.floats([2, 1], [0.5, -1])]), "matmul")
        let step = try grad(
            { v in
                try (features.matmul(v[0]) + v[1] - targets).square().reduced(.mean)
                    / Tensor(scalar: Float(2))
            }, [Self.floats([2, 1], [0.25, -0.5]), Self.floats([1], [1])])
        try expect(step, "linear-regression-step")
        try expect(
            grad({ try ($0[0] + $0[1]) * $0[0] }, [features, Self.floats([2], [1, -2])]),
            "broadcast-add-multiply")
        try expect(
            grad(
                { try $0[0] / $0[1] + $0[0].raised(to: $0[1]) },
                [Self.floats([3], [1, 2, 4]), Self.floats([3], [2, 0.5, 1])]),
            "divide-power")
        try expect(
            grad(
                { try $0[0].reduced(.prod, axes: [1]) },
                [Self.floats([3, 3], [0, 2, 3, 0, 0, 4, 1, 2, 3])])[0],
            "prod-grad-zeros")
        try expect(second({ try $0 * $0 * $0 }, Tensor(scalar: Float(2))), "cube-second")
        try expect(
            second({ try $0.sigmoid() }, Self.floats([3], [-1, 0.5, 2])), "sigmoid-second",
            exact: false)
    }

    @Test func crossEntropiesAndSoftmax() throws {
        try expect(
            Tensor.softmaxCrossEntropyWithLogits(labels: labels, logits: logits),
            "softmax-cross-entropy")
        try expect(
            grad(
                { try Tensor.softmaxCrossEntropyWithLogits(labels: $0[0], logits: $0[1]) },
                [labels, logits]),
            "softmax-cross-entropy-grad")
        let classes = Tensor(scalars: [Int32(2), 0])
        try expect(
            Tensor.sparseSoftmaxCrossEntropyWithLogits(labels: classes, logits: logits),
            "sparse-cross-entropy")
        try expect(
            grad(
                { try Tensor.sparseSoftmaxCrossEntropyWithLogits(labels: classes, logits: $0[0]) },
                [logits])[0],
            "sparse-cross-entropy-grad")
        let binary = Self.floats([3], [0, 1, 1])
        let scores = Self.floats([3], [-2, 0.5, 3])
        try expect(
            Tensor.sigmoidCrossEntropyWithLogits(labels: binary, logits: scores),
            "sigmoid-cross-entropy")
        try expect(
            grad(
                { try Tensor.sigmoidCrossEntropyWithLogits(labels: binary, logits: $0[0]) },
                [scores])[0],
            "sigmoid-cross-entropy-grad", exact: false)
        try expect(grad({ try $0[0].softmax() * labels }, [logits])[0], "softmax-grad")
        try expect(grad({ try $0[0].logSoftmax() * labels }, [logits])[0], "log-softmax-grad")
        try expect(logits.logSumExp(axes: [1]), "logsumexp")
        try expect(grad({ try $0[0].logSumExp(axes: [1]) }, [logits])[0], "logsumexp-grad")
    }

    @Test func convolutionsAndPooling() throws {
        try expect(images.conv2d(filters, strides: [1], padding: .valid), "conv2d-valid")
        try expect(images.conv2d(filters, strides: [2], padding: .same), "conv2d-same-stride")
        let corner = try filters.slice([
            .slice(start: nil, stop: 2, step: nil), .slice(start: nil, stop: 2, step: nil),
        ])
        try expect(images.conv2d(corner, padding: .valid, dilations: [2]), "conv2d-dilated")
        try expect(
            grad({ try $0[0].conv2d($0[1], strides: [1, 2], padding: .same) }, [images, filters]),
            "conv2d-grads")
        let grouped = try filters.slice([
            .all, .all, .slice(start: nil, stop: 1, step: nil),
            .slice(start: nil, stop: 2, step: nil),
        ])
        try expect(images.conv2d(grouped, padding: .valid), "conv2d-grouped")
        try expect(plane.maxPool2d(ksize: [2], strides: [2], padding: .same), "max-pool-same")
        try expect(
            grad({ try $0[0].maxPool2d(ksize: [3], strides: [1]) }, [plane])[0], "max-pool-grad")
        try expect(plane.avgPool2d(ksize: [2], strides: [2], padding: .same), "avg-pool-same")
        try expect(
            grad(
                { try $0[0].avgPool2d(ksize: [2, 3], strides: [2, 1], padding: .same) }, [plane])[
                    0],
            "avg-pool-grad")
    }

    @Test func gatherTileAndNormalization() throws {
        let rows = Tensor(scalars: [Int32(2), 0, 2])
        try expect(
            grad({ try $0[0].gather(rows) * Tensor(scalar: Float(2)) }, [features])[0],
            "gather-grad")
        try expect(
            grad({ try $0[0].gather(Tensor(scalars: [Int32(1), 1]), axis: 1) }, [features])[0],
            "gather-axis-grad")
        try expect(
            Tensor.unsortedSegmentSum(
                features, segmentIDs: Tensor(scalars: [Int32(1), -1, 1, 0]), count: 3),
            "segment-sum")
        let weights = try Tensor.range(limit: .int(12), dtype: .float32).reshaped([2, 6])
        try expect(
            grad({ try $0[0].tiled([2, 3]) * weights }, [Self.floats([1, 2], [1, 2])])[0],
            "tile-grad")
        let (mean, variance) = try features.moments(axes: [0])
        try expect([mean, variance], "moments")
        try expect(grad({ try $0[0].moments(axes: [0]).variance }, [features])[0], "moments-grad")
        try expect(
            Tensor.batchNormalization(
                features, mean: Self.floats([2], [4, 5]), variance: Self.floats([2], [5, 4]),
                offset: Self.floats([2], [0.5, -0.5]), scale: Self.floats([2], [2, 1]),
                varianceEpsilon: 1e-3),
            "batch-normalization")
        try expect(
            grad(
                {
                    try Tensor.batchNormalization(
                        $0[0], mean: $0[1], variance: $0[2], offset: nil, scale: nil,
                        varianceEpsilon: 1e-3)
                }, [features, Self.floats([2], [4, 5]), Self.floats([2], [5, 4])]),
            "batch-normalization-grad", exact: false)
    }

    @Test func creationOps() throws {
        let indices = try Tensor(shape: [2, 2], scalars: [Int32(0), 2, 1, 5])
        try expect(
            Tensor.oneHot(
                indices, depth: 3, onValue: Tensor(scalar: Int32(5)),
                offValue: Tensor(scalar: Int32(-1)), axis: 1),
            "one-hot")
        try expect(
            Tensor.linspace(
                start: Tensor(scalar: Float(0)), stop: Tensor(scalar: Float(1)), num: 7), "linspace"
        )
        try expect(
            Tensor.linspace(
                start: Tensor(scalar: Int32(0)), stop: Tensor(scalar: Int32(10)), num: 5),
            "linspace-int")
        try expect(
            Tensor.linspace(
                start: Self.floats([2], [0, 1]), stop: Self.floats([2], [1, 3]), num: 4, axis: 1),
            "linspace-vector")
        try expect(
            Tensor.meshgrid([Tensor(scalars: [Int32(1), 2, 3]), Tensor(scalars: [Int32(4), 5])]),
            "meshgrid-xy")
        try expect(
            Tensor.meshgrid(
                [Self.floats([2], [1, 2]), Self.floats([3], [3, 4, 5])], indexing: .ij),
            "meshgrid-ij")
    }

    @Test func activations() throws {
        try expect(points.unary(.selu), "selu")
        try expect(points.unary(.softsign), "softsign")
        try expect((points * Tensor(scalar: Float(3))).unary(.relu6), "relu6")
        try expect(points.leakyRelu(), "leaky-relu")
        try expect(points.swish(), "swish")
        try expect(grad({ try $0[0].swish() }, [points])[0], "swish-grad")
        try expect(points.gelu(), "gelu")
        try expect(points.gelu(approximate: true), "gelu-approximate")
        try expect(points.logSigmoid(), "log-sigmoid", exact: false)
        try expect(points.hardSigmoid(), "hard-sigmoid")
        try expect(points.mish(), "mish", exact: false)
        let sum = try grad(
            { x in
                let x = x[0]
                return try x.unary(.selu) + x.unary(.softsign)
                    + (x * Tensor(scalar: Float(3))).unary(.relu6)
                    + x.leakyRelu() + x.unary(.elu) + x.unary(.softplus)
            }, [points])
        try expect(sum[0], "activation-grads", exact: false)
    }

    @Test func misuseRaisesTensorFlowsErrors() throws {
        let ones = { (shape: [Int]) in
            Tensor(unchecked: shape, .float32(Array(repeating: 1, count: shape.reduce(1, *))))
        }
        try expectError("error-conv-padding") {
            try images.conv2d(filters, padding: Padding(tensorflowName: "same", op: "Conv2D"))
        }
        try expectError("error-conv-depth") {
            try images.slice([.ellipsis, .slice(start: nil, stop: 1, step: nil)]).conv2d(
                ones([3, 3, 2, 1]))
        }
        try expectError("error-conv-rank") { try images[.index(0)].conv2d(filters) }
        try expectError("error-conv-negative") { try images.conv2d(ones([7, 7, 2, 1])) }
        try expectError("error-pool-zero") { try plane.maxPool2d(ksize: [0], strides: [1]) }
        try expectError("error-avg-pool-int") {
            try plane.cast(to: .int32).avgPool2d(ksize: [2], strides: [2])
        }
        try expectError("error-gather") {
            try features.gather(Tensor(shape: [2, 2], scalars: [Int32(0), 1, 5, 0]))
        }
        try expectError("error-sparse-labels") {
            try Tensor.sparseSoftmaxCrossEntropyWithLogits(
                labels: Tensor(scalars: [Int32(5), 1]), logits: logits)
        }
        try expectError("error-xent-shape") {
            try Tensor.softmaxCrossEntropyWithLogits(
                labels: labels.slice([.all, .slice(start: nil, stop: 2, step: nil)]), logits: logits
            )
        }
        try expectError("error-sigmoid-shape") {
            try Tensor.sigmoidCrossEntropyWithLogits(labels: ones([2]), logits: ones([3]))
        }
        try expectError("error-one-hot-depth") {
            try Tensor.oneHot(Tensor(scalars: [Int32(1), 2]), depth: -1)
        }
        try expectError("error-tile") { try features.tiled([1, 2, 3]) }
        var generator = RandomGenerator(seed: 0)
        try expectError("error-categorical") {
            try Tensor.categorical(
                logits: Self.floats([2], [1, 2]), numSamples: 3, using: &generator)
        }
        try expectError("error-dropout") { try features.dropout(rate: 1, using: &generator) }
    }

    // MARK: - Helpers

    /// `(i mod modulo) − shift` for i = 0, 1, … in `shape`, as float32 (exact small integers).
    private static func pattern(_ shape: [Int], modulo: Int, shift: Int) -> Tensor {
        let count = shape.reduce(1, *)
        return floats(shape, (0..<count).map { Double($0 % modulo - shift) })
    }

    private static func floats(_ shape: [Int], _ values: [Double]) -> Tensor {
        Tensor(unchecked: shape, .float32(values.map { Float($0) }))
    }

    /// The tape's gradients of `f` with respect to each input.
    private func grad(_ f: ([Tensor]) throws -> Tensor, _ inputs: [Tensor]) throws -> [Tensor] {
        let tape = GradientTape(context: DifferentiationContext())
        var watched = inputs
        let target = try tape.record {
            watched = try watched.map { try tape.watch($0) }
            return try f(watched)
        }
        return try tape.gradient(target, watched).map { try #require($0) }
    }

    /// The second derivative of `f` at `x`, by nested tapes.
    private func second(_ f: (Tensor) throws -> Tensor, _ x: Tensor) throws -> Tensor {
        let context = DifferentiationContext()
        let outer = GradientTape(context: context)
        var point = x
        let first = try outer.record { () throws -> Tensor in
            point = try outer.watch(point)
            let inner = GradientTape(context: context)
            let y = try inner.record { () throws -> Tensor in
                point = try inner.watch(point)
                return try f(point)
            }
            return try #require(try inner.gradient(y, point))
        }
        return try #require(try outer.gradient(first, point))
    }

    private struct Golden: Decodable {
        let repr: String?
        let shape: [Int]?
        let dtype: String?
        let values: [Double]?
        let error: String?
        let list: [Golden]?
    }

    private static let golden: [String: Golden] = {
        let url = Fixtures.goldenRoot.appendingPathComponent("gradients/golden.json")
        guard let data = try? Data(contentsOf: url) else { return [:] }
        return (try? JSONDecoder().decode([String: Golden].self, from: data)) ?? [:]
    }()

    private func expect(
        _ tensors: [Tensor], _ name: String, exact: Bool = true,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let expected = try #require(Self.golden[name]?.list, "no golden list \(name)")
        #expect(tensors.count == expected.count, sourceLocation: sourceLocation)
        for (tensor, golden) in zip(tensors, expected) {
            compare(tensor, golden, name, exact: exact, sourceLocation: sourceLocation)
        }
    }

    private func expect(
        _ tensor: Tensor, _ name: String, exact: Bool = true,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let golden = try #require(Self.golden[name], "no golden case \(name)")
        compare(tensor, golden, name, exact: exact, sourceLocation: sourceLocation)
    }

    private func compare(
        _ tensor: Tensor, _ golden: Golden, _ name: String, exact: Bool,
        sourceLocation: SourceLocation
    ) {
        if exact {
            #expect(tensor.tensorflowRepr == golden.repr, "\(name)", sourceLocation: sourceLocation)
            return
        }
        #expect(tensor.shape == golden.shape, "\(name)", sourceLocation: sourceLocation)
        #expect(tensor.dtype.rawValue == golden.dtype, "\(name)", sourceLocation: sourceLocation)
        let actual = tensor.doubles
        let wanted = golden.values ?? []
        let close =
            actual.count == wanted.count
            && zip(actual, wanted).allSatisfy { a, w in
                let unit =
                    tensor.dtype == .float64
                    ? Double.ulpOfOne * Swift.max(Swift.abs(w), 1e-300) : Double(Float(w).ulp)
                return Swift.abs(a - w) <= 2
                    * Swift.max(
                        unit, tensor.dtype == .float64 ? 0 : Double(Float.leastNormalMagnitude))
            }
        #expect(
            close, "\(name): \(actual) vs TensorFlow's \(wanted)", sourceLocation: sourceLocation)
    }

    private func expectError(
        _ name: String, sourceLocation: SourceLocation = #_sourceLocation,
        _ body: () throws -> Any
    ) throws {
        let expected = try #require(Self.golden[name]?.error, "no golden error \(name)")
        #expect(thrownError(body)?.description == expected, sourceLocation: sourceLocation)
    }
}
