import Testing

@testable import Tensors

/// Gradients of the ops that move elements around, against finite differences.
@Suite struct ShapeGradientTests {
    private let checker = GradientChecker(secondOrder: true)
    private let grid = Tensor(
        shape: [2, 3, 4], scalarsUnchecked: (0..<24).map { Double($0) / 7 - 1.3 })

    @Test func reshapeTransposeExpandAndSqueeze() throws {
        try checker.check([grid]) { try $0[0].identity() * $0[0] }
        try checker.check([grid]) { try $0[0].reshaped([4, -1]) }
        try checker.check([grid]) { try $0[0].transposed([2, 0, 1]) }
        try checker.check([grid]) { try $0[0].transposed() }
        try checker.check([grid]) { try $0[0].expandingDims(1).squeezed([1]).expandingDims(-1) }
        try checker.check([grid]) { try $0[0].reshaped([2, 1, 12]).squeezed() }
        try checker.check([grid]) { try $0[0].broadcast(to: [3, 2, 3, 4]) }
        try checker.check([try grid.slice([.all, .index(0), .newAxis])]) {
            try $0[0].broadcast(to: [2, 3, 4])
        }
    }

    @Test func concatStackAndUnstack() throws {
        let other = try grid * Tensor(scalar: 0.5)
        for axis in [0, 1, -1] {
            try checker.check([grid, other]) {
                try Tensor.concat([$0[0], $0[1], $0[0]], axis: axis)
            }
            try checker.check([grid, other]) { try Tensor.stack([$0[0], $0[1]], axis: axis) }
            try checker.check([grid]) {
                let parts = try $0[0].unstacked(axis: axis)
                return try parts[0] * parts[1]
            }
        }
    }

    @Test(arguments: [
        [TensorIndex.index(1)],
        [.all, .slice(start: 1, stop: nil, step: nil)],
        [.ellipsis, .slice(start: nil, stop: nil, step: -2)],
        [.index(-1), .newAxis, .slice(start: 2, stop: 0, step: -1), .index(3)],
        [.slice(start: nil, stop: nil, step: 5), .ellipsis, .newAxis],
    ])
    func stridedSlices(indices: [TensorIndex]) throws {
        try checker.check([grid]) { try $0[0].slice(indices) }
    }

    @Test func selectAndClipRouteTheGradient() throws {
        let mask = try Tensor.binary(.greater, grid, Tensor(scalar: 0.1))
        let row = Tensor(shape: [4], scalarsUnchecked: [0.2, -0.4, 0.8, 1.6])
        try checker.check([grid, row]) { try Tensor.select(mask, $0[0], $0[1]) }
        try checker.check([grid]) {
            try $0[0].clipped(low: Tensor(scalar: -0.55), high: Tensor(scalar: 0.95))
        }
        // At a bound the gradient goes to `x`, as TensorFlow's maximum/minimum give it.
        let context = DifferentiationContext()
        let tape = GradientTape(context: context)
        var p = try Tensor([1.0, 2.0, 2.0, 3.0])
        let clipped = try tape.record {
            p = try tape.watch(p)
            return try p.clipped(low: Tensor(scalar: Float(1)), high: Tensor(scalar: Float(2)))
        }
        #expect(try tape.gradient(clipped, p)?.doubles == [1, 1, 1, 0])
    }

    @Test func castsBetweenFloatTypesKeepTheGradient() throws {
        let context = DifferentiationContext()
        let tape = GradientTape(context: context, persistent: true)
        var x = try Tensor([1.5, 2.5]).cast(to: .float32)
        let (wide, integer) = try tape.record {
            x = try tape.watch(x)
            let wide = try x.cast(to: .float64) * Tensor([2.0, 3.0]).cast(to: .float64)
            return (wide, try x.cast(to: .int32).cast(to: .float32) * x)
        }
        let gradient = try tape.gradient(wide, x)
        #expect(gradient?.dtype == .float32)
        #expect(gradient?.doubles == [2, 3])
        // Through an integer cast only the direct use counts: TensorFlow gives none through it.
        #expect(try tape.gradient(integer, x)?.doubles == [1, 2])
    }
}
