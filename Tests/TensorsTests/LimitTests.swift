import Testing

@testable import Tensors

@Suite struct LimitTests {
    @Test func tensorsBeyondFourGibibytesAreRefused() {
        let error = thrownError { try Tensor.zeros([100_000, 100_000, 100]) }
        #expect(error?.kind == .resourceExhausted)
        #expect(
            error?.description
                == "ResourceExhaustedError: {{function_node __wrapped__Fill_device_/job:localhost/"
                + "replica:0/task:0/device:CPU:0}} OOM when allocating tensor with "
                + "shape[100000,100000,100] and type float on /job:localhost/replica:0/task:0/"
                + "device:CPU:0 by allocator mklcpu [Op:Fill] name: ")
        #expect(thrownError { try Tensor.range(limit: .int(1_099_511_627_776)) }?.op == "Range")
        #expect(TensorLimits.current.maxBytes == 4 << 30)
    }

    @Test func overflowingShapesAreRefused() throws {
        // TensorFlow 2.15: tf.ones((2**62, 2**62)) is an InvalidArgumentError ("Shape
        // [4611686018427387904,4611686018427387904] would have more than 2**63 - 1 elements").
        let huge = Int.max / 2
        let error = thrownError { try Tensor.ones([huge, huge]) }
        #expect(error?.kind == .invalidArgument)
        #expect(error?.message.hasSuffix("would have more than 2**63 - 1 elements") == true)
        #expect(try Tensor.ones([huge, 0, huge]).count == 0)
    }

    @Test func aScopedLimitAppliesToEveryAllocatingOp() throws {
        let small = TensorLimits(maxBytes: 1024)
        try TensorLimits.$current.withValue(small) {
            #expect(try Tensor.zeros([256]).count == 256)  // exactly 1 KiB is allowed
            #expect(thrownError { try Tensor.zeros([257]) }?.kind == .resourceExhausted)
            let row = try Tensor.ones([200])
            let column = try Tensor.ones([200, 1])
            #expect(thrownError { try row + column }?.op == "AddV2")
            #expect(thrownError { try row.broadcast(to: [10, 200]) }?.kind == .resourceExhausted)
            #expect(thrownError { try column.matmul(row.reshaped([1, 200])) }?.op == "MatMul")
            var generator = RandomGenerator(seed: 1)
            #expect(
                thrownError { try Tensor.randomNormal([1000], using: &generator) }?.kind
                    == .resourceExhausted)
            #expect(thrownError { try Tensor.concat([row, row], axis: 0) }?.op == "ConcatV2")
            let flags = try Tensor.fill([1000], value: .bool(true))
            #expect(thrownError { try flags.converted(to: .float64) }?.op == "Cast")
            #expect(try flags.converted(to: .bool).count == 1000)
            #expect(thrownError { try flags.nonzeroIndices() }?.op == "Where")
        }
        #expect(try Tensor.zeros([257]).count == 257)  // the limit ended with the scope
    }
}
