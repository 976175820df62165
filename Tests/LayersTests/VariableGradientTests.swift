import Layers
import Tensors
import Testing

/// Variables as what gradient tapes differentiate with respect to (TensorFlow 2.15 prints the
/// same values for the same code).
@Suite struct VariableGradientTests {
    private let context = KerasContext(seed: 0)

    @Test func aReadVariableIsWatchedAndDifferentiated() throws {
        let w = Variable(try Tensor([1.0, 2.0]))
        let tape = GradientTape(context: context.differentiation)
        let loss = try tape.record {
            let value = w.read(in: context)
            return try (value * value).reduced(.sum)
        }
        #expect(tape.watchedVariables.count == 1)
        #expect(tape.watchedVariables.first === w)
        // TensorFlow: tf.Tensor([2. 4.], shape=(2,), dtype=float32)
        #expect(
            try tape.gradient(loss, [w])[0]?.tensorflowStr
                == "tf.Tensor([2. 4.], shape=(2,), dtype=float32)")
    }

    @Test func assignedValuesCarryNoTapeIdentity() throws {
        let w = Variable(try Tensor([1.0, 2.0]))
        let tape = GradientTape(context: context.differentiation, persistent: true)
        let doubled = try tape.record { try w.read(in: context) * Tensor(scalar: Float(2)) }
        #expect(doubled.hasTapeIdentity)
        try w.assign(doubled)
        #expect(!w.value.hasTapeIdentity)
        try w.assignSub(doubled)
        #expect(!w.value.hasTapeIdentity)
        #expect(!Variable(doubled).value.hasTapeIdentity)
    }

    @Test func aTrainingLoopOfSGDStepsConverges() throws {
        // y = 2x - 1, fitted from w = 0, b = 0 by plain gradient descent.
        let x = try Tensor([[0.0], [1.0], [2.0], [3.0]])
        let y = try Tensor([[-1.0], [1.0], [3.0], [5.0]])
        let w = Variable(try Tensor([[0.0]]), name: "w")
        let b = Variable(try Tensor([0.0]), name: "b")
        let rate = Tensor(scalar: Float(0.1))
        for _ in 0..<500 {
            let tape = GradientTape(context: context.differentiation)
            let loss = try tape.record {
                let prediction = try x.matmul(w.read(in: context)) + b.read(in: context)
                return try (prediction - y).square().reduced(.mean)
            }
            let gradients = try tape.gradient(loss, [w, b])
            try w.assignSub(try #require(gradients[0]) * rate)
            try b.assignSub(try #require(gradients[1]) * rate)
        }
        #expect(Swift.abs((w.value.scalar(as: Float.self) ?? 0) - 2) < 1e-3)
        #expect(Swift.abs((b.value.scalar(as: Float.self) ?? 0) + 1) < 1e-3)
        #expect(context.differentiation.liveIdentityCount == 0)
    }
}
