import Testing

@testable import Tensors

/// Gradients of reductions, matrix products and scans against finite differences.
@Suite struct ReductionGradientTests {
    private let checker = GradientChecker(secondOrder: true)
    /// Distinct values, so `max` and `min` have no ties.
    private let cube = Tensor(
        shape: [2, 3, 4],
        scalarsUnchecked: (0..<24).map { Double(($0 * 7) % 24) / 10 - 1.1 })

    @Test(arguments: [ReduceOp.sum, .mean, .max, .min, .prod])
    func reductionsOverAxes(op: ReduceOp) throws {
        // The second derivative of `prod` goes through cumprod's gradient, which (as
        // TensorFlow's) divides by the input: keep it away from 0.
        let input = op == .prod ? try cube + Tensor(scalar: 0.05) : cube
        for axes in [nil, [0], [1], [-1], [0, 2], [1, 2]] as [[Int]?] {
            for keepDims in [false, true] {
                try checker.check([input]) {
                    try $0[0].reduced(op, axes: axes, keepDims: keepDims)
                }
            }
        }
    }

    @Test func productGradientHandlesZeros() throws {
        let withZeros = Tensor(shape: [2, 3], scalarsUnchecked: [0, 2, 3, 0, 0, 4])
        try GradientChecker().check([withZeros]) { try $0[0].reduced(.prod, axes: [1]) }
    }

    @Test func maxAndMinSplitTheGradientBetweenTies() throws {
        let context = DifferentiationContext()
        let tape = GradientTape(context: context, persistent: true)
        var m = try Tensor([[1.0, 3.0, 3.0], [2.0, 2.0, 1.0]])
        let (largest, smallest) = try tape.record {
            m = try tape.watch(m)
            return (try m.reduced(.max, axes: [1]), try m.reduced(.min))
        }
        // TensorFlow: [[0., 0.5, 0.5], [0.5, 0.5, 0.]] and [[0.5, 0, 0], [0, 0, 0.5]].
        #expect(try tape.gradient(largest, m)?.doubles == [0, 0.5, 0.5, 0.5, 0.5, 0])
        #expect(try tape.gradient(smallest, m)?.doubles == [0.5, 0, 0, 0, 0, 0.5])
    }

    @Test func matrixProductsWithTransposesAndBatches() throws {
        var generator = RandomGenerator(seed: 3)
        func random(_ shape: [Int]) throws -> Tensor {
            try Tensor.randomUniform(shape, min: -1, max: 1, dtype: .float64, using: &generator)
        }
        for (transposeA, transposeB) in [
            (false, false), (true, false), (false, true), (true, true),
        ] {
            let a = try random(transposeA ? [4, 3] : [3, 4])
            let b = try random(transposeB ? [2, 4] : [4, 2])
            try checker.check([a, b]) {
                try $0[0].matmul($0[1], transposeA: transposeA, transposeB: transposeB)
            }
        }
        // Batched, with the second operand broadcast over the batch.
        try checker.check([try random([2, 3, 4]), try random([4, 5])]) { try $0[0].matmul($0[1]) }
        try checker.check([try random([2, 1, 3, 4]), try random([3, 5, 4])]) {
            try $0[0].matmul($0[1], transposeB: true)
        }
        try checker.check([try random([3, 4]), try random([4])]) { try $0[0].matvec($0[1]) }
        try checker.check([try random([2, 3, 4]), try random([4, 3, 2])]) {
            try $0[0].tensordot($0[1], axes: .pairs([1, 2], [1, 0]))
        }
    }

    @Test func scansAndNorms() throws {
        for axis in [0, 1, -1] {
            for (exclusive, reverse) in [
                (false, false), (true, false), (false, true), (true, true),
            ] {
                try checker.check([cube]) {
                    try $0[0].cumsum(axis: axis, exclusive: exclusive, reverse: reverse)
                }
                // TensorFlow's cumprod gradient divides by the input (0 where it is 0).
                let nonzero = try cube + Tensor(scalar: 0.05)
                try checker.check([nonzero]) {
                    try $0[0].cumprod(axis: axis, exclusive: exclusive, reverse: reverse)
                }
            }
        }
        try checker.check([cube]) { try $0[0].norm() }
        try checker.check([cube]) { try $0[0].norm(axes: [2]) }
        try checker.check([cube]) { try $0[0].norm(.p(3), axes: [1], keepDims: true) }
        try checker.check([cube]) { try $0[0].norm(.one, axes: [1, 2]) }
    }

    @Test func softmaxAlongEveryAxis() throws {
        for axis in [0, 1, -1] {
            try checker.check([cube]) { try $0[0].softmax(axis: axis) }
            try checker.check([cube]) { try $0[0].logSoftmax(axis: axis) }
        }
    }
}
