/// How `Tensor.meshgrid` orders its first two axes.
public enum MeshgridIndexing: String, Sendable {
    /// Cartesian indexing (`"xy"`): the first input varies along the second axis.
    case xy
    /// Matrix indexing (`"ij"`): the `i`-th input varies along axis `i`.
    case ij
}

extension Tensor {
    /// `num` evenly spaced values from `start` to `stop`, both included, along a new axis at
    /// `axis` (`tf.linspace`).
    ///
    /// Computed as TensorFlow composes it, so the values agree to the last digit: `delta =
    /// (stop − start) / (num − 1)` and `start + delta·i` between the two ends, in the dtype of
    /// `start` (float64 for integers, as TensorFlow's division gives). `start` and `stop` may
    /// be tensors of broadcastable shapes; gradient tapes differentiate the composition.
    ///
    /// - Throws: TensorFlow's errors, such as `Requires start <= limit when delta > 0: 1/-1`
    ///   for a negative `num`.
    public static func linspace(start: Tensor, stop: Tensor, num: Int, axis: Int = 0)
        throws(TensorError) -> Tensor
    {
        let stop = stop.cast(to: start.dtype)
        let shape = try Broadcast.shape(
            start.shape, stop.shape, op: "BroadcastArgs", dialect: .tensorflow)
        let first = try start.broadcast(to: shape).expandingDims(axis)
        let last = try stop.broadcast(to: shape).expandingDims(axis)
        let rank = first.rank
        let axis = axis < 0 ? axis + rank : axis
        let fill = Swift.max(num - 2, 0)
        let steps = Swift.max(num - 1, 1)
        let stepsTensor = Tensor(scalar: Int64(steps)).cast(to: last.dtype)
        let delta = try (last - first) / stepsTensor
        let low = first.cast(to: delta.dtype)
        let high = last.cast(to: delta.dtype)
        let rangeEnd = num >= 0 ? steps : -1
        var rangeShape = Array(repeating: 1, count: rank)
        rangeShape[axis] = fill
        let positions = try Tensor.range(
            start: .int(1), limit: .int(Int64(rangeEnd)), dtype: .int64
        ).cast(to: delta.dtype).reshaped(rangeShape)
        let middle = try low + delta * positions
        let joined = try concat([low, middle, high], axis: axis)
        var indices = Array(repeating: TensorIndex.all, count: rank)
        indices[axis] = .slice(start: 0, stop: num, step: 1)
        return try joined.slice(indices)
    }

    /// Coordinate grids from 1-D coordinate vectors (`tf.meshgrid`): for `n` inputs of
    /// lengths `l₀ … lₙ₋₁`, `n` tensors of shape `[l₀, …, lₙ₋₁]` (with the first two swapped
    /// for `.xy`), input `i` repeated along every other axis.
    ///
    /// Computed as TensorFlow composes it (each input reshaped, times ones of the grid's
    /// shape in the first input's dtype), so mixed dtypes fail as TensorFlow's do.
    public static func meshgrid(_ inputs: [Tensor], indexing: MeshgridIndexing = .xy)
        throws(TensorError) -> [Tensor]
    {
        guard let firstInput = inputs.first else { return [] }
        let count = inputs.count
        var outputs: [Tensor] = []
        for (index, input) in inputs.enumerated() {
            var shape = Array(repeating: 1, count: count)
            shape[index] = -1
            outputs.append(try input.reshaped(shape))
        }
        var sizes = inputs.map(\.count)
        if indexing == .xy && count > 1 {
            let rest = Array(repeating: 1, count: count - 2)
            outputs[0] = try outputs[0].reshaped([1, -1] + rest)
            outputs[1] = try outputs[1].reshaped([-1, 1] + rest)
            sizes.swapAt(0, 1)
        }
        let ones = try Tensor.ones(sizes, dtype: firstInput.dtype)
        return try outputs.map { output throws(TensorError) in try output * ones }
    }
}
