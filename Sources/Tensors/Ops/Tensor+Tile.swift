extension Tensor {
    /// The tensor repeated `multiples[i]` times along each axis `i` (`tf.tile`).
    ///
    /// Gradient tapes record it: the gradient adds up the copies.
    ///
    /// - Throws: TensorFlow's `InvalidArgumentError`s: `Expected multiples argument to be a
    ///   vector of length 2 but got length 3`, `Expected multiples[1] >= 0, but got -2`.
    public func tiled(_ multiples: [Int]) throws(TensorError) -> Tensor {
        func error(_ message: String) -> TensorError {
            TensorError(.invalidArgument, op: "Tile", kernel: "Tile", message: message)
        }
        guard multiples.count == rank else {
            throw error(
                "Expected multiples argument to be a vector of length \(rank) but got length "
                    + "\(multiples.count)")
        }
        for (axis, multiple) in multiples.enumerated() where multiple < 0 {
            throw error("Expected multiples[\(axis)] >= 0, but got \(multiple)")
        }
        let outShape = zip(shape, multiples).map { $0 * $1 }
        _ = try TensorLimits.checkedCount(outShape, dtype, op: "Tile")
        // Viewed as [m₀, d₀, m₁, d₁, …] with stride 0 along each mᵢ: one gather.
        let strides = ArrayPrinter.rowMajorStrides(shape)
        let view = StridedView(
            shape: zip(multiples, shape).flatMap { [$0, $1] },
            strides: strides.flatMap { [0, $0] }, offset: 0)
        guard trace != nil else { return Tensor(unchecked: outShape, storage.gather(view)) }
        return try Tensor.differentiable("Tile", inputs: [self]) { inputs in
            Tensor(unchecked: outShape, inputs[0].storage.gather(view))
        } pullback: { operation, g, _ throws(TensorError) in
            let x = operation.inputs[0]
            let split = try g.reshaped(zip(multiples, x.shape).flatMap { [$0, $1] })
            let copies = Array(stride(from: 0, to: 2 * x.rank, by: 2))
            return [try split.reduced(.sum, axes: copies).reshaped(x.shape)]
        }
    }
}
