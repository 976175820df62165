import Foundation
import Layers
import Tensors
import Testing

/// Replays `Fixtures/tensorflow/errors.cells.json`: every error text the library raises, the
/// naming rules, initializers and activations.
@Suite("Errors, names, initializers and activations, against TensorFlow 2.15")
struct ErrorTests {
    @Test func errorsAndNamesMatchTensorFlowThroughOneSession() throws {
        let tf = try TensorFlowFixtures("errors")
        let context = KerasContext(seed: 5)
        let ones = { (shape: [Int]) in try Tensor.ones(shape) }

        // last-axis, min-ndim, flatten-scalar, uncalled shapes
        let d = try Dense(units: 4, context: context)
        _ = try d(ones([2, 4]))
        #expect(pythonError { _ = try d(ones([2, 5])) } == (try tf.error("last-axis")))
        let d1 = try Dense(units: 3, context: context)
        #expect(pythonError { _ = try d1(ones([4])) } == (try tf.error("min-ndim")))
        let flatten = Flatten(context: context)
        #expect(pythonError { _ = try flatten(ones([])) } == (try tf.error("flatten-scalar")))
        #expect(pythonError { _ = try d.outputShape() } == (try tf.error("output-shape-uncalled")))
        #expect(pythonError { _ = try d.inputShape() } == (try tf.error("input-shape-uncalled")))

        // units, activation, initializer, dropout-rate (each rejected layer takes its name)
        #expect(
            pythonError { _ = try Dense(units: -1, context: context) } == (try tf.error("units")))
        _ = context.uniqueName(for: "dense")
        #expect(pythonError { _ = try Activation.named("foo") } == (try tf.error("activation")))
        _ = context.uniqueName(for: "dense")
        #expect(pythonError { _ = try Initializer.named("foo") } == (try tf.error("initializer")))
        #expect(
            pythonError { _ = try Dropout(rate: 1.5, context: context) }
                == (try tf.error("dropout-rate")))

        // sequential-call, sequential-relaxed-summary
        let net = try Sequential(
            [
                Flatten(context: context), Dense(units: 4, activation: .relu, context: context),
                Dense(units: 1, context: context),
            ], context: context)
        _ = try net(ones([2, 4]))
        #expect(pythonError { _ = try net(ones([3, 5])) } == (try tf.error("sequential-call")))
        #expect(try net.summary() == tf.output("sequential-relaxed-summary") + "\n")

        // unique-names, count-params, build-no-shape (names only)
        #expect(
            pythonError {
                _ = try Sequential(
                    [
                        Dense(units: 2, name: "a", context: context),
                        Dense(units: 2, name: "a", context: context),
                    ], context: context)
            } == (try tf.error("unique-names")))
        #expect(
            pythonError { _ = try Dense(units: 3, context: context).countParams() }
                == (try tf.error("count-params")))
        _ = try Sequential([Dense(units: 2, context: context)], context: context)

        // bad-call, bad-in-sequential
        let bad = Bad(context: context)
        #expect(pythonError { _ = try bad(ones([2, 3])) } == (try tf.error("bad-call")))
        let s = try Sequential([Bad(context: context)], context: context)
        #expect(pythonError { _ = try s(ones([2, 3])) } == (try tf.error("bad-in-sequential")))

        // initializer errors
        #expect(
            pythonError { _ = try Identity()(shape: [2, 3, 4], context: context) }
                == (try tf.error("identity-rank")))
        #expect(
            pythonError { _ = try Orthogonal()(shape: [3], context: context) }
                == (try tf.error("orthogonal-rank")))
        #expect(
            pythonError { _ = try RandomNormal()(shape: [2], dtype: .int32, context: context) }
                == (try tf.error("random-int")))
        #expect(
            pythonError {
                _ = try Constant(value: try Tensor([1, 2, 3]))(shape: [2, 3], context: context)
            } == (try tf.error("constant-count")))
        #expect(
            pythonError { _ = try VarianceScaling(scale: -1.0) } == (try tf.error("scale")))
        // Python prints these sets in hash order, which changes from run to run.
        #expect(
            sortedSet(pythonError { _ = try VarianceScaling.Mode(parsing: "x") })
                == sortedSet(try tf.error("mode")))
        #expect(
            sortedSet(pythonError { _ = try VarianceScaling.Distribution(parsing: "x") })
                == sortedSet(try tf.error("distribution")))
        #expect(
            pythonError { _ = try Activation.softmax(try Tensor([1.0, 2.0, 3.0])) }
                == (try tf.error("softmax-1d")))

        // multiple-nodes
        let sh = try Dense(units: 3, context: context)
        let a = try Sequential([sh], context: context)
        let b = try Sequential([sh], context: context)
        _ = try a(ones([2, 3]))
        _ = try b(ones([5, 3]))
        #expect(pythonError { _ = try sh.outputShape() } == (try tf.error("multiple-nodes")))

        // initializers
        let values = [
            try Identity(gain: 2.0)(shape: [3, 2], context: context),
            try Constant(2)(shape: [2], dtype: .int32, context: context),
            try Zeros()(shape: [2, 2], context: context),
            try Ones()(shape: [2], dtype: .int32, context: context),
        ]
        #expect(
            pythonSequenceRepr(values.map(\.tensorflowRepr), open: "(", close: ")")
                == (try tf.output("initializers")))

        // activations: TensorFlow's float32 values to a few units in the last place
        let x = try Tensor([[-3.0, -1.0, -0.5, 0.0, 0.5, 1.0, 3.0]])
        let activations: [Activation] = [.gelu, .elu, .softplus, .sigmoid, .tanh, .relu, .softmax]
        let expected = numbers(in: try tf.output("activations"))
        let actual = try activations.flatMap { try $0(x).scalars(as: Float.self) ?? [] }
        #expect(actual.count == expected.count)
        for (mine, theirs) in zip(actual, expected) {
            #expect(
                abs(mine - theirs) <= Swift.max(abs(theirs), 1e-6) * 2e-6, "\(mine) vs \(theirs)")
        }

        // names
        final class MyDense: Layer {}
        final class HTTPServerLayer: Layer {}
        let names = [
            MyDense(context: context).name, MyDense(context: context).name,
            try Dense(units: 1, context: context).name, Flatten(context: context).name,
            HTTPServerLayer(context: context).name,
            Layer(className: "_Private", context: context).name,
            try Sequential(context: context).name,
            try Dense(units: 1, name: "dense_99", context: context).name,
            try Dense(units: 1, context: context).name,
        ]
        #expect(names == (try tf.quotedStrings("names")))

        // direct-build
        let d2 = try Dense(units: 2, context: context)
        try d2.build(TensorShape([nil, 3]))
        let built = [d2.kernel?.name ?? "", d2.built ? "True" : "False", d2.weights[1].name]
        #expect(
            "('\(built[0])', \(built[1]), '\(built[2])')" == (try tf.output("direct-build")))

        // lin, lin-error
        let lin = Lin(units: 3, context: context)
        _ = try lin(ones([2, 4]))
        #expect(lin.weights.map(\.name) + [lin.name] == (try tf.quotedStrings("lin")))
        #expect(pythonError { _ = try lin(ones([2, 5])) } == (try tf.error("lin-error")))
    }
}

/// The text with the items of its `{…}` set sorted, for comparing Python set reprs.
private func sortedSet(_ text: String) -> String {
    guard let open = text.firstIndex(of: "{"), let close = text.firstIndex(of: "}") else {
        return text
    }
    let items = text[text.index(after: open)..<close].split(separator: ",").map {
        $0.trimmingCharacters(in: .whitespaces)
    }
    return String(text[..<open]) + "{" + items.sorted().joined(separator: ", ") + "}"
        + String(text[text.index(after: close)...])
}

/// Every decimal number inside `array([…])` parts of a repr, in order.
private func numbers(in text: String) -> [Float] {
    var result: [Float] = []
    var rest = Substring(text)
    while let start = rest.range(of: "array(") {
        let after = rest[start.upperBound...]
        guard let end = after.range(of: "]]") ?? after.range(of: "]") else { break }
        let body = after[..<end.lowerBound]
        for token in body.split(whereSeparator: { "[], \n".contains($0) }) {
            if let value = Float(token) { result.append(value) }
        }
        rest = after[end.upperBound...]
    }
    return result
}
