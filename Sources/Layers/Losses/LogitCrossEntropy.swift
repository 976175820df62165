import Tensors

/// The crossentropies of logits as TensorFlow's kernels compute them
/// (`tf.nn.sigmoid_cross_entropy_with_logits`, `tf.nn.softmax_cross_entropy_with_logits`,
/// `tf.nn.sparse_softmax_cross_entropy_with_logits`), composed from differentiable ops so
/// gradient tapes follow them.
enum LogitCrossEntropy {
    /// `max(x, 0) − x·z + log(1 + e^−|x|)`, elementwise.
    static func sigmoid(labels: Tensor, logits: Tensor) throws -> Tensor {
        guard labels.shape == logits.shape else {
            throw LayerError(
                .value,
                "`logits` and `labels` must have the same shape, received "
                    + "(\(logits.tensorShape) vs \(labels.tensorShape)).")
        }
        let zeros = try logits.zerosLike()
        let positive = try Tensor.binary(.greaterEqual, logits, zeros)
        let reluLogits = try Tensor.select(positive, logits, zeros)
        let negativeAbs = try Tensor.select(positive, logits.negated(), logits)
        return try (reluLogits - logits * labels) + negativeAbs.exp().unary(.log1p)
    }

    /// `Σ z·(log Σ e^(x − max) − (x − max))` along `axis`.
    static func softmax(labels: Tensor, logits: Tensor, axis: Int) throws -> Tensor {
        let maximum = try logits.stopGradient().reduced(.max, axes: [axis], keepDims: true)
        let shifted = try logits - maximum
        let logSum = try shifted.exp().reduced(.sum, axes: [axis], keepDims: true).log()
        return try (labels * (logSum - shifted)).reduced(.sum, axes: [axis])
    }

    /// `log Σ e^(x − max) − (x_label − max)` for each row of `logits` (`[rows, classes]`).
    static func sparseSoftmax(labels: Tensor, logits: Tensor) throws -> Tensor {
        guard logits.rank == 2, labels.rank == 1, labels.shape[0] == logits.shape[0] else {
            throw LayerError(
                .value,
                "`labels.shape` must equal `logits.shape` except for the last dimension. "
                    + "Received: labels.shape=\(labels.tensorShape) and "
                    + "logits.shape=\(logits.tensorShape)")
        }
        let classes = logits.shape[1]
        let indices = labels.cast(to: .int64)
        if let values = indices.scalars(as: Int64.self),
            let bad = values.first(where: { $0 < 0 || $0 >= Int64(classes) })
        {
            let op = "SparseSoftmaxCrossEntropyWithLogits"
            throw TensorError(
                .invalidArgument, op: op, kernel: op,
                message:
                    "Received a label value of \(bad) which is outside the valid range of "
                    + "[0, \(classes)).  Label values: "
                    + values.map(String.init).joined(separator: " "),
                nodeName: "")
        }
        let range = try Tensor.range(
            start: .int(0), limit: .int(Int64(classes)), delta: .int(1), dtype: .int64)
        let oneHot = try Tensor.binary(.equal, indices.expandingDims(-1), range)
            .cast(to: logits.dtype)
        return try softmax(labels: oneHot, logits: logits, axis: -1)
    }
}
