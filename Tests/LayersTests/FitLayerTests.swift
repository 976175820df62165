import Layers
import Tensors
import Testing

/// Replays `Fixtures/tensorflow/fit-layers.cells.json`: `fit` through convolution, pooling,
/// batch normalization (training mode, moving averages) and embedding layers with constant
/// initial weights, against TensorFlow 2.15's losses, metrics and trained weights.
///
/// The images are a sine, free of exact ties: where two window values tie in one engine but
/// not in the other (their convolutions round differently), max pooling sends the gradient to
/// another element and the runs part.
@Suite("Training through Conv2D, pooling, BatchNormalization and Embedding, against TensorFlow")
struct FitLayerTests {
    let tf: TensorFlowFixtures

    init() throws {
        tf = try TensorFlowFixtures("fit-layers")
    }

    /// `np.linspace(start, stop, count)` in float64, as numpy computes it.
    private func linspace(_ start: Double, _ stop: Double, _ count: Int) -> [Double] {
        let step = (stop - start) / Double(count - 1)
        return (0..<count).map { $0 == count - 1 ? stop : Double($0) * step + start }
    }

    /// The numbers of line `index` of cell `key`.
    private func line(_ key: String, _ index: Int) throws -> [Double] {
        try PythonText.numbers(try tf.output(key), line: index)
    }

    @Test func convolutionalNetworkTrainsAsTensorFlow() throws {
        let context = KerasContext(seed: 0)
        // tf.reshape(tf.sin(tf.range(288, dtype=tf.float32) * 0.37), (8, 6, 6, 1))
        let images = try
            (Tensor.range(limit: .int(288), dtype: .float32)
            * Tensor(scalar: Float(0.37))).sin().reshaped([8, 6, 6, 1])
        let labels = try Tensor([0, 1, 2, 0, 1, 2, 0, 1])
        let kernel = try Tensor(shape: [3, 3, 1, 4], scalars: (0..<36).map { Float($0) / 18 - 1 })
        let denseKernel = try Tensor(shape: [16, 3], scalars: linspace(-0.3, 0.3, 48))
        let conv = try Conv2D(
            filters: 4, kernelSize: [3], activation: .relu,
            kernelInitializer: Constant(value: kernel), biasInitializer: Constant(0.05),
            context: context)
        let norm = BatchNormalization(context: context)
        let model = try Sequential(
            [
                conv, MaxPooling2D(context: context), norm, Flatten(context: context),
                Dense(units: 3, kernelInitializer: Constant(value: denseKernel), context: context),
            ], context: context)
        try model.compile(
            optimizer: SGD(learningRate: 0.1, context: context),
            loss: SparseCategoricalCrossentropy(fromLogits: true, context: context),
            metrics: [.name("accuracy")])
        let history = try model.fit(
            .tensors(x: images, y: labels), batchSize: 4, epochs: 3, verbose: 0, shuffle: false)
        #expect(close(history.history.flatMap(\.values), try line("cnn", 0), tolerance: 1e-5))
        #expect(
            close(floats(try #require(norm.movingMean).value), try line("cnn", 1), tolerance: 1e-5))
        #expect(
            close(
                floats(try #require(norm.movingVariance).value), try line("cnn", 2), tolerance: 1e-5
            ))
        let trained = Array(floats(try #require(conv.kernel).value).prefix(8))
        #expect(close(trained, try line("cnn", 3), tolerance: 1e-5))
        let evaluated = try model.evaluate(.tensors(x: images, y: labels), verbose: 0)
        #expect(close(evaluated.entries.map(\.value), try line("cnn-evaluate", 0), tolerance: 1e-5))
    }

    @Test func embeddingTrainsAsTensorFlow() throws {
        let context = KerasContext(seed: 0)
        let words = try Tensor([[1, 2, 3], [4, 5, 6], [1, 5, 2], [6, 3, 4]])
        let targets = try Tensor([[1.0], [0.0], [1.0], [0.0]])
        let embedding = try Embedding(
            inputDim: 8, outputDim: 2,
            embeddingsInitializer: Constant(
                value: try Tensor(shape: [8, 2], scalars: linspace(-1, 1, 16))),
            inputLength: 3, context: context)
        let model = try Sequential(
            [
                embedding, Flatten(context: context),
                Dense(
                    units: 1, activation: .sigmoid,
                    kernelInitializer: try Initializer.named("ones"),
                    context: context),
            ], context: context)
        try model.compile(
            optimizer: Adam(learningRate: 0.1, context: context),
            loss: Loss.named("binary_crossentropy", context: context), metrics: [.name("accuracy")])
        let history = try model.fit(.tensors(x: words, y: targets), epochs: 3, verbose: 0)
        #expect(close(history.history.flatMap(\.values), try line("embedding", 0), tolerance: 1e-5))
        #expect(
            close(
                floats(try #require(embedding.embeddings).value), try line("embedding", 1),
                tolerance: 1e-5))
    }
}
