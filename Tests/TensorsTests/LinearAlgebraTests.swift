import Testing

@testable import Tensors

@Suite struct LinearAlgebraTests {
    @Test func matmulMultipliesMatrices() throws {
        let a = try Tensor([[1.0, 2.0], [3.0, 4.0]])
        let b = try Tensor([[5.0, 6.0], [7.0, 8.0]])
        #expect(try a.matmul(b).doubles == [19, 22, 43, 50])
        #expect(try a.matmul(b, transposeA: true).doubles == [26, 30, 38, 44])
        #expect(try a.matmul(b, transposeB: true).doubles == [17, 23, 39, 53])
        let wide = try Tensor.ones([2, 3]).matmul(Tensor.ones([3, 4]))
        #expect(wide.shape == [2, 4])
        #expect(wide.doubles == Array(repeating: 3, count: 8))
    }

    @Test func matmulAgreesWithANaiveProductForLargerSizes() throws {
        var generator = RandomGenerator(seed: 7)
        let a = try Tensor.randomUniform(
            [33, 17], min: -1, max: 1, dtype: .float64, using: &generator)
        let b = try Tensor.randomUniform(
            [17, 29], min: -1, max: 1, dtype: .float64, using: &generator)
        let product = try a.matmul(b).doubles
        let x = a.doubles
        let y = b.doubles
        for i in [0, 16, 32] {
            for j in [0, 14, 28] {
                let expected = (0..<17).reduce(0.0) { $0 + x[i * 17 + $1] * y[$1 * 29 + j] }
                #expect(Swift.abs(product[i * 29 + j] - expected) < 1e-12)
            }
        }
    }

    @Test func integerMatmulWraps() throws {
        let m = try Tensor.range(limit: .int(6)).reshaped([2, 3])
        #expect(try m.matmul(m, transposeB: true).integers == [5, 14, 14, 50])
        let big = try Tensor([[65_536]])
        #expect(try big.matmul(big).integers == [0])
    }

    @Test func batchedMatmulBroadcastsBatchAxes() throws {
        let a = try Tensor.ones([2, 2, 3])
        #expect(try a.matmul(Tensor.ones([3, 2])).shape == [2, 2, 2])
        #expect(try Tensor.ones([1, 2, 3]).matmul(Tensor.ones([4, 3, 2])).shape == [4, 2, 2])
        let batches = try Tensor.range(limit: .int(8), dtype: .float32).reshaped([2, 2, 2])
        let identity = try Tensor.eye(2)
        #expect(try batches.matmul(identity).doubles == batches.doubles)
        let scaled = try Tensor.stack([identity, identity * Tensor(scalar: Float(2))])
        #expect(try batches.matmul(scaled).doubles == [0, 1, 2, 3, 8, 10, 12, 14])
    }

    @Test func matmulErrorsUseTensorFlowsWording() throws {
        let error = thrownError { try Tensor.ones([2, 3]).matmul(Tensor.ones([2, 3])) }
        #expect(error?.description == Fixtures.corpusError(87))
        #expect(
            thrownError { try Tensor.ones([2, 3]).matmul(Tensor.ones([3])) }?.message
                == "In[1] ndims must be >= 2")
        #expect(
            thrownError { try Tensor.ones([2, 2, 3]).matmul(Tensor.ones([2, 2, 3])) }?
                .tensorflowMessage
                == "{{function_node __wrapped____MklBatchMatMulV2_device_/job:localhost/replica:0/"
                + "task:0/device:CPU:0}} Matrix size-incompatible: In[0]: [2,2,3], In[1]: [2,2,3] 0 0 "
                + "[Op:BatchMatMulV2] name: ")
        #expect(
            thrownError { try Tensor.ones([2, 2, 3]).matmul(Tensor.ones([3, 3, 2])) }?.message
                == "In[0] and In[1] must have compatible batch dimensions: [2,2,3] vs. [3,3,2]")
        #expect(
            thrownError { try Tensor.ones([2, 2]).matmul(Tensor.ones([2, 2], dtype: .int32)) }?
                .message
                == "cannot compute _MklMatMul as input #1(zero-based) was expected to be a float "
                + "tensor but is a int32 tensor")
        #expect(thrownError { try Tensor([[true]]).matmul(Tensor([[true]])) }?.op == "MatMul")
    }

    @Test func matvecMultipliesByAVector() throws {
        let m = try Tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
        #expect(try m.matvec(Tensor([1.0, 0.0, -1.0])).doubles == [-2, -2])
        #expect(
            thrownError { try Tensor.ones([2, 3]).matvec(Tensor.ones([2])) }?.message
                == "Matrix size-incompatible: In[0]: [2,3], In[1]: [2,1]")
    }

    @Test func tensordotContractsAxes() throws {
        let a = try Tensor.ones([2, 3])
        let b = try Tensor.ones([3, 4])
        #expect(try a.tensordot(b, axes: .count(1)).shape == [2, 4])
        #expect(try a.tensordot(b, axes: .pairs([1], [0])).doubles == Array(repeating: 3, count: 8))
        #expect(try a.tensordot(b, axes: .count(0)).shape == [2, 3, 3, 4])
        let cube = try Tensor.range(limit: .int(24), dtype: .float32).reshaped([2, 3, 4])
        let contracted = try cube.tensordot(Tensor.ones([4, 3]), axes: .pairs([2, 1], [0, 1]))
        #expect(contracted.doubles == [66, 210])
        #expect(
            thrownError { try a.tensordot(Tensor.ones([2, 4]), axes: .count(1)) }?.message
                == "Matrix size-incompatible: In[0]: [2,3], In[1]: [2,4]")
    }

    @Test func normsOfVectorsAndMatrices() throws {
        let m = try Tensor.range(limit: .int(6), dtype: .float32).reshaped([2, 3])
        #expect(try m.norm().tensorflowRepr.hasSuffix("numpy=7.4161983>"))
        #expect(try m.norm(axes: [1]).numpyRepr == "array([2.236068, 7.071068], dtype=float32)")
        #expect(try m.norm(.one).doubles == [15])
        #expect(try m.norm(.one, axes: [1]).doubles == [3, 12])
        #expect(try m.norm(.infinity, axes: [1]).doubles == [2, 5])
        #expect(try m.norm(.one, axes: [0, 1]).doubles == [7])  // largest column sum
        #expect(try m.norm(.infinity, axes: [0, 1]).doubles == [12])  // largest row sum
        #expect(try Tensor([3.0, 4.0]).norm(.p(3)).doubles[0] > 4.49)
        #expect(thrownError { try Tensor([1, 2]).norm() }?.op == "Sqrt")
    }

    @Test func selectPicksByCondition() throws {
        let picked = try Tensor.select(Tensor([true, false]), Tensor([1, 2]), Tensor([3, 4]))
        #expect(picked.integers == [1, 4])
        let grid = try Tensor.select(Tensor([[true], [false]]), Tensor([1, 2]), Tensor(9))
        #expect(grid.shape == [2, 2])
        #expect(grid.integers == [1, 2, 9, 9])
        #expect(
            thrownError { try Tensor.select(Tensor([true]), Tensor([1]), Tensor([1.0])) }?.message
                == "cannot compute SelectV2 as input #2(zero-based) was expected to be a int32 tensor "
                + "but is a float tensor")
        let indices = try Tensor([true, false, true]).nonzeroIndices()
        #expect(indices.shape == [2, 1])
        #expect(indices.integers == [0, 2])
    }

    @Test func clipLimitsValues() throws {
        let m = try Tensor.range(limit: .int(6)).reshaped([2, 3])
        #expect(try m.clipped(low: Tensor(1), high: Tensor(4)).integers == [1, 1, 2, 3, 4, 4])
        let f = try m.cast(to: .float32)
        // With low above high, TensorFlow gives low everywhere and numpy gives high.
        #expect(
            try f.clipped(low: Tensor(4.0), high: Tensor(1.0)).doubles
                == Array(repeating: 4, count: 6))
        let numpy = try f.clipped(low: Tensor(4.0), high: Tensor(1.0), dialect: .numpy)
        #expect(numpy.doubles == Array(repeating: 1, count: 6))
    }

    @Test func softmaxNormalizesRows() throws {
        // TensorFlow prints [[0.26894143, 0.73105854], [0.11920291, 0.880797]]; its vectorized
        // exp differs from the C library's in the last bit, so compare within a float32 ulp.
        let logits = try Tensor([[1.0, 2.0], [3.0, 5.0]])
        let expected = [0.26894143, 0.73105854, 0.11920291, 0.880797]
        for (actual, wanted) in zip(try logits.softmax().doubles, expected) {
            #expect(Swift.abs(actual - wanted) < 1.2e-7)
        }
        let columns = [0.11920291, 0.04742587, 0.880797, 0.95257413]
        for (actual, wanted) in zip(try logits.softmax(axis: 0).doubles, columns) {
            #expect(Swift.abs(actual - wanted) < 1.2e-7)
        }
        let big = try Tensor([1000.0, 1000.0]).softmax()
        #expect(big.doubles == [0.5, 0.5])
        let logs = try Tensor([0.0, 0.0], dtype: .float64).logSoftmax().doubles
        #expect(Swift.abs(logs[0] + 0.6931471805599453) < 1e-15)
        #expect(thrownError { try Tensor([1, 2]).softmax() }?.op == "Softmax")
    }
}

@Suite struct NumpyMatmulTests {
    @Test func vectorsActAsRowsAndColumns() throws {
        let m = try Tensor([[1.0, 2.0], [3.0, 4.0]], dialect: .numpy)
        let v = try Tensor([1.0, 1.0], dialect: .numpy)
        let column = try m.numpyMatmul(v)
        #expect(column.shape == [2])
        #expect(column.doubles == [3, 7])
        let row = try v.numpyMatmul(m)
        #expect(row.shape == [2])
        #expect(row.doubles == [4, 6])
        let dot = try v.numpyMatmul(v)
        #expect(dot.shape == [])
        #expect(dot.doubles == [2])
        let batch = try Tensor.ones([3, 2, 2], dtype: .float64).numpyMatmul(v)
        #expect(batch.shape == [3, 2])
    }

    @Test func dtypesPromote() throws {
        let ints = try Tensor([[1, 2]], dtype: .int32)
        let floats = try Tensor([[1.0], [2.0]], dtype: .float32)
        #expect(try ints.numpyMatmul(floats).dtype == .float64)
        let flags = try Tensor([[true, false]]).numpyMatmul(Tensor([[false], [true]]))
        #expect(flags.dtype == .bool)
        #expect(flags.booleans == [false])
    }

    @Test func mismatchesUseNumpysWording() throws {
        let error = thrownError { try Tensor.ones([2, 3]).numpyMatmul(Tensor.ones([2, 3])) }
        #expect(error?.kind == .value)
        #expect(
            error?.message
                == "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc "
                + "signature (n?,k),(k,m?)->(n?,m?) (size 2 is different from 3)")
        #expect(
            thrownError { try Tensor(1.0).numpyMatmul(Tensor.ones([2])) }?.message
                == "matmul: Input operand 0 does not have enough dimensions (has 0, gufunc core "
                + "with signature (n?,k),(k,m?)->(n?,m?) requires 1)")
    }
}
