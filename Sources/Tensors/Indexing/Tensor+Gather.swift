extension Tensor {
    /// The slices of this tensor at `indices` along `axis` (`tf.gather`; with `axis` 0,
    /// `tf.nn.embedding_lookup`): the result's shape is this shape with the axis replaced by
    /// the shape of `indices`.
    ///
    /// Gradient tapes record it. TensorFlow's gradient with respect to the gathered tensor is
    /// an `IndexedSlices` (the upstream rows with their indices) when `axis` is 0; this
    /// library returns the same gradient dense, the rows added at their indices (what
    /// `tf.convert_to_tensor` makes of the `IndexedSlices`).
    ///
    /// - Throws: TensorFlow's `InvalidArgumentError`s: `indices[1] = 5 is not in [0, 3)`,
    ///   `params must be at least 1 dimensional`, `Shape must be at least rank 3 but is rank 2`
    ///   for an axis out of range, and non-integer indices; `NotImplementedError` for
    ///   `batchDims` other than 0.
    public func gather(_ indices: Tensor, axis: Int = 0, batchDims: Int = 0) throws(TensorError)
        -> Tensor
    {
        guard batchDims == 0 else {
            throw TensorError(
                .notImplemented, message: "lit does not implement tf.gather with batch_dims yet")
        }
        let positions = try Tensor.indexValues(indices, op: "GatherV2", attribute: "Tindices")
        guard rank > 0 else {
            throw TensorError(
                .invalidArgument, op: "GatherV2", kernel: "GatherV2",
                message: "params must be at least 1 dimensional")
        }
        guard axis >= -rank && axis < rank else {
            let needed = axis < 0 ? -axis : axis + 1
            throw TensorError(
                .invalidArgument, op: "GatherV2", kernel: "GatherV2",
                message: "Shape must be at least rank \(needed) but is rank \(rank)")
        }
        let axis = axis < 0 ? axis + rank : axis
        let size = shape[axis]
        for (position, index) in positions.enumerated() where index < 0 || index >= size {
            throw TensorError(
                .invalidArgument, op: "GatherV2", kernel: "GatherV2",
                message: (indices.rank == 0
                    ? "indices" : "indices[\(Tensor.multiIndex(position, in: indices.shape))]")
                    + " = \(index) is not in [0, \(size))")
        }
        let outShape = Array(shape[..<axis]) + indices.shape + Array(shape[(axis + 1)...])
        _ = try TensorLimits.checkedCount(outShape, dtype, op: "GatherV2")
        let gatherRows = { (params: Tensor) -> Tensor in
            let outer = params.shape[..<axis].reduce(1, *)
            let inner = params.shape[(axis + 1)...].reduce(1, *)
            func take<T>(_ values: [T]) -> [T] {
                var result: [T] = []
                result.reserveCapacity(outer * positions.count * inner)
                for o in 0..<outer {
                    for index in positions {
                        let start = (o * size + index) * inner
                        result.append(contentsOf: values[start..<(start + inner)])
                    }
                }
                return result
            }
            switch params.storage {
            case .float32(let v): return Tensor(unchecked: outShape, .float32(take(v)))
            case .float64(let v): return Tensor(unchecked: outShape, .float64(take(v)))
            case .int32(let v): return Tensor(unchecked: outShape, .int32(take(v)))
            case .int64(let v): return Tensor(unchecked: outShape, .int64(take(v)))
            case .bool(let v): return Tensor(unchecked: outShape, .bool(take(v)))
            }
        }
        guard trace != nil else { return gatherRows(self) }
        let plainIndices = indices.untraced
        return try Tensor.differentiable("GatherV2", inputs: [self]) { inputs in
            gatherRows(inputs[0])
        } pullback: { operation, g, _ throws(TensorError) in
            [
                try Tensor.gatherGradient(
                    g, plainIndices, axis: axis, paramsShape: operation.inputs[0].shape)
            ]
        }
    }

    /// The dense gradient of a gather along `axis`: the upstream slices added at their indices,
    /// through `unsortedSegmentSum` with the axis moved to the front and back.
    private static func gatherGradient(
        _ g: Tensor, _ indices: Tensor, axis: Int, paramsShape: [Int]
    ) throws(TensorError) -> Tensor {
        let indexRank = indices.rank
        // g: outer (axis) + indices + inner → indices + outer + inner.
        let perm =
            Array(axis..<(axis + indexRank)) + Array(0..<axis)
            + Array((axis + indexRank)..<g.rank)
        let front = try g.transposed(perm)
        let summed = try unsortedSegmentSum(front, segmentIDs: indices, count: paramsShape[axis])
        // summed: [N] + outer + inner → outer + [N] + inner.
        let back = Array(1..<(axis + 1)) + [0] + Array((axis + 1)..<summed.rank)
        return try summed.transposed(back)
    }

    /// The sums of the slices of `data` that share a segment id (`tf.math.unsorted_segment_sum`):
    /// `data`'s shape starts with `segmentIDs`' shape, and the result has `count` rows of the
    /// remaining shape; slices with a negative id are dropped.
    ///
    /// Gradient tapes record it (the gradient gathers the upstream rows by id).
    ///
    /// - Throws: TensorFlow's `InvalidArgumentError`s: `segment_ids[1] = 5 is out of range
    ///   [0, 3)`, `data.shape = [3,2] does not start with segment_ids.shape = [2]`, non-integer
    ///   ids, `bool` data.
    public static func unsortedSegmentSum(_ data: Tensor, segmentIDs: Tensor, count: Int)
        throws(TensorError) -> Tensor
    {
        let op = "UnsortedSegmentSum"
        let ids = try indexValues(segmentIDs, op: op, attribute: "Tindices")
        if data.dtype == .bool { throw TensorError.unsupportedType(op, .bool) }
        guard data.shape.starts(with: segmentIDs.shape) else {
            throw TensorError(
                .invalidArgument, op: op, kernel: op,
                message:
                    "data.shape = \(TensorError.bracketed(data.shape)) does not start with "
                    + "segment_ids.shape = \(TensorError.bracketed(segmentIDs.shape))")
        }
        for (position, id) in ids.enumerated() where id >= count {
            throw TensorError(
                .invalidArgument, op: op, kernel: op,
                message: "segment_ids[\(position)] = \(id) is out of range [0, \(count))")
        }
        let inner = Array(data.shape[segmentIDs.rank...])
        let outShape = [count] + inner
        _ = try TensorLimits.checkedCount(outShape, data.dtype, op: op)
        let width = inner.reduce(1, *)
        let sum = { (values: Tensor) -> Tensor in
            func add<T: TensorNumeric>(_ v: [T], _ plus: (T, T) -> T) -> [T] {
                var result = [T](repeating: T.zeroValue, count: count * width)
                for (position, id) in ids.enumerated() where id >= 0 {
                    for k in 0..<width {
                        result[id * width + k] = plus(
                            result[id * width + k], v[position * width + k])
                    }
                }
                return result
            }
            switch values.storage {
            case .float32(let v): return Tensor(unchecked: outShape, .float32(add(v, +)))
            case .float64(let v): return Tensor(unchecked: outShape, .float64(add(v, +)))
            case .int32(let v): return Tensor(unchecked: outShape, .int32(add(v, &+)))
            case .int64(let v): return Tensor(unchecked: outShape, .int64(add(v, &+)))
            case .bool: return values
            }
        }
        guard data.trace != nil else { return sum(data) }
        let plainIDs = segmentIDs.untraced
        return try differentiable(op, inputs: [data]) { inputs in
            sum(inputs[0])
        } pullback: {
            _, g, _ throws(TensorError) in
            // TensorFlow's `_GatherDropNegatives`: rows of dropped slices get zeros.
            let clipped = try plainIDs.maximum(plainIDs.scalar(0))
            let gathered = try g.gather(clipped)
            let kept = try Tensor.binary(.greaterEqual, plainIDs, plainIDs.scalar(0))
                .reshaped(plainIDs.shape + Array(repeating: 1, count: inner.count))
            return [try select(kept, gathered, g.scalar(0))]
        }
    }

    /// The integer values of an index tensor.
    ///
    /// - Throws: TensorFlow's attribute error for a non-integer dtype.
    static func indexValues(_ indices: Tensor, op: String, attribute: String) throws(TensorError)
        -> [Int]
    {
        switch indices.storage {
        case .int32(let v): return v.map { Int($0) }
        case .int64(let v): return v.map { Int($0) }
        default:
            let definition: String
            if op == "GatherV2" {
                definition =
                    "Op<name=GatherV2; signature=params:Tparams, indices:Tindices, axis:Taxis -> "
                    + "output:Tparams; attr=batch_dims:int,default=0; attr=Tparams:type; "
                    + "attr=Tindices:type,allowed=[DT_INT16, DT_INT32, DT_INT64]; "
                    + "attr=Taxis:type,allowed=[DT_INT32, DT_INT64]>"
            } else {
                definition = OpDefinition.table[op]?.definition ?? ""
            }
            throw TensorError(
                .invalidArgument, op: op,
                message:
                    "Value for attr '\(attribute)' of \(indices.dtype.kernelName) is not in the "
                    + "list of allowed values: int16, int32, int64\n\t; NodeDef: {{node \(op)}}; "
                    + definition)
        }
    }

    /// The position `offset` of a row-major tensor of `shape` as TensorFlow writes it in
    /// index errors: `1,0`.
    static func multiIndex(_ offset: Int, in shape: [Int]) -> String {
        var rest = offset
        var parts: [Int] = []
        for size in shape.reversed() {
            parts.append(size == 0 ? 0 : rest % size)
            rest = size == 0 ? rest : rest / size
        }
        return parts.reversed().map(String.init).joined(separator: ",")
    }
}
