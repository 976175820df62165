extension Tensor {
    /// The index of the largest element along `axis`, as `int64` (`tf.math.argmax`).
    ///
    /// Ties give the first index. TensorFlow skips NaN (a NaN is never larger); numpy
    /// (`dialect: .numpy`) returns the first NaN's index, and with `axis: nil` searches the
    /// flattened tensor.
    ///
    /// - Throws: `InvalidArgumentError` for an axis out of range (`Expected dimension in the
    ///   range [-2, 2), but got 2`), an empty axis, or `bool` input.
    public func argmax(axis: Int? = 0, dialect: Dialect = .tensorflow) throws(TensorError)
        -> Tensor
    {
        try argReduction(largest: true, axis: axis, dialect: dialect)
    }

    /// The index of the smallest element along `axis`, as `int64` (`tf.math.argmin`).
    public func argmin(axis: Int? = 0, dialect: Dialect = .tensorflow) throws(TensorError)
        -> Tensor
    {
        try argReduction(largest: false, axis: axis, dialect: dialect)
    }

    private func argReduction(largest: Bool, axis: Int?, dialect: Dialect) throws(TensorError)
        -> Tensor
    {
        if trace != nil {
            return try untraced.argReduction(largest: largest, axis: axis, dialect: dialect)
        }
        let op = largest ? "ArgMax" : "ArgMin"
        guard let requested = axis else {
            return try reshaped([count]).argReduction(largest: largest, axis: 0, dialect: dialect)
        }
        let rank = max(self.rank, 1)
        guard requested >= -rank && requested < rank else {
            if dialect == .numpy {
                throw TensorError(
                    .index,
                    message:
                        "axis \(requested) is out of bounds for array of dimension \(self.rank)")
            }
            throw TensorError.kernel(
                op, "Expected dimension in the range [\(-rank), \(rank)), but got \(requested)")
        }
        if dtype == .bool && dialect == .tensorflow {
            throw TensorError.unsupportedType(op, .bool)
        }
        let source = self.rank == 0 ? try reshaped([1]) : self
        let axis = requested < 0 ? requested + rank : requested
        let length = source.shape[axis]
        if length == 0 {
            if dialect == .numpy {
                throw TensorError(
                    .value,
                    message: "attempt to get \(largest ? "argmax" : "argmin") of an empty sequence")
            }
            throw TensorError.kernel(
                op,
                "Reduction axis \(axis) is empty in shape \(TensorError.bracketed(source.shape))")
        }
        var outShape = source.shape
        outShape.remove(at: axis)
        let rows = try source.transposed(
            (0..<source.rank).filter { $0 != axis } + [axis])
        let values = rows.castUnchecked(to: .float64)
        let numbers: [Double] = Double.unwrap(values.storage) ?? []
        // Integers above 2⁵³ lose precision as doubles; compare them exactly instead.
        let exact: [Int64]? = {
            if case .int64(let v) = rows.storage { return v }
            return nil
        }()
        let outputs = outShape.reduce(1, *)
        var result: [Int64] = []
        result.reserveCapacity(outputs)
        for row in 0..<outputs {
            let base = row * length
            var best = 0
            for index in 1..<max(length, 1) {
                let candidate = base + index
                let current = base + best
                if let exact {
                    if largest
                        ? exact[candidate] > exact[current] : exact[candidate] < exact[current]
                    {
                        best = index
                    }
                    continue
                }
                let x = numbers[candidate]
                let y = numbers[current]
                if dialect == .numpy {
                    if y.isNaN { break }
                    if x.isNaN {
                        best = index
                        break
                    }
                }
                if largest ? x > y : x < y { best = index }
            }
            result.append(Int64(best))
        }
        return Tensor(unchecked: outShape, .int64(result))
    }

    /// Running sums along `axis` (`tf.math.cumsum`).
    ///
    /// With `exclusive`, each position excludes its own element; with `reverse`, sums run from
    /// the end.
    public func cumsum(axis: Int = 0, exclusive: Bool = false, reverse: Bool = false)
        throws(TensorError) -> Tensor
    {
        try scan(product: false, axis: axis, exclusive: exclusive, reverse: reverse)
    }

    /// Running products along `axis` (`tf.math.cumprod`), with `exclusive` and `reverse` as
    /// in `cumsum`.
    public func cumprod(axis: Int = 0, exclusive: Bool = false, reverse: Bool = false)
        throws(TensorError) -> Tensor
    {
        try scan(product: true, axis: axis, exclusive: exclusive, reverse: reverse)
    }

    private func scan(product: Bool, axis: Int, exclusive: Bool, reverse: Bool)
        throws(TensorError) -> Tensor
    {
        guard trace != nil else {
            return try scanKernel(
                product: product, axis: axis, exclusive: exclusive, reverse: reverse)
        }
        return try Tensor.differentiable(product ? "Cumprod" : "Cumsum", inputs: [self]) {
            inputs throws(TensorError) in
            try inputs[0].scanKernel(
                product: product, axis: axis, exclusive: exclusive, reverse: reverse)
        } pullback: { operation, upstream, _ throws(TensorError) in
            [
                try Tensor.scanGradient(
                    operation, upstream, product: product, axis: axis, exclusive: exclusive,
                    reverse: reverse)
            ]
        }
    }

    private func scanKernel(product: Bool, axis: Int, exclusive: Bool, reverse: Bool)
        throws(TensorError) -> Tensor
    {
        let op = product ? "Cumprod" : "Cumsum"
        guard axis >= -rank && axis < rank else {
            throw TensorError.kernel(
                op, "ScanOp: Expected scan axis in the range [\(-rank), \(rank)), but got \(axis)")
        }
        if dtype == .bool { throw TensorError.unsupportedType(op, .bool) }
        let axis = axis < 0 ? axis + rank : axis
        let length = shape[axis]
        let inner = shape[(axis + 1)...].reduce(1, *)
        let outer = shape[..<axis].reduce(1, *)
        func scan<T: TensorNumeric>(_ values: [T], _ combine: (T, T) -> T) -> [T] {
            var out = values
            for o in 0..<outer {
                for i in 0..<inner {
                    var running = product ? T.oneValue : T.zeroValue
                    for step in 0..<length {
                        let position = reverse ? length - 1 - step : step
                        let index = (o * length + position) * inner + i
                        let value = values[index]
                        if exclusive {
                            out[index] = running
                            running = combine(running, value)
                        } else {
                            running = combine(running, value)
                            out[index] = running
                        }
                    }
                }
            }
            return out
        }
        switch storage {
        case .float32(let v):
            return Tensor(unchecked: shape, .float32(scan(v, product ? (*) : (+))))
        case .float64(let v):
            return Tensor(unchecked: shape, .float64(scan(v, product ? (*) : (+))))
        case .int32(let v): return Tensor(unchecked: shape, .int32(scan(v, product ? (&*) : (&+))))
        case .int64(let v): return Tensor(unchecked: shape, .int64(scan(v, product ? (&*) : (&+))))
        case .bool: throw TensorError.unsupportedType(op, .bool)
        }
    }
}
