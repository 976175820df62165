import Testing

@testable import Tensors

@Suite struct ShapeOpTests {
    private let six = try? Tensor.range(limit: .int(6))

    @Test func reshapeInfersOneDimension() throws {
        let six = try #require(six)
        #expect(try six.reshaped([-1, 2]).shape == [3, 2])
        #expect(try six.reshaped([3, -1]).shape == [3, 2])
        #expect(try six.reshaped([-1]).shape == [6])
        #expect(try Tensor.range(limit: .int(0)).reshaped([-1, 0]).shape == [1, 0])
        #expect(try Tensor(5).reshaped([1, 1]).shape == [1, 1])
    }

    @Test func badReshapesThrowTensorFlowsErrors() throws {
        let six = try #require(six)
        let error = thrownError { try six.reshaped([4, 2]) }
        #expect(error?.description == Fixtures.corpusError(91))
        #expect(
            thrownError { try six.reshaped([-1, 4]) }?.message
                == "Input to reshape is a tensor with 6 values, but the requested shape requires a "
                + "multiple of 4")
        #expect(
            thrownError { try six.reshaped([-1, -1]) }?.message
                == "Only one input size may be -1, not both 0 and 1")
        #expect(
            thrownError { try six.reshaped([-1, 0]) }?.message
                == "Input to reshape is a tensor with 6 values, but the requested shape has 0")
        #expect(
            thrownError { try six.reshaped([-2, 3]) }?.message
                == "Size 0 must be non-negative, not -2")
        #expect(
            thrownError { try six.reshaped([4, 2], dialect: .numpy) }?.message
                == "cannot reshape array of size 6 into shape (4,2)")
        #expect(
            thrownError { try six.reshaped([-1, 4], dialect: .numpy) }?.message
                == "cannot reshape array of size 6 into shape (4)")
    }

    @Test func transposePermutesAxes() throws {
        let m = try #require(six).reshaped([2, 3])
        let t = try m.transposed()
        #expect(t.shape == [3, 2])
        #expect(t.integers == [0, 3, 1, 4, 2, 5])
        let cube = try Tensor.range(limit: .int(24)).reshaped([2, 3, 4])
        let moved = try cube.transposed([2, 0, 1])
        #expect(moved.shape == [4, 2, 3])
        #expect(try moved[.index(1), .index(1), .index(2)].integers == [21])
        #expect(
            thrownError { try m.transposed([1, 0, 2]) }?.message
                == "transpose expects a vector of size 2. But input(1) is a vector of size 3")
        #expect(thrownError { try m.transposed([0, 0]) }?.message == "1 is missing from {0,0}.")
        #expect(thrownError { try m.transposed([0, 2]) }?.message == "2 is out of range [0 .. 2)")
    }

    @Test func expandAndSqueezeAxes() throws {
        let m = try #require(six).reshaped([2, 3])
        #expect(try m.expandingDims(-1).shape == [2, 3, 1])
        #expect(try m.expandingDims(0).shape == [1, 2, 3])
        #expect(
            thrownError { try m.expandingDims(3) }?.message
                == "Tried to expand dim index 3 for tensor with 2 dimensions.")
        let padded = try Tensor.zeros([1, 2, 1])
        #expect(try padded.squeezed().shape == [2])
        #expect(try padded.squeezed([-1]).shape == [1, 2])
        #expect(
            thrownError { try m.squeezed([0]) }?.message
                == "Can not squeeze dim[0], expected a dimension of 1, got 2")
        #expect(
            thrownError { try m.squeezed([5]) }?.message
                == "Tried to squeeze dim index 5 for tensor with 2 dimensions.")
    }

    @Test func concatJoinsAlongAnAxis() throws {
        let m = try #require(six).reshaped([2, 3])
        let rows = try Tensor.concat([m, m], axis: 0)
        #expect(rows.shape == [4, 3])
        let columns = try Tensor.concat([m, Tensor.zeros([2, 1], dtype: .int32)], axis: -1)
        #expect(columns.shape == [2, 4])
        #expect(columns.integers == [0, 1, 2, 0, 3, 4, 5, 0])
    }

    @Test func concatErrorsNameTheShapes() throws {
        let m = try #require(six).reshaped([2, 3])
        let error = thrownError {
            try Tensor.concat([m, Tensor.zeros([2, 2], dtype: .int32)], axis: 0)
        }
        #expect(
            error?.tensorflowMessage
                == "{{function_node __wrapped__ConcatV2_N_2_device_/job:localhost/replica:0/task:0/"
                + "device:CPU:0}} ConcatOp : Dimension 1 in both shapes must be equal: shape[0] = "
                + "[2,3] vs. shape[1] = [2,2] [Op:ConcatV2] name: concat")
        #expect(
            thrownError { try Tensor.concat([m, Tensor.zeros([3], dtype: .int32)], axis: 0) }?
                .message
                == "ConcatOp : Ranks of all input tensors should match: shape[0] = [2,3] vs. "
                + "shape[1] = [3]")
        #expect(
            thrownError { try Tensor.concat([m, m], axis: 2) }?.message
                == "ConcatOp : Expected concatenating dimensions in the range [-2, 2), but got 2")
        #expect(
            thrownError { try Tensor.concat([m, Tensor.zeros([2, 3])], axis: 0) }?.message
                == "cannot compute ConcatV2 as input #1(zero-based) was expected to be a int32 "
                + "tensor but is a float tensor")
    }

    @Test func stackAddsAnAxis() throws {
        let a = try Tensor([1, 2])
        let b = try Tensor([3, 4])
        #expect(try Tensor.stack([a, b]).integers == [1, 2, 3, 4])
        let columns = try Tensor.stack([a, b], axis: 1)
        #expect(columns.shape == [2, 2])
        #expect(columns.integers == [1, 3, 2, 4])
        #expect(
            thrownError { try Tensor.stack([a, Tensor([1, 2, 3])]) }?.message
                == "Shapes of all inputs must match: values[0].shape = [2] != values[1].shape = [3]"
        )
        #expect(
            thrownError { try Tensor.stack([a, b], axis: 3) }?.message
                == "Argument `axis` = 3 not in range [-2, 2)")
    }

    @Test func creationOpsFillShapes() throws {
        #expect(try Tensor.zeros([2, 3]).doubles == Array(repeating: 0, count: 6))
        #expect(try Tensor.ones([2], dtype: .int64).integers == [1, 1])
        #expect(try Tensor.fill([2, 2], value: .int(3)).dtype == .int32)
        #expect(try Tensor.fill([2], value: .float(1.5)).doubles == [1.5, 1.5])
        let like = try Tensor([[1, 2]]).onesLike()
        #expect(like.shape == [1, 2] && like.dtype == .int32)
        #expect(try Tensor([1.5]).zerosLike(dtype: .bool).booleans == [false])
        let eye = try Tensor.eye(2, columns: 3)
        #expect(eye.doubles == [1, 0, 0, 0, 1, 0])
        #expect(
            try Tensor.eye(2, batchShape: [2], dtype: .int32).integers == [1, 0, 0, 1, 1, 0, 0, 1])
        #expect(
            thrownError { try Tensor.zeros([-1, 2]) }?.tensorflowMessage
                == "{{function_node __wrapped__Fill_device_/job:localhost/replica:0/task:0/device:CPU:0}} "
                + "Dimension -1 must be >= 0 [Op:Fill] name: ")
    }

    @Test func rangeFollowsTensorFlow() throws {
        #expect(try Tensor.range(limit: .int(5)).dtype == .int32)
        #expect(try Tensor.range(limit: .float(5)).dtype == .float32)
        #expect(
            try Tensor.range(start: .int(1), limit: .int(10), delta: .int(2)).integers == [
                1, 3, 5, 7, 9,
            ])
        #expect(
            try Tensor.range(start: .int(10), limit: .int(0), delta: .int(-3)).integers == [
                10, 7, 4, 1,
            ])
        #expect(try Tensor.range(start: .int(1), limit: .float(2.5)).doubles == [1, 2])
        let tenths = try Tensor.range(start: .int(0), limit: .int(1), delta: .float(0.1))
        #expect(tenths.count == 10)
        #expect(try tenths[.index(9)].tensorflowRepr.hasSuffix("numpy=0.90000004>"))
        // start + i * delta, as TensorFlow's kernel computes it: tf.range(0, 100, 0.3)[-1] is 99.9.
        let long = try Tensor.range(start: .int(0), limit: .int(100), delta: .float(0.3))
        #expect(try long[.index(-1)].tensorflowRepr.hasSuffix("numpy=99.9>"))
        #expect(try Tensor.range(limit: .int(0)).shape == [0])
        #expect(try Tensor.range(limit: .int(5), dialect: .numpy).dtype == .int64)
        #expect(try Tensor.range(start: .int(5), limit: .int(1), dialect: .numpy).shape == [0])
        #expect(
            thrownError { try Tensor.range(start: .int(0), limit: .int(10), delta: .int(-1)) }?
                .message
                == "Requires start >= limit when delta < 0: 0/10")
        #expect(
            thrownError { try Tensor.range(start: .int(1), limit: .int(5), delta: .int(0)) }?
                .message
                == "Requires delta != 0: 0")
        #expect(
            thrownError { try Tensor.range(limit: .int(5), dtype: .bool) }?.message
                == "Cannot convert 0 to EagerTensor of dtype bool")
    }

    @Test func elementAccessGivesPlainValues() throws {
        let m = try Tensor([[1.5, 2.0]])
        #expect(try m.element(at: 1) == .float(2))
        #expect(m.toLiteral() == [[1.5, 2.0]])
        #expect(m.toLiteral().pythonRepr == "[[1.5, 2.0]]")
        #expect(try Tensor(true).toLiteral() == .bool(true))
        #expect(m.scalars(as: Float.self) == [1.5, 2])
        #expect(m.scalars(as: Double.self) == nil)
        #expect(thrownError { try m.element(at: 2) }?.kind == .index)
    }
}
