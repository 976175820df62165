extension Tensor {
    /// The same elements in a new shape; one dimension may be -1 to be inferred
    /// (`tf.reshape`).
    ///
    /// - Throws: `InvalidArgumentError` with TensorFlow's text (`Input to reshape is a tensor
    ///   with 6 values, but the requested shape has 8`), or numpy's `ValueError` (`cannot
    ///   reshape array of size 6 into shape (4,2)`) with `dialect: .numpy`.
    public func reshaped(_ newShape: [Int], dialect: Dialect = .tensorflow) throws(TensorError)
        -> Tensor
    {
        let resolved = try resolveReshape(newShape, dialect: dialect)
        guard trace != nil, dialect == .tensorflow else {
            return Tensor(unchecked: resolved, storage)
        }
        return try Tensor.differentiable("Reshape", inputs: [self]) { inputs in
            Tensor(unchecked: resolved, inputs[0].storage)
        } pullback: { operation, upstream, _ throws(TensorError) in
            [try upstream.reshaped(operation.inputs[0].shape)]
        }
    }

    private func resolveReshape(_ sizes: [Int], dialect: Dialect) throws(TensorError) -> [Int] {
        func numpyError() -> TensorError {
            let shown = sizes.filter { $0 != -1 }.map(String.init).joined(separator: ",")
            return TensorError(
                .value, message: "cannot reshape array of size \(count) into shape (\(shown))")
        }
        var product = 1
        var unknown: Int?
        var hasZero = false
        for (index, size) in sizes.enumerated() {
            if size == -1 {
                if let first = unknown {
                    if dialect == .numpy {
                        throw TensorError(.value, message: "can only specify one unknown dimension")
                    }
                    throw reshapeError(
                        "Only one input size may be -1, not both \(first) and \(index)")
                }
                unknown = index
            } else if size < 0 {
                if dialect == .numpy { throw numpyError() }
                throw reshapeError("Size \(index) must be non-negative, not \(size)")
            } else if size == 0 {
                hasZero = true
            } else {
                let (next, overflow) = product.multipliedReportingOverflow(by: size)
                if overflow { throw TensorLimits.outOfMemory(sizes, dtype, op: "Reshape") }
                product = next
            }
        }
        var resolved = sizes
        if let unknown {
            var inputCount = 1
            var inputHasZero = false
            for dimension in shape {
                if dimension > 0 || !hasZero {
                    inputCount *= dimension
                } else {
                    inputHasZero = true
                }
            }
            let missing = product == 0 ? 0 : inputCount / product
            if !inputHasZero && product * missing != inputCount {
                if dialect == .numpy { throw numpyError() }
                throw reshapeError(
                    "Input to reshape is a tensor with \(inputCount) values, but the requested "
                        + "shape requires a multiple of \(product)")
            }
            resolved[unknown] = missing
        }
        let requested = hasZero ? 0 : resolved.reduce(1, *)
        if requested != count {
            if dialect == .numpy { throw numpyError() }
            throw reshapeError(
                "Input to reshape is a tensor with \(count) values, but the requested shape has "
                    + "\(requested)")
        }
        return resolved
    }

    private func reshapeError(_ message: String) -> TensorError {
        TensorError(.invalidArgument, op: "Reshape", kernel: "Reshape", message: message)
    }

    /// The axes permuted: axis `i` of the result is axis `perm[i]` of this tensor; the default
    /// reverses the axes (`tf.transpose`).
    ///
    /// - Throws: `InvalidArgumentError` for a permutation of the wrong size, a repeated or
    ///   out-of-range axis.
    public func transposed(_ perm: [Int]? = nil) throws(TensorError) -> Tensor {
        let perm = perm ?? Array((0..<rank).reversed())
        func error(_ message: String) -> TensorError {
            TensorError(.invalidArgument, op: "Transpose", kernel: "Transpose", message: message)
        }
        guard perm.count == rank else {
            throw error(
                "transpose expects a vector of size \(rank). But input(1) is a vector of size "
                    + "\(perm.count)")
        }
        var seen = Array(repeating: false, count: rank)
        for axis in perm {
            guard axis >= 0 && axis < rank else {
                throw error("\(axis) is out of range [0 .. \(rank))")
            }
            seen[axis] = true
        }
        if let missing = seen.firstIndex(of: false) {
            let listed = perm.map(String.init).joined(separator: ",")
            throw error("\(missing) is missing from {\(listed)}.")
        }
        if perm == Array(0..<rank) { return self }
        let strides = ArrayPrinter.rowMajorStrides(shape)
        let view = StridedView(
            shape: perm.map { shape[$0] }, strides: perm.map { strides[$0] }, offset: 0)
        guard trace != nil else { return Tensor(unchecked: view.shape, storage.gather(view)) }
        return try Tensor.differentiable("Transpose", inputs: [self]) { inputs in
            Tensor(unchecked: view.shape, inputs[0].storage.gather(view))
        } pullback: { _, upstream, _ throws(TensorError) in
            var inverse = Array(repeating: 0, count: perm.count)
            for (position, axis) in perm.enumerated() { inverse[axis] = position }
            return [try upstream.transposed(inverse)]
        }
    }

    /// The tensor with a new axis of size 1 inserted at `axis` (negative counts from the end,
    /// -1 appends) (`tf.expand_dims`).
    public func expandingDims(_ axis: Int) throws(TensorError) -> Tensor {
        guard axis >= -rank - 1 && axis <= rank else {
            throw TensorError.kernel(
                "ExpandDims",
                "Tried to expand dim index \(axis) for tensor with \(rank) dimensions.")
        }
        var newShape = shape
        newShape.insert(1, at: axis < 0 ? axis + rank + 1 : axis)
        return try restructured("ExpandDims", newShape)
    }

    /// The same elements in `newShape` (which has the same count), recorded as `name` with
    /// the gradient reshaped back.
    private func restructured(_ name: String, _ newShape: [Int]) throws(TensorError) -> Tensor {
        guard trace != nil else { return Tensor(unchecked: newShape, storage) }
        return try Tensor.differentiable(name, inputs: [self]) { inputs in
            Tensor(unchecked: newShape, inputs[0].storage)
        } pullback: { operation, upstream, _ throws(TensorError) in
            [try upstream.reshaped(operation.inputs[0].shape)]
        }
    }

    /// The tensor without the axes of size 1 listed in `axes`, or without all of them when
    /// `axes` is `nil` (`tf.squeeze`).
    public func squeezed(_ axes: [Int]? = nil) throws(TensorError) -> Tensor {
        guard let axes else {
            return try restructured("Squeeze", shape.filter { $0 != 1 })
        }
        var remove = Set<Int>()
        for axis in axes {
            guard axis >= -rank && axis < rank else {
                throw TensorError.kernel(
                    "Squeeze",
                    "Tried to squeeze dim index \(axis) for tensor with \(rank) dimensions.")
            }
            let normalized = axis < 0 ? axis + rank : axis
            guard shape[normalized] == 1 else {
                throw TensorError.kernel(
                    "Squeeze",
                    "Can not squeeze dim[\(normalized)], expected a dimension of 1, got "
                        + "\(shape[normalized])")
            }
            remove.insert(normalized)
        }
        let newShape = shape.indices.filter { !remove.contains($0) }.map { shape[$0] }
        return try restructured("Squeeze", newShape)
    }

    /// The tensors joined along an existing axis (`tf.concat`).
    ///
    /// - Throws: `InvalidArgumentError` for no tensors, mixed dtypes, different ranks or
    ///   mismatched dimensions (TensorFlow's `ConcatOp : Dimension 1 in both shapes must be
    ///   equal: shape[0] = [2,3] vs. shape[1] = [2,2]`).
    public static func concat(_ tensors: [Tensor], axis: Int) throws(TensorError) -> Tensor {
        guard tensors.contains(where: { $0.trace != nil }) else {
            return try concatKernel(tensors, axis: axis)
        }
        return try differentiable("ConcatV2", inputs: tensors) { inputs throws(TensorError) in
            try concatKernel(inputs, axis: axis)
        } pullback: { operation, upstream, wanted throws(TensorError) in
            let rank = upstream.rank
            let axis = axis < 0 ? axis + rank : axis
            var start = 0
            var parts: [Tensor?] = []
            for (index, input) in operation.inputs.enumerated() {
                let size = input.shape[axis]
                defer { start += size }
                guard wanted[index] else {
                    parts.append(nil)
                    continue
                }
                let range = TensorIndex.slice(start: start, stop: start + size, step: 1)
                parts.append(try upstream.slice(Array(repeating: .all, count: axis) + [range]))
            }
            return parts
        }
    }

    private static func concatKernel(_ tensors: [Tensor], axis: Int) throws(TensorError)
        -> Tensor
    {
        guard let first = tensors.first else {
            throw TensorError(
                .invalidArgument, op: "ConcatV2", message: "concat expects at least one tensor",
                nodeName: "concat")
        }
        func error(_ message: String) -> TensorError {
            TensorError(
                .invalidArgument, op: "ConcatV2", kernel: "ConcatV2_N_\(tensors.count)",
                message: message, nodeName: "concat")
        }
        let rank = first.rank
        for (index, tensor) in tensors.enumerated() where tensor.dtype != first.dtype {
            var mismatch = TensorError.dtypeMismatch(
                "ConcatV2", input: index, expected: first.dtype, actual: tensor.dtype)
            mismatch.nodeName = "concat"
            throw mismatch
        }
        guard rank > 0 else {
            throw error("ConcatOp : Can't concatenate scalars (use tf.stack instead)")
        }
        guard axis >= -rank && axis < rank else {
            throw error(
                "ConcatOp : Expected concatenating dimensions in the range [\(-rank), \(rank)), "
                    + "but got \(axis)")
        }
        let axis = axis < 0 ? axis + rank : axis
        var total = 0
        for (index, tensor) in tensors.enumerated() {
            let pair =
                "shape[0] = \(TensorError.bracketed(first.shape)) vs. shape[\(index)] = "
                + TensorError.bracketed(tensor.shape)
            guard tensor.rank == rank else {
                throw error("ConcatOp : Ranks of all input tensors should match: " + pair)
            }
            for dimension in 0..<rank where dimension != axis {
                guard tensor.shape[dimension] == first.shape[dimension] else {
                    throw error(
                        "ConcatOp : Dimension \(dimension) in both shapes must be equal: " + pair)
                }
            }
            total += tensor.shape[axis]
        }
        var newShape = first.shape
        newShape[axis] = total
        _ = try TensorLimits.checkedCount(newShape, first.dtype, op: "ConcatV2")
        let outer = first.shape[..<axis].reduce(1, *)
        let pieces = tensors.map { tensor in
            (tensor.storage, tensor.shape[axis...].reduce(1, *))
        }
        return Tensor(unchecked: newShape, TensorStorage.interleave(pieces, outer: outer))
    }

    /// The tensors (all of one shape) stacked along a new axis (`tf.stack`).
    public static func stack(_ tensors: [Tensor], axis: Int = 0) throws(TensorError) -> Tensor {
        guard tensors.contains(where: { $0.trace != nil }) else {
            return try stackKernel(tensors, axis: axis)
        }
        return try differentiable("Pack", inputs: tensors) { inputs throws(TensorError) in
            try stackKernel(inputs, axis: axis)
        } pullback: { _, upstream, wanted throws(TensorError) in
            let axis = axis < 0 ? axis + upstream.rank : axis
            var parts: [Tensor?] = []
            for index in wanted.indices {
                parts.append(
                    wanted[index]
                        ? try upstream.slice(Array(repeating: .all, count: axis) + [.index(index)])
                        : nil)
            }
            return parts
        }
    }

    private static func stackKernel(_ tensors: [Tensor], axis: Int) throws(TensorError)
        -> Tensor
    {
        guard let first = tensors.first else {
            throw TensorError(
                .value,
                message:
                    "List argument 'values' to 'Pack' Op with length 0 shorter than minimum length 1."
            )
        }
        let rank = first.rank + 1
        guard axis >= -rank && axis < rank else {
            throw TensorError(
                .value, message: "Argument `axis` = \(axis) not in range [\(-rank), \(rank))")
        }
        for (index, tensor) in tensors.enumerated() {
            if tensor.dtype != first.dtype {
                var mismatch = TensorError.dtypeMismatch(
                    "Pack", input: index, expected: first.dtype, actual: tensor.dtype)
                mismatch.nodeName = "stack"
                throw mismatch
            }
            if tensor.shape != first.shape {
                throw TensorError(
                    .invalidArgument, op: "Pack", kernel: "Pack_N_\(tensors.count)",
                    message:
                        "Shapes of all inputs must match: values[0].shape = "
                        + "\(TensorError.bracketed(first.shape)) != values[\(index)].shape = "
                        + TensorError.bracketed(tensor.shape),
                    nodeName: "stack")
            }
        }
        let axis = axis < 0 ? axis + rank : axis
        var newShape = first.shape
        newShape.insert(tensors.count, at: axis)
        _ = try TensorLimits.checkedCount(newShape, first.dtype, op: "Pack")
        let outer = first.shape[..<axis].reduce(1, *)
        let inner = first.shape[axis...].reduce(1, *)
        let pieces = tensors.map { ($0.storage, inner) }
        return Tensor(unchecked: newShape, TensorStorage.interleave(pieces, outer: outer))
    }

    /// The tensor split into its slices along `axis` (`tf.unstack`).
    public func unstacked(axis: Int = 0) throws(TensorError) -> [Tensor] {
        guard axis >= -rank && axis < rank else {
            throw TensorError(
                .value,
                message: "Argument `axis` = \(axis) not in range [\(-rank), \(rank))")
        }
        let axis = axis < 0 ? axis + rank : axis
        var parts: [Tensor] = []
        for index in 0..<shape[axis] {
            parts.append(try self[Array(repeating: TensorIndex.all, count: axis) + [.index(index)]])
        }
        return parts
    }

    /// The tensor repeated to `newShape` by numpy's broadcasting rules (`tf.broadcast_to`).
    public func broadcast(to newShape: [Int]) throws(TensorError) -> Tensor {
        if newShape == shape { return self }
        let joined = try Broadcast.shape(shape, newShape, op: "BroadcastTo", dialect: .tensorflow)
        guard joined == newShape else {
            throw TensorError.kernel(
                "BroadcastTo",
                "Unable to broadcast tensor of shape \(TensorError.bracketed(shape)) to tensor of "
                    + "shape \(TensorError.bracketed(newShape))")
        }
        _ = try TensorLimits.checkedCount(newShape, dtype, op: "BroadcastTo")
        let view = Broadcast.view(of: shape, in: newShape)
        guard trace != nil else { return Tensor(unchecked: newShape, storage.gather(view)) }
        return try Tensor.differentiable("BroadcastTo", inputs: [self]) { inputs in
            Tensor(unchecked: newShape, inputs[0].storage.gather(view))
        } pullback: { operation, upstream, _ throws(TensorError) in
            [try upstream.unbroadcast(to: operation.inputs[0].shape)]
        }
    }
}

extension TensorStorage {
    /// Joins pieces row by row: the copy behind concat and stack.
    ///
    /// For each of `outer` rows it takes the next `chunk` elements of each piece in turn. All
    /// pieces have the same dtype.
    static func interleave(_ pieces: [(TensorStorage, Int)], outer: Int) -> TensorStorage {
        func join<T>(_ arrays: [([T], Int)]) -> [T] {
            var result: [T] = []
            result.reserveCapacity(arrays.reduce(0) { $0 + $1.0.count })
            for row in 0..<outer {
                for (values, chunk) in arrays {
                    result.append(contentsOf: values[(row * chunk)..<((row + 1) * chunk)])
                }
            }
            return result
        }
        switch pieces.first?.0 {
        case .float32:
            return .float32(join(pieces.map { (Float.unwrap($0.0) ?? [], $0.1) }))
        case .float64:
            return .float64(join(pieces.map { (Double.unwrap($0.0) ?? [], $0.1) }))
        case .int32:
            return .int32(join(pieces.map { (Int32.unwrap($0.0) ?? [], $0.1) }))
        case .int64:
            return .int64(join(pieces.map { (Int64.unwrap($0.0) ?? [], $0.1) }))
        case .bool, .none:
            return .bool(join(pieces.map { (Bool.unwrap($0.0) ?? [], $0.1) }))
        }
    }
}
