import Layers
import Tensors
import Testing

/// Replays `Fixtures/tensorflow/summaries.cells.json` in one session and compares every
/// summary, shape and name list with real TensorFlow's.
@Suite("Model summaries and shapes, against TensorFlow 2.15")
struct SummaryTests {
    @Test func summariesMatchTensorFlowThroughOneSession() throws {
        let tf = try TensorFlowFixtures("summaries")
        let context = KerasContext(seed: 7)
        func dense(_ units: Int, _ activation: Activation = .linear, inputShape: [Int?]? = nil)
            throws -> Dense
        {
            try Dense(
                units: units, activation: activation, inputShape: inputShape, context: context)
        }
        let ones = { (shape: [Int]) in try Tensor.ones(shape) }

        // input-shape
        let m = try Sequential([dense(2, inputShape: [3])], context: context)
        #expect(try m.summary() == tf.output("input-shape") + "\n")

        // unbuilt
        let net = try Sequential(
            [Flatten(context: context), dense(4, .relu), dense(1)], context: context)
        #expect(pythonError { _ = try net.summary() } == (try tf.error("unbuilt")))
        #expect(pythonError { try net.checkWeightsCreated() } == (try tf.error("unbuilt-weights")))

        // called, called-shapes, relaxed
        _ = try net(ones([2, 4]))
        #expect(try net.summary() == tf.output("called") + "\n")
        let shapes = try net.layers.map { try $0.outputShape().description }
        #expect(shapes == (try tf.quotedStrings("called-shapes")))
        _ = try net(ones([3, 4]))
        #expect(try net.summary() == tf.output("relaxed") + "\n")

        // shared, shared-names
        let shared = try dense(4, .relu)
        let net2 = try Sequential(
            [Flatten(context: context), shared, shared, dense(1)], context: context)
        _ = try net2(ones([2, 4]))
        #expect(try net2.summary() == tf.output("shared") + "\n")
        #expect(
            net2.layers.map(\.name) + net2.weights.map(\.name)
                == (try tf.quotedStrings("shared-names")))

        // added
        let m2 = try Sequential(context: context)
        try m2.add(dense(8, inputShape: [16]))
        try m2.add(dense(4, .relu))
        try m2.add(Dropout(rate: 0.2, context: context))
        try m2.add(dense(1))
        #expect(try m2.summary() == tf.output("added") + "\n")

        // megabytes, kilobytes
        let m3 = try Sequential(
            [dense(300, inputShape: [784]), dense(100), dense(10)], context: context)
        #expect(try m3.summary() == tf.output("megabytes") + "\n")
        let q = try Sequential(
            [
                Flatten(inputShape: [28, 28], context: context), dense(128, .relu),
                Dropout(rate: 0.2, context: context), dense(10),
            ], context: context)
        #expect(try q.summary() == tf.output("kilobytes") + "\n")

        // nested, nested-inner, nested-weights
        let inner = try Sequential([dense(4), dense(3)], context: context)
        let outer = try Sequential([Flatten(context: context), inner, dense(1)], context: context)
        _ = try outer(ones([2, 5]))
        #expect(try outer.summary() == tf.output("nested") + "\n")
        #expect(try inner.summary() == tf.output("nested-inner") + "\n")
        #expect(outer.weights.map(\.name) == (try tf.quotedStrings("nested-weights")))

        // long-name, rank3
        let big = try Sequential(
            [
                Dense(
                    units: 2, inputShape: [3], name: "a_really_long_layer_name_that_wraps_around",
                    context: context),
                dense(1),
            ], context: context)
        #expect(try big.summary() == tf.output("long-name") + "\n")
        let r = try Sequential(
            [dense(3, inputShape: [5, 4]), Flatten(context: context), dense(1)], context: context)
        #expect(try r.summary() == tf.output("rank3") + "\n")

        // frozen
        let t = try dense(2)
        _ = try t(ones([1, 2]))
        t.trainable = false
        let tt = try Sequential([t, dense(1)], context: context)
        _ = try tt(ones([1, 2]))
        #expect(try tt.summary() == tf.output("frozen") + "\n")

        // subclassed, subclassed-weights
        let mlp = try MLP(context: context)
        _ = try mlp(ones([2, 3]))
        #expect(try mlp.summary() == tf.output("subclassed") + "\n")
        let names =
            mlp.weights.map(\.name) + mlp.trainableWeights.map(\.name)
            + mlp.nonTrainableWeights.map(\.name) + mlp.layers.map(\.name)
        #expect(names == (try tf.quotedStrings("subclassed-weights")))

        // unused
        let block = try Block(context: context)
        _ = try block(ones([1, 2]))
        #expect(try block.summary() == tf.output("unused") + "\n")

        // subclassed-unbuilt
        let mm = try MLP2(context: context)
        #expect(pythonError { _ = try mm.summary() } == (try tf.error("subclassed-unbuilt")))

        // model-build, model-build-weights
        let m3b = try MLP3(context: context)
        try m3b.build(TensorShape([nil, 3]))
        #expect(try m3b.summary() == tf.output("model-build") + "\n")
        #expect(m3b.weights.map(\.name) == (try tf.quotedStrings("model-build-weights")))

        // wrap-in-sequential, wrap-weights
        let s = try Sequential([Wrap(context: context), dense(1)], context: context)
        _ = try s(ones([2, 3]))
        #expect(try s.summary() == tf.output("wrap-in-sequential") + "\n")
        #expect(s.weights.map(\.name) == (try tf.quotedStrings("wrap-weights")))

        // two-models, two-models-shape
        let sh = try dense(3)
        let a = try Sequential([sh], context: context)
        let bb = try Sequential([sh], context: context)
        _ = try a(ones([2, 3]))
        _ = try bb(ones([5, 3]))
        #expect(try a.summary() == tf.output("two-models") + "\n")
        #expect(pythonError { _ = try sh.outputShape() } == (try tf.error("two-models-shape")))
    }
}
