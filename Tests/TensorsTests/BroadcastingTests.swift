import Testing

@testable import Tensors

@Suite struct BroadcastingTests {
    @Test func broadcastsRowAgainstColumn() throws {
        let column = try Tensor([[1], [2], [3]])
        let row = try Tensor([10, 20])
        let sum = try column + row
        #expect(sum.shape == [3, 2])
        #expect(sum.integers == [11, 21, 12, 22, 13, 23])
    }

    @Test func broadcastsScalarOnEitherSide() throws {
        let m = try Tensor([[1.0, 2.0], [3.0, 4.0]])
        #expect(try (m * Tensor(scalar: Float(2))).doubles == [2, 4, 6, 8])
        #expect(try (Tensor(scalar: Float(10)) - m).doubles == [9, 8, 7, 6])
    }

    @Test func broadcastsAcrossThreeDimensions() throws {
        let a = try Tensor.range(limit: .int(6)).reshaped([2, 1, 3])
        let b = try Tensor.range(limit: .int(4)).reshaped([4, 1])
        let sum = try a + b
        #expect(sum.shape == [2, 4, 3])
        #expect(sum.integers.prefix(6) == [0, 1, 2, 1, 2, 3])
        #expect(sum.integers.suffix(3) == [6, 7, 8])
    }

    @Test func keepsLeadingSizeOneAxesOfTheLongerShape() throws {
        let a = try Tensor.ones([1, 3])
        let b = try Tensor.ones([3])
        #expect(try (a + b).shape == [1, 3])
        #expect(try (b + a).shape == [1, 3])
    }

    @Test func zeroSizeAxesBroadcastToZero() throws {
        let empty = try Tensor.zeros([0, 3])
        let row = try Tensor.ones([3])
        #expect(try (empty + row).shape == [0, 3])
    }

    @Test func incompatibleShapesThrowTensorFlowsError() {
        let error = thrownError { try Tensor.ones([2]) + Tensor.ones([3]) }
        #expect(error?.kind == .invalidArgument)
        #expect(error?.op == "AddV2")
        #expect(error?.message == "Incompatible shapes: [2] vs. [3]")
        #expect(error?.description == Fixtures.corpusError(90))
    }

    @Test func incompatibleMatricesNameBothShapes() {
        let error = thrownError { try Tensor.ones([2, 3]) * Tensor.ones([3, 2]) }
        #expect(error?.message == "Incompatible shapes: [2,3] vs. [3,2]")
        #expect(error?.op == "Mul")
    }

    @Test func numpyDialectUsesNumpysWording() {
        let error = thrownError {
            try Tensor.binary(.add, Tensor.ones([2]), Tensor.ones([3]), dialect: .numpy)
        }
        #expect(error?.kind == .value)
        #expect(error?.message == "operands could not be broadcast together with shapes (2,) (3,) ")
        #expect(error?.op == nil)
    }

    @Test func broadcastToRepeatsAlongStretchedAxes() throws {
        let row = try Tensor([1, 2, 3])
        let grid = try row.broadcast(to: [2, 3])
        #expect(grid.integers == [1, 2, 3, 1, 2, 3])
        #expect(thrownError { try row.broadcast(to: [2, 4]) }?.kind == .invalidArgument)
    }
}
