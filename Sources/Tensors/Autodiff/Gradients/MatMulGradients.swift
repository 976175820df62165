extension Tensor {
    /// The pullback of `matmul` (TensorFlow's `_MatMulGrad` and `_BatchMatMulV2Grad`): the
    /// upstream gradient times the other operand, transposed as the flags require, summed over
    /// the batch axes an operand was broadcast along.
    static func matmulGradients(
        _ operation: OperationRecord, _ g: Tensor, _ wanted: [Bool], transposeA: Bool,
        transposeB: Bool
    ) throws(TensorError) -> [Tensor?] {
        let a = operation.inputs[0]
        let b = operation.inputs[1]
        var gradientA: Tensor?
        var gradientB: Tensor?
        if wanted[0] {
            let product: Tensor
            switch (transposeA, transposeB) {
            case (false, false): product = try g.matmul(b, transposeB: true)
            case (false, true): product = try g.matmul(b)
            case (true, false): product = try b.matmul(g, transposeB: true)
            case (true, true): product = try b.matmul(g, transposeA: true, transposeB: true)
            }
            gradientA = try product.unbroadcast(to: a.shape)
        }
        if wanted[1] {
            let product: Tensor
            switch (transposeA, transposeB) {
            case (false, false): product = try a.matmul(g, transposeA: true)
            case (false, true): product = try g.matmul(a, transposeA: true)
            case (true, false): product = try a.matmul(g)
            case (true, true): product = try g.matmul(a, transposeA: true, transposeB: true)
            }
            gradientB = try product.unbroadcast(to: b.shape)
        }
        return [gradientA, gradientB]
    }
}
