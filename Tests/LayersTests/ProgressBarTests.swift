import Foundation
import Layers
import Tensors
import Testing

/// The progress text `fit`, `evaluate` and `predict` write, with given step times: the layout
/// Keras 2.15 prints in a notebook, its number formats, and the pattern that masks durations.
@Suite("Progress text")
struct ProgressBarTests {
    private func line(
        target: Int?, verbose: Int, steps: Int, values: [(String, Double)], end: Double,
        first: Double = 0.01
    ) -> String {
        var bar = ProgressBar(target: target, verbose: verbose, now: 0)
        for step in 1...steps {
            bar.stepEnded(step, now: step == 1 ? first : end)
        }
        return bar.finish(current: steps, values: TrainingLogs(values), now: end)
    }

    @Test func verboseOneWritesTheFinishedBarWithEpochTimeAndTimePerStep() {
        #expect(
            line(
                target: 32, verbose: 1, steps: 32, values: [("loss", 0.12344), ("accuracy", 0.5)],
                end: 0.072)
                == "32/32 [==============================] - 0s 2ms/step - loss: 0.1234 - accuracy: 0.5000\n"
        )
        // Seconds per step at or above one second, microseconds below a millisecond.
        #expect(
            line(target: 3, verbose: 1, steps: 3, values: [], end: 4.6, first: 2)
                == "3/3 [==============================] - 5s 1s/step\n")
        #expect(
            line(target: 1000, verbose: 1, steps: 1000, values: [], end: 0.25, first: 0.0003)
                == "1000/1000 [==============================] - 0s 250us/step\n")
        // A bar stopped early shows its arrow.
        #expect(
            line(target: 10, verbose: 1, steps: 4, values: [], end: 0.004, first: 0.001)
                == " 4/10 [===========>..................] - 0s 1ms/step\n")
        // An unknown number of steps.
        #expect(
            line(target: nil, verbose: 1, steps: 7, values: [("loss", 2)], end: 0.07, first: 0.01)
                == "      7/Unknown - 0s 10ms/step - loss: 2.0000\n")
    }

    @Test func smallAndNegativeValuesUseKerasNotation() {
        let values: [(String, Double)] = [
            ("a", 0), ("b", 0.000123456), ("c", -0.5), ("d", -0.0001),
        ]
        #expect(
            line(target: 2, verbose: 1, steps: 2, values: values, end: 0.02)
                == "2/2 [==============================] - 0s 10ms/step - a: 0.0000e+00 - "
                + "b: 1.2346e-04 - c: -0.5000 - d: -1.0000e-04\n")
        // verbose=2 compares without the absolute value, as Keras does.
        #expect(
            line(target: 2, verbose: 2, steps: 2, values: values, end: 0.02)
                == "2/2 - 0s - a: 0.0000e+00 - b: 1.2346e-04 - c: -5.0000e-01 - d: -1.0000e-04 - "
                + "20ms/epoch - 10ms/step\n")
    }

    @Test func verboseTwoWritesOneSummaryLine() {
        #expect(
            line(
                target: 4, verbose: 2, steps: 4, values: [("loss", 0.6439), ("val_loss", 0.6437)],
                end: 1.12)
                == "4/4 - 1s - loss: 0.6439 - val_loss: 0.6437 - 1s/epoch - 280ms/step\n")
        #expect(line(target: 4, verbose: 0, steps: 4, values: [], end: 1) == "")
    }

    @Test func timingPatternMasksEveryDurationAndNothingElse() throws {
        let regex = try NSRegularExpression(pattern: ProgressBar.timingPattern)
        func masked(_ text: String) -> String {
            regex.stringByReplacingMatches(
                in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "…")
        }
        let text = """
            Epoch 1/2
            32/32 [==============================] - 2s 11ms/step - loss: 0.1234 - 5s: 1.0000
            4/4 - 1s - loss: 0.6439 - val_loss: 0.6437 - 1s/epoch - 280ms/step
            4/4 - 0s - 119ms/epoch - 30ms/step
            1000/1000 [==============================] - 0s 250us/step
            """
        #expect(
            masked(text) == """
                Epoch 1/2
                32/32 [==============================] - … - loss: 0.1234 - 5s: 1.0000
                4/4 - … - loss: 0.6439 - val_loss: 0.6437 - … - …
                4/4 - … - … - …
                1000/1000 [==============================] - …
                """)
    }
}

/// `fit` draws its shuffling, its dropout masks and the initial weights from the session's
/// generator, so a seed fixes the whole run.
@Suite("Deterministic training")
struct DeterministicTrainingTests {
    private func train(seed: UInt64) throws -> [Double] {
        let context = KerasContext(seed: seed)
        let x = try Tensor.randomUniform([64, 5], using: &context.generator)
        let y = try x.reduced(.sum, axes: [1], keepDims: true)
        let model = try Sequential(
            [
                Dense(units: 16, activation: .relu, context: context),
                Dropout(rate: 0.3, context: context),
                Dense(units: 1, context: context),
            ], context: context)
        try model.compile(
            optimizer: Adam(learningRate: 0.01, context: context),
            loss: MeanSquaredError(context: context))
        let history = try model.fit(.tensors(x: x, y: y), batchSize: 16, epochs: 3, verbose: 0)
        return history["loss"] ?? []
    }

    @Test func theSameSeedGivesTheSameRunAndAnotherSeedAnother() throws {
        let first = try train(seed: 7)
        #expect(first.count == 3)
        #expect(try train(seed: 7) == first)
        #expect(try train(seed: 8) != first)
    }

    @Test func dropoutIsActiveInFitAndIdleInPredict() throws {
        let context = KerasContext(seed: 1)
        let dropout = try Dropout(rate: 0.5, context: context)
        let model = try Sequential([dropout], context: context)
        let x = try Tensor.ones([4, 8])
        #expect(try model.predict(.tensors(x: x), verbose: 0) == x)
        let trained = try model(x, training: true)
        let values = trained.scalars(as: Float.self) ?? []
        #expect(values.contains(0) && values.contains(2))
    }
}
