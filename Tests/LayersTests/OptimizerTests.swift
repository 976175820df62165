import Layers
import Tensors
import Testing

/// Replays `Fixtures/tensorflow/optimizers.cells.json`: three steps of each optimizer on fixed
/// gradients, their slot variables, configs, reprs and errors, against TensorFlow 2.15.
@Suite("Optimizers, against TensorFlow 2.15")
struct OptimizerTests {
    let tf: TensorFlowFixtures

    init() throws {
        tf = try TensorFlowFixtures("optimizers")
    }

    /// The fixture's `run(opt)`: three steps on `w` (2×3) and `b` (3) with gradients that
    /// change every step.
    private func run(_ optimizer: Optimizer) throws -> (Variable, Variable) {
        let w = Variable(
            try Tensor([[0.5, -1.0, 2.0], [1.5, 0.25, -0.75]]), name: "w")
        let b = Variable(try Tensor([0.1, -0.2, 0.3]), name: "b")
        for t in 0..<3 {
            let step = Tensor(scalar: Float(Double(t) + 1))
            let gw =
                try Tensor([[0.3, -0.2, 0.1], [-0.4, 0.5, 0.05]]) * step
                - Tensor(scalar: Float(0.1))
            let gb = try Tensor([1.0, -2.0, 0.5]) / step
            try optimizer.applyGradients([(gw, w), (gb, b)])
        }
        return (w, b)
    }

    /// Checks the printed weights, iteration count, slot names and slot values of `key`.
    private func check(
        _ key: String, _ optimizer: Optimizer, tolerance: Double? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let (w, b) = try run(optimizer)
        let output = try tf.output(key)
        let slots = optimizer.variables.dropFirst().flatMap { floats($0.value) }
        let actual = [floats(w.value), floats(b.value), slots]
        let expected = [
            try PythonText.numbers(output, line: 0), try PythonText.numbers(output, line: 1),
            try PythonText.numbers(output, line: 4),
        ]
        for (got, want) in zip(actual, expected) {
            if let tolerance {
                #expect(close(got, want, tolerance: tolerance), sourceLocation: sourceLocation)
            } else {
                // Exact: every float32 equals TensorFlow's bit for bit.
                #expect(got == want, sourceLocation: sourceLocation)
            }
        }
        #expect(optimizer.iterationCount == 3, sourceLocation: sourceLocation)
        let names = output.split(separator: "\n")[3]
        #expect(
            "[" + optimizer.variables.map { "'\($0.name)'" }.joined(separator: ", ") + "]"
                == names, sourceLocation: sourceLocation)
    }

    @Test func sgdStepsMatchTensorFlowExactly() throws {
        let context = KerasContext(seed: 0)
        try check("sgd", SGD(learningRate: 0.1, context: context))
        try check("sgd-momentum", SGD(learningRate: 0.1, momentum: 0.9, context: context))
        try check(
            "sgd-nesterov", SGD(learningRate: 0.1, momentum: 0.9, nesterov: true, context: context))
    }

    @Test func adamStepsMatchTensorFlowExactly() throws {
        let context = KerasContext(seed: 0)
        try check("adam", Adam(learningRate: 0.1, context: context))
        try check("adam-defaults", Adam(context: context))
        try check(
            "adam-amsgrad",
            Adam(
                learningRate: 0.1, beta1: 0.8, beta2: 0.99, epsilon: 1e-3, amsgrad: true,
                context: context))
        try check("adam-weight-decay", Adam(learningRate: 0.1, weightDecay: 0.01, context: context))
    }

    /// TensorFlow's vector `rsqrt` uses the processor's approximation, so RMSprop agrees to
    /// float32 rounding rather than bit for bit.
    @Test func rmspropStepsMatchTensorFlow() throws {
        let context = KerasContext(seed: 0)
        try check("rmsprop", RMSprop(learningRate: 0.1, context: context), tolerance: 1e-6)
        try check(
            "rmsprop-momentum-centered",
            RMSprop(learningRate: 0.1, rho: 0.8, momentum: 0.5, centered: true, context: context),
            tolerance: 1e-6)
    }

    @Test func adagradStepsMatchTensorFlowExactly() throws {
        let context = KerasContext(seed: 0)
        try check("adagrad", Adagrad(learningRate: 0.1, context: context))
        try check(
            "adagrad-options",
            Adagrad(learningRate: 0.5, initialAccumulatorValue: 1, epsilon: 1e-2, context: context))
    }

    @Test func clippingAndDecayMatchTensorFlow() throws {
        let context = KerasContext(seed: 0)
        try check("sgd-clipnorm", SGD(learningRate: 0.1, clipnorm: 0.5, context: context))
        try check(
            "sgd-global-clipnorm", SGD(learningRate: 0.1, globalClipnorm: 0.5, context: context),
            tolerance: 1e-7)
        try check("sgd-clipvalue", SGD(learningRate: 0.1, clipvalue: 0.25, context: context))
    }

    @Test func configsAreKerasDictionaries() throws {
        let context = KerasContext(seed: 0)
        func text(_ optimizer: Optimizer) -> String {
            PythonText.dict(optimizer.config.map { ($0.key, $0.value.pythonRepr) })
        }
        #expect(
            text(try SGD(learningRate: 0.1, momentum: 0.9, nesterov: true, context: context))
                == (try tf.output("config-sgd")))
        #expect(text(try Adam(context: context)) == (try tf.output("config-adam")))
        #expect(
            text(try RMSprop(clipnorm: 1, context: context)) == (try tf.output("config-rmsprop")))
        #expect(
            text(try Adagrad(learningRate: 0.3, context: context))
                == (try tf.output("config-adagrad")))
    }

    @Test func variablesIterationsAndLearningRatePrintAsInTensorFlow() throws {
        let context = KerasContext(seed: 0)
        let adam = try Adam(learningRate: 0.1, context: context)
        let w = Variable(try Tensor([1.0, 2.0]), name: "w")
        let b = Variable(Tensor(scalar: Float(0.5)), name: "b")
        try adam.applyGradients([(try Tensor([0.1, -0.2]), w), (Tensor(scalar: Float(0.3)), b)])
        #expect(
            pythonSequenceRepr(adam.variables.map(\.tensorflowRepr))
                == (try tf.output("variables-repr")))
        #expect(adam.iterations.tensorflowRepr == (try tf.output("iterations-repr")))
        try adam.setLearningRate(0.5)
        #expect(adam.learningRateVariable.tensorflowRepr == (try tf.output("learning-rate-repr")))
        #expect(adam.learningRate == 0.5)
    }

    @Test func slotNamesFollowTheTrainedVariables() throws {
        let context = KerasContext(seed: 0)
        let dense = try Dense(units: 2, context: context)
        try dense.build(TensorShape([nil, 3]))
        let rms = try RMSprop(momentum: 0.5, centered: true, context: context)
        try rms.applyGradients(
            [
                (try Tensor.ones([3, 2]), dense.trainableWeights[0]),
                (try Tensor.ones([2]), dense.trainableWeights[1]),
            ])
        #expect(rms.variables.map(\.name) == (try tf.quotedStrings("dense-slot-names")))

        let model = try Sequential(
            [
                Dense(units: 2, inputShape: [3], context: context),
                Dense(units: 1, context: context),
            ],
            context: context)
        let sgd = try SGD(context: context)
        try sgd.applyGradients(
            try model.trainableWeights.map { (try $0.value.onesLike(), $0) })
        #expect(sgd.variables.map(\.name) == (try tf.quotedStrings("model-slot-names")))
    }

    @Test func missingGradientsAreSkippedWithKerasWarningAndErrorWhenAllMissing() throws {
        let context = KerasContext(seed: 0)
        var warnings: [String] = []
        context.warningHandler = { warnings.append($0) }
        let v = Variable(try Tensor([1.0, 2.0]), name: "v")
        #expect(
            pythonError { try SGD(context: context).applyGradients([(nil, v)]) }
                == (try tf.error("no-gradients")))
        let u = Variable(Tensor(scalar: Float(0.5)), name: "u")
        let sgd = try SGD(context: context)
        try sgd.applyGradients([(nil, v), (Tensor(scalar: Float(1)), u)])
        #expect(
            pythonSequenceRepr(sgd.variables.map(\.tensorflowRepr))
                == (try tf.output("some-gradients")))
        #expect(
            warnings == [
                "WARNING:tensorflow:Gradients do not exist for variables ['v:0'] when minimizing "
                    + "the loss. If you're using `model.compile()`, did you forget to provide a "
                    + "`loss` argument?"
            ])
    }

    @Test func minimizeDifferentiatesTheLossOnATape() throws {
        let context = KerasContext(seed: 0)
        let x = Variable(Tensor(scalar: Float(3)))
        let sgd = try SGD(learningRate: 0.1, context: context)
        try sgd.minimize({ try x.read(in: context) * x.read(in: context) }, variables: [x])
        #expect(x.tensorflowRepr == (try tf.output("minimize-callable")))
        let loss = try x.value * x.value
        #expect(
            pythonError { try sgd.minimize(loss, variables: [x], tape: nil) }
                == (try tf.error("minimize-tensor-without-tape")))
    }

    @Test func invalidArgumentsRaiseKerasErrors() throws {
        let context = KerasContext(seed: 0)
        #expect(
            pythonError { _ = try SGD(momentum: 2, context: context) }
                == (try tf.error("momentum-range")))
        #expect(
            pythonError { _ = try Optimizer.named("nope", context: context) }
                == (try tf.error("unknown-name")))
        #expect(
            pythonError { _ = try SGD(clipnorm: 1, globalClipnorm: 2, context: context) }
                == (try tf.error("clipnorm-both")))
        #expect(
            pythonError { _ = try Optimizer.named("Nadam", context: context) }
                == "NotImplementedError: lit does not implement tf.keras.optimizers.Nadam yet")
        for name in ["sgd", "Adam", "RMSprop", "adagrad"] {
            #expect(
                try Optimizer.named(name, context: context).className.lowercased()
                    == name.lowercased())
        }
    }
}
