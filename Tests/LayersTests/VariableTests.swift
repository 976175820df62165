import Layers
import Tensors
import Testing

/// Replays `Fixtures/tensorflow/variables.cells.json`: variable reprs, assignment and its
/// errors, weights set and read through layers, and forward passes with constant weights.
@Suite("Variables and weights, against TensorFlow 2.15")
struct VariableTests {
    @Test func variablesAndWeightsMatchTensorFlowThroughOneSession() throws {
        let tf = try TensorFlowFixtures("variables")
        let context = KerasContext(seed: 3)

        // variable, named, int-scalar, assigned
        let v = Variable(try Tensor([1.0, 2.0]))
        #expect(v.tensorflowRepr == (try tf.output("variable")))
        let w = Variable(try Tensor.zeros([2, 2]), name: "w")
        #expect(w.tensorflowRepr == (try tf.output("named")))
        #expect(Variable(try Tensor(3)).tensorflowRepr == (try tf.output("int-scalar")))
        try v.assign(try Tensor([5.0, 6.0]))
        #expect(v.tensorflowRepr == (try tf.output("assigned")))

        // assign errors, assign-add
        #expect(
            pythonError { try v.assign(try Tensor([1.0, 2.0, 3.0])) }
                == (try tf.error("assign-shape")))
        #expect(pythonError { try v.assign(try Tensor([1, 2])) } == (try tf.error("assign-dtype")))
        try v.assignAdd(try Tensor([1.0, 1.0]))
        #expect(v.unreadRepr == (try tf.output("assign-add")))
        #expect(
            pythonError { try v.assignAdd(try Tensor([1.0, 1.0, 1.0])) }
                == (try tf.error("assign-add-shape")))
        #expect(
            pythonError { try v.assignSub(try Tensor([1.0, 1.0, 1.0])) }
                == (try tf.error("assign-sub-shape")))

        // sliced assignment and its errors
        let m = Variable(try Tensor.zeros([3, 4]))
        try m.assign(Tensor(scalar: Float(9)), at: [.index(0), .index(0)])
        try m.assign(try Tensor([1.0, 2.0, 3.0, 4.0]), at: [.index(1)])
        try m.assign(try Tensor.ones([3]) * Tensor(scalar: Float(7)), at: [.all, .index(1)])
        #expect(m.tensorflowRepr == (try tf.output("sliced")))
        #expect(
            pythonError { try m.assign(Tensor(scalar: Int32(42)), at: [.index(0), .index(0)]) }
                == (try tf.error("sliced-dtype")))
        #expect(
            pythonError {
                try m.assign(try Tensor.ones([3, 4]), at: [.slice(start: nil, stop: 2, step: nil)])
            } == (try tf.error("sliced-broadcast")))
        #expect(
            pythonError { try m.assign(Tensor(scalar: Float(1)), at: [.index(5)]) }
                == (try tf.error("sliced-bounds")))

        // wide, float64
        #expect(Variable(try Tensor.ones([3, 1000])).tensorflowRepr == (try tf.output("wide")))
        let f64 = Variable(try Tensor([[1, 2], [3, 4]], dtype: .float64))
        #expect(f64.tensorflowRepr == (try tf.output("float64")))

        // constant-dense, constant-print, get-weights
        let net = try Sequential(
            [
                Flatten(context: context),
                Dense(
                    units: 4, activation: .relu, kernelInitializer: Constant(1),
                    biasInitializer: Zeros(flavor: .tensorflow), context: context),
                Dense(units: 1, kernelInitializer: Constant(42), context: context),
            ], context: context)
        _ = try net(try Tensor.ones([2, 4]))
        let firstTwo = net.weights.prefix(2).map(\.tensorflowRepr)
        #expect(
            pythonSequenceRepr(firstTwo, open: "(", close: ")") == (try tf.output("constant-dense"))
        )
        #expect(net.layers[2].weights[0].description == (try tf.output("constant-print")))
        let arrays = net.getWeights().map(\.numpyRepr)
        #expect(pythonSequenceRepr(arrays) == (try tf.output("get-weights")))

        // forward, set-weights and its errors
        let x = try Tensor([[1.0, -2.0, 3.0, 0.5], [0.0, 1.0, 1.0, 1.0]])
        #expect(try net(x).tensorflowRepr == (try tf.output("forward")))
        try net.setWeights([
            try Tensor.fill([4, 4], value: .float(0.5), dtype: .float64),
            try Tensor([0.0, 1.0, 2.0, 3.0], dtype: .float64),
            try Tensor.ones([4, 1], dtype: .float64), try Tensor([-1.0], dtype: .float64),
        ])
        #expect(try net(x).tensorflowRepr == (try tf.output("set-weights")))
        #expect(
            pythonError { try net.setWeights([try Tensor.ones([4, 4], dtype: .float64)]) }
                == (try tf.error("set-weights-count")))
        #expect(
            pythonError {
                try net.setWeights([
                    try Tensor.ones([4, 5], dtype: .float64),
                    try Tensor.zeros([4], dtype: .float64),
                    try Tensor.ones([4, 1], dtype: .float64),
                    try Tensor.zeros([1], dtype: .float64),
                ])
            } == (try tf.error("set-weights-shape")))
        #expect(
            pythonError {
                try net.layers[1].setWeights([
                    try Tensor.ones([4, 4], dtype: .float64), try Tensor.ones([5], dtype: .float64),
                ])
            } == (try tf.error("layer-set-weights-shape")))

        // shared-assign: the layer's variable is the model's
        try net.layers[1].weights[0].assign(Tensor(scalar: Float(100)), at: [.index(0), .index(0)])
        #expect(net.weights[0].tensorflowRepr == (try tf.output("shared-assign")))

        // rank3-dense, flatten-rank1, int-input, dense-relu
        let r3 = try Dense(
            units: 3, kernelInitializer: Ones(), biasInitializer: Constant(0.5), context: context)
        let cube = try Tensor.range(limit: .float(8)).cast(to: .float32).reshaped([2, 2, 2])
        #expect(try r3(cube).tensorflowRepr == (try tf.output("rank3-dense")))
        let flat = try Flatten(context: context)(try Tensor([1.0, 2.0, 3.0]))
        #expect(flat.tensorflowRepr == (try tf.output("flatten-rank1")))
        let intInput = try Dense(units: 2, kernelInitializer: Ones(), context: context)(
            try Tensor([[1, 2, 3]]))
        #expect(intInput.tensorflowRepr == (try tf.output("int-input")))
        let relu = try Dense(
            units: 2, activation: .relu,
            kernelInitializer: Constant(value: try Tensor([[1.0, -1.0], [2.0, -2.0]])),
            context: context)
        #expect(
            try relu(try Tensor([[1.0, 1.0], [-1.0, 0.5]])).tensorflowRepr
                == (try tf.output("dense-relu")))
    }

    @Test func variablesAreSharedByReference() throws {
        let context = KerasContext(seed: 1)
        let dense = try Dense(units: 2, context: context)
        _ = try dense(try Tensor.ones([1, 3]))
        let held = try #require(dense.kernel)
        try held.assign(try Tensor.zeros([3, 2]))
        #expect(dense.weights[0].value == (try Tensor.zeros([3, 2])))
        #expect(dense.getWeights()[0] == (try Tensor.zeros([3, 2])))
    }
}
