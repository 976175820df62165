import CBLAS

extension Tensor {
    /// The matrix product of the last two axes (`tf.matmul`).
    ///
    /// Leading batch axes broadcast. Floats go through OpenBLAS's `sgemm`/`dgemm`; integers
    /// multiply with wrapping arithmetic.
    ///
    /// ```swift
    /// let a = try Tensor.ones([2, 3])
    /// let b = try Tensor.ones([3, 4])
    /// let c = try a.matmul(b)              // shape [2, 4], every element 3
    /// ```
    ///
    /// - Throws: `InvalidArgumentError` for inputs of rank below 2, different dtypes, `bool`,
    ///   inner dimensions that differ (`Matrix size-incompatible: In[0]: [2,3], In[1]:
    ///   [2,3]`) or batch axes that don't broadcast.
    ///
    /// Gradient tapes record it, batched or not (TensorFlow's `_MatMulGrad`,
    /// `_BatchMatMulV2Grad`).
    public func matmul(_ other: Tensor, transposeA: Bool = false, transposeB: Bool = false)
        throws(TensorError) -> Tensor
    {
        guard trace != nil || other.trace != nil else {
            return try matmulKernel(other, transposeA: transposeA, transposeB: transposeB)
        }
        let batched = rank > 2 || other.rank > 2
        return try Tensor.differentiable(
            batched ? "BatchMatMulV2" : "MatMul", inputs: [self, other]
        ) {
            inputs throws(TensorError) in
            try inputs[0].matmulKernel(inputs[1], transposeA: transposeA, transposeB: transposeB)
        } pullback: { operation, g, wanted throws(TensorError) in
            try Tensor.matmulGradients(
                operation, g, wanted, transposeA: transposeA, transposeB: transposeB)
        }
    }

    private func matmulKernel(_ other: Tensor, transposeA: Bool, transposeB: Bool)
        throws(TensorError) -> Tensor
    {
        let batched = rank > 2 || other.rank > 2
        let op = batched ? "BatchMatMulV2" : "MatMul"
        let kernel = batched ? "__MklBatchMatMulV2" : "__MklMatMul"
        func error(_ message: String) -> TensorError {
            TensorError(.invalidArgument, op: op, kernel: kernel, message: message, nodeName: "")
        }
        if dtype != other.dtype {
            let sentence =
                "cannot compute \(kernel.dropFirst()) as input #1(zero-based) was expected to be a "
                + "\(dtype.kernelName) tensor but is a \(other.dtype.kernelName) tensor"
            throw TensorError(.invalidArgument, op: op, message: sentence, nodeName: "")
        }
        if dtype == .bool { throw TensorError.unsupportedType(op, .bool) }
        guard rank >= 2 else { throw error("In[0] ndims must be >= 2") }
        guard other.rank >= 2 else { throw error("In[1] ndims must be >= 2") }
        let m = transposeA ? shape[rank - 1] : shape[rank - 2]
        let k = transposeA ? shape[rank - 2] : shape[rank - 1]
        let k2 = transposeB ? other.shape[other.rank - 1] : other.shape[other.rank - 2]
        let n = transposeB ? other.shape[other.rank - 2] : other.shape[other.rank - 1]
        guard k == k2 else {
            var message =
                "Matrix size-incompatible: In[0]: \(TensorError.bracketed(shape)), In[1]: "
                + TensorError.bracketed(other.shape)
            if batched { message += " \(transposeA ? 1 : 0) \(transposeB ? 1 : 0)" }
            throw error(message)
        }
        let leftBatch = Array(shape.dropLast(2))
        let rightBatch = Array(other.shape.dropLast(2))
        let batchShape: [Int]
        do {
            batchShape = try Broadcast.shape(leftBatch, rightBatch, op: op, dialect: .tensorflow)
        } catch {
            throw TensorError(
                .invalidArgument, op: op, kernel: kernel,
                message:
                    "In[0] and In[1] must have compatible batch dimensions: "
                    + "\(TensorError.bracketed(shape)) vs. \(TensorError.bracketed(other.shape))",
                nodeName: "")
        }
        let outShape = batchShape + [m, n]
        let count = try TensorLimits.checkedCount(outShape, dtype, op: op)
        let batches = batchShape.reduce(1, *)
        // The element offset of each batch's matrix in each operand.
        let leftOffsets = Self.batchOffsets(leftBatch, in: batchShape, matrix: m * k)
        let rightOffsets = Self.batchOffsets(rightBatch, in: batchShape, matrix: k * n)
        let plan = GemmPlan(
            m: m, n: n, k: k, transposeA: transposeA, transposeB: transposeB, batches: batches,
            leftOffsets: leftOffsets, rightOffsets: rightOffsets)
        let result: TensorStorage
        switch (storage, other.storage) {
        case (.float32(let a), .float32(let b)): result = .float32(plan.run(a, b, count: count))
        case (.float64(let a), .float64(let b)): result = .float64(plan.run(a, b, count: count))
        case (.int32(let a), .int32(let b)): result = .int32(plan.runInteger(a, b, count: count))
        case (.int64(let a), .int64(let b)): result = .int64(plan.runInteger(a, b, count: count))
        default: throw TensorError.unsupportedType(op, dtype)
        }
        return Tensor(unchecked: outShape, result)
    }

    /// For each batch position of `batchShape`, the offset of the operand's matrix.
    private static func batchOffsets(_ operandBatch: [Int], in batchShape: [Int], matrix: Int)
        -> [Int]
    {
        let total = batchShape.reduce(1, *)
        if operandBatch == batchShape { return (0..<total).map { $0 * matrix } }
        let view = Broadcast.view(of: operandBatch, in: batchShape)
        var offsets: [Int] = []
        offsets.reserveCapacity(total)
        view.forEachRun { _, start, length, stride in
            for index in 0..<length { offsets.append((start + index * stride) * matrix) }
        }
        return offsets
    }

    /// The matrix-vector product over the last axes (`tf.linalg.matvec`).
    public func matvec(_ vector: Tensor, transposeA: Bool = false) throws(TensorError) -> Tensor {
        let column = try vector.expandingDims(-1)
        let product = try matmul(column, transposeA: transposeA)
        return try product.squeezed([-1])
    }
}

/// The shapes and operand offsets of one (batched) matrix product.
private struct GemmPlan {
    let m: Int
    let n: Int
    let k: Int
    let transposeA: Bool
    let transposeB: Bool
    let batches: Int
    let leftOffsets: [Int]
    let rightOffsets: [Int]

    /// Whether to call BLAS: not for products so small that the call costs more than the
    /// arithmetic, nor for sizes beyond its 32-bit arguments.
    private var usesBLAS: Bool {
        m < Int32.max && n < Int32.max && k < Int32.max && m * n * k > 4096
    }

    func run<F: FloatMath>(_ a: [F], _ b: [F], count: Int) -> [F] {
        if count == 0 { return [] }
        if k == 0 { return Array(repeating: F.zeroValue, count: count) }
        return a.withUnsafeBufferPointer { left in
            b.withUnsafeBufferPointer { right in
                makeArray(count: count) { out in
                    for batch in 0..<batches {
                        let a0 = left.baseAddress.map { $0 + leftOffsets[batch] }
                        let b0 = right.baseAddress.map { $0 + rightOffsets[batch] }
                        let c0 = out.baseAddress.map { $0 + batch * m * n }
                        guard let a0, let b0, let c0 else { continue }
                        if usesBLAS {
                            gemm(a0, b0, c0)
                        } else {
                            naive(a0, b0, c0)
                        }
                    }
                }
            }
        }
    }

    private func gemm<F: FloatMath>(
        _ a: UnsafePointer<F>, _ b: UnsafePointer<F>, _ c: UnsafeMutablePointer<F>
    ) {
        let transA = transposeA ? CblasTrans : CblasNoTrans
        let transB = transposeB ? CblasTrans : CblasNoTrans
        let lda = Int32(transposeA ? m : k)
        let ldb = Int32(transposeB ? k : n)
        if F.self == Float.self {
            a.withMemoryRebound(to: Float.self, capacity: 1) { a in
                b.withMemoryRebound(to: Float.self, capacity: 1) { b in
                    c.withMemoryRebound(to: Float.self, capacity: 1) { c in
                        cblas_sgemm(
                            CblasRowMajor, transA, transB, Int32(m), Int32(n), Int32(k), 1, a,
                            lda, b, ldb, 0, c, Int32(n))
                    }
                }
            }
        } else {
            a.withMemoryRebound(to: Double.self, capacity: 1) { a in
                b.withMemoryRebound(to: Double.self, capacity: 1) { b in
                    c.withMemoryRebound(to: Double.self, capacity: 1) { c in
                        cblas_dgemm(
                            CblasRowMajor, transA, transB, Int32(m), Int32(n), Int32(k), 1, a,
                            lda, b, ldb, 0, c, Int32(n))
                    }
                }
            }
        }
    }

    private func naive<F: FloatMath>(
        _ a: UnsafePointer<F>, _ b: UnsafePointer<F>, _ c: UnsafeMutablePointer<F>
    ) {
        for i in 0..<m {
            for j in 0..<n {
                var sum = F.zeroValue
                for p in 0..<k {
                    let x = transposeA ? a[p * m + i] : a[i * k + p]
                    let y = transposeB ? b[j * k + p] : b[p * n + j]
                    sum += x * y
                }
                c[i * n + j] = sum
            }
        }
    }

    func runInteger<I: IntegerElement>(_ a: [I], _ b: [I], count: Int) -> [I] {
        var out = Array(repeating: I.zero, count: count)
        out.withUnsafeMutableBufferPointer { c in
            a.withUnsafeBufferPointer { left in
                b.withUnsafeBufferPointer { right in
                    for batch in 0..<batches {
                        let aBase = leftOffsets[batch]
                        let bBase = rightOffsets[batch]
                        let cBase = batch * m * n
                        for i in 0..<m {
                            for p in 0..<k {
                                let x =
                                    transposeA ? left[aBase + p * m + i] : left[aBase + i * k + p]
                                for j in 0..<n {
                                    let y =
                                        transposeB
                                        ? right[bBase + j * k + p] : right[bBase + p * n + j]
                                    c[cBase + i * n + j] = c[cBase + i * n + j] &+ x &* y
                                }
                            }
                        }
                    }
                }
            }
        }
        return out
    }
}
