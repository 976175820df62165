import Testing

@testable import Tensors

/// Printing cases beyond the corpus, compared with files made by real TensorFlow 2.15.
///
/// The files came from TensorFlow 2.15 and numpy 1.26; the Python expression that produced
/// each is in the comment next to it. They are references: `make reference` writes them
/// (`scripts/reference/tensors-printing.py`), and `make golden` refuses to.
@Suite struct PrintingGoldenTests {
    private func golden(
        _ name: String, _ text: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        Fixtures.expectGolden(
            text, folder: "printing", name: name + ".txt", sourceLocation: sourceLocation)
    }

    private func range(_ n: Int, _ dtype: DType = .int32) throws -> Tensor {
        try Tensor.range(limit: .int(Int64(n)), dtype: dtype)
    }

    private func float(_ value: Double) -> Tensor { Tensor(scalar: Float(value)) }

    @Test func float64AndInt64ArraysOmitTheirDType() throws {
        // repr(tf.constant([[1.5, -2.25], [1e-3, 3.14159265358979]], dtype=tf.float64))
        golden(
            "float64-matrix",
            try Tensor([[1.5, -2.25], [1e-3, 3.14159265358979]], dtype: .float64).tensorflowRepr)
        // repr(tf.constant([1, -2**40, 3], dtype=tf.int64))
        golden(
            "int64-vector", try Tensor([1, -1_099_511_627_776, 3], dtype: .int64).tensorflowRepr)
        // repr(tf.constant(1/3, dtype=tf.float64))
        golden("float64-scalar", try Tensor(.float(1.0 / 3), dtype: .float64).tensorflowRepr)
    }

    @Test func higherRankArraysSeparateBlocksWithBlankLines() throws {
        // repr(tf.reshape(tf.range(16), (2, 2, 2, 2)))
        golden("int32-4d", try range(16).reshaped([2, 2, 2, 2]).tensorflowRepr)
        // str(tf.reshape(tf.range(8.0), (2, 2, 2)))
        golden("str-3d", try range(8, .float32).reshaped([2, 2, 2]).tensorflowStr)
    }

    @Test func nonFiniteValuesAlignWithTheRest() throws {
        // repr(tf.constant([-1.5, float('nan'), 2.0, -float('inf')]))
        golden(
            "negative-with-nan",
            try Tensor(.list([-1.5, .float(.nan), 2.0, .float(-.infinity)])).tensorflowRepr)
        // each of [nan, inf], [nan, -inf], [nan]
        let onlyNonFinite = try [
            TensorLiteral.list([.float(.nan), .float(.infinity)]),
            .list([.float(.nan), .float(-.infinity)]),
            .list([.float(.nan)]),
        ].map { try Tensor($0).tensorflowRepr }
        golden("nan-only", onlyNonFinite.joined(separator: "\n"))
        // repr(tf.constant([1e-5, float('nan'), -float('inf'), 3.0]))
        golden(
            "scientific-with-nan",
            try Tensor(.list([1e-5, .float(.nan), .float(-.infinity), 3.0])).tensorflowRepr)
    }

    @Test func notationFollowsTheRangeOfMagnitudes() throws {
        // repr(tf.constant([1e-20, 1e20, -3.5]))
        golden("tiny-and-huge", try Tensor([1e-20, 1e20, -3.5]).tensorflowRepr)
        // repr(tf.constant([1e-100, 1e100], dtype=tf.float64))
        golden(
            "three-digit-exponents", try Tensor([1e-100, 1e100], dtype: .float64).tensorflowRepr)
        // [1e7, 2.5], [100.0, 0.5], [1000.0, 1.0], [1000.5, 1.0]
        let ratios = try [[1e7, 2.5], [100.0, 0.5], [1000.0, 1.0], [1000.5, 1.0]].map {
            try Tensor(.list($0.map { .float($0) })).tensorflowRepr
        }
        golden("ratio-switch", ratios.joined(separator: "\n"))
        // repr(tf.constant([0.123456789, 1.0000001, 99999.99]))
        golden("float32-rounding", try Tensor([0.123456789, 1.0000001, 99999.99]).tensorflowRepr)
    }

    @Test func scalarsUseNumpyScalarNotation() throws {
        // -7, 1e16, 1.5e-5, -2.5e20, 0.0001 (float32), 1e-4 and 123456789012.0 (float64), 2**40
        let scalars: [Tensor] = [
            try Tensor(-7), try Tensor(1e16), try Tensor(1.5e-5), try Tensor(-2.5e20),
            try Tensor(0.0001), try Tensor(1e-4, dtype: .float64),
            try Tensor(123_456_789_012.0, dtype: .float64), try Tensor(1_099_511_627_776),
        ]
        golden("scalars", scalars.map(\.tensorflowRepr).joined(separator: "\n"))
    }

    @Test func boolArraysPadTrue() throws {
        let matrix = try Tensor([[true, false, true], [false, false, true]])
        // repr(...) and str(...) of tf.constant([[True, False, True], [False, False, True]])
        golden("bool-matrix", matrix.tensorflowRepr)
        golden("bool-matrix-str", matrix.tensorflowStr)
    }

    @Test func longRowsWrapAtSeventyFiveColumns() throws {
        // repr(tf.reshape(tf.range(40, dtype=tf.float32), (2, 20)) / 3)
        let rows = try range(40, .float32).reshaped([2, 20]) / float(3)
        golden("wrapped-float-rows", rows.tensorflowRepr)
        // repr(np.arange(25) / 24)
        let numpyRange = try Tensor.range(limit: .int(25), dialect: .numpy)
        let fractions = try Tensor.binary(.divide, numpyRange, Tensor(24), dialect: .numpy)
        golden("numpy-float64-wrap", fractions.numpyRepr)
        // repr(tf.range(-20, 20))
        golden(
            "negative-int-wrap", try Tensor.range(start: .int(-20), limit: .int(20)).tensorflowRepr)
        // repr(tf.reshape(tf.range(60, dtype=tf.float32), (3, 20)) * 1.5 - 40)
        let wide = try range(60, .float32).reshaped([3, 20]) * float(1.5) - float(40)
        golden("wide-matrix-wrap", wide.tensorflowRepr)
        // repr(tf.constant([[-0.5638104, 0.70414835, 0.6581555, 0.5260771], [-0.61328614, ...]]))
        let weights = try Tensor([
            [-0.5638104, 0.70414835, 0.6581555, 0.5260771],
            [-0.61328614, -0.7373104, -0.5762308, 0.17810792],
        ])
        golden("dtype-on-own-line", weights.tensorflowRepr)
    }

    @Test func largeArraysAreSummarizedInEveryAxis() throws {
        let cube = try range(3000, .float32).reshaped([10, 15, 20])
        // repr and str of tf.reshape(tf.range(3000, dtype=tf.float32), (10, 15, 20))
        golden("summarized-3d", cube.tensorflowRepr)
        golden("summarized-3d-str", cube.tensorflowStr)
        // str(tf.reshape(tf.range(2000), (40, 50)))
        golden("str-summarized-2d", try range(2000).reshaped([40, 50]).tensorflowStr)
        // repr(tf.range(0, 2000, dtype=tf.float64) / 7)
        let sevenths = try range(2000, .float64) / Tensor(7.0, dtype: .float64)
        golden("summarized-1d-float64", sevenths.tensorflowRepr)
        // repr(tf.range(-1000000, 1000000, 997))
        let stepped = try Tensor.range(
            start: .int(-1_000_000), limit: .int(1_000_000), delta: .int(997))
        golden("large-int-summarized", stepped.tensorflowRepr)
    }

    @Test func numpyZeroDimensionalAndEmptyArrays() throws {
        // np.array(3.0), np.array(True), np.array(3.0, dtype=np.float32),
        // np.array(-5, dtype=np.int32), np.array(2**40)
        let zeroD: [Tensor] = [
            try Tensor(3.0, dialect: .numpy), try Tensor(true, dialect: .numpy),
            try Tensor(3.0, dtype: .float32), try Tensor(-5, dtype: .int32),
            try Tensor(1_099_511_627_776, dialect: .numpy),
        ]
        golden("numpy-zero-d", zeroD.map(\.numpyRepr).joined(separator: "\n"))
        // np.zeros((0,), np.int64), np.zeros((0, 3), bool), np.zeros((0,)),
        // np.zeros((3, 0, 2), np.int32)
        let empty: [Tensor] = [
            try Tensor.zeros([0], dtype: .int64), try Tensor.zeros([0, 3], dtype: .bool),
            try Tensor.zeros([0], dtype: .float64), try Tensor.zeros([3, 0, 2], dtype: .int32),
        ]
        golden("numpy-empty", empty.map(\.numpyRepr).joined(separator: "\n"))
        // np.array([2**-9, 3 * 2**-9, 1], dtype=np.float32), np.array([0.5 + 2**-10, 1e7])
        let ties = try Tensor([0.001953125, 0.005859375, 1.0], dtype: .float32)
        let tie64 = try Tensor([0.5009765625, 1e7], dialect: .numpy)
        golden("exact-ties", ties.numpyRepr + "\n" + tie64.numpyRepr)
    }
}
