extension Tensor {
    /// The logistic loss of `logits` against `labels` (probabilities of the positive class),
    /// elementwise (`tf.nn.sigmoid_cross_entropy_with_logits`).
    ///
    /// Computed as TensorFlow composes it, without overflow for large logits:
    /// `max(x, 0) − x·z + log(1 + exp(−|x|))`; gradient tapes differentiate the composition.
    ///
    /// - Throws: TensorFlow's `ValueError` when the shapes differ (`` `logits` and `labels`
    ///   must have the same shape, received ((3,) vs (2,)). ``), and the errors of the ops
    ///   (mixed dtypes, integers).
    public static func sigmoidCrossEntropyWithLogits(labels: Tensor, logits: Tensor)
        throws(TensorError) -> Tensor
    {
        guard labels.shape == logits.shape else {
            throw TensorError(
                .value,
                message:
                    "`logits` and `labels` must have the same shape, received "
                    + "(\(logits.tensorShape) vs \(labels.tensorShape)).")
        }
        let zeros = try logits.zerosLike()
        let positive = try Tensor.binary(.greaterEqual, logits, zeros)
        let reluLogits = try select(positive, logits, zeros)
        let negativeAbs = try select(positive, -logits, logits)
        return try (reluLogits - logits * labels) + negativeAbs.exp().unary(.log1p)
    }

    /// The cross entropy of the softmax of `logits` against the distributions `labels`, along
    /// `axis` (`tf.nn.softmax_cross_entropy_with_logits`); the result drops that axis.
    ///
    /// Labels are converted to the logits' dtype and broadcast to them, as TensorFlow's kernel
    /// does. Gradient tapes record it: the gradient is `softmax(logits) − labels` for the
    /// logits and `−log_softmax(logits)` for the labels, times the upstream gradient.
    ///
    /// - Throws: TensorFlow's errors: `logits and labels must be broadcastable:
    ///   logits_size=[2,3] labels_size=[2,2]`, a non-float dtype.
    public static func softmaxCrossEntropyWithLogits(
        labels: Tensor, logits: Tensor, axis: Int = -1
    ) throws(TensorError) -> Tensor {
        let op = "SoftmaxCrossEntropyWithLogits"
        guard logits.dtype.isFloatingPoint else {
            throw TensorError.unsupportedType(op, logits.dtype)
        }
        guard logits.rank > 0 else {
            throw TensorError(
                .invalidArgument, op: "Slice", kernel: "Slice",
                message:
                    "Expected begin[0] == 0 (got -1) and size[0] == 0 (got 1) when "
                    + "input.dim_size(0) == 0")
        }
        let rank = logits.rank
        let axis = try normalizedAxis(axis, rank: rank, op: op)
        // The class axis last, as TensorFlow moves it.
        let perm = (0..<rank).filter { $0 != axis } + [axis]
        var x = try logits.transposed(perm)
        var z = try labels.cast(to: logits.dtype)
        if z.rank == rank { z = try z.transposed(perm) }
        let outShape = Array(x.shape.dropLast())
        let classes = x.shape[rank - 1]
        x = try x.reshaped([-1, classes])
        let labelRows = z.rank >= 1 ? z.count / Swift.max(z.shape.last ?? 1, 1) : 1
        let twoDimensional =
            try z.rank <= 1 ? z.reshaped([1, z.count]) : z.reshaped([labelRows, -1])
        guard
            let joined = try? Broadcast.shape(
                x.shape, twoDimensional.shape, op: op, dialect: .tensorflow),
            joined == x.shape
        else {
            throw TensorError.kernel(
                op,
                "logits and labels must be broadcastable: logits_size="
                    + "\(TensorError.bracketed(x.shape)) labels_size="
                    + TensorError.bracketed(twoDimensional.shape))
        }
        z = try twoDimensional.broadcast(to: x.shape)
        let loss = try crossEntropyRows(logits: x, labels: z, op: op)
        return try loss.reshaped(outShape)
    }

    /// The cross entropy of the softmax of `logits` against class indices `labels`
    /// (`tf.nn.sparse_softmax_cross_entropy_with_logits`): `labels` has the logits' shape
    /// without the last axis.
    ///
    /// Gradient tapes record it: the gradient is `softmax(logits) − one_hot(labels)` times
    /// the upstream gradient; labels have none.
    ///
    /// - Throws: TensorFlow's errors: `` `labels.shape` must equal `logits.shape` except for
    ///   the last dimension. …``, `Received a label value of 5 which is outside the valid
    ///   range of [0, 3).  Label values: 5 1`, non-integer labels, non-float logits.
    public static func sparseSoftmaxCrossEntropyWithLogits(labels: Tensor, logits: Tensor)
        throws(TensorError) -> Tensor
    {
        let op = "SparseSoftmaxCrossEntropyWithLogits"
        guard logits.rank > 0 else {
            throw TensorError(
                .value, message: "`logits` cannot be a scalar. Received logits=\(logits.numpyStr)`")
        }
        guard labels.rank == logits.rank - 1 else {
            throw TensorError(
                .value,
                message:
                    "`labels.shape.rank` must equal `logits.shape.rank - 1`. Received: "
                    + "labels.shape=\(labels.tensorShape) of rank \(labels.rank) and "
                    + "logits.shape=\(logits.tensorShape) of rank \(logits.rank)")
        }
        guard labels.shape == Array(logits.shape.dropLast()) else {
            throw TensorError(
                .value,
                message:
                    "`labels.shape` must equal `logits.shape` except for the last dimension. "
                    + "Received: labels.shape=\(labels.tensorShape) and "
                    + "logits.shape=\(logits.tensorShape)")
        }
        guard labels.dtype.isInteger else {
            throw TensorError(
                .invalidArgument, op: op,
                message:
                    "Value for attr 'Tlabels' of \(labels.dtype.kernelName) is not in the list of "
                    + "allowed values: int32, int64\n\t; NodeDef: {{node \(op)}}; "
                    + (OpDefinition.table[op]?.definition ?? ""),
                nodeName: "")
        }
        guard logits.dtype.isFloatingPoint else {
            throw TensorError.unsupportedType(op, logits.dtype)
        }
        let classes = logits.shape[logits.rank - 1]
        let classIndices = try indexValues(labels, op: op, attribute: "Tlabels")
        if let bad = classIndices.first(where: { $0 < 0 || $0 >= classes }) {
            throw TensorError.kernel(
                op,
                "Received a label value of \(bad) which is outside the valid range of "
                    + "[0, \(classes)).  Label values: "
                    + classIndices.map(String.init).joined(separator: " "))
        }
        let rows = try logits.reshaped([-1, classes])
        let oneHot = try oneHotRows(classIndices, classes: classes, dtype: logits.dtype)
        let loss = try crossEntropyRows(logits: rows, labels: oneHot, op: op, sparse: true)
        return try loss.reshaped(labels.shape)
    }

    /// One-hot rows of `dtype` for class indices known to be in range.
    private static func oneHotRows(_ indices: [Int], classes: Int, dtype: DType) throws(TensorError)
        -> Tensor
    {
        var flags = [Double](repeating: 0, count: indices.count * classes)
        for (row, index) in indices.enumerated() { flags[row * classes + index] = 1 }
        return Tensor(unchecked: [indices.count, classes], .float64(flags)).cast(to: dtype)
    }

    /// The cross entropy of each row of `logits` (`[batch, classes]`) against the matching row
    /// of `labels`.
    ///
    /// Computed as TensorFlow's kernels compute it, `Σ z·(log Σ exp(x − max) − (x − max))`,
    /// and recorded with the logits' gradient `softmax − labels` (and, unless `sparse`, the
    /// labels' gradient `−log_softmax`).
    private static func crossEntropyRows(
        logits: Tensor, labels: Tensor, op: String, sparse: Bool = false
    ) throws(TensorError) -> Tensor {
        let kernel = { (x: Tensor, z: Tensor) throws(TensorError) -> Tensor in
            let shifted = try x - x.reduced(.max, axes: [1], keepDims: true)
            let logSum = try shifted.exp().reduced(.sum, axes: [1], keepDims: true).log()
            return try (z * (logSum - shifted)).reduced(.sum, axes: [1])
        }
        let inputs = sparse ? [logits] : [logits, labels]
        guard inputs.contains(where: { $0.trace != nil }) else { return try kernel(logits, labels) }
        let fixedLabels = labels.untraced
        return try differentiable(op, inputs: inputs) { plain throws(TensorError) in
            try kernel(plain[0], sparse ? fixedLabels : plain[1])
        } pullback: { operation, g, wanted throws(TensorError) in
            let x = operation.inputs[0]
            let z = sparse ? fixedLabels : operation.inputs[1]
            let upstream = try g.expandingDims(-1)
            var gradients: [Tensor?] = []
            if wanted[0] {
                let e = try (x - x.reduced(.max, axes: [1], keepDims: true).stopGradient()).exp()
                let probabilities = try e / e.reduced(.sum, axes: [1], keepDims: true)
                gradients.append(try upstream * (probabilities - z))
            } else {
                gradients.append(nil)
            }
            if !sparse {
                gradients.append(wanted[1] ? try upstream * -x.logSoftmax(axis: 1) : nil)
            }
            return gradients
        }
    }
}
