import Testing

@testable import Tensors

/// TensorFlow 2.15's and numpy 1.26's dtype rules, each checked against the real libraries.
@Suite struct DTypeRuleTests {
    @Test func literalsInferTensorFlowDTypes() throws {
        #expect(try Tensor(1).dtype == .int32)
        #expect(try Tensor(2_147_483_648).dtype == .int64)  // tf.constant(2**31)
        #expect(try Tensor(-2_147_483_648).dtype == .int32)
        #expect(try Tensor([1, 1_099_511_627_776]).dtype == .int64)
        #expect(try Tensor(1.5).dtype == .float32)
        #expect(try Tensor([1, 2.5]).dtype == .float32)
        #expect(try Tensor(true).dtype == .bool)
        #expect(try Tensor([]).dtype == .float32)
        #expect(try Tensor([[], []]).shape == [2, 0])
        // tf.constant([1, True]) is int32 [1, 1]; tf.constant([1.5, True]) float32.
        #expect(try Tensor([1, true]).integers == [1, 1])
        #expect(try Tensor([1.5, true]).dtype == .float32)
    }

    @Test func literalsInferNumpyDTypes() throws {
        #expect(try Tensor(1, dialect: .numpy).dtype == .int64)
        #expect(try Tensor([1, 2.5], dialect: .numpy).dtype == .float64)
        #expect(try Tensor([true, 1], dialect: .numpy).dtype == .int64)
        #expect(try Tensor([], dialect: .numpy).dtype == .float64)
    }

    @Test func literalErrorsUseTensorFlowsWording() {
        let ragged = thrownError { try Tensor([[1, 2], [3]]) }
        #expect(ragged?.kind == .value)
        #expect(ragged?.message == "Can't convert non-rectangular Python sequence to Tensor.")
        #expect(thrownError { try Tensor([[1], []]) }?.message == ragged?.message)
        #expect(thrownError { try Tensor([1, [2]]) }?.message == ragged?.message)
        let mixed = thrownError { try Tensor([true, 1]) }
        #expect(mixed?.message == "Can't convert Python sequence with mixed types to Tensor.")
        let narrowing = thrownError { try Tensor(1.5, dtype: .int32) }
        #expect(narrowing?.kind == .type)
        #expect(narrowing?.message == "Cannot convert 1.5 to EagerTensor of dtype int32")
        #expect(
            thrownError { try Tensor(1, dtype: .bool) }?.message
                == "Cannot convert 1 to EagerTensor of dtype bool")
        #expect(
            thrownError { try Tensor(1e300) }?.message
                == "Can't convert Python sequence with a value out of range for a double-precision float."
        )
        let numpyRagged = thrownError { try Tensor([[1, 2], [3]], dialect: .numpy) }
        #expect(
            numpyRagged?.message
                == "setting an array element with a sequence. The requested array has an "
                + "inhomogeneous shape after 1 dimensions. The detected shape was (2,) + "
                + "inhomogeneous part.")
    }

    @Test func explicitDTypesConvert() throws {
        #expect(try Tensor([1, 2], dtype: .float32).doubles == [1, 2])
        #expect(try Tensor(true, dtype: .int32).integers == [1])
        // tf.constant(2**40, dtype=tf.int32) wraps to 0.
        #expect(try Tensor(1_099_511_627_776, dtype: .int32).integers == [0])
        #expect(try Tensor(1e300, dtype: .float64).doubles == [1e300])
    }

    @Test func mixedDTypesThrowTensorFlowsError() {
        let error = thrownError { try Tensor(1) + Tensor(1.0) }
        #expect(error?.kind == .invalidArgument)
        #expect(
            error?.tensorflowMessage
                == "cannot compute AddV2 as input #1(zero-based) was expected to be a int32 "
                + "tensor but is a float tensor [Op:AddV2] name: ")
        let reversed = thrownError { try Tensor(1.0) - Tensor(1) }
        #expect(
            reversed?.message
                == "cannot compute Sub as input #1(zero-based) was expected to be a float tensor "
                + "but is a int32 tensor")
        let division = thrownError { try Tensor(1.0) / Tensor(1.0, dtype: .float64) }
        #expect(division?.kind == .type)
        #expect(
            division?.message
                == "`x` and `y` must have the same dtype, got tf.float32 != tf.float64.")
    }

    @Test func integerTrueDivisionGivesFloat64() throws {
        let half = try Tensor(1) / Tensor(2)
        #expect(half.dtype == .float64)
        #expect(half.doubles == [0.5])
        let int64 = try Tensor(7, dtype: .int64) / Tensor(2, dtype: .int64)
        #expect(int64.dtype == .float64)
        // Integer true division by zero is inf, not an error.
        #expect(try (Tensor([1, 2]) / Tensor([0, 0])).doubles == [.infinity, .infinity])
    }

    @Test func floorDivisionAndRemainderFollowPython() throws {
        func floorDiv(_ a: TensorLiteral, _ b: TensorLiteral) throws -> [Double] {
            try Tensor(a).floorDivided(by: Tensor(b)).doubles
        }
        #expect(try floorDiv(7, -2) == [-4])
        #expect(try floorDiv(-7, 2) == [-4])
        #expect(try (Tensor(7) % Tensor(-2)).integers == [-1])
        #expect(try (Tensor(-7) % Tensor(2)).integers == [1])
        #expect(try (Tensor(7.0) % Tensor(-2.0)).doubles == [-1])
        #expect(try floorDiv(-7.5, 2.0) == [-4])
        #expect(try (Tensor(-7.5) % Tensor(2.0)).doubles == [0.5])
        // TensorFlow divides floats then floors (1.0 // 0.1 == 10); numpy goes through divmod.
        let one = try Tensor(1.0, dtype: .float64)
        let tenth = try Tensor(0.1, dtype: .float64)
        #expect(try one.floorDivided(by: tenth).doubles == [10])
        #expect(try one.floorDivided(by: tenth, dialect: .numpy).doubles == [9])
        #expect(try (one % tenth).doubles == [0.09999999999999995])
        // The one overflowing case wraps: tf.constant(-2**31) // -1.
        #expect(try floorDiv(-2_147_483_648, -1) == [-2_147_483_648])
    }

    @Test func integerDivisionByZeroThrowsInTensorFlow() throws {
        let error = thrownError { try Tensor(7).floorDivided(by: Tensor(0)) }
        #expect(
            error?.tensorflowMessage
                == "{{function_node __wrapped__FloorDiv_device_/job:localhost/replica:0/task:0/"
                + "device:CPU:0}} Integer division by zero [Op:FloorDiv] name: ")
        #expect(thrownError { try Tensor(7) % Tensor(0) }?.op == "FloorMod")
        let numpy = try Tensor.binary(
            .floorDivide, Tensor(7, dialect: .numpy), Tensor(0, dialect: .numpy), dialect: .numpy)
        #expect(numpy.integers == [0])
        #expect(try Tensor(7.0).floorDivided(by: Tensor(0.0)).doubles == [.infinity])
    }

    @Test func integerPowersRejectNegativeExponents() throws {
        #expect(try Tensor(2).raised(to: Tensor(3)).integers == [8])
        #expect(try Tensor(2.0).raised(to: Tensor(-1.0)).doubles == [0.5])
        let error = thrownError { try Tensor([1, 2]).raised(to: Tensor([2, -1])) }
        #expect(error?.message == "Integers to negative integer powers are not allowed")
        #expect(error?.op == "Pow")
        let numpy = thrownError {
            try Tensor(2, dialect: .numpy).raised(to: Tensor(-1, dialect: .numpy), dialect: .numpy)
        }
        #expect(numpy?.kind == .value)
        #expect(numpy?.message == "Integers to negative integer powers are not allowed.")
    }

    @Test func integerArithmeticWraps() throws {
        #expect(try Tensor(-2_147_483_648).abs().integers == [-2_147_483_648])
        #expect(try Tensor(1_048_576).square().integers == [0])
        #expect(try (Tensor(2_147_483_647) + Tensor(1)).integers == [-2_147_483_648])
    }

    @Test func boolArithmeticIsRefusedByTensorFlow() throws {
        let error = thrownError { try Tensor(true) + Tensor(true) }
        #expect(
            error?.message.hasPrefix(
                "Value for attr 'T' of bool is not in the list of allowed values: bfloat16, half, "
                    + "float, double, uint8") == true)
        #expect(error?.message.contains("\n\t; NodeDef: {{node AddV2}}; Op<name=AddV2;") == true)
        #expect(error?.tensorflowMessage.hasSuffix("is_aggregate=true> [Op:AddV2] name: ") == true)
        let exp = thrownError { try Tensor(1).exp() }
        #expect(exp?.message.hasPrefix("Value for attr 'T' of int32 is not in the list") == true)
        #expect(exp?.op == "Exp")
        #expect(try Tensor.binary(.equal, Tensor(true), Tensor(false)).booleans == [false])
    }

    @Test func numpyPromotesDTypes() throws {
        func result(_ a: Tensor, _ b: Tensor, _ op: BinaryOp = .add) throws -> DType {
            try Tensor.binary(op, a, b, dialect: .numpy).dtype
        }
        let float32s = try Tensor([1.0], dtype: .float32)
        let int32s = try Tensor([1], dtype: .int32)
        let bools = try Tensor([true])
        #expect(try result(float32s, Tensor([2.0], dtype: .float64)) == .float64)
        #expect(try result(int32s, Tensor([2.0], dtype: .float32)) == .float64)
        #expect(try result(Tensor([1], dtype: .int64), float32s) == .float64)
        #expect(try result(int32s, int32s, .divide) == .float64)
        #expect(try result(bools, Tensor(1, dialect: .numpy)) == .int64)
        #expect(try result(bools, bools) == .bool)
        #expect(try Tensor.binary(.add, bools, bools, dialect: .numpy).booleans == [true])
        // 0-d operands count by value (numpy 1.x): np.float32 array + np.float64(2) is float32.
        #expect(try result(float32s, Tensor(2.0, dtype: .float64)) == .float32)
        #expect(try result(float32s, Tensor(200, dialect: .numpy)) == .float32)
        #expect(try result(float32s, Tensor(100_000, dialect: .numpy)) == .float64)
        #expect(try result(float32s, Tensor(1e39, dtype: .float64)) == .float64)
        #expect(try result(int32s, Tensor(70_000, dialect: .numpy)) == .int32)
        #expect(try result(int32s, Tensor(3_000_000_000, dialect: .numpy)) == .int64)
        #expect(try result(int32s, Tensor(2.5, dialect: .numpy)) == .float64)
        #expect(try result(int32s, Tensor(true)) == .int32)
        // Two 0-d operands promote plainly: np.int32(1) + 1 is int64.
        #expect(try result(Tensor(1, dtype: .int32), Tensor(1, dialect: .numpy)) == .int64)
        let subtract = thrownError { try Tensor.binary(.subtract, bools, bools, dialect: .numpy) }
        #expect(subtract?.kind == .type)
    }

    @Test func minimumAndMaximumPropagateNaN() throws {
        let nan = try Tensor(.float(.nan))
        let one = try Tensor(1.0)
        #expect(try nan.maximum(one).doubles[0].isNaN)
        #expect(try one.maximum(nan).doubles[0].isNaN)
        #expect(try one.minimum(nan).doubles[0].isNaN)
        #expect(try Tensor([1, 5]).maximum(Tensor([3, 2])).integers == [3, 5])
    }

    @Test func comparisonsAndLogicalOpsGiveBool() throws {
        let a = try Tensor([1.0, 2.0, 3.0])
        let b = try Tensor([2.0, 2.0, 2.0])
        #expect(try Tensor.binary(.less, a, b).booleans == [true, false, false])
        #expect(try Tensor.binary(.greaterEqual, a, b).booleans == [false, true, true])
        #expect(try Tensor.binary(.notEqual, a, b).booleans == [true, false, true])
        let p = try Tensor([true, true, false])
        let q = try Tensor([true, false, false])
        #expect(try Tensor.binary(.logicalAnd, p, q).booleans == [true, false, false])
        #expect(try Tensor.binary(.logicalOr, p, q).booleans == [true, true, false])
        #expect(try Tensor.binary(.logicalXor, p, q).booleans == [false, true, false])
        #expect(try p.unary(.logicalNot).booleans == [false, false, true])
        let error = thrownError { try Tensor.binary(.logicalAnd, Tensor(1), Tensor(1)) }
        #expect(
            error?.message
                == "cannot compute LogicalAnd as input #0(zero-based) was expected to be a bool "
                + "tensor but is a int32 tensor")
    }

    @Test func castTruncatesAndSaturatesLikeTensorFlowOnX86() throws {
        let floats = try Tensor(.list([1.7, -1.7, .float(.nan), 1e10]))
        #expect(floats.cast(to: .int32).integers == [1, -1, -2_147_483_648, -2_147_483_648])
        #expect(
            try Tensor(.list([1.7, 0.0, .float(.nan)])).cast(to: .bool).booleans == [
                true, false, true,
            ])
        #expect(try Tensor([2, 0]).cast(to: .bool).booleans == [true, false])
        #expect(try Tensor([true, false]).cast(to: .float32).doubles == [1, 0])
        #expect(try Tensor(1_099_511_627_776, dtype: .int64).cast(to: .int32).integers == [0])
        #expect(try Tensor(16_777_217).cast(to: .float32).doubles == [16_777_216])
    }

    @Test func unaryOpsTakeTheDTypesTensorFlowAllows() throws {
        #expect(try Tensor([-4]).abs().integers == [4])
        #expect(try Tensor([-4, 3]).relu().integers == [0, 3])
        #expect(try Tensor([-3, 0, 5]).sign().integers == [-1, 0, 1])
        #expect(try Tensor(4).square().integers == [16])
        let signs = try Tensor(.list([-2.0, 0.0, -0.0, .float(.nan), 3.0])).sign().doubles
        #expect(signs[0] == -1 && signs[1] == 0 && signs[3].isNaN && signs[4] == 1)
        #expect(thrownError { try Tensor(true).negated() }?.op == "Neg")
        #expect(thrownError { try Tensor(4).sqrt() }?.op == "Sqrt")
        #expect(try Tensor(4, dialect: .numpy).unary(.sqrt, dialect: .numpy).doubles == [2])
    }

    @Test func transcendentalFunctionsAreAccurate() throws {
        let x = try Tensor([0.0, 1.0, -2.0], dtype: .float64)
        #expect(try x.exp().doubles == [1, 2.718281828459045, 0.1353352832366127])
        #expect(try x.tanh().doubles[1] == 0.7615941559557649)
        let sigmoid = try x.sigmoid().doubles
        #expect(sigmoid[0] == 0.5)
        #expect(Swift.abs(sigmoid[2] - 0.11920292202211755) < 1e-15)
        #expect(try Tensor([-1000.0, 1000.0]).sigmoid().doubles == [0, 1])
        #expect(try Tensor([-1000.0, 1000.0]).unary(.softplus).doubles == [0, 1000])
    }
}
