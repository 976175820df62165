import Testing

@testable import Tensors

/// Gradients of the elementwise ops against finite differences (first and second order).
@Suite struct ElementwiseGradientTests {
    private let checker = GradientChecker(secondOrder: true)

    /// Inputs away from every op's kinks and poles.
    private let positive = Tensor(shape: [2, 3], scalarsUnchecked: [0.3, 0.7, 1.1, 1.6, 2.2, 2.9])
    private let mixed = Tensor(shape: [2, 3], scalarsUnchecked: [-1.3, -0.4, 0.2, 0.6, 1.4, 2.3])

    @Test(arguments: [
        BinaryOp.add, .subtract, .multiply, .divide, .power, .minimum, .maximum, .remainder,
        .squaredDifference,
    ])
    func binaryOpsWithBroadcasting(op: BinaryOp) throws {
        let row = Tensor(shape: [3], scalarsUnchecked: [0.9, 1.25, 2.05])
        let column = Tensor(shape: [2, 1], scalarsUnchecked: [1.15, 0.45])
        try checker.check([positive, row]) { try Tensor.binary(op, $0[0], $0[1]) }
        try checker.check([column, row]) { try Tensor.binary(op, $0[0], $0[1]) }
        try checker.check([Tensor(shape: [], scalarsUnchecked: [1.7]), positive]) {
            try Tensor.binary(op, $0[0], $0[1])
        }
    }

    @Test(arguments: [
        UnaryOp.negative, .abs, .exp, .log, .sqrt, .square, .sin, .cos, .tanh, .sigmoid,
        .softplus, .erf, .rsqrt, .log1p, .expm1,
    ])
    func smoothUnaryOps(op: UnaryOp) throws {
        try checker.check([positive]) { try $0[0].unary(op) }
    }

    @Test(arguments: [
        UnaryOp.negative, .abs, .exp, .square, .sin, .cos, .tanh, .sigmoid, .relu, .softplus,
        .elu, .erf, .expm1, .selu, .softsign, .relu6,
    ])
    func unaryOpsAcrossZero(op: UnaryOp) throws {
        let wide = try mixed * Tensor(scalar: 3.0)
        try checker.check([wide]) { try $0[0].unary(op) }
    }

    @Test func divisionWithoutNaNGivesZeroWhereTheDivisorIsZero() throws {
        let divisor = Tensor(shape: [2, 3], scalarsUnchecked: [0.5, 1.5, 2, 0.25, 3, 1.25])
        try checker.check([mixed, divisor]) { try $0[0].dividedNoNaN(by: $0[1]) }
        let zero = Tensor(shape: [2], scalarsUnchecked: [0, 2])
        let context = DifferentiationContext()
        let tape = GradientTape(context: context)
        var x = Tensor(shape: [2], scalarsUnchecked: [3, 4])
        let y = try tape.record {
            x = try tape.watch(x)
            return try x.dividedNoNaN(by: zero)
        }
        #expect(y.doubles == [0, 2])
        #expect(try tape.gradient(y, x)?.doubles == [0, 0.5])
    }

    @Test func signHasAZeroGradientAndRoundingNone() throws {
        let context = DifferentiationContext()
        let tape = GradientTape(context: context, persistent: true)
        var x = try Tensor([-1.5, 0.0, 2.5])
        let (sign, floor) = try tape.record {
            x = try tape.watch(x)
            return (try x.sign(), try x.unary(.floor))
        }
        #expect(try tape.gradient(sign, x)?.doubles == [0, 0, 0])
        #expect(try tape.gradient(floor, x) == nil)
    }
}

extension Tensor {
    /// A float64 tensor from literals the test knows to fit.
    init(shape: [Int], scalarsUnchecked values: [Double]) {
        self.init(unchecked: shape, .float64(values))
    }
}
