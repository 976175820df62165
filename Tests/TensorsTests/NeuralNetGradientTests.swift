import Testing

@testable import Tensors

/// Gradients of convolution, pooling, gathers, losses and activations against finite
/// differences, first and second order.
@Suite struct NeuralNetGradientTests {
    private let checker = GradientChecker(secondOrder: true)

    private func random(_ shape: [Int], seed: UInt64, low: Double = -1, high: Double = 1) throws
        -> Tensor
    {
        var generator = RandomGenerator(seed: seed)
        return try Tensor.randomUniform(
            shape, min: low, max: high, dtype: .float64, using: &generator)
    }

    @Test(arguments: [
        ([1], Padding.valid, [1]), ([2], .valid, [1]), ([1, 2], .same, [1]), ([2], .same, [1]),
        ([1], .valid, [2]), ([1], .same, [2, 1]), ([1], .explicit([(1, 0), (2, 1)]), [1]),
    ])
    func convolution(strides: [Int], padding: Padding, dilations: [Int]) throws {
        let images = try random([2, 6, 5, 2], seed: 1)
        let filters = try random([3, 2, 2, 3], seed: 2)
        try checker.check([images, filters]) {
            try $0[0].conv2d($0[1], strides: strides, padding: padding, dilations: dilations)
        }
    }

    @Test func groupedConvolutionAndItsBackpropOps() throws {
        let images = try random([1, 5, 5, 4], seed: 3)
        let filters = try random([3, 3, 2, 4], seed: 4)
        try checker.check([images, filters]) { try $0[0].conv2d($0[1], padding: .same) }
        let gradient = try random([1, 3, 3, 4], seed: 5)
        try checker.check([filters, gradient]) {
            try Tensor.conv2dBackpropInput(
                inputShape: [1, 5, 5, 4], filter: $0[0], outputGradient: $0[1], padding: .valid)
        }
        try checker.check([images, gradient]) {
            try Tensor.conv2dBackpropFilter(
                input: $0[0], filterShape: [3, 3, 2, 4], outputGradient: $0[1], padding: .valid)
        }
    }

    @Test func pooling() throws {
        // Distinct values, so no window has a tie.
        let images = try Tensor(
            shape: [2, 5, 4, 2],
            scalars: (0..<80).map { Double(($0 * 37) % 80) / 40 - 1 })
        for (ksize, strides, padding) in [
            ([2], [2], Padding.valid), ([3], [1], .same), ([2, 3], [2, 1], .same),
        ] {
            try checker.check([images]) {
                try $0[0].maxPool2d(ksize: ksize, strides: strides, padding: padding)
            }
            try checker.check([images]) {
                try $0[0].avgPool2d(ksize: ksize, strides: strides, padding: padding)
            }
        }
    }

    @Test func gathersAndSegments() throws {
        let table = try random([4, 3, 2], seed: 6)
        let indices = Tensor(unchecked: [2, 2], .int32([3, 0, 3, 1]))
        for axis in [0, 1, -1] {
            let bounded = try Tensor.binary(
                .remainder, indices, Tensor(scalar: Int32(table.shape[(axis + 3) % 3])))
            try checker.check([table]) { try $0[0].gather(bounded, axis: axis) }
        }
        try checker.check([table]) { try $0[0].gather(Tensor(scalar: Int32(2))) }
        let ids = Tensor(scalars: [Int32(1), -1, 1, 0])
        try checker.check([table]) {
            try Tensor.unsortedSegmentSum($0[0], segmentIDs: ids, count: 3)
        }
        try checker.check([table]) { try $0[0].tiled([2, 1, 3]) }
    }

    @Test func lossesAlongAxes() throws {
        let logits = try random([3, 4], seed: 7, low: -2, high: 2)
        // TensorFlow's gradient, softmax − labels, assumes the labels sum to 1 along the axis.
        let distributions = try random([3, 4], seed: 8, low: 0, high: 1).softmax()
        try checker.check([distributions, logits]) {
            try Tensor.softmaxCrossEntropyWithLogits(labels: $0[0], logits: $0[1])
        }
        let columns = try random([3, 4], seed: 8, low: 0, high: 1).softmax(axis: 0)
        try GradientChecker().check([columns, logits]) {
            try Tensor.softmaxCrossEntropyWithLogits(labels: $0[0], logits: $0[1], axis: 0)
        }
        let classes = Tensor(scalars: [Int32(3), 0, 2])
        try checker.check([logits]) {
            try Tensor.sparseSoftmaxCrossEntropyWithLogits(labels: classes, logits: $0[0])
        }
        let probabilities = try random([3, 4], seed: 9, low: 0, high: 1)
        try checker.check([probabilities, logits]) {
            try Tensor.sigmoidCrossEntropyWithLogits(labels: $0[0], logits: $0[1])
        }
        try checker.check([logits]) { try $0[0].logSumExp(axes: [1]) }
        try checker.check([logits]) { try $0[0].logSumExp() }
    }

    @Test func activationsAndNormalization() throws {
        let x = try random([2, 5], seed: 10, low: -3, high: 3)
        try checker.check([x]) { try $0[0].leakyRelu(alpha: 0.1) }
        try checker.check([x]) { try $0[0].swish(beta: 1.5) }
        try checker.check([x]) { try $0[0].gelu() }
        try checker.check([x]) { try $0[0].gelu(approximate: true) }
        try checker.check([x]) { try $0[0].logSigmoid() }
        try checker.check([x]) { try $0[0].hardSigmoid() }
        try checker.check([x]) { try $0[0].mish() }
        // TensorFlow stops the gradient through the mean inside the variance, which changes
        // only second derivatives.
        try GradientChecker().check([x]) { try $0[0].moments(axes: [0]).variance }
        try checker.check([x]) { try $0[0].moments(axes: [1], keepDims: true).mean }
        let mean = try random([5], seed: 11)
        let variance = try random([5], seed: 12, low: 0.5, high: 2)
        let offset = try random([5], seed: 13)
        let scale = try random([5], seed: 14, low: 0.5, high: 2)
        try checker.check([x, mean, variance, offset, scale]) {
            try Tensor.batchNormalization(
                $0[0], mean: $0[1], variance: $0[2], offset: $0[3], scale: $0[4],
                varianceEpsilon: 1e-3)
        }
    }

    @Test func linspaceAndMeshgridDifferentiateTheirInputs() throws {
        try checker.check([try random([2], seed: 15), try random([2], seed: 16)]) {
            try Tensor.linspace(start: $0[0], stop: $0[1], num: 5, axis: -1)
        }
        try checker.check([try random([3], seed: 17), try random([2], seed: 18)]) {
            let grids = try Tensor.meshgrid($0)
            return try grids[0] * grids[1]
        }
    }

    @Test func dropoutRecordsItsMask() throws {
        let x = try random([4, 6], seed: 19)
        var generator = RandomGenerator(seed: 20)
        var replay = generator
        let tape = GradientTape(context: DifferentiationContext())
        var watched = x
        let y = try tape.record {
            watched = try tape.watch(watched)
            return try watched.dropout(rate: 0.25, using: &generator)
        }
        let gradient = try #require(try tape.gradient(y, watched))
        let draws = try Tensor.randomUniform([4, 6], dtype: .float64, using: &replay)
        for (g, d) in zip(gradient.doubles, draws.doubles) {
            #expect(g == (d >= 0.25 ? 1 / 0.75 : 0))
        }
        #expect(try x.dropout(rate: 0, using: &generator) == x)
    }
}
