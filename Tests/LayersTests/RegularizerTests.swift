import Layers
import Tensors
import Testing

/// Replays `Fixtures/tensorflow/regularizers.cells.json`: the penalties' values and configs,
/// and `losses` of a layer and a model with kernel, bias and activity regularizers, against
/// TensorFlow 2.15.
@Suite("Regularizers, against TensorFlow 2.15")
struct RegularizerTests {
    let tf: TensorFlowFixtures
    let x: Tensor

    init() throws {
        tf = try TensorFlowFixtures("regularizers")
        x = try Tensor([[0.5, -1.5], [2.0, 0.25], [-0.75, 1.0]])
    }

    @Test func penaltiesMatchTensorFlow() throws {
        #expect(try L1(0.05)(x).tensorflowRepr == (try tf.output("l1")))
        #expect(try L2()(x).tensorflowRepr == (try tf.output("l2")))
        #expect(try L1L2(l1: 0.01, l2: 0.02)(x).tensorflowRepr == (try tf.output("l1l2")))
        #expect(try Regularizer.named("l1_l2")(x).tensorflowRepr == (try tf.output("l1l2-string")))
        #expect(try Regularizer.named("l1")(x).tensorflowRepr == (try tf.output("l1-string")))
        func text(_ regularizer: Regularizer) throws -> String {
            PythonText.dict(try regularizer.config().map { ($0.key, $0.value.pythonRepr) })
        }
        #expect(try text(try L2(0.01)) == (try tf.output("config-l2")))
        #expect(try text(try L1L2(l1: 0.5)) == (try tf.output("config-l1l2")))
        #expect(
            pythonError { _ = try L2(.infinity) }
                == "ValueError: Value inf is not a valid regularization penalty number, an "
                + "infinite number or NaN are not valid values.")
    }

    @Test func layerAndModelLossesListActivityThenWeightPenalties() throws {
        let context = KerasContext(seed: 0)
        let layer = try Dense(
            units: 2, kernelInitializer: Constant(value: try Tensor([[0.5, -1.0], [1.5, -0.5]])),
            biasInitializer: Constant(value: try Tensor([0.1, -0.3])),
            kernelRegularizer: try L2(0.1), biasRegularizer: try Regularizer.named("l1"),
            activityRegularizer: try L1(0.01), context: context)
        _ = try layer(x)
        #expect(
            pythonSequenceRepr(try layer.losses().map(\.tensorflowRepr))
                == (try tf.output("layer-losses")))
        _ = try layer(try x[.slice(start: nil, stop: 2, step: nil)])
        #expect(
            pythonSequenceRepr(try layer.losses().map(\.tensorflowRepr))
                == (try tf.output("layer-losses-again")))
        let model = try Sequential(
            [
                layer,
                Dense(
                    units: 1, kernelInitializer: try Initializer.named("ones"),
                    kernelRegularizer: try L1(0.2), context: context),
            ], context: context)
        _ = try model(x)
        #expect(
            pythonSequenceRepr(try model.losses().map(\.tensorflowRepr))
                == (try tf.output("model-losses")))
    }
}
