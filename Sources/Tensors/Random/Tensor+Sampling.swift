extension Tensor {
    /// The tensor with its slices along the first axis in a random order (`tf.random.shuffle`).
    ///
    /// The order comes from `generator` (a Fisher–Yates shuffle, one word per swap). A 0-d
    /// tensor comes back unchanged; tapes don't follow the result.
    public func shuffled(using generator: inout RandomGenerator) throws(TensorError) -> Tensor {
        guard rank > 0, shape[0] > 1 else { return untraced }
        let rows = shape[0]
        var order = Array(0..<rows)
        let words = generator.nextWords(rows - 1)
        for (step, i) in stride(from: rows - 1, to: 0, by: -1).enumerated() {
            let j = Int(words[step] % UInt32(i + 1))
            order.swapAt(i, j)
        }
        let indices = Tensor(unchecked: [rows], .int64(order.map { Int64($0) }))
        return try untraced.gather(indices)
    }

    /// Samples of class indices from the categorical distributions whose unnormalized log
    /// probabilities are the rows of `logits` (`[batch, classes]`) (`tf.random.categorical`):
    /// `[batch, numSamples]` indices of `dtype` (int64 or int32), drawn from `generator`.
    ///
    /// Each draw is a uniform number placed on the row's cumulative distribution (TensorFlow's
    /// method; the numbers differ from TensorFlow's, whose generator is seeded differently).
    ///
    /// - Throws: TensorFlow's errors: `logits should be a matrix, got shape [2]`,
    ///   `num_samples should be nonnegative, got -1`, `num_classes should be positive, got 0`,
    ///   and `ValueError` for a dtype other than int32 and int64.
    public static func categorical(
        logits: Tensor, numSamples: Int, dtype: DType = .int64,
        using generator: inout RandomGenerator
    ) throws(TensorError) -> Tensor {
        let op = "Multinomial"
        guard dtype.isInteger else {
            throw TensorError(
                .value,
                message:
                    "Argument `dtype` got invalid value <dtype: '\(dtype)'>. Accepted dtypes are "
                    + "(tf.int32, tf.int64).")
        }
        guard logits.dtype.isFloatingPoint else {
            throw TensorError.unsupportedType(op, logits.dtype)
        }
        guard logits.rank == 2 else {
            throw TensorError.kernel(
                op, "logits should be a matrix, got shape \(TensorError.bracketed(logits.shape))")
        }
        guard numSamples >= 0 else {
            throw TensorError.kernel(op, "num_samples should be nonnegative, got \(numSamples)")
        }
        let (batch, classes) = (logits.shape[0], logits.shape[1])
        guard classes > 0 else {
            throw TensorError.kernel(op, "num_classes should be positive, got \(classes)")
        }
        let outShape = [batch, numSamples]
        _ = try TensorLimits.checkedCount(outShape, dtype, op: op)
        let values = logits.cast(to: .float64).scalars(as: Double.self) ?? []
        var samples: [Int64] = []
        samples.reserveCapacity(batch * numSamples)
        for row in 0..<batch {
            let slice = values[(row * classes)..<((row + 1) * classes)]
            let largest = slice.filter(\.isFinite).max() ?? 0
            var cumulative: [Double] = []
            var total = 0.0
            for value in slice {
                total += value.isFinite ? Double.cExp(value - largest) : 0
                cumulative.append(total)
            }
            let words = generator.nextWords(2 * numSamples)
            for sample in 0..<numSamples {
                let u = RandomGenerator.unitDouble(words[2 * sample], words[2 * sample + 1]) * total
                let chosen = cumulative.firstIndex { $0 > u } ?? (classes - 1)
                samples.append(Int64(chosen))
            }
        }
        let result = Tensor(unchecked: outShape, .int64(samples))
        return dtype == .int64 ? result : result.cast(to: dtype)
    }
}
