import Foundation
import Testing

@testable import Tensors

/// Float32 functions against the values TensorFlow 2.15 printed for the same inputs.
@Suite struct ElementwiseFunctionTests {
    private func printed(_ op: UnaryOp, _ inputs: [Double]) throws -> String {
        try Tensor(.list(inputs.map { .float($0) })).unary(op).numpyRepr
    }

    @Test func exponentialAndLogarithmMatchTensorFlow() throws {
        #expect(
            try printed(.exp, [-1, 0.5, 2, 10])
                == "array([3.6787945e-01, 1.6487212e+00, 7.3890562e+00, 2.2026465e+04],\n"
                + "      dtype=float32)")
        #expect(
            try printed(.log, [0.3, 0.5, 2, 10])
                == "array([-1.2039728, -0.6931472,  0.6931472,  2.3025851], dtype=float32)")
    }

    @Test func softplusMatchesTensorFlow() throws {
        #expect(
            try printed(.softplus, [-1, 0.5, 2, 10])
                == "array([ 0.3132617,  0.974077 ,  2.126928 , 10.000046 ], dtype=float32)")
    }

    /// TensorFlow computes these with Eigen's float rational approximations, which can differ
    /// from the C library's correctly rounded results in the last place; this library uses the
    /// C library, so agreement is to one float32 ulp.
    @Test(arguments: [
        (UnaryOp.sigmoid, [-1, 0.5, 2, 10], [0.26894143, 0.62245935, 0.8807971, 0.9999546]),
        (.tanh, [-1, 0.5, 2, 0.1], [-0.7615942, 0.46211717, 0.9640276, 0.09966799]),
        (.erf, [-1, 0.5, 2, 0.1], [-0.84270084, 0.5204999, 0.9953222, 0.11246292]),
    ])
    func activationsAgreeWithTensorFlowToOneUlp(op: UnaryOp, inputs: [Double], expected: [Double])
        throws
    {
        let actual = try Tensor(.list(inputs.map { .float($0) })).unary(op).scalars(as: Float.self)
        let values = try #require(actual)
        for (value, wanted) in zip(values, expected) {
            let target = Float(wanted)
            #expect(value == target || value == target.nextUp || value == target.nextDown)
        }
    }

    @Test func selectAndConcatEdgeErrorsUseTensorFlowsWording() {
        let error = thrownError {
            try Tensor.select(Tensor([true, false, true]), Tensor.ones([2]), Tensor.ones([2]))
        }
        #expect(error?.message == "condition [3], then [2], and else [2] must be broadcastable")
        #expect(
            thrownError { try Tensor.concat([Tensor(1), Tensor(2)], axis: 0) }?.message
                == "ConcatOp : Can't concatenate scalars (use tf.stack instead)")
        #expect(
            thrownError { try Tensor(true) / Tensor(true) }?.message.hasPrefix(
                "Invalid dtype tf.bool in __truediv__. Expected one of {tf.uint8,") == true)
    }

    @Test func assignmentChecksShapeAndDType() throws {
        let current = try Tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
        #expect(
            try current.checkedAssignment(Tensor.zeros([2, 3]), variableName: "v:0").count == 6)
        #expect(
            thrownError {
                try current.checkedAssignment(Tensor.zeros([3]), variableName: "Variable:0")
            }?
            .message
                == "Cannot assign value to variable ' Variable:0': Shape mismatch.The variable shape "
                + "(2, 3), and the assigned value shape (3,) are incompatible.")
        #expect(
            thrownError {
                try current.checkedAssignment(
                    Tensor.zeros([2, 3], dtype: .int32), variableName: "v")
            }?.message
                == "Tensor conversion requested dtype float32 for Tensor with dtype int32: "
                + "<tf.Tensor: shape=(2, 3), dtype=int32, numpy=\narray([[0, 0, 0],\n       "
                + "[0, 0, 0]], dtype=int32)>")
    }

    @Test func smallFloatArithmeticTakesTheFastPathOnEitherSide() throws {
        let x = try Tensor([[1.0, 2.0], [3.0, 4.0]])
        let two = Tensor(scalar: Float(2))
        #expect(try (two - x).doubles == [1, 0, -1, -2])
        #expect(try (x / two).doubles == [0.5, 1, 1.5, 2])
        #expect(try (two * x).shape == [2, 2])
    }
}

@Suite struct TanhFidelityTests {
    @Test func float32TanhMatchesTensorFlowBitForBit() throws {
        let url = Fixtures.goldenRoot.appendingPathComponent("functions/float32-tanh.txt")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            .filter { !$0.hasPrefix("#") }
        #expect(lines.count == 1058)
        let pairs = lines.compactMap { line -> (Float, Float)? in
            let parts = line.split(separator: " ")
            guard parts.count == 2, let x = Float(parts[0]), let y = Float(parts[1]) else {
                return nil
            }
            return (x, y)
        }
        let inputs = try Tensor(shape: [pairs.count], scalars: pairs.map(\.0))
        let outputs = try #require(try inputs.tanh().scalars(as: Float.self))
        let mismatches = zip(outputs, pairs).filter { $0.0 != $0.1.1 }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        // numpy's tanh is the C library's, not TensorFlow's approximation.
        let numpy = try #require(try inputs.unary(.tanh, dialect: .numpy).scalars(as: Float.self))
        #expect(numpy[0] == -1 && numpy.count == pairs.count)
    }
}

@Suite struct PacketExpFidelityTests {
    @Test func float32ExpAndSigmoidMatchTensorFlowBitForBit() throws {
        let url = Fixtures.goldenRoot.appendingPathComponent("functions/float32-exp-sigmoid.txt")
        let rows = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            .filter { !$0.hasPrefix("#") }
            .map { $0.split(separator: " ").compactMap { Float($0) } }
        #expect(rows.count == 4206 && rows.allSatisfy { $0.count == 3 })
        // One tensor, as TensorFlow ran it: which path an element takes depends on its place.
        let inputs = try Tensor(shape: [rows.count], scalars: rows.map { $0[0] })
        let exp = try #require(try inputs.exp().scalars(as: Float.self))
        let sigmoid = try #require(try inputs.sigmoid().scalars(as: Float.self))
        let expMismatches = rows.indices.filter { exp[$0] != rows[$0][1] }
        let sigmoidMismatches = rows.indices.filter { sigmoid[$0] != rows[$0][2] }
        #expect(expMismatches.isEmpty, "exp differs at \(expMismatches.prefix(5))")
        #expect(sigmoidMismatches.isEmpty, "sigmoid differs at \(sigmoidMismatches.prefix(5))")
    }

    @Test func extremeInputsStayFinite() throws {
        let inputs = try Tensor(
            shape: [8], scalars: [Float(-200), -104.5, -90, 0, 50, 88.7, 100, .nan])
        let exp = try #require(try inputs.exp().scalars(as: Float.self))
        #expect(exp[0] == 0 && exp[1] == 0 && exp[3] == 1)
        #expect(exp[6] == .infinity && exp[7].isNaN)
        let sigmoid = try #require(try inputs.sigmoid().scalars(as: Float.self))
        #expect(sigmoid[0] == 0 && sigmoid[3] == 0.5 && sigmoid[6] == 1)
    }
}
