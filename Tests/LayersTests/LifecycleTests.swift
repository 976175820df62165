import Layers
import Tensors
import Testing

@Suite("Lazy building, sessions and the book's Sequential")
struct LifecycleTests {
    @Test func layersHaveNoWeightsUntilTheirFirstCall() throws {
        let context = KerasContext(seed: 0)
        let dense = try Dense(units: 3, context: context)
        #expect(!dense.built)
        #expect(dense.weights.isEmpty)
        #expect(dense.kernel == nil)
        _ = try dense(try Tensor.ones([1, 2]))
        #expect(dense.built)
        #expect(dense.kernel?.shape == [2, 3])
        #expect(dense.bias?.shape == [3])
        #expect(dense.inputSpec?.repr == "InputSpec(min_ndim=2, axes={-1: 2})")
    }

    @Test func sameSeedGivesSameWeightsAndContextsAreIndependent() throws {
        func weights(_ context: KerasContext) throws -> [Tensor] {
            let dense = try Dense(units: 4, context: context)
            _ = try dense(try Tensor.ones([1, 4]))
            return dense.getWeights()
        }
        let a = KerasContext(seed: 11)
        let b = KerasContext(seed: 11)
        let first = try weights(a)
        _ = try Dense(units: 9, context: b).name  // b's counters move, a's don't
        #expect(try weights(b) == first)
        #expect(try weights(a) != first)  // the generator moved on
        #expect(try Dense(units: 1, context: a).name == "dense_2")
        #expect(try Dense(units: 1, context: b).name == "dense_2")
        #expect(try Dense(units: 1, context: KerasContext(seed: 11)).name == "dense")
    }

    @Test func namesFollowKerasSnakeCase() {
        #expect(KerasContext.snakeCase("Dense") == "dense")
        #expect(KerasContext.snakeCase("MyDense") == "my_dense")
        #expect(KerasContext.snakeCase("HTTPServerLayer") == "http_server_layer")
        #expect(KerasContext.snakeCase("_Private") == "private__private")
        #expect(KerasContext.snakeCase("MLP2") == "mlp2")
        #expect(KerasContext.snakeCase("Conv2DTranspose") == "conv2d_transpose")
    }

    /// Chapter 6.2 without any script: the Sequential, its layers' shapes and names, its
    /// weights' reprs (digits aside), and the shared-layer model.
    @Test func bookSequentialPrintsLikeTensorFlow() throws {
        let context = KerasContext(seed: 0)
        let net = try Sequential(
            [
                Flatten(context: context), Dense(units: 4, activation: .relu, context: context),
                Dense(units: 1, context: context),
            ], context: context)
        let x = try Tensor.randomUniform([2, 4], using: &context.generator)
        #expect(try net(x).tensorFlowShapeRepr == "TensorShape([2, 1])")
        let lines = try net.layers.map {
            "Layer name: \($0.name), Output shape: \(try $0.outputShape())"
        }
        #expect(
            lines == [
                "Layer name: flatten, Output shape: (2, 4)",
                "Layer name: dense, Output shape: (2, 4)",
                "Layer name: dense_1, Output shape: (2, 1)",
            ])
        let reprs = pythonSequenceRepr(net.layers[2].weights.map(\.tensorflowRepr))
        let expected = """
            [<tf.Variable 'dense_1/kernel:0' shape=(4, 1) dtype=float32, numpy=
             array([[-0.8238736 ],
                    [ 0.5115609 ],
                    [ 0.8256699 ],
                    [ 0.29605114]], dtype=float32)>,
             <tf.Variable 'dense_1/bias:0' shape=(1,) dtype=float32, numpy=array([0.], dtype=float32)>]
            """
        // Random digits differ from TensorFlow's; the layout must not.
        #expect(
            reprs.hasPrefix(
                "[<tf.Variable 'dense_1/kernel:0' shape=(4, 1) dtype=float32, numpy=\n array([["))
        #expect(
            reprs.hasSuffix(
                ", dtype=float32)>,\n <tf.Variable 'dense_1/bias:0' shape=(1,) dtype=float32, numpy=array([0.], dtype=float32)>]"
            ))
        #expect(expected.split(separator: "\n").count == reprs.split(separator: "\n").count)
        try Golden.check(reprs + "\n", "book-6.2-weights.txt")
        let sum = net.weights.reduce(0) { $0 + $1.count }
        #expect(sum == 25)

        let shared = try Dense(units: 4, activation: .relu, context: context)
        let net2 = try Sequential(
            [Flatten(context: context), shared, shared, Dense(units: 1, context: context)],
            context: context)
        _ = try net2(x)
        #expect(net2.layers.count == 3)
        try shared.weights[0].assign(Tensor(scalar: Float(100)), at: [.index(0), .index(0)])
        #expect(
            try net2.layers[1].weights[0].value[.index(0), .index(0)] == Tensor(scalar: Float(100)))
    }
}

extension Tensor {
    /// `TensorShape([2, 1])`, as a shape displays.
    fileprivate var tensorFlowShapeRepr: String { TensorShape(shape).repr }
}
