extension Tensor {
    /// numpy's `matmul` (`a @ b`): like `matmul(_:)`, but 1-d operands act as a row (left) or
    /// a column (right) whose axis is dropped from the result, dtypes promote, and errors use
    /// numpy's wording.
    ///
    /// ```swift
    /// let m = try Tensor([[1.0, 2.0], [3.0, 4.0]], dialect: .numpy)
    /// let v = try Tensor([1.0, 1.0], dialect: .numpy)
    /// try m.numpyMatmul(v)      // [3., 7.], shape [2]
    /// ```
    ///
    /// - Throws: numpy's `ValueError` for 0-d operands or mismatched core dimensions.
    public func numpyMatmul(_ other: Tensor) throws(TensorError) -> Tensor {
        if trace != nil || other.trace != nil {
            return try untraced.numpyMatmul(other.untraced)
        }
        let signature = "(n?,k),(k,m?)->(n?,m?)"
        for (index, operand) in [self, other].enumerated() where operand.rank == 0 {
            throw TensorError(
                .value,
                message:
                    "matmul: Input operand \(index) does not have enough dimensions (has 0, "
                    + "gufunc core with signature \(signature) requires 1)")
        }
        var common = DType.numpyPromote(dtype, other.dtype)
        let isBool = common == .bool
        if isBool { common = .int64 }
        let left =
            rank == 1
            ? try castUnchecked(to: common).reshaped([1, count]) : castUnchecked(to: common)
        let right =
            other.rank == 1
            ? try other.castUnchecked(to: common).reshaped([other.count, 1])
            : other.castUnchecked(to: common)
        let k = left.shape[left.rank - 1]
        let k2 = right.shape[right.rank - 2]
        guard k == k2 else {
            throw TensorError(
                .value,
                message:
                    "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc "
                    + "signature \(signature) (size \(k2) is different from \(k))")
        }
        var product: Tensor
        do {
            product = try left.matmul(right)
        } catch {
            if error.kind == .resourceExhausted { throw error }
            throw TensorError(
                .value,
                message:
                    "operands could not be broadcast together with shapes "
                    + "\(TensorError.tuple(shape).filter { $0 != " " }) "
                    + "\(TensorError.tuple(other.shape).filter { $0 != " " }) ")
        }
        if other.rank == 1 { product = try product.squeezed([-1]) }
        if rank == 1 { product = try product.squeezed([-1 - (other.rank == 1 ? 0 : 1)]) }
        if isBool {
            product = try Tensor.binary(
                .notEqual, product, Tensor(scalar: Int64(0)), dialect: .numpy)
        }
        return product
    }
}
