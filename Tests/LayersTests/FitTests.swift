import Foundation
import Layers
import Tensors
import Testing

/// Replays `Fixtures/tensorflow/fit.cells.json`: `compile`, `fit`, `evaluate`, `predict` and
/// `train_on_batch` of small models with constant initial weights and no shuffling, so the
/// losses, metrics, weights and the progress text (timings masked) are TensorFlow 2.15's.
///
/// The reference keeps Keras's raw progress stream (IPython and a notebook's kernel get the
/// same one: redraws with `\r` and `\b`); `notebookText` renders it as Jupyter shows it.
@Suite("Keras training loop, against TensorFlow 2.15 in a notebook")
struct FitTests {
    let tf: TensorFlowFixtures
    let x: Tensor
    let y: Tensor

    init() throws {
        tf = try TensorFlowFixtures("fit")
        // np.linspace(-1, 1, 60).reshape(20, 3).astype('float32')
        let step = 2.0 / 59.0
        let values = (0..<60).map { Float($0 == 59 ? 1.0 : Double($0) * step - 1.0) }
        x = try Tensor(shape: [20, 3], scalars: values)
        let labels = (0..<20).map { row -> Float in
            let sum = values[row * 3] + values[row * 3 + 1] + values[row * 3 + 2]
            return sum > 0 ? 1 : 0
        }
        y = try Tensor(shape: [20, 1], scalars: labels)
    }

    /// The fixture's `make()`: Dense(4, relu) then Dense(units, activation), constant weights.
    private func make(
        _ context: KerasContext, activation: Activation = .sigmoid, units: Int = 1
    ) throws -> Sequential {
        let kernel = try Tensor([
            [0.1, -0.2, 0.3, 0.05], [0.2, 0.1, -0.1, 0.3], [-0.3, 0.2, 0.1, -0.2],
        ])
        let outKernel = try Tensor([
            [0.5, -0.1, 0.2], [-0.4, 0.3, 0.1], [0.3, 0.2, -0.5], [0.2, -0.3, 0.4],
        ])
        .slice([.all, .slice(start: 0, stop: units, step: nil)])
        return try Sequential(
            [
                Dense(
                    units: 4, activation: .relu, kernelInitializer: Constant(value: kernel),
                    biasInitializer: Constant(0.01), context: context),
                Dense(
                    units: units, activation: activation,
                    kernelInitializer: Constant(value: outKernel), context: context),
            ], context: context)
    }

    /// What a notebook shows of raw output: a backspace erases the character before it, and
    /// text after a carriage return overwrites the line from its start.
    private func notebookText(_ raw: String) -> String {
        var kept: [Character] = []
        for char in raw {
            if char == "\u{8}" {
                if let last = kept.last, last != "\n" { kept.removeLast() }
            } else {
                kept.append(char)
            }
        }
        let lines = String(kept).split(separator: "\n", omittingEmptySubsequences: false)
        return lines.map { line in
            var shown: [Character] = []
            for segment in line.split(separator: "\r", omittingEmptySubsequences: false) {
                shown = Array(segment) + shown.dropFirst(segment.count)
            }
            return String(shown)
        }.joined(separator: "\n")
    }

    /// `text` with every duration masked by `ProgressBar.timingPattern`.
    private func masked(_ text: String) throws -> String {
        let regex = try NSRegularExpression(pattern: ProgressBar.timingPattern)
        let range = NSRange(text.startIndex..., in: text)
        return regex.stringByReplacingMatches(in: text, range: range, withTemplate: "…")
    }

    /// Checks progress text against cell `key`'s notebook output (up to `lines` lines).
    private func expectProgress(
        _ actual: String, _ key: String, lines: Int? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        var expected = notebookText(try tf.output(key))
        if let lines {
            expected = expected.split(separator: "\n").prefix(lines).joined(separator: "\n")
        }
        var got = actual
        if got.hasSuffix("\n") { got.removeLast() }
        #expect(try masked(got) == (try masked(expected)), sourceLocation: sourceLocation)
    }

    /// Checks the values of a printed Python dict of lists against `history`.
    private func expectHistory(
        _ history: History, _ text: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let expected = PythonText.numbers(text[...])
        let actual = history.history.flatMap(\.values)
        #expect(close(actual, expected, tolerance: 2e-6), sourceLocation: sourceLocation)
        let keys = history.history.map { "'\($0.key)'" }
        var position = text.startIndex
        for key in keys {
            let found = text.range(of: key, range: position..<text.endIndex)
            #expect(
                found != nil, "key \(key) missing or out of order", sourceLocation: sourceLocation)
            position = found?.upperBound ?? position
        }
    }

    @Test func fitMatchesTensorFlowLossesWeightsAndProgressText() throws {
        let context = KerasContext(seed: 0)
        let model = try make(context)
        try model.compile(
            optimizer: SGD(learningRate: 0.5, context: context),
            loss: Loss.named("binary_crossentropy", context: context), metrics: [.name("accuracy")])
        var text = ""
        let history = try model.fit(
            .tensors(x: x, y: y), batchSize: 8, epochs: 3, shuffle: false
        ) { text += $0 }
        try expectProgress(text, "fit-v1")
        // Nothing of the tapes outlives the steps.
        #expect(context.differentiation.liveIdentityCount == 0)
        expectHistory(history, try tf.output("fit-v1-history"))
        let weights = model.weights.flatMap { floats($0.value) }
        #expect(
            close(
                weights, PythonText.numbers(try tf.output("fit-v1-weights")[...]), tolerance: 1e-5))

        text = ""
        let validated = try model.fit(
            .tensors(x: x, y: y), batchSize: 8, epochs: 2, verbose: 2,
            validationData: .tensors(
                x: try x.slice([.slice(start: 0, stop: 6, step: nil)]),
                y: try y.slice([.slice(start: 0, stop: 6, step: nil)])),
            shuffle: false
        ) { text += $0 }
        try expectProgress(text, "fit-v2-validation")
        expectHistory(validated, try tf.output("fit-v2-history"))

        text = ""
        let evaluated = try model.evaluate(.tensors(x: x, y: y), batchSize: 8) { text += $0 }
        try expectProgress(text, "evaluate-v1", lines: 1)
        #expect(evaluated.names == ["loss", "accuracy"])
        #expect(
            close(
                evaluated.entries.map(\.value),
                PythonText.numbers(try tf.output("evaluate-dict")[...])))

        text = ""
        let predictions = try model.predict(.tensors(x: x), batchSize: 8) { text += $0 }
        try expectProgress(text, "predict-v1")
        #expect(
            close(
                floats(predictions), PythonText.numbers(try tf.output("predict-values")[...]),
                tolerance: 1e-6))
        text = ""
        _ = try model.predict(
            .tensors(x: try x.slice([.slice(start: 0, stop: 5, step: nil)])), verbose: 2
        ) { text += $0 }
        try expectProgress(text, "predict-v2")

        let batchLogs = try model.trainOnBatch(
            x: try x.slice([.slice(start: 0, stop: 10, step: nil)]),
            y: try y.slice([.slice(start: 0, stop: 10, step: nil)]))
        #expect(
            close(
                batchLogs.entries.map(\.value),
                PythonText.numbers(try tf.output("train-on-batch")[...])))

        text = ""
        _ = try model.fit(.tensors(x: x, y: y), batchSize: 20, shuffle: false) { text += $0 }
        try expectProgress(text, "one-epoch")
    }

    @Test func regressionWithRegularizerAndAdamMatchesTensorFlow() throws {
        let context = KerasContext(seed: 0)
        let model = try Sequential(
            [
                Dense(
                    units: 2,
                    kernelInitializer: Constant(
                        value: try Tensor([[0.2, -0.1], [0.4, 0.3], [-0.2, 0.1]])),
                    kernelRegularizer: try L2(0.05), context: context),
                Dense(units: 1, kernelInitializer: try Initializer.named("ones"), context: context),
            ], context: context)
        try model.compile(
            optimizer: Adam(learningRate: 0.05, context: context),
            loss: Loss.named("mse", context: context), metrics: [.name("mae")])
        let first = try x.slice([.all, .slice(start: 0, stop: 1, step: nil)])
        let second = try x.slice([.all, .slice(start: 1, stop: 2, step: nil)])
        let target = try first * Tensor(scalar: Float(2)) - second
        var text = ""
        let history = try model.fit(
            .tensors(x: x, y: target), batchSize: 6, epochs: 3, verbose: 2, shuffle: false
        ) { text += $0 }
        let output = try tf.output("regression")
        let progressLines = output.split(separator: "\n").dropLast().joined(separator: "\n")
        #expect(try masked(String(text.dropLast())) == (try masked(progressLines)))
        expectHistory(history, String(output.split(separator: "\n").last ?? ""))
        let evaluated = try model.evaluate(.tensors(x: x, y: target), verbose: 0)
        #expect(
            close(
                evaluated.entries.map(\.value),
                PythonText.numbers(try tf.output("regression-evaluate")[...]),
                tolerance: 2e-6))
    }

    @Test func sparseLabelsWithSoftmaxAndMomentumMatchTensorFlow() throws {
        let context = KerasContext(seed: 0)
        let model = try make(context, activation: .softmax, units: 3)
        try model.compile(
            optimizer: SGD(learningRate: 0.3, momentum: 0.5, context: context),
            loss: Loss.named("sparse_categorical_crossentropy", context: context),
            metrics: [.name("accuracy")])
        let labels = try Tensor(shape: [20], scalars: (0..<20).map { Int64($0 % 3) })
        var text = ""
        let history = try model.fit(
            .tensors(x: x, y: labels), batchSize: 7, epochs: 2, verbose: 2, shuffle: false
        ) { text += $0 }
        let output = try tf.output("sparse")
        let progressLines = output.split(separator: "\n").dropLast().joined(separator: "\n")
        #expect(try masked(String(text.dropLast())) == (try masked(progressLines)))
        expectHistory(history, String(output.split(separator: "\n").last ?? ""))
    }

    @Test func datasetBatchesTrainAsTensorFlowDoes() throws {
        let context = KerasContext(seed: 0)
        let model = try make(context)
        try model.compile(
            optimizer: Optimizer.named("sgd", context: context),
            loss: BinaryCrossentropy(context: context), metrics: [.name("mse")])
        let dataset = try Dataset.fromTensorSlices(.tuple([.tensor(x), .tensor(y)])).batch(5)
        var text = ""
        let history = try model.fit(.dataset(dataset), epochs: 2, verbose: 2) { text += $0 }
        let output = try tf.output("dataset")
        let progressLines = output.split(separator: "\n").dropLast().joined(separator: "\n")
        #expect(try masked(String(text.dropLast())) == (try masked(progressLines)))
        expectHistory(history, String(output.split(separator: "\n").last ?? ""))
        #expect(history.params.map(\.key) == ["verbose", "epochs", "steps"])
        #expect(history.params.map(\.value) == [2, 2, 4])
        #expect(history.epoch == [0, 1])
    }

    @Test func trainingAnUncompiledModelFailsAsKeras() throws {
        let context = KerasContext(seed: 0)
        let model = try Sequential([Dense(units: 1, context: context)], context: context)
        #expect(
            pythonError { try model.fit(.tensors(x: x, y: y)) } == (try tf.error("not-compiled")))
    }
}
