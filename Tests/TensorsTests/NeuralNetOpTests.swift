import Testing

@testable import Tensors

/// The forward behaviour and misuse errors of the neural-network ops (the texts are what
/// TensorFlow 2.15 raises for the same calls).
@Suite struct NeuralNetOpTests {
    private let images = Tensor(unchecked: [1, 5, 5, 2], .float32(Array(repeating: 1, count: 50)))
    private let filters = Tensor(unchecked: [3, 3, 2, 4], .float32(Array(repeating: 1, count: 72)))

    @Test func convolutionArgumentErrors() throws {
        #expect(
            thrownError { try images.conv2d(filters, strides: [1, 1, 1]) }?.description
                == "ValueError: strides should be of length 1, 2 or 4. Received: strides=[1, 1, 1] "
                + "of length 3")
        #expect(
            thrownError { try images.conv2d(filters, strides: [2, 1, 1, 1]) }?.description
                == "UnimplementedError: {{function_node __wrapped__Conv2D_device_/job:localhost/"
                + "replica:0/task:0/device:CPU:0}} Current implementation does not yet support "
                + "strides in the batch and depth dimensions. [Op:Conv2D] name: ")
        #expect(
            thrownError { try images.conv2d(filters, strides: [0]) }?.message
                == "Row and column strides should be larger than 0.")
        #expect(
            thrownError { try images.conv2d(filters, dilations: [0]) }?.message
                == "Dilated rates should be larger than 0.")
        #expect(
            thrownError { try images.conv2d(filters.cast(to: .float64)) }?.description
                == "InvalidArgumentError: cannot compute Conv2D as input #1(zero-based) was "
                + "expected to be a float tensor but is a double tensor [Op:Conv2D] name: ")
        #expect(
            thrownError { _ = try Padding(tensorflowName: "EXPLICIT", op: "Conv2D") }?.description
                == "ValueError: 'EXPLICIT' is not a valid value for `padding`. To use explicit "
                + "padding, `padding` must be a list.")
        #expect(
            thrownError { try Tensor.ones([1, 5, 5, 4]).conv2d(Tensor.ones([3, 3, 2, 3])) }?.message
                == "output depth must be evenly divisible by number of groups: 3 vs 2")
    }

    @Test func integerConvolutionWraps() throws {
        let x = try images.cast(to: .int32).conv2d(filters.cast(to: .int32))
        #expect(x.dtype == .int32)
        #expect(x.shape == [1, 3, 3, 4])
        #expect(x.doubles.allSatisfy { $0 == 18 })
    }

    @Test func poolingArgumentErrors() throws {
        #expect(
            thrownError { try images.maxPool2d(ksize: [2, 2, 2, 2], strides: [1]) }?.description
                == "UnimplementedError: {{function_node __wrapped__MaxPool_device_/job:localhost/"
                + "replica:0/task:0/device:CPU:0}} Pooling is not yet supported on the batch "
                + "dimension. [Op:MaxPool] name: ")
        #expect(
            thrownError { try images[.index(0)].avgPool2d(ksize: [2], strides: [2]) }?.message
                == "tensor_in_shape must have 2 spatial dimensions. 3 0")
        #expect(
            thrownError { try images.avgPool2d(ksize: [0], strides: [1]) }?.message
                == "ksize must be a postive int32 value, got:0")
        #expect(
            thrownError { try images.maxPool2d(ksize: [2], strides: [0]) }?.message
                == "Stride must be > 0, but got 0")
        #expect(
            thrownError { try images.avgPool2d(ksize: [1, 1, 1, 2], strides: [1, 1, 1, 2]) }?
                .message == "Non-spatial pooling is not yet supported. Volunteers? :)")
        let explicit = thrownError {
            try images.avgPool2d(ksize: [2], strides: [2], padding: .explicit([(0, 0), (0, 0)]))
        }
        #expect(explicit?.message.hasPrefix(#"Value for attr 'padding' of "EXPLICIT""#) == true)
        let pooled = try images.cast(to: .int64).maxPool2d(ksize: [2], strides: [2])
        #expect(pooled.dtype == .int64 && pooled.shape == [1, 2, 2, 2])
    }

    @Test func lossArgumentErrors() {
        let logits = Tensor(unchecked: [2, 3], .float32(Array(repeating: 1, count: 6)))
        #expect(
            thrownError {
                try Tensor.sparseSoftmaxCrossEntropyWithLogits(
                    labels: Tensor(unchecked: [1, 2], .int32([1, 1])), logits: logits)
            }?.description
                == "ValueError: `labels.shape.rank` must equal `logits.shape.rank - 1`. Received: "
                + "labels.shape=(1, 2) of rank 2 and logits.shape=(2, 3) of rank 2")
        #expect(
            thrownError {
                try Tensor.sparseSoftmaxCrossEntropyWithLogits(
                    labels: Tensor(scalars: [Int32(1), 1, 1]), logits: logits)
            }?.description
                == "ValueError: `labels.shape` must equal `logits.shape` except for the last "
                + "dimension. Received: labels.shape=(3,) and logits.shape=(2, 3)")
        #expect(
            thrownError {
                try Tensor.sparseSoftmaxCrossEntropyWithLogits(
                    labels: Tensor(scalar: Int32(1)), logits: Tensor(scalar: Float(1)))
            }?.description == "ValueError: `logits` cannot be a scalar. Received logits=1.0`")
        #expect(
            thrownError {
                try Tensor.sparseSoftmaxCrossEntropyWithLogits(
                    labels: Tensor(scalars: [Float(1), 1]), logits: logits)
            }?.message.hasPrefix("Value for attr 'Tlabels' of float is not in the list") == true)
        #expect(
            thrownError {
                try Tensor.softmaxCrossEntropyWithLogits(
                    labels: Tensor(scalar: Float(1)), logits: Tensor(scalar: Float(1)))
            }?.description
                == "InvalidArgumentError: {{function_node __wrapped__Slice_device_/job:localhost/"
                + "replica:0/task:0/device:CPU:0}} Expected begin[0] == 0 (got -1) and size[0] == 0 "
                + "(got 1) when input.dim_size(0) == 0 [Op:Slice]")
        #expect(
            (try? Tensor.softmaxCrossEntropyWithLogits(
                labels: Tensor(scalars: [Float(0), 1]), logits: Tensor(scalars: [Float(1), 2])))?
                .tensorflowRepr == "<tf.Tensor: shape=(), dtype=float32, numpy=0.31326166>")
    }

    @Test func creationArgumentErrors() {
        var generator = RandomGenerator(seed: 0)
        let indices = Tensor(scalars: [Int32(1), 2])
        #expect(
            thrownError {
                try Tensor.oneHot(
                    indices, depth: 3, onValue: Tensor(scalar: Float(1)),
                    offValue: Tensor(scalar: Int32(0)))
            }?.description
                == "TypeError: dtype <dtype: 'float32'> of on_value does not match dtype "
                + "<dtype: 'int32'> of off_value")
        #expect(
            thrownError {
                try Tensor.oneHot(
                    indices, depth: 3, onValue: Tensor(scalar: Float(1)), dtype: .int32)
            }?.description
                == "TypeError: dtype <dtype: 'float32'> of on_value does not match dtype "
                + "parameter <dtype: 'int32'>")
        #expect(
            thrownError { try Tensor.oneHot(indices, depth: 3, axis: 3) }?.message
                == "Expected axis to be -1 or between [0, 2).  But received: 3")
        #expect(
            thrownError { try Tensor.oneHot(Tensor(scalars: [Float(1)]), depth: 3) }?.message
                .hasPrefix("Value for attr 'TI' of float is not in the list of allowed values")
                == true)
        #expect(
            thrownError {
                try Tensor.linspace(
                    start: Tensor(scalar: Float(0)), stop: Tensor(scalar: Float(1)), num: -1)
            }?.message == "Requires start <= limit when delta > 0: 1/-1")
        #expect(
            (try? Tensor.linspace(
                start: Tensor(scalar: Float(0)), stop: Tensor(scalar: Float(1)), num: 1))?
                .tensorflowRepr
                == "<tf.Tensor: shape=(1,), dtype=float32, numpy=array([0.], dtype=float32)>")
        #expect(
            thrownError {
                try Tensor.ones([2], dtype: .int32).dropout(rate: 0.5, using: &generator)
            }?
            .description
                == "ValueError: `x.dtype` must be a floating point tensor as `x` will be scaled. "
                + "Received: x_dtype=<dtype: 'int32'>")
        #expect(
            thrownError { try Tensor.ones([2]).tiled([1]).tiled([-2]) }?.message
                == "Expected multiples[0] >= 0, but got -2")
        #expect(
            thrownError {
                try Tensor.unsortedSegmentSum(
                    Tensor.ones([3]), segmentIDs: Tensor(scalars: [Int32(0), 5, 1]), count: 3)
            }?.message == "segment_ids[1] = 5 is out of range [0, 3)")
        #expect(
            thrownError {
                try Tensor.ones([3]).clipped(
                    low: Tensor.zeros([2, 3]), high: Tensor(scalar: Float(1)))
            }?
            .description == "ValueError: Shapes (3,) and (2, 3) are incompatible")
    }

    @Test func shuffleAndCategoricalAreSeededAndPlausible() throws {
        var first = RandomGenerator(seed: 5)
        var second = RandomGenerator(seed: 5)
        let rows = try Tensor.range(limit: .int(10)).reshaped([5, 2])
        let shuffled = try rows.shuffled(using: &first)
        #expect(try rows.shuffled(using: &second) == shuffled)
        #expect(shuffled != rows)
        // A permutation of the rows: each row kept whole.
        let pairs = (0..<5).map { Int(shuffled.doubles[2 * $0]) }
        #expect(pairs.sorted() == [0, 2, 4, 6, 8])
        #expect(
            zip(pairs, (0..<5).map { Int(shuffled.doubles[2 * $0 + 1]) }).allSatisfy {
                $1 == $0 + 1
            })
        var generator = RandomGenerator(seed: 6)
        let logits = try Tensor(shape: [2, 3], scalars: [Float(0), 0, 0, -Float.infinity, 0, 2])
        let samples = try Tensor.categorical(logits: logits, numSamples: 4000, using: &generator)
        #expect(samples.shape == [2, 4000] && samples.dtype == .int64)
        let values = samples.doubles
        let uniform = values[..<4000]
        for k in 0..<3 {
            let share = Double(uniform.filter { $0 == Double(k) }.count) / 4000
            #expect(Swift.abs(share - 1.0 / 3) < 0.03)
        }
        let skewed = values[4000...]
        #expect(!skewed.contains(0))
        let twoShare = Double(skewed.filter { $0 == 2 }.count) / 4000
        #expect(Swift.abs(twoShare - 7.389 / 8.389) < 0.03)
        #expect(
            thrownError {
                try Tensor.categorical(logits: logits, numSamples: -1, using: &generator)
            }?
            .message == "num_samples should be nonnegative, got -1")
        #expect(
            thrownError {
                try Tensor.categorical(
                    logits: logits, numSamples: 1, dtype: .float32, using: &generator)
            }?.description
                == "ValueError: Argument `dtype` got invalid value <dtype: 'float32'>. Accepted dtypes "
                + "are (tf.int32, tf.int64).")
    }
}
