import Testing

@testable import Tensors

/// How a gradient tape records and answers, following `tf.GradientTape`'s semantics (the
/// expected values and messages are what TensorFlow 2.15 prints for the same code).
@Suite struct GradientTapeTests {
    private let context = DifferentiationContext()

    private func scalar(_ value: Float) -> Tensor { Tensor(scalar: value) }

    @Test func aNonPersistentTapeAnswersOnce() throws {
        let tape = GradientTape(context: context)
        var x = scalar(3)
        let y = try tape.record {
            x = try tape.watch(x)
            return try x * x
        }
        #expect(
            try tape.gradient(y, x)?.tensorflowRepr
                == "<tf.Tensor: shape=(), dtype=float32, numpy=6.0>")
        let error = thrownError { _ = try tape.gradient(y, x) }
        #expect(
            error?.description
                == "RuntimeError: A non-persistent GradientTape can only be used to compute one "
                + "set of gradients (or jacobians)")
        #expect(tape.recordedOperationCount == 0)
    }

    @Test func aPersistentTapeAnswersUntilReleased() throws {
        let tape = GradientTape(context: context, persistent: true)
        var x = scalar(3)
        let (y, z) = try tape.record {
            x = try tape.watch(x)
            let y = try x * x
            return (y, try y * y)
        }
        #expect(try tape.gradient(z, x)?.doubles == [108])
        #expect(try tape.gradient(y, x)?.doubles == [6])
        #expect(try tape.gradient(y, [x, x]).map { $0?.doubles } == [[6], [6]])
    }

    @Test func nonScalarTargetsAreSummedAndTargetListsAdded() throws {
        let tape = GradientTape(context: context, persistent: true)
        var v = try Tensor([1.0, 2.0, 3.0])
        let (squares, triples) = try tape.record {
            v = try tape.watch(v)
            return (try v * v, try v * Tensor(scalar: Float(3)))
        }
        #expect(try tape.gradient(squares, v)?.doubles == [2, 4, 6])
        #expect(try tape.gradient([squares, triples], [.tensor(v)])[0]?.doubles == [5, 7, 9])
        let weighted = try tape.gradient(
            [squares], [.tensor(v)], outputGradients: [try Tensor([10.0, 0.0, 1.0])])
        #expect(weighted[0]?.doubles == [20, 0, 6])
        // TensorFlow broadcasts an output gradient to its target and errs for one that doesn't.
        let scaled = try tape.gradient(
            [squares], [.tensor(v)], outputGradients: [Tensor(scalar: Float(2))])
        #expect(scaled[0]?.doubles == [4, 8, 12])
        #expect(
            thrownError {
                try tape.gradient(
                    [squares], [.tensor(v)], outputGradients: [try Tensor([1.0, 2.0])])
            }?.kind == .invalidArgument)
    }

    @Test func unconnectedAndIntegerSourcesGiveNil() throws {
        let tape = GradientTape(context: context, persistent: true)
        var x = scalar(3)
        var i = Tensor(scalar: Int32(3))
        let other = scalar(1)
        let (y, squaredInteger) = try tape.record {
            x = try tape.watch(x)
            i = try tape.watch(i)
            return (try x * Tensor(scalar: Float(2)), try i * i)
        }
        #expect(!i.hasTapeIdentity)
        #expect(try tape.gradient(y, [x, other]).map { $0?.doubles } == [[2], nil])
        #expect(try tape.gradient(squaredInteger, i) == nil)
        let zeros = try tape.gradient(
            [y], [.tensor(other)], unconnectedGradients: .zero)
        #expect(zeros[0]?.tensorflowRepr == "<tf.Tensor: shape=(), dtype=float32, numpy=0.0>")
        // A target that is a source gives ones.
        #expect(try tape.gradient(x, x)?.doubles == [1])
    }

    @Test func onlyOpsOnWatchedTensorsWhileRecordingAreRecorded() throws {
        let tape = GradientTape(context: context, persistent: true)
        var x = scalar(3)
        let unwatched = scalar(4)
        let (y, fromUnwatched) = try tape.record {
            x = try tape.watch(x)
            return (try x * x, try unwatched * unwatched)
        }
        let afterwards = try y * Tensor(scalar: Float(2))
        #expect(try tape.gradient(afterwards, x) == nil)
        #expect(try tape.gradient(fromUnwatched, unwatched) == nil)
        #expect(!fromUnwatched.hasTapeIdentity)
        let paused = try tape.record {
            try tape.withRecordingPaused { try x * x }
        }
        #expect(try tape.gradient(paused, x) == nil)
        let stopped = try tape.record { try x.stopGradient() * x }
        #expect(try tape.gradient(stopped, x)?.doubles == [3])
    }

    @Test func misuseRaisesTensorFlowsErrors() throws {
        let fresh = GradientTape(context: context)
        #expect(
            thrownError { _ = try fresh.watch(scalar(1)) }?.description
                == "AttributeError: 'NoneType' object has no attribute '_tape'")
        #expect(
            thrownError { _ = try fresh.gradient(scalar(1), scalar(1)) }?.kind == .runtime)
        #expect(
            thrownError { _ = try fresh.withRecordingPaused { 1 } }?.description
                == "RuntimeError: Trying to stop recording a tape which is not recording.")
        #expect(
            thrownError { try fresh.reset() }?.description == "ValueError: Tape is not recording.")
        try fresh.startRecording()
        #expect(
            thrownError { try fresh.startRecording() }?.description
                == "ValueError: Tape is still recording, This can happen if you try to re-enter "
                + "an already-active tape.")
        try fresh.stopRecording()
        #expect(
            thrownError { try fresh.stopRecording() }?.description
                == "ValueError: Tape is not recording.")
        #expect(
            thrownError { _ = try fresh.withRecordingPaused { 1 } }?.description
                == "ValueError: Tape is not recording.")
    }

    @Test func resetForgetsWhatWasRecorded() throws {
        let tape = GradientTape(context: context)
        var x = scalar(3)
        let (y, z) = try tape.record {
            x = try tape.watch(x)
            let y = try x * x
            try tape.reset()
            return (y, try x * Tensor(scalar: Float(2)))
        }
        // TensorFlow gives None for both: the new tape doesn't watch x any more.
        #expect(try tape.gradient([y, z], [.tensor(x)])[0] == nil)
    }

    @Test func gradientInsideANonPersistentRecordingStopsIt() throws {
        let tape = GradientTape(context: context)
        var x = scalar(3)
        let gradient = try tape.record { () throws -> Tensor? in
            x = try tape.watch(x)
            let y = try x * x
            return try tape.gradient(y, x)
        }
        #expect(gradient?.doubles == [6])
        #expect(!tape.isRecording)
    }

    @Test func nestedTapesGiveSecondDerivatives() throws {
        let outer = GradientTape(context: context)
        var a = try Tensor([0.5, -1.0])
        let first = try outer.record { () throws -> Tensor in
            a = try outer.watch(a)
            let inner = GradientTape(context: context)
            let y = try inner.record {
                a = try inner.watch(a)
                return try a.tanh()
            }
            return try #require(try inner.gradient(y, a))
        }
        let second = try #require(try outer.gradient(first, a))
        // TensorFlow: [0.7864477  0.41997433] and [-0.72686195  0.6397    ].
        expectClose(first, [0.7864477, 0.41997433])
        expectClose(second, [-0.72686195, 0.6397])
        // A persistent tape that records its own gradient computation differentiates it too.
        let tape = GradientTape(context: context, persistent: true)
        var x = scalar(3)
        let inside = try tape.record { () throws -> Tensor in
            x = try tape.watch(x)
            return try #require(try tape.gradient(try x * x * x, x))
        }
        #expect(inside.doubles == [27])
        #expect(try tape.gradient(inside, x)?.doubles == [18])
    }

    @Test func controlFlowOnTensorValuesIsDifferentiated() throws {
        let tape = GradientTape(context: context, persistent: true)
        var x = scalar(2)
        let (looped, branched) = try tape.record { () throws -> (Tensor, Tensor) in
            x = try tape.watch(x)
            var y = x
            while try y.reduced(.sum).doubles[0] < 100 { y = try y * x }
            let branch = try x.doubles[0] > 1 ? x.exp() : x.sin()
            return (y, branch)
        }
        // TensorFlow: y = 128 and dy/dx = 448 (y = x⁷).
        #expect(looped.doubles == [128])
        #expect(try tape.gradient(looped, x)?.doubles == [448])
        expectClose(try #require(try tape.gradient(branched, x)), [7.389056])
    }

    @Test func contextsDoNotShareTapes() throws {
        let other = DifferentiationContext()
        let tape = GradientTape(context: context)
        var x = scalar(3)
        let foreign = other.isRecording
        let y = try tape.record { () throws -> Tensor in
            x = try tape.watch(x)
            #expect(context.isRecording && !other.isRecording)
            return try x * x
        }
        #expect(!foreign)
        #expect(try tape.gradient(y, x)?.doubles == [6])
    }

    @Test func variablesAreWatchedWhenReadWhileRecording() throws {
        let w = TestVariable(try Tensor([1.0, 2.0]))
        let frozen = TestVariable(scalar(3), trainable: false)
        let integer = TestVariable(Tensor(scalar: Int32(3)))
        let tape = GradientTape(context: context, persistent: true)
        let (loss, frozenSquare, integerSquare) = try tape.record {
            let value = context.read(w)
            return (
                try (value * value).reduced(.sum), try context.read(frozen) * context.read(frozen),
                try context.read(integer) * context.read(integer)
            )
        }
        #expect(try tape.gradient(loss, [w])[0]?.doubles == [2, 4])
        #expect(try tape.gradient(frozenSquare, [frozen])[0] == nil)
        #expect(try tape.gradient(integerSquare, [integer])[0] == nil)
        // TensorFlow lists the integer variable too (its gradient is None all the same).
        #expect(
            tape.watchedVariables.map { ObjectIdentifier($0) }
                == [ObjectIdentifier(w), ObjectIdentifier(integer)])
        let manual = GradientTape(context: context, watchAccessedVariables: false)
        let (watched, unwatched) = try manual.record {
            try manual.watch(frozen)
            return (
                try context.read(frozen) * context.read(frozen),
                try context.read(w) * context.read(w)
            )
        }
        #expect(
            try manual.gradient([watched, unwatched], [.variable(frozen), .variable(w)])
                .map { $0?.doubles } == [[6], nil])
    }

    @Test func nestedTapesDifferentiateVariablesTwice() throws {
        let w = TestVariable(scalar(2))
        let outer = GradientTape(context: context)
        let first = try outer.record { () throws -> Tensor in
            let inner = GradientTape(context: context)
            let y = try inner.record { try context.read(w).raised(to: scalar(3)) }
            return try #require(try inner.gradient(y, [w])[0])
        }
        // TensorFlow: 12.0 and 12.0.
        #expect(first.doubles == [12])
        #expect(try outer.gradient(first, [w])[0]?.doubles == [12])
    }

    @Test func tenThousandStepsKeepNothingAlive() throws {
        let w = TestVariable(try Tensor([[0.5], [-0.25]]))
        let x = try Tensor([[1.0, 2.0], [3.0, 4.0]])
        let baseline = context.liveIdentityCount
        weak var lastTape: GradientTape?
        for _ in 0..<10_000 {
            let tape = GradientTape(context: context)
            lastTape = tape
            let loss = try tape.record { try x.matmul(context.read(w)).square().reduced(.mean) }
            let gradient = try #require(try tape.gradient(loss, [w])[0])
            w.value = try w.value - gradient * Tensor(scalar: Float(0.01))
        }
        #expect(lastTape == nil)
        #expect(context.liveIdentityCount == baseline)
        #expect(!context.isRecording)
    }

    @Test func aDroppedTapeReleasesWhatItRecorded() throws {
        var x = scalar(3)
        var y = scalar(0)
        do {
            let tape = GradientTape(context: context, persistent: true)
            y = try tape.record {
                x = try tape.watch(x)
                return try (x * x).exp()
            }
            #expect(tape.recordedOperationCount == 2)
        }
        // x and y keep their own identities; everything in between is gone.
        #expect(context.liveIdentityCount == 2)
        x = x.stopGradient()
        y = y.stopGradient()
        #expect(context.liveIdentityCount == 0)
    }

    @Test func anOpOutsideTheLibraryDeclaresItsGradient() throws {
        // The example of `GradientTape`'s documentation.
        func cube(_ x: Tensor) throws(TensorError) -> Tensor {
            try Tensor.differentiable("Cube", inputs: [x]) { inputs throws(TensorError) in
                try inputs[0] * inputs[0] * inputs[0]
            } pullback: { op, upstream, _ throws(TensorError) in
                let x = op.inputs[0]
                return [try upstream * Tensor(scalar: Float(3)) * x * x]
            }
        }
        #expect(try cube(scalar(2)).doubles == [8])
        let outer = GradientTape(context: context)
        var x = scalar(2)
        let first = try outer.record { () throws -> Tensor in
            x = try outer.watch(x)
            let inner = GradientTape(context: context)
            let y = try inner.record { () throws -> Tensor in
                x = try inner.watch(x)
                return try cube(x)
            }
            #expect(inner.recordedOperationCount == 1)
            return try #require(try inner.gradient(y, x))
        }
        #expect(first.doubles == [12])
        // The pullback is built from recorded ops, so the outer tape differentiates it: 6x.
        #expect(try outer.gradient(first, x)?.doubles == [12])
    }

    @Test func aPullbackGivingAWrongShapeIsAnErrorNotACrash() throws {
        let tape = GradientTape(context: context)
        var x = try Tensor.ones([1, 4, 4, 1])
        let y = try tape.record { () throws -> Tensor in
            x = try tape.watch(x)
            let pooled = try x.maxPool2d(ksize: [2], strides: [2])
            return try Tensor.differentiable("Broken", inputs: [pooled]) {
                $0[0]
            } pullback: {
                _, _, _ throws(TensorError) in
                [try Tensor.ones([1, 3, 3, 1])]
            }
        }
        #expect(
            thrownError { try tape.gradient(y, x) }?.message
                == "The gradient of Broken for input 0 has shape [1,3,3,1], but the input has "
                + "shape [1,2,2,1]")
    }

    @Test func aTapeDroppedWhileRecordingIsReleased() throws {
        weak var dropped: GradientTape?
        var x = scalar(3)
        do {
            let tape = GradientTape(context: context)
            dropped = tape
            try tape.startRecording()
            x = try tape.watch(x)
            _ = try x * x
        }
        #expect(dropped == nil)
        #expect(!context.isRecording)
        #expect(!(try x * x).hasTapeIdentity)
    }

    private func expectClose(
        _ tensor: Tensor, _ expected: [Float], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let values = tensor.scalars(as: Float.self) ?? []
        #expect(values.count == expected.count, sourceLocation: sourceLocation)
        for (value, wanted) in zip(values, expected) {
            #expect(
                value == wanted || value.nextUp == wanted || value.nextDown == wanted,
                "\(values) vs \(expected)", sourceLocation: sourceLocation)
        }
    }
}

/// A minimal variable for tests of the tape (the layer library's `Variable` is another).
final class TestVariable: DifferentiableVariable {
    var value: Tensor
    let trainable: Bool

    init(_ value: Tensor, trainable: Bool = true) {
        self.value = value
        self.trainable = trainable
    }
}
