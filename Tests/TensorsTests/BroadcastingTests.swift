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

    @Test func largeOperandsGiveEveryElement() throws {
        let count = 3_000_001
        let ramp = try Tensor.range(limit: .int(Int64(count)), dtype: .float32)
        let sum = try ramp + ramp
        let scaled = try ramp * Tensor(scalar: Float(0.5))
        let values = try #require(sum.scalars(as: Float.self))
        let halves = try #require(scaled.scalars(as: Float.self))
        #expect(values.count == count)
        for index in [0, 1, 1_500_000, 2_999_999, 3_000_000] {
            #expect(values[index] == Float(index) * 2)
            #expect(halves[index] == Float(index) * 0.5)
        }
    }

    @Test func broadcastToRepeatsAlongStretchedAxes() throws {
        let row = try Tensor([1, 2, 3])
        let grid = try row.broadcast(to: [2, 3])
        #expect(grid.integers == [1, 2, 3, 1, 2, 3])
        #expect(thrownError { try row.broadcast(to: [2, 4]) }?.kind == .invalidArgument)
    }
}

@Suite struct BroadcastingReferenceTests {
    /// The element of `tensor` (of `shape`) that broadcasting maps to output index `index`.
    private func reference(_ values: [Double], _ shape: [Int], at index: [Int]) -> Double {
        let pad = index.count - shape.count
        var offset = 0
        for axis in shape.indices {
            let position = shape[axis] == 1 ? 0 : index[axis + pad]
            offset = offset * shape[axis] + position
        }
        return values[offset]
    }

    @Test func everyShapePairAgreesWithANaiveReference() throws {
        let shapes: [[Int]] = [
            [], [1], [3], [2, 1], [1, 3], [2, 3], [4, 1, 3], [4, 2, 1], [1, 2, 3], [2, 1, 1, 3],
        ]
        var generator = RandomGenerator(seed: 3)
        for a in shapes {
            for b in shapes {
                guard let outShape = try? Broadcast.shape(a, b, op: "AddV2", dialect: .tensorflow)
                else { continue }
                // float32 takes the fast paths where they apply, float64 the general one.
                for dtype in [DType.float32, .float64] {
                    let x = try Tensor.randomUniform(a, dtype: dtype, using: &generator)
                    let y = try Tensor.randomUniform(b, dtype: dtype, using: &generator)
                    let difference = try x - y
                    #expect(difference.shape == outShape)
                    let xs = x.doubles
                    let ys = y.doubles
                    let strides = ArrayPrinter.rowMajorStrides(outShape)
                    for (offset, value) in difference.doubles.enumerated() {
                        let index = strides.map { offset / $0 }.enumerated().map {
                            $1 % outShape[$0]
                        }
                        let expected = reference(xs, a, at: index) - reference(ys, b, at: index)
                        #expect(value == (dtype == .float32 ? Double(Float(expected)) : expected))
                    }
                }
            }
        }
    }
}
