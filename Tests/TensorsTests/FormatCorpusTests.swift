import NumberFormat
import Testing

@testable import Tensors

/// Every tensor, array and shape case of the TensorFlow 2.15 format corpus, built with the
/// Swift API and compared as exact strings with what real TensorFlow printed.
@Suite struct FormatCorpusTests {
    private func expectCell(
        _ number: Int, _ actual: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard let expected = Fixtures.corpusOutput(number) else {
            Issue.record("corpus cell \(number) missing", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "cell \(number)", sourceLocation: sourceLocation)
    }

    /// IPython's display of a tuple that doesn't fit on one line: one item per line.
    private func tupleLines(_ items: [String]) -> String {
        "(" + items.joined(separator: ",\n ") + ")"
    }

    private func variableRepr(_ value: Tensor, name: String = "Variable:0") -> String {
        "<tf.Variable '\(name)' shape=\(value.tensorShape) dtype=\(value.dtype), numpy="
            + value.numpyText(forRepr: true) + ">"
    }

    @Test func scalarsShowTheirNumpyScalarRepr() throws {
        expectCell(2, try Tensor(3.0).tensorflowRepr)
        expectCell(3, try Tensor(3).tensorflowRepr)
        expectCell(4, try Tensor(true).tensorflowRepr)
        expectCell(5, try Tensor(-0.0).tensorflowRepr)
        expectCell(6, try Tensor(1e-10).tensorflowRepr)
        expectCell(7, try Tensor(1e10).tensorflowRepr)
        expectCell(8, try Tensor(123456789.0).tensorflowRepr)
        let specials = try [Double.nan, .infinity, -.infinity].map {
            try Tensor(.float($0)).tensorflowRepr
        }
        expectCell(9, tupleLines(specials))
        let fractions = try [0.1, 1.0 / 3, 2.0 / 3].map { try Tensor(.float($0)).tensorflowRepr }
        expectCell(10, tupleLines(fractions))
    }

    @Test func floatArraysChooseNotationAndPadding() throws {
        expectCell(11, try Tensor([0.001, 1000.0]).tensorflowRepr)
        expectCell(12, try Tensor([1e-5, 1.0]).tensorflowRepr)
        expectCell(13, try Tensor([1e8, 1.0]).tensorflowRepr)
        expectCell(14, try Tensor([-1.5, 2.25]).tensorflowRepr)
        expectCell(15, try Tensor([0.1, 0.2, 0.3]).tensorflowRepr)
        expectCell(16, try Tensor([1.0, -0.0, 0.0]).tensorflowRepr)
        expectCell(17, try Tensor([1e-4, 1e-3]).tensorflowRepr)
        expectCell(18, try Tensor([0.5, 1e16]).tensorflowRepr)
        expectCell(19, try Tensor([123456.78, 0.5]).tensorflowRepr)
        expectCell(20, try Tensor(.list([.float(.nan), 1.0, .float(.infinity)])).tensorflowRepr)
    }

    @Test func longArraysWrapAndSummarize() throws {
        expectCell(21, try Tensor.range(limit: .int(30), dtype: .float32).tensorflowRepr)
        expectCell(22, try Tensor.range(limit: .int(100)).tensorflowRepr)
        expectCell(23, try Tensor.range(limit: .int(2000)).tensorflowRepr)
        expectCell(24, try Tensor.range(limit: .int(1001), dtype: .float32).tensorflowRepr)
        expectCell(25, try Tensor.range(limit: .int(2000)).reshaped([40, 50]).tensorflowRepr)
        let cube = try Tensor.range(limit: .int(24), dtype: .float32).reshaped([2, 3, 4])
        expectCell(26, try (cube / Tensor(scalar: Float(7))).tensorflowRepr)
    }

    @Test func emptyAndOddShapesAndDTypes() throws {
        expectCell(27, try Tensor.zeros([0]).tensorflowRepr)
        expectCell(28, try Tensor.zeros([2, 0]).tensorflowRepr)
        expectCell(29, try Tensor.zeros([2, 3, 0]).tensorflowRepr)
        expectCell(30, try Tensor([-3, 10, 200]).tensorflowRepr)
        expectCell(31, try Tensor([true, false]).tensorflowRepr)
        expectCell(32, try Tensor([1.5, 2.5], dtype: .float64).tensorflowRepr)
        expectCell(33, try Tensor([1, 2], dtype: .int64).tensorflowRepr)
        expectCell(34, try Tensor.ones([1, 1, 1]).tensorflowRepr)
        expectCell(35, try Tensor.range(limit: .int(6)).reshaped([2, 3, 1]).tensorflowRepr)
    }

    @Test func printShowsTheNumpyStr() throws {
        expectCell(36, try Tensor([[1.0, 2.0], [3.0, 4.0]]).description)
        expectCell(37, try Tensor(5).description)
        expectCell(38, try Tensor.range(limit: .int(1001)).description)
        expectCell(39, try Tensor.zeros([2, 0]).description)
    }

    @Test func shapesPrintAsTensorFlowDoes() throws {
        expectCell(40, try Tensor(1.0).tensorShape.repr)
        expectCell(41, try Tensor.zeros([2, 3]).tensorShape.repr)
        expectCell(42, try Tensor.zeros([2, 3]).tensorShape.description)
        let shape = try Tensor.zeros([2, 3]).tensorShape
        let dimensions = try #require(shape.knownDimensions)
        let listed = "[" + dimensions.map(String.init).joined(separator: ", ") + "]"
        expectCell(43, "(\(dimensions[0]), \(listed), \(shape.rank ?? -1))")
        expectCell(44, TensorShape([nil, 3]).repr)
    }

    @Test func variablePartsComeFromTheTensor() throws {
        let v = try Tensor([1.0, 2.0])
        expectCell(45, variableRepr(v))
        expectCell(46, variableRepr(v))
        expectCell(47, variableRepr(try Tensor.zeros([2, 2]), name: "w:0"))
        expectCell(48, variableRepr(try Tensor(3)))
        let assigned = try v.updating([.all], with: Tensor([5.0, 6.0]))
        expectCell(49, assigned.numpyRepr)
        let described =
            "('Variable:0', \(assigned.tensorShape.repr), \(assigned.dtype.tensorflowRepr))"
        expectCell(50, described)
        expectCell(51, try (assigned + Tensor(scalar: Float(1))).tensorflowRepr)
        expectCell(52, variableRepr(try Tensor.ones([3, 1000])))
    }

    @Test func numpyValuesPrintAsNumpyDoes() throws {
        expectCell(53, try Tensor([1.0, 2.0], dtype: .float32, dialect: .numpy).numpyRepr)
        expectCell(54, try Tensor([1.0, 2.0]).numpyRepr)
        expectCell(55, try Tensor([[1, 2]]).numpyRepr)
        let scalar = try Tensor(2.5)
        expectCell(56, Tensor.numpyScalarRepr(try scalar.element(at: 0), dtype: scalar.dtype))
        expectCell(57, try Tensor([1.5]).toLiteral().pythonRepr)
        let dtypes = [DType.float32, .int32, .bool].map(\.tensorflowRepr)
        expectCell(58, "(" + dtypes.joined(separator: ", ") + ")")
        expectCell(84, try Tensor.fill([2, 2], value: .int(2), dtype: .float32).tensorflowRepr)
    }
}

@Suite struct FormatCorpusFixtureTests {
    @Test func corpusFixtureIsLoaded() {
        #expect(Fixtures.corpus.count == 92)
    }
}
