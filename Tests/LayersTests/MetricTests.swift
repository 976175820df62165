import Layers
import Tensors
import Testing

/// Replays `Fixtures/tensorflow/metrics.cells.json`: the state, results, strings and configs of
/// `Mean` and the accuracy and error metrics, against TensorFlow 2.15; and how `compile`
/// resolves metric names from the shapes of labels and predictions.
@Suite("Metrics, against TensorFlow 2.15")
struct MetricTests {
    let tf: TensorFlowFixtures
    let context = KerasContext(seed: 0)

    init() throws {
        tf = try TensorFlowFixtures("metrics")
    }

    @Test func meanAccumulatesWeightedValuesUntilReset() throws {
        let mean = try Mean(context: context)
        try mean.updateState(try Tensor([1.0, 2.0, 3.0]))
        #expect(
            pythonSequenceRepr(mean.variables.map(\.tensorflowRepr))
                == (try tf.output("mean-variables")))
        #expect(try mean.result().tensorflowRepr == (try tf.output("mean-result")))
        try mean.updateState(try Tensor([4.0]), sampleWeight: try Tensor([2.0]))
        #expect(try mean.result().tensorflowRepr == (try tf.output("mean-weighted")))
        try mean.updateState(
            try Tensor([[1.0, 2.0], [3.0, 5.0]]), sampleWeight: try Tensor([1.0, 0.5]))
        #expect(try mean.result().tensorflowRepr == (try tf.output("mean-matrix-row-weights")))
        mean.resetState()
        #expect(try mean.result().tensorflowRepr == (try tf.output("mean-reset")))
        #expect(
            try Mean(context: context)(try Tensor([1.0, 2.0])).tensorflowRepr
                == (try tf.output("mean-call")))
    }

    @Test func stringsNamesAndConfigsAreKeras() throws {
        #expect(try BinaryAccuracy(context: context).pythonStr == (try tf.output("str-binary")))
        #expect(try Accuracy(context: context).pythonStr == (try tf.output("str-accuracy")))
        #expect(try Mean(name: "loss", context: context).pythonStr == (try tf.output("str-mean")))
        #expect(
            try MeanSquaredErrorMetric(context: context).pythonStr == (try tf.output("str-mse")))
        let metrics: [Metric] = [
            try MeanSquaredErrorMetric(context: context),
            try MeanAbsoluteErrorMetric(context: context),
            try Accuracy(context: context), try BinaryAccuracy(context: context),
            try CategoricalAccuracy(context: context),
            try SparseCategoricalAccuracy(context: context),
        ]
        #expect(metrics.map(\.name) == (try tf.quotedStrings("names")))
        let config = try BinaryAccuracy(threshold: 0.7, context: context).config
        #expect(
            PythonText.dict(config.map { ($0.key, $0.value.pythonRepr) })
                == (try tf.output("config-binary")))
    }

    @Test func accuracyMetricsMatchTensorFlow() throws {
        func check(
            _ key: String, _ metric: Metric, _ yTrue: Tensor, _ yPred: Tensor,
            _ weight: Tensor? = nil
        )
            throws
        {
            #expect(
                try metric(yTrue, yPred, sampleWeight: weight).tensorflowRepr
                    == (try tf.output(key)))
        }
        try check(
            "accuracy", try Accuracy(context: context), try Tensor([[1], [2], [3], [4]]),
            try Tensor([[0], [2], [3], [4]]))
        let binaryTrue = try Tensor([[1.0], [0.0], [1.0], [0.0]])
        let binaryPred = try Tensor([[0.7], [0.6], [0.2], [0.1]])
        try check("binary-accuracy", try BinaryAccuracy(context: context), binaryTrue, binaryPred)
        try check(
            "binary-accuracy-threshold", try BinaryAccuracy(threshold: 0.65, context: context),
            binaryTrue, binaryPred)
        try check(
            "binary-accuracy-weighted", try BinaryAccuracy(context: context), binaryTrue,
            binaryPred, try Tensor([1.0, 0.5, 0.25, 2.0]))
        try check(
            "categorical-accuracy", try CategoricalAccuracy(context: context),
            try Tensor([[0, 0, 1], [0, 1, 0]]), try Tensor([[0.1, 0.9, 0.8], [0.05, 0.95, 0]]))
        try check(
            "sparse-accuracy", try SparseCategoricalAccuracy(context: context),
            try Tensor([[2], [1]]), try Tensor([[0.1, 0.6, 0.3], [0.05, 0.95, 0]]))
        try check(
            "sparse-accuracy-flat", try SparseCategoricalAccuracy(context: context),
            try Tensor([2, 1, 0]),
            try Tensor([[0.1, 0.6, 0.3], [0.05, 0.95, 0], [0.5, 0.2, 0.3]]))
    }

    @Test func errorMetricsAccumulateOverBatches() throws {
        let mse = try MeanSquaredErrorMetric(context: context)
        try mse.updateState(
            yTrue: try Tensor([[0.0, 1.0], [0.0, 0.0]]),
            yPred: try Tensor([[1.0, 1.0], [1.0, 0.0]]))
        try mse.updateState(yTrue: try Tensor([[1.0, 1.0]]), yPred: try Tensor([[0.5, 0.0]]))
        #expect(try mse.result().tensorflowRepr == (try tf.output("mse-metric")))
        let mae = try MeanAbsoluteErrorMetric(context: context)
        #expect(
            try mae(
                try Tensor([[0.0, 1.0], [0.0, 0.0]]), try Tensor([[1.0, 1.0], [1.0, 0.0]])
            )
            .tensorflowRepr == (try tf.output("mae-metric")))
    }

    @Test func metricFunctionsGiveOneValuePerSample() throws {
        #expect(
            try MetricFunctions.binaryAccuracy(
                try Tensor([[1.0], [0.0]]), try Tensor([[0.7], [0.6]])
            )
            .tensorflowRepr == (try tf.output("fn-binary-accuracy")))
        #expect(
            try MetricFunctions.categoricalAccuracy(
                try Tensor([[0, 0, 1], [0, 1, 0]]),
                try Tensor([[0.1, 0.9, 0.8], [0.05, 0.95, 0]])
            ).tensorflowRepr == (try tf.output("fn-categorical-accuracy")))
        #expect(
            try MetricFunctions.sparseCategoricalAccuracy(
                try Tensor([[2], [1]]), try Tensor([[0.1, 0.6, 0.3], [0.05, 0.95, 0]])
            ).tensorflowRepr == (try tf.output("fn-sparse-accuracy")))
    }

    @Test func accuracyNamesResolveFromTheShapesAsKerasDoes() throws {
        let column = try Tensor.zeros([4, 1])
        let classes = try Tensor.zeros([4, 3])
        let indices = try Tensor.zeros([4])
        // Binary: one output unit. Values decide: 0.7 > 0.5 matches a label of 1.
        let binary = try MetricSpec.name("accuracy").resolve(
            yTrue: column, yPred: column, context: context)
        #expect(binary.name == "accuracy")
        #expect(
            try binary(try Tensor([[1.0]]), try Tensor([[0.7]])).scalar(as: Float.self) == 1)
        // Sparse: labels with one axis less than the predictions.
        let sparse = try MetricSpec.name("acc").resolve(
            yTrue: indices, yPred: classes, context: context)
        #expect(sparse.name == "acc")
        #expect(
            try sparse(try Tensor([2.0]), try Tensor([[0.1, 0.2, 0.7]])).scalar(as: Float.self) == 1
        )
        // Categorical: one-hot labels.
        let categorical = try MetricSpec.name("accuracy").resolve(
            yTrue: classes, yPred: classes, context: context)
        #expect(
            try categorical(try Tensor([[0.0, 0.0, 1.0]]), try Tensor([[0.1, 0.2, 0.7]]))
                .scalar(as: Float.self) == 1)
        let mse = try MetricSpec.name("mse").resolve(yTrue: column, yPred: column, context: context)
        #expect(mse.name == "mse" && mse.className == "MeanMetricWrapper")
        let named = try MetricSpec.name("MeanAbsoluteError").resolve(
            yTrue: column, yPred: column, context: context)
        #expect(named.name == "mean_absolute_error")
        #expect(
            pythonError {
                _ = try MetricSpec.name("nope").resolve(
                    yTrue: column, yPred: column, context: context)
            } == "TypeError: 'str' object is not callable")
    }
}
