import Testing

@testable import Tensors

@Suite struct IndexingTests {
    private let m = try? Tensor.range(limit: .int(6)).reshaped([2, 3])

    @Test func integersSelectAndDropAxes() throws {
        let m = try #require(m)
        #expect(try m[.index(1)].integers == [3, 4, 5])
        #expect(try m[.index(1), .index(2)].shape == [])
        #expect(try m[.index(1), .index(2)].integers == [5])
        #expect(try m[.index(-1), .index(-3)].integers == [3])
    }

    @Test func slicesFollowPythonIncludingNegativeSteps() throws {
        let v = try Tensor([1, 2, 3, 4])
        func slice(_ start: Int?, _ stop: Int?, _ step: Int?) throws -> [Int64] {
            try v[.slice(start: start, stop: stop, step: step)].integers
        }
        #expect(try slice(nil, nil, -1) == [4, 3, 2, 1])
        #expect(try slice(nil, nil, -2) == [4, 2])
        #expect(try slice(5, 1, -1) == [4, 3])
        #expect(try slice(1, nil, 2) == [2, 4])
        #expect(try slice(-3, -1, nil) == [2, 3])
        #expect(try slice(10, 20, nil) == [])
        #expect(try slice(-10, 2, nil) == [1, 2])
        #expect(try slice(3, 0, nil) == [])
        #expect(try slice(nil, -10, -1) == [4, 3, 2, 1])
    }

    @Test func ellipsisAndNewAxisPlaceAxes() throws {
        let m = try #require(m)
        #expect(try m[.ellipsis, .index(1)].integers == [1, 4])
        let column = try m[.all, .newAxis, .index(1)]
        #expect(column.shape == [2, 1])
        #expect(column.integers == [1, 4])
        let row = try m[.index(1), .ellipsis, .newAxis]
        #expect(row.shape == [3, 1])
        #expect(try m[.newAxis].shape == [1, 2, 3])
        #expect(
            try m[.all, .slice(start: nil, stop: nil, step: -1)].integers == [2, 1, 0, 5, 4, 3])
    }

    @Test func outOfRangeIndicesThrowTensorFlowsErrors() throws {
        let v = try Tensor([1, 2])
        let error = thrownError { try v[.index(5)] }
        #expect(error?.kind == .invalidArgument)
        #expect(
            error?.tensorflowMessage
                == "{{function_node __wrapped__StridedSlice_device_/job:localhost/replica:0/task:0/"
                + "device:CPU:0}} slice index 5 of dimension 0 out of bounds. [Op:StridedSlice] "
                + "name: strided_slice/")
        #expect(
            thrownError { try v[.index(-3)] }?.message
                == "slice index -1 of dimension 0 out of bounds.")
        let m = try #require(m)
        #expect(
            thrownError { try m[.index(0), .index(5)] }?.message
                == "slice index 5 of dimension 1 out of bounds.")
        #expect(
            thrownError { try m[.index(1), .index(2), .index(3)] }?.message
                == "Index out of range using input dim 2; input has only 2 dims")
        #expect(
            thrownError { try m[.ellipsis, .ellipsis] }?.message
                == "Multiple ellipses in slice spec not allowed")
        #expect(
            thrownError { try v[.slice(start: 1, stop: 2, step: 0)] }?.message
                == "strides[0] must be non-zero")
    }

    @Test func numpyDialectRaisesIndexError() throws {
        let v = try Tensor([1, 2])
        let error = thrownError { try v.slice([.index(-3)], dialect: .numpy) }
        #expect(error?.kind == .index)
        #expect(error?.message == "index -3 is out of bounds for axis 0 with size 2")
        let m = try #require(m)
        #expect(
            thrownError { try m.slice([.index(0), .index(0), .index(0)], dialect: .numpy) }?.message
                == "too many indices for array: array is 2-dimensional, but 3 were indexed")
    }

    @Test func updateReplacesOneElement() throws {
        let v = try Tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
        let updated = try v.updating([.index(1), .index(2)], with: Tensor(9.0))
        #expect(updated.doubles == [1, 2, 3, 4, 5, 9])
        #expect(v.doubles == [1, 2, 3, 4, 5, 6])  // the original is a value, untouched
    }

    @Test func updateBroadcastsTheValueOverTheSelection() throws {
        let v = try Tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
        let top = TensorIndex.slice(start: nil, stop: 1, step: nil)
        #expect(
            try v.updating([top, .all], with: Tensor([[7.0, 8.0, 9.0]])).doubles == [
                7, 8, 9, 4, 5, 6,
            ])
        #expect(
            try v.updating([top, .all], with: Tensor([7.0, 8.0, 9.0])).doubles == [
                7, 8, 9, 4, 5, 6,
            ])
        #expect(try v.updating([top, .all], with: Tensor(7.0)).doubles == [7, 7, 7, 4, 5, 6])
        let everyOther = try v.updating(
            [.all, .slice(start: nil, stop: nil, step: -2)], with: Tensor([0.0, -1.0]))
        #expect(everyOther.doubles == [-1, 2, 0, -1, 5, 0])
        var inPlace = v
        try inPlace.update([.ellipsis, .index(0)], with: Tensor(0.0))
        #expect(inPlace.doubles == [0, 2, 3, 0, 5, 6])
    }

    @Test func updateRejectsValuesThatDoNotFit() throws {
        let v = try Tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
        let top = TensorIndex.slice(start: nil, stop: 1, step: nil)
        let error = thrownError { try v.updating([top, .all], with: Tensor([7.0, 8.0])) }
        #expect(
            error?.tensorflowMessage
                == "{{function_node __wrapped__ResourceStridedSliceAssign_device_/job:localhost/"
                + "replica:0/task:0/device:CPU:0}} Cannot broadcast input shape [2] into final "
                + "shape [1,3] [Op:ResourceStridedSliceAssign] name: strided_slice/_assign")
        #expect(
            thrownError { try v.updating([.index(5)], with: Tensor(7.0)) }?.op == "StridedSlice")
        #expect(
            thrownError { try v.updating([.index(0)], with: Tensor(7)) }?.kind == .invalidArgument)
        let numpy = try v.updating([.index(0)], with: Tensor(7), dialect: .numpy)
        #expect(numpy.doubles == [7, 7, 7, 4, 5, 6])
    }

    @Test func extremeIndicesNeverCrash() throws {
        let v = try Tensor([1, 2, 3, 4])
        #expect(try v[.slice(start: nil, stop: nil, step: Int.max)].integers == [1])
        #expect(try v[.slice(start: nil, stop: nil, step: Int.min)].integers == [4])
        #expect(try v[.slice(start: Int.min, stop: Int.max, step: nil)].integers == [1, 2, 3, 4])
        #expect(thrownError { try v[.index(Int.min)] }?.kind == .invalidArgument)
        #expect(thrownError { try v[.index(Int.max)] }?.kind == .invalidArgument)
        #expect(try Tensor.fill([1], value: .int(Int64.max), dtype: .int32).integers == [-1])
        var generator = RandomGenerator(seed: 1)
        #expect(
            thrownError {
                try Tensor.randomUniformInteger(
                    [1], min: -5_000_000_000, max: 5_000_000_000, using: &generator)
            }?.kind == .value)
    }

    @Test func unstackSplitsAlongAnAxis() throws {
        let m = try #require(m)
        let columns = try m.unstacked(axis: 1)
        #expect(columns.count == 3)
        #expect(columns[2].integers == [2, 5])
    }
}
