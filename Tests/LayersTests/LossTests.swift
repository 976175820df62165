import Layers
import Tensors
import Testing

/// Replays `Fixtures/tensorflow/losses.cells.json`: every loss class and function on fixed
/// labels and predictions, with reductions, sample weights, label smoothing, logits (given, or
/// remembered behind Keras's own activations), configs and errors, against TensorFlow 2.15.
@Suite("Losses, against TensorFlow 2.15")
struct LossTests {
    let tf: TensorFlowFixtures
    let context = KerasContext(seed: 0)
    let yTrue: Tensor
    let yPred: Tensor
    let logits: Tensor
    let oneHot: Tensor
    let probs: Tensor
    let classLogits: Tensor
    let sparse: Tensor
    let weights: Tensor

    init() throws {
        tf = try TensorFlowFixtures("losses")
        yTrue = try Tensor([[0.0, 1.0], [0.0, 0.0], [1.0, 1.0]])
        yPred = try Tensor([[0.6, 0.4], [0.4, 0.6], [0.9, 0.2]])
        logits = try Tensor([[2.0, -1.0], [0.5, 30.0], [-20.0, 0.1]])
        oneHot = try Tensor([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0]])
        probs = try Tensor([[0.05, 0.95, 0.0], [0.1, 0.8, 0.1]])
        classLogits = try Tensor([[1.0, 3.0, -2.0], [0.5, 0.5, 4.0]])
        sparse = try Tensor([1, 2])
        weights = try Tensor([0.7, 0.3, 1.0])
    }

    private func expectRepr(
        _ key: String, _ value: Tensor, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        #expect(value.tensorflowRepr == (try tf.output(key)), sourceLocation: sourceLocation)
    }

    @Test func regressionLossesReduceAndWeightAsKeras() throws {
        let mse = MeanSquaredError(context: context)
        try expectRepr("mse", try mse(yTrue, yPred))
        try expectRepr(
            "mse-sum", try MeanSquaredError(reduction: .sum, context: context)(yTrue, yPred))
        try expectRepr(
            "mse-none", try MeanSquaredError(reduction: .none, context: context)(yTrue, yPred))
        try expectRepr("mse-weighted", try mse(yTrue, yPred, sampleWeight: weights))
        try expectRepr(
            "mse-weighted-column",
            try mse(yTrue, yPred, sampleWeight: try Tensor([[0.7], [0.3], [1.0]])))
        try expectRepr(
            "mse-scalar-weight", try mse(yTrue, yPred, sampleWeight: Tensor(scalar: Float(2))))
        try expectRepr(
            "mse-rank", try mse(try Tensor([1.0, 2.0, 3.0]), try Tensor([[1.5], [2.0], [2.0]])))
        try expectRepr("mae", try MeanAbsoluteError(context: context)(yTrue, yPred))
        try expectRepr(
            "mae-none", try MeanAbsoluteError(reduction: .none, context: context)(yTrue, yPred))
        try expectRepr("huber", try Huber(context: context)(yTrue, logits))
        try expectRepr("huber-delta", try Huber(delta: 0.5, context: context)(yTrue, yPred))
    }

    @Test func binaryCrossentropyClipsProbabilitiesAndUsesKerasLogits() throws {
        let bce = BinaryCrossentropy(context: context)
        try expectRepr("bce", try bce(yTrue, yPred))
        try expectRepr(
            "bce-saturated",
            try bce(yTrue, try Tensor([[0.0, 1.0], [1.0, 0.5], [0.999999, 0.0]])))
        try expectRepr(
            "bce-smoothing",
            try BinaryCrossentropy(labelSmoothing: 0.2, context: context)(yTrue, yPred))
        try expectRepr(
            "bce-logits", try BinaryCrossentropy(fromLogits: true, context: context)(yTrue, logits))
        let kerasSigmoid = try Activation.sigmoid(logits, context: context)
        try expectRepr("bce-keras-sigmoid", try bce(yTrue, kerasSigmoid))
        try expectRepr("bce-plain-sigmoid", try bce(yTrue, try logits.sigmoid()))
        try expectRepr(
            "bce-none", try BinaryCrossentropy(reduction: .none, context: context)(yTrue, yPred))
    }

    @Test func categoricalCrossentropiesMatchKeras() throws {
        let cce = CategoricalCrossentropy(context: context)
        try expectRepr("cce", try cce(oneHot, probs))
        try expectRepr(
            "cce-smoothing",
            try CategoricalCrossentropy(labelSmoothing: 0.1, context: context)(oneHot, probs))
        try expectRepr(
            "cce-logits",
            try CategoricalCrossentropy(fromLogits: true, context: context)(oneHot, classLogits))
        try expectRepr(
            "cce-keras-softmax",
            try cce(oneHot, try Activation.softmax(classLogits, context: context)))
        try expectRepr(
            "cce-unnormalized", try cce(oneHot, try Tensor([[1.0, 2.0, 1.0], [0.5, 0.5, 3.0]])))
        let scce = SparseCategoricalCrossentropy(context: context)
        try expectRepr("scce", try scce(sparse, probs))
        try expectRepr("scce-column", try scce(try Tensor([[1], [2]]), probs))
        try expectRepr(
            "scce-logits",
            try SparseCategoricalCrossentropy(fromLogits: true, context: context)(
                sparse, classLogits))
        try expectRepr(
            "scce-none",
            try SparseCategoricalCrossentropy(fromLogits: true, reduction: .none, context: context)(
                sparse, classLogits))
    }

    @Test func lossFunctionsGiveOneLossPerSample() throws {
        try expectRepr("fn-mse", try LossFunctions.meanSquaredError(yTrue, yPred))
        try expectRepr("fn-mae", try LossFunctions.meanAbsoluteError(yTrue, yPred))
        try expectRepr("fn-huber", try LossFunctions.huber(yTrue, yPred))
        try expectRepr("fn-bce", try LossFunctions.binaryCrossentropy(yTrue, yPred))
        try expectRepr(
            "fn-bce-logits", try LossFunctions.binaryCrossentropy(yTrue, logits, fromLogits: true))
        try expectRepr("fn-cce", try LossFunctions.categoricalCrossentropy(oneHot, probs))
        try expectRepr("fn-scce", try LossFunctions.sparseCategoricalCrossentropy(sparse, probs))
        try expectRepr(
            "fn-scce-logits",
            try LossFunctions.sparseCategoricalCrossentropy(sparse, classLogits, fromLogits: true))
        let mse = try #require(LossFunctions.named("mse", context: nil))
        #expect(mse.name == "mean_squared_error")
        try expectRepr("fn-mse", try mse.body(yTrue, yPred))
    }

    @Test func configsAndNamesAreKeras() throws {
        func text(_ loss: Loss) -> String {
            PythonText.dict(loss.config.map { ($0.key, $0.value.pythonRepr) })
        }
        #expect(text(MeanSquaredError(context: context)) == (try tf.output("config-mse")))
        #expect(
            text(BinaryCrossentropy(fromLogits: true, context: context))
                == (try tf.output("config-bce")))
        #expect(
            text(CategoricalCrossentropy(labelSmoothing: 0.1, context: context))
                == (try tf.output("config-cce")))
        #expect(
            text(SparseCategoricalCrossentropy(context: context)) == (try tf.output("config-scce")))
        #expect(
            text(Huber(delta: 2, reduction: .sum, context: context))
                == (try tf.output("config-huber")))
        let losses: [Loss] = [
            MeanSquaredError(context: context), MeanAbsoluteError(context: context),
            Huber(context: context), BinaryCrossentropy(context: context),
            CategoricalCrossentropy(context: context),
            SparseCategoricalCrossentropy(context: context),
        ]
        #expect(losses.map(\.name) == (try tf.quotedStrings("names")))
        #expect(try Loss.named("MeanAbsoluteError", context: context).name == "mean_absolute_error")
        #expect(try Loss.named("bce", context: context).name == "binary_crossentropy")
    }

    @Test func invalidArgumentsRaiseKerasErrors() throws {
        #expect(
            pythonError { _ = try LossReduction(kerasName: "bad") }
                == (try tf.error("bad-reduction")))
        #expect(
            pythonError { _ = try Loss.named("nope", context: context) }
                == (try tf.error("unknown-name")))
        #expect(
            pythonError { _ = try CategoricalCrossentropy(context: context)(oneHot, yPred) }
                == (try tf.error("cce-shapes")))
        #expect(
            pythonError {
                _ = try SparseCategoricalCrossentropy(fromLogits: true, context: context)(
                    try Tensor([5, 1]), classLogits)
            } == (try tf.error("scce-label-range")))
        #expect(
            pythonError { _ = try Loss.named("poisson", context: context) }
                == "NotImplementedError: lit does not implement tf.keras.losses.poisson yet")
    }
}
