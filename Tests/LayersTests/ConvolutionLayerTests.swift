import Layers
import Tensors
import Testing

/// Replays `Fixtures/tensorflow/convolutions.cells.json` against TensorFlow 2.15.
///
/// Conv2D, the pooling layers, BatchNormalization and Embedding with fixed weights, their
/// weight names, summary rows and errors. The layers are made in the fixture's order, so the
/// session names them as TensorFlow did.
@Suite("Convolution, pooling, normalization and embedding layers, against TensorFlow 2.15")
struct ConvolutionLayerTests {
    let tf: TensorFlowFixtures
    let images: Tensor
    let kernel: Tensor

    init() throws {
        tf = try TensorFlowFixtures("convolutions")
        let count = 2 * 5 * 6 * 2
        images = try Tensor(
            shape: [2, 5, 6, 2], scalars: (0..<count).map { Float($0) / Float(10) - Float(3) })
        kernel = try Tensor(
            shape: [3, 3, 2, 3], scalars: (0..<54).map { Float($0) / Float(20) - Float(1) })
    }

    /// The fixture's `conv(**kw)`.
    private func conv(
        _ context: KerasContext, strides: [Int] = [1], padding: String = "valid",
        dilation: [Int] = [1], activation: Activation = .linear
    ) throws -> Conv2D {
        try Conv2D(
            filters: 3, kernelSize: [3], strides: strides, padding: padding, dilationRate: dilation,
            activation: activation, kernelInitializer: Constant(value: kernel),
            biasInitializer: Constant(value: try Tensor([0.1, -0.2, 0.3])), context: context)
    }

    /// Checks a printed `shape` line and the values that follow it.
    private func expectOutput(
        _ output: Tensor, _ key: String, tolerance: Double = 1e-6,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let text = try tf.output(key)
        let lines = text.split(separator: "\n")
        #expect(
            ConvolutionArgumentsText.tuple(output.shape) == String(lines[0]),
            sourceLocation: sourceLocation)
        #expect(
            close(floats(output), PythonText.numbers(lines[1]), tolerance: tolerance),
            sourceLocation: sourceLocation)
    }

    @Test func layersMatchTensorFlowInOneSession() throws {
        let context = KerasContext(seed: 0)
        let first = try conv(context)
        try expectOutput(try first(images), "conv-valid")
        #expect(first.weights.map(\.name) == (try tf.quotedStrings("conv-weights")))
        try expectOutput(
            try conv(context, strides: [2], padding: "same")(images), "conv-same-strides")
        try expectOutput(
            try conv(context, padding: "same", dilation: [1, 2], activation: .relu)(images),
            "conv-dilation-relu")
        let noBias = try Conv2D(
            filters: 3, kernelSize: [3, 3], useBias: false,
            kernelInitializer: Constant(value: kernel), context: context)
        let noBiasOutput = try noBias(images)
        let noBiasText = try tf.output("conv-no-bias").split(separator: "\n")
        #expect(
            "[" + noBias.weights.map { "'\($0.name)'" }.joined(separator: ", ") + "]"
                == noBiasText[0])
        #expect(close(floats(noBiasOutput), PythonText.numbers(noBiasText[1])))

        try expectOutput(try MaxPooling2D(context: context)(images), "maxpool")
        try expectOutput(
            try MaxPooling2D(poolSize: [3, 3], strides: [2], padding: "same", context: context)(
                images),
            "maxpool-same")
        try expectOutput(
            try AveragePooling2D(poolSize: [2], strides: [1], context: context)(images), "avgpool")
        try expectOutput(
            try AveragePooling2D(poolSize: [3], padding: "same", context: context)(images),
            "avgpool-same")
        try expectOutput(
            try GlobalAveragePooling2D(context: context)(images), "global-avg", tolerance: 1e-5)
        let kept = try GlobalAveragePooling2D(keepdims: true, context: context)(images)
        #expect("TensorShape(\(kept.shape))" == (try tf.output("global-avg-keepdims")))

        let model = try Sequential(
            [
                Conv2D(
                    filters: 6, kernelSize: [5], padding: "same", activation: .sigmoid,
                    inputShape: [28, 28, 1], context: context),
                AveragePooling2D(poolSize: [2], strides: [2], context: context),
                Conv2D(filters: 16, kernelSize: [5], activation: .sigmoid, context: context),
                MaxPooling2D(poolSize: [2], strides: [2], context: context),
                BatchNormalization(context: context),
                GlobalAveragePooling2D(context: context),
                Dense(units: 10, context: context),
            ], context: context)
        #expect(try model.summary() == (try tf.output("summary")) + "\n")
        #expect(model.weights.map(\.name) == (try tf.quotedStrings("summary-weights")))
        #expect(
            "(\(model.trainableWeights.count), \(model.nonTrainableWeights.count))"
                == (try tf.output("summary-trainable")))

        try batchNormalizationMatchesTensorFlow(context)
        try embeddingMatchesTensorFlow(context)
        try errorsMatchTensorFlow(context, built: first)
    }

    private func batchNormalizationMatchesTensorFlow(_ context: KerasContext) throws {
        let bn = BatchNormalization(context: context)
        let x2 = try Tensor([
            [1.0, 2.0, 3.0], [4.0, 0.5, -1.0], [0.0, 1.0, 2.0], [2.0, 2.0, 2.0],
        ])
        let inference = try bn(x2)
        #expect(
            pythonSequenceRepr(bn.weights.map(\.tensorflowRepr)) == (try tf.output("bn-weights")))
        #expect(close(floats(inference), PythonText.numbers(try tf.output("bn-inference")[...])))
        for (key, input) in [
            ("bn-training", x2), ("bn-training-again", try x2 * Tensor(scalar: Float(2))),
        ] {
            let output = try bn(input, training: true)
            let lines = try tf.output(key).split(separator: "\n")
            #expect(close(floats(output), PythonText.numbers(lines[0]), tolerance: 1e-5))
            #expect(close(floats(try #require(bn.movingMean).value), PythonText.numbers(lines[1])))
            #expect(
                close(floats(try #require(bn.movingVariance).value), PythonText.numbers(lines[2])))
        }
        let bn4 = BatchNormalization(
            momentum: 0.9, epsilon: 0.01, betaInitializer: Constant(-0.5),
            gammaInitializer: Constant(1.5), context: context)
        let trained = try bn4(images, training: true)
        let lines = try tf.output("bn-4d").split(separator: "\n")
        #expect(bn4.fused)
        #expect(close(floats(trained), PythonText.numbers(lines[0]), tolerance: 1e-5))
        #expect(close(floats(try #require(bn4.movingMean).value), PythonText.numbers(lines[1])))
        #expect(
            close(
                floats(try #require(bn4.movingVariance).value), PythonText.numbers(lines[2]),
                tolerance: 1e-5))
        #expect(
            close(
                floats(try bn4(images)), PythonText.numbers(try tf.output("bn-4d-inference")[...]),
                tolerance: 1e-5))
        let names = try tf.quotedStrings("bn-config-names")
        #expect(bn4.weights.map(\.name) == Array(names.prefix(4)))
        #expect(bn4.trainableWeights[0].name == names[4])
    }

    private func embeddingMatchesTensorFlow(_ context: KerasContext) throws {
        let table = try Tensor(shape: [10, 3], scalars: (0..<30).map { Double($0) / 10 })
        let embedding = try Embedding(
            inputDim: 10, outputDim: 3, embeddingsInitializer: Constant(value: table),
            context: context)
        let lines = try tf.output("embedding").split(separator: "\n")
        let output = try embedding(try Tensor([[1, 2], [9, 0]]))
        #expect(ConvolutionArgumentsText.tuple(output.shape) == String(lines[0]))
        #expect(close(floats(output), PythonText.numbers(lines[1])))
        #expect(try #require(embedding.embeddings).name == String(lines[2]))
        #expect(
            close(
                floats(try embedding(try Tensor([1.0, 3.0]))),
                PythonText.numbers(try tf.output("embedding-float-ids")[...])))
        #expect(
            pythonError { _ = try embedding(try Tensor([12])) }
                == (try tf.error("embedding-bad-id")))
        let model = try Sequential(
            [Embedding(inputDim: 100, outputDim: 8, context: context), Flatten(context: context)],
            context: context)
        #expect(try model.summary() == (try tf.output("embedding-summary")) + "\n")
    }

    private func errorsMatchTensorFlow(_ context: KerasContext, built: Conv2D) throws {
        #expect(
            pythonError { _ = try Conv2D(filters: 0, kernelSize: [3], context: context) }
                == (try tf.error("conv-bad-filters")))
        #expect(
            pythonError { _ = try Conv2D(filters: 2, kernelSize: [3, 0], context: context) }
                == (try tf.error("conv-bad-kernel")))
        #expect(
            pythonError {
                _ = try Conv2D(filters: 2, kernelSize: [3], padding: "full", context: context)
            }
                == (try tf.error("conv-bad-padding")))
        #expect(
            pythonError {
                _ = try Conv2D(
                    filters: 2, kernelSize: [3], strides: [2], dilationRate: [2], context: context)
            } == (try tf.error("conv-strides-dilation")))
        #expect(
            pythonError {
                _ = try Conv2D(filters: 2, kernelSize: [3], context: context)(
                    try Tensor.ones([4, 4, 1]))
            }
                == (try tf.error("conv-rank")))
        #expect(
            pythonError { _ = try MaxPooling2D(context: context)(try Tensor.ones([4, 4, 1])) }
                == (try tf.error("pool-rank")))
        #expect(
            pythonError {
                _ = try Conv2D(filters: 2, kernelSize: [5], context: context)(
                    try Tensor.ones([1, 3, 3, 1]))
            }
                == (try tf.error("conv-too-small")))
        #expect(
            pythonError { _ = try built(try Tensor.ones([1, 5, 5, 3])) }
                == (try tf.error("conv-channels")))
    }
}

/// Shapes as Python prints a tuple of ints.
enum ConvolutionArgumentsText {
    static func tuple(_ shape: [Int]) -> String {
        "(" + shape.map(String.init).joined(separator: ", ") + (shape.count == 1 ? ",)" : ")")
    }
}
