import Testing

@testable import Tensors

@Suite struct ReductionTests {
    private let matrix = try? Tensor([[1, 2, 3], [4, 5, 6]])

    @Test func reducesEverythingByDefault() throws {
        let m = try #require(matrix)
        let total = try m.reduced(.sum)
        #expect(total.shape == [])
        #expect(total.integers == [21])
        #expect(try m.reduced(.prod).integers == [720])
        #expect(try m.reduced(.max).integers == [6])
        #expect(try m.reduced(.min).integers == [1])
    }

    @Test func reducesOneAxisOrSeveral() throws {
        let m = try #require(matrix)
        #expect(try m.reduced(.sum, axes: [0]).integers == [5, 7, 9])
        #expect(try m.reduced(.sum, axes: [1]).integers == [6, 15])
        #expect(try m.reduced(.sum, axes: [-1]).integers == [6, 15])
        #expect(try m.reduced(.sum, axes: [1, 0]).integers == [21])
        let cube = try Tensor.range(limit: .int(24)).reshaped([2, 3, 4])
        let outer = try cube.reduced(.sum, axes: [0, 2])
        #expect(outer.shape == [3])
        #expect(outer.integers == [60, 92, 124])
    }

    @Test func keepDimsLeavesSizeOneAxes() throws {
        let m = try #require(matrix)
        let kept = try m.reduced(.max, axes: [1], keepDims: true)
        #expect(kept.shape == [2, 1])
        #expect(kept.integers == [3, 6])
        #expect(try m.reduced(.sum, keepDims: true).shape == [1, 1])
    }

    @Test func integerMeanTruncatesInTensorFlowAndNotInNumpy() throws {
        let values = try Tensor([1, 2])
        let mean = try values.reduced(.mean)
        #expect(mean.dtype == .int32)
        #expect(mean.integers == [1])
        let numpy = try Tensor([1, 2], dialect: .numpy).reduced(.mean, dialect: .numpy)
        #expect(numpy.dtype == .float64)
        #expect(numpy.doubles == [1.5])
        let float = try Tensor([[1.0, 2.0], [3.0, 5.0]]).reduced(.mean, axes: [0])
        #expect(float.doubles == [2, 3.5])
    }

    @Test func numpySumsSmallIntegersAndBooleansAsInt64() throws {
        let int32s = try Tensor([1, 2], dtype: .int32)
        #expect(try int32s.reduced(.sum, dialect: .numpy).dtype == .int64)
        let bools = try Tensor([true, false, true])
        #expect(try bools.reduced(.sum, dialect: .numpy).integers == [2])
        #expect(thrownError { try bools.reduced(.sum) }?.op == "Sum")
    }

    @Test func maxAndMinPropagateNaN() throws {
        let values = try Tensor(.list([1.0, .float(.nan), 3.0]))
        #expect(try values.reduced(.max).doubles[0].isNaN)
        #expect(try values.reduced(.min).doubles[0].isNaN)
    }

    @Test func emptyReductionsGiveTheIdentity() throws {
        let empty = try Tensor.zeros([0])
        #expect(try empty.reduced(.sum).doubles == [0])
        #expect(try empty.reduced(.prod).doubles == [1])
        #expect(try empty.reduced(.max).doubles == [-.infinity])
        #expect(try empty.reduced(.min).doubles == [.infinity])
        #expect(try empty.reduced(.mean).doubles[0].isNaN)
        #expect(try Tensor.zeros([0], dtype: .int32).reduced(.max).integers == [-2_147_483_648])
        #expect(try Tensor.zeros([0], dtype: .int32).reduced(.mean).integers == [0])
        let rows = try Tensor.zeros([2, 0]).reduced(.sum, axes: [1])
        #expect(rows.shape == [2])
        #expect(rows.doubles == [0, 0])
        let numpy = thrownError { try empty.reduced(.max, dialect: .numpy) }
        #expect(
            numpy?.message == "zero-size array to reduction operation maximum which has no identity"
        )
    }

    @Test func badAxesThrowTensorFlowsErrors() throws {
        let m = try #require(matrix)
        let outOfRange = thrownError { try m.reduced(.sum, axes: [2]) }
        #expect(
            outOfRange?.tensorflowMessage
                == "{{function_node __wrapped__Sum_device_/job:localhost/replica:0/task:0/device:CPU:0}} "
                + "Invalid reduction dimension (2 for input with 2 dimension(s) [Op:Sum] name: ")
        #expect(thrownError { try m.reduced(.max, axes: [-3]) }?.op == "Max")
        let duplicate = thrownError { try m.reduced(.sum, axes: [0, 0]) }
        #expect(
            duplicate?.tensorflowMessage
                == "{{function_node __wrapped__Sum_device_/job:localhost/replica:0/task:0/device:CPU:0}} "
                + "Invalid reduction arguments: Axes contains duplicate dimension: 0 [Op:Sum]")
        let numpy = thrownError { try m.reduced(.sum, axes: [1, 2], dialect: .numpy) }
        #expect(numpy?.message == "axis 2 is out of bounds for array of dimension 2")
    }

    @Test func anyAndAllNeedBooleansInTensorFlow() throws {
        let flags = try Tensor([[true, false], [true, true]])
        #expect(try flags.reduced(.all, axes: [1]).booleans == [false, true])
        #expect(try flags.reduced(.any, axes: [0]).booleans == [true, true])
        let error = thrownError { try Tensor([1, 0]).reduced(.any) }
        #expect(
            error?.message
                == "cannot compute Any as input #0(zero-based) was expected to be a bool tensor but "
                + "is a int32 tensor")
        #expect(try Tensor([1, 0]).reduced(.any, dialect: .numpy).booleans == [true])
    }

    @Test func argmaxGivesInt64IndicesOfTheFirstExtreme() throws {
        let values = try Tensor([1, 3, 2])
        let index = try values.argmax()
        #expect(index.dtype == .int64)
        #expect(index.shape == [])
        #expect(index.integers == [1])
        #expect(try Tensor([3, 3, 1]).argmax().integers == [0])
        let m = try Tensor([[1, 3], [0, 5]])
        #expect(try m.argmin(axis: 1).integers == [0, 0])
        #expect(try m.argmax(axis: 0).integers == [0, 1])
        #expect(try m.argmax(axis: nil, dialect: .numpy).integers == [3])
        // TensorFlow never picks NaN; numpy picks the first NaN.
        let withNaN = try Tensor(.list([1.0, .float(.nan), 3.0]))
        #expect(try withNaN.argmax().integers == [2])
        #expect(try withNaN.argmax(dialect: .numpy).integers == [1])
    }

    @Test func argmaxErrorsUseTensorFlowsWording() throws {
        let m = try #require(matrix)
        #expect(
            thrownError { try m.argmax(axis: 2) }?.message
                == "Expected dimension in the range [-2, 2), but got 2")
        #expect(
            thrownError { try Tensor.zeros([0]).argmax() }?.message
                == "Reduction axis 0 is empty in shape [0]")
    }

    @Test func cumsumRunsForwardBackwardAndExclusive() throws {
        let m = try #require(matrix)
        #expect(try m.cumsum(axis: 1).integers == [1, 3, 6, 4, 9, 15])
        #expect(try m.cumsum(axis: 0).integers == [1, 2, 3, 5, 7, 9])
        let reversed = try Tensor.range(limit: .int(6)).reshaped([2, 3])
            .cumsum(axis: 1, exclusive: true, reverse: true)
        #expect(reversed.integers == [3, 2, 0, 9, 5, 0])
        #expect(
            thrownError { try m.cumsum(axis: 2) }?.message
                == "ScanOp: Expected scan axis in the range [-2, 2), but got 2")
    }

    @Test func floatSumsPrintAsTensorFlowsDo() throws {
        // tf.reduce_sum(tf.constant([0.1] * 100)) and tf.reduce_mean(tf.constant([0.1, 0.2, 0.3]))
        let tenths = try Tensor.fill([100], value: .float(0.1), dtype: .float32)
        #expect(try tenths.reduced(.sum).tensorflowRepr.hasSuffix("numpy=10.0>"))
        #expect(try Tensor([0.1, 0.2, 0.3]).reduced(.mean).tensorflowRepr.hasSuffix("numpy=0.2>"))
    }

    @Test func longSumsStayAccurate() throws {
        // Ten million copies of 0.1: a naive float32 running sum drifts to about 1087937;
        // numpy's chunked pairwise order and Eigen's packet tree both stay close to 1e6.
        let tenths = try Tensor.fill([10_000_000], value: .float(0.1), dtype: .float32)
        for dialect in [Dialect.tensorflow, .numpy] {
            let total = try tenths.reduced(.sum, dialect: dialect).doubles[0]
            #expect(Swift.abs(total - 1_000_000) < 16)
        }
    }
}
