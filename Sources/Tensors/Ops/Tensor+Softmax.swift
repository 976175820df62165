extension Tensor {
    /// `exp(x) / sum(exp(x))` along `axis` (`tf.nn.softmax`), computed after subtracting
    /// each row's maximum so large inputs don't overflow.
    ///
    /// - Throws: `InvalidArgumentError` for non-float input or an axis out of range.
    public func softmax(axis: Int = -1) throws(TensorError) -> Tensor {
        try normalizedExponential(axis: axis, logarithm: false)
    }

    /// `x - log(sum(exp(x)))` along `axis` (`tf.nn.log_softmax`).
    public func logSoftmax(axis: Int = -1) throws(TensorError) -> Tensor {
        try normalizedExponential(axis: axis, logarithm: true)
    }

    private func normalizedExponential(axis: Int, logarithm: Bool) throws(TensorError) -> Tensor {
        guard trace != nil else { return try normalizedKernel(axis: axis, logarithm: logarithm) }
        return try Tensor.differentiable(logarithm ? "LogSoftmax" : "Softmax", inputs: [self]) {
            inputs throws(TensorError) in
            try inputs[0].normalizedKernel(axis: axis, logarithm: logarithm)
        } pullback: { operation, g, _ throws(TensorError) in
            // TensorFlow's `_SoftmaxGrad` and `_LogSoftmaxGrad`, along `axis`.
            let y = operation.output
            if logarithm {
                return [try g - g.reduced(.sum, axes: [axis], keepDims: true) * y.exp()]
            }
            return [try (g - (g * y).reduced(.sum, axes: [axis], keepDims: true)) * y]
        }
    }

    private func normalizedKernel(axis: Int, logarithm: Bool) throws(TensorError) -> Tensor {
        let op = logarithm ? "LogSoftmax" : "Softmax"
        guard dtype.isFloatingPoint else { throw TensorError.unsupportedType(op, dtype) }
        guard rank > 0 else {
            throw TensorError.kernel(op, "logits must have >= 1 dimension, got []")
        }
        guard axis >= -rank && axis < rank else {
            throw TensorError(
                .invalidArgument, op: op,
                message:
                    "`axis` must be in the range [\(-rank), \(rank)) where \(rank) is the number of dimensions in the input. Received: axis=\(axis)"
            )
        }
        let axis = axis < 0 ? axis + rank : axis
        let perm = (0..<rank).filter { $0 != axis } + [axis]
        let rows = try transposed(perm)
        let length = shape[axis]
        func compute<F: FloatMath>(_ values: [F]) -> [F] {
            var out = values
            let outer = length == 0 ? 0 : values.count / length
            for row in 0..<outer {
                let range = (row * length)..<((row + 1) * length)
                var largest = -F.infinity
                for index in range where values[index] > largest { largest = values[index] }
                if !largest.isFinite { largest = largest.isNaN ? largest : 0 }
                var sum = F.zeroValue
                for index in range {
                    let e = F.cExp(values[index] - largest)
                    out[index] = e
                    sum += e
                }
                if logarithm {
                    let logSum = F.cLog(sum)
                    for index in range { out[index] = values[index] - largest - logSum }
                } else {
                    for index in range { out[index] /= sum }
                }
            }
            return out
        }
        let result: Tensor
        switch rows.storage {
        case .float32(let v): result = Tensor(unchecked: rows.shape, .float32(compute(v)))
        case .float64(let v): result = Tensor(unchecked: rows.shape, .float64(compute(v)))
        default: throw TensorError.unsupportedType(op, dtype)
        }
        var inverse = Array(repeating: 0, count: rank)
        for (position, source) in perm.enumerated() { inverse[source] = position }
        return try result.transposed(inverse)
    }
}
