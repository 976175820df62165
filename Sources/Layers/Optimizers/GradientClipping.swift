import Tensors

/// TensorFlow's gradient clipping, computed as TensorFlow composes it (`tf.clip_by_norm`,
/// `tf.clip_by_global_norm`), for the optimizers' `clipnorm` and `global_clipnorm`.
enum GradientClipping {
    /// `tensor` rescaled so its L2 norm is at most `clipNorm`: `t · c / max(‖t‖, c)`, with a
    /// zero tensor left as it is.
    static func clipByNorm(_ tensor: Tensor, _ clipNorm: Double) throws -> Tensor {
        let squares = try tensor * tensor
        let l2sum = try squares.reduced(.sum, axes: nil, keepDims: true)
        let positive = try Tensor.binary(.greater, l2sum, Optimizer.constant(0, tensor.dtype))
        let safe = try Tensor.select(positive, l2sum, l2sum.onesLike())
        let l2norm = try Tensor.select(positive, safe.sqrt(), l2sum)
        let clip = Optimizer.constant(clipNorm, tensor.dtype)
        return try (tensor * clip) / l2norm.maximum(clip)
    }

    /// `tensors` scaled together so that their global norm `√(Σ‖t‖²)` is at most `clipNorm`.
    static func clipByGlobalNorm(_ tensors: [Tensor], _ clipNorm: Double) throws -> [Tensor] {
        guard let dtype = tensors.first?.dtype else { return tensors }
        // TensorFlow sums half squared norms (its L2Loss kernel: Σ t²·½), then doubles.
        let half = Optimizer.constant(0.5, dtype)
        let halves = try tensors.map { try ($0.square() * half).reduced(.sum) }
        let total = try Tensor.stack(halves).reduced(.sum)
        let norm = try (total * Optimizer.constant(2, dtype)).sqrt()
        let one = Optimizer.constant(1, dtype)
        let clip = Optimizer.constant(clipNorm, dtype)
        let finite = try clip * (one / norm).minimum(one / clip)
        let scale = try finite + (norm - norm)
        return try tensors.map {
            try $0 * (scale.dtype == $0.dtype ? scale : scale.cast(to: $0.dtype))
        }
    }
}
