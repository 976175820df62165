/// One item of a numpy-style index: `t[1, 2:5:2, ..., None]` is
/// `[.index(1), .slice(start: 2, stop: 5, step: 2), .ellipsis, .newAxis]`.
///
/// Python's semantics hold: negative indices count from the end, slice bounds are clamped,
/// negative steps walk backwards, and a missing trailing part means "all of the remaining
/// axes".
public enum TensorIndex: Sendable, Equatable, Hashable {
    /// One position along an axis; the axis disappears from the result.
    case index(Int)
    /// `start:stop:step` along an axis; `nil` parts take Python's defaults.
    case slice(start: Int?, stop: Int?, step: Int?)
    /// `...`: as many full slices as the axes not otherwise indexed.
    case ellipsis
    /// `None` / `tf.newaxis`: a new axis of size 1.
    case newAxis

    /// The full slice `:`.
    public static let all = TensorIndex.slice(start: nil, stop: nil, step: nil)
}

/// Where an index lands in a tensor's elements: a strided view and the result's shape.
struct ResolvedIndex {
    /// The elements selected, with new axes as stride-0 axes of size 1.
    var view: StridedView
}

extension Tensor {
    /// The elements selected by a numpy-style index (`t[1, ::2]`).
    ///
    /// ```swift
    /// let m = try Tensor([[1, 2, 3], [4, 5, 6]])
    /// try m[[.index(1)]]                                   // [4, 5, 6]
    /// try m[[.all, .slice(start: nil, stop: nil, step: -1)]]  // [[3, 2, 1], [6, 5, 4]]
    /// ```
    ///
    /// - Throws: TensorFlow's `InvalidArgumentError` (`slice index 5 of dimension 0 out of
    ///   bounds.`), or with `dialect: .numpy` numpy's `IndexError` (`index 5 is out of bounds
    ///   for axis 0 with size 2`).
    ///
    /// Gradient tapes record it in the TensorFlow dialect: the gradient is the upstream one
    /// written into zeros at the selected positions.
    public func slice(_ indices: [TensorIndex], dialect: Dialect = .tensorflow)
        throws(TensorError) -> Tensor
    {
        guard trace != nil else { return try sliceKernel(indices, dialect: dialect) }
        guard dialect == .tensorflow else {
            return try untraced.sliceKernel(indices, dialect: dialect)
        }
        return try Tensor.differentiable("StridedSlice", inputs: [self]) {
            inputs throws(TensorError) in
            try inputs[0].sliceKernel(indices, dialect: dialect)
        } pullback: { operation, upstream, _ throws(TensorError) in
            [try upstream.scatteredSlice(into: operation.inputs[0].shape, at: indices)]
        }
    }

    /// Zeros of `shape` with this tensor written at the positions `indices` select there:
    /// the gradient of a slice (TensorFlow's `StridedSliceGrad`), whose own gradient is the
    /// slice again.
    func scatteredSlice(into shape: [Int], at indices: [TensorIndex]) throws(TensorError)
        -> Tensor
    {
        let scatter = { (values: Tensor) throws(TensorError) -> Tensor in
            var result = try Tensor.zeros(shape, dtype: values.dtype)
            let view = try result.resolve(indices, dialect: .tensorflow).view
            let fitted = try values.broadcast(to: view.shape)
            result.storage.scatter(fitted.storage, into: view)
            return result
        }
        guard trace != nil else { return try scatter(self) }
        return try Tensor.differentiable("StridedSliceGrad", inputs: [self]) {
            inputs throws(TensorError) in
            try scatter(inputs[0])
        } pullback: { _, upstream, _ throws(TensorError) in
            [try upstream.slice(indices)]
        }
    }

    /// The selected elements, without recording.
    private func sliceKernel(_ indices: [TensorIndex], dialect: Dialect) throws(TensorError)
        -> Tensor
    {
        // `t[i]`: one contiguous block, the common case kept cheap.
        if indices.count == 1, case .index(let index) = indices[0], rank > 0 {
            let size = shape[0]
            let adjusted = index < 0 ? index + size : index
            if adjusted >= 0 && adjusted < size {
                let rowShape = Array(shape.dropFirst())
                let width = size == 0 ? 0 : count / size
                let view = StridedView(shape: [width], strides: [1], offset: adjusted * width)
                return Tensor(unchecked: rowShape, storage.gather(view))
            }
        }
        let resolved = try resolve(indices, dialect: dialect)
        return Tensor(unchecked: resolved.view.shape, storage.gather(resolved.view))
    }

    /// The elements selected by a numpy-style index, with TensorFlow's errors.
    public subscript(_ indices: [TensorIndex]) -> Tensor {
        get throws(TensorError) { try slice(indices) }
    }

    /// The elements selected by a numpy-style index, with TensorFlow's errors.
    public subscript(_ indices: TensorIndex...) -> Tensor {
        get throws(TensorError) { try slice(indices) }
    }

    /// A copy with the selected elements replaced by `value`, broadcast to the selection
    /// (what `v[1, 2].assign(9)` and `v[:2, :].assign(…)` do).
    ///
    /// In the TensorFlow dialect `value` must have this tensor's dtype; numpy converts it.
    ///
    /// - Throws: the indexing errors of `slice`, and `Cannot broadcast input shape [2] into
    ///   final shape [1,3]` when the value doesn't fit the selection.
    public func updating(
        _ indices: [TensorIndex], with value: Tensor, dialect: Dialect = .tensorflow
    ) throws(TensorError) -> Tensor {
        var copy = self
        try copy.update(indices, with: value, dialect: dialect)
        return copy
    }

    /// Replaces the selected elements with `value`, broadcast to the selection.
    public mutating func update(
        _ indices: [TensorIndex], with value: Tensor, dialect: Dialect = .tensorflow
    ) throws(TensorError) {
        // The new values are another tensor to every tape.
        trace = nil
        let view = try resolve(indices, dialect: dialect).view
        var source = value
        if value.dtype != dtype {
            if dialect == .tensorflow {
                throw TensorError.dtypeMismatch(
                    "ResourceStridedSliceAssign", input: 1, expected: dtype, actual: value.dtype)
            }
            source = value.castUnchecked(to: dtype)
        }
        if source.shape != view.shape {
            let fits =
                (try? Broadcast.shape(source.shape, view.shape, op: "", dialect: dialect))
                == view.shape
            guard fits else {
                if dialect == .numpy {
                    throw TensorError(
                        .value,
                        message:
                            "could not broadcast input array from shape "
                            + "\(TensorError.tuple(source.shape)) into shape "
                            + TensorError.tuple(view.shape))
                }
                throw TensorError(
                    .invalidArgument, op: "ResourceStridedSliceAssign",
                    kernel: "ResourceStridedSliceAssign",
                    message:
                        "Cannot broadcast input shape \(TensorError.bracketed(source.shape)) into "
                        + "final shape \(TensorError.bracketed(view.shape))",
                    nodeName: "strided_slice/_assign")
            }
            source = Tensor(
                unchecked: view.shape,
                source.storage.gather(Broadcast.view(of: source.shape, in: view.shape)))
        }
        storage.scatter(source.storage, into: view)
    }

    /// Resolves an index against this tensor's shape.
    func resolve(_ indices: [TensorIndex], dialect: Dialect) throws(TensorError)
        -> ResolvedIndex
    {
        func tensorflowError(_ message: String) -> TensorError {
            TensorError(
                .invalidArgument, op: "StridedSlice", kernel: "StridedSlice", message: message,
                nodeName: "strided_slice/")
        }
        let ellipses = indices.filter { $0 == .ellipsis }.count
        if ellipses > 1 {
            if dialect == .numpy {
                throw TensorError(
                    .index, message: "an index can only have a single ellipsis ('...')")
            }
            throw tensorflowError("Multiple ellipses in slice spec not allowed")
        }
        let consumed = indices.filter {
            if case .index = $0 { return true }
            if case .slice = $0 { return true }
            return false
        }.count
        if consumed > rank {
            if dialect == .numpy {
                throw TensorError(
                    .index,
                    message:
                        "too many indices for array: array is \(rank)-dimensional, but "
                        + "\(consumed) were indexed")
            }
            throw tensorflowError(
                "Index out of range using input dim \(rank); input has only \(rank) dims")
        }
        var expanded: [TensorIndex] = []
        for item in indices {
            if item == .ellipsis {
                expanded += Array(repeating: TensorIndex.all, count: rank - consumed)
            } else {
                expanded.append(item)
            }
        }
        if ellipses == 0 {
            expanded += Array(repeating: TensorIndex.all, count: rank - consumed)
        }
        let strides = ArrayPrinter.rowMajorStrides(shape)
        var viewShape: [Int] = []
        var viewStrides: [Int] = []
        var offset = 0
        var axis = 0
        for (position, item) in expanded.enumerated() {
            switch item {
            case .newAxis:
                viewShape.append(1)
                viewStrides.append(0)
            case .ellipsis:
                break
            case .index(let index):
                let size = shape[axis]
                let adjusted = index < 0 ? index + size : index
                guard adjusted >= 0 && adjusted < size else {
                    if dialect == .numpy {
                        throw TensorError(
                            .index,
                            message:
                                "index \(index) is out of bounds for axis \(axis) with size \(size)"
                        )
                    }
                    throw tensorflowError(
                        "slice index \(adjusted) of dimension \(axis) out of bounds.")
                }
                offset += adjusted * strides[axis]
                axis += 1
            case .slice(let start, let stop, let step):
                let step = step ?? 1
                if step == 0 {
                    if dialect == .numpy {
                        throw TensorError(.value, message: "slice step cannot be zero")
                    }
                    throw tensorflowError("strides[\(position)] must be non-zero")
                }
                let (first, length) = Self.sliceBounds(
                    start: start, stop: stop, step: step, size: shape[axis])
                viewShape.append(length)
                // A step beyond the axis only ever takes one element; its stride is unused.
                viewStrides.append(length > 1 ? step * strides[axis] : 0)
                if length > 0 { offset += first * strides[axis] }
                axis += 1
            }
        }
        return ResolvedIndex(
            view: StridedView(shape: viewShape, strides: viewStrides, offset: offset))
    }

    /// Python's `slice.indices` for one axis: the first position and the number of elements.
    static func sliceBounds(start: Int?, stop: Int?, step: Int, size: Int) -> (Int, Int) {
        if step > 0 {
            func clamp(_ value: Int?, _ fallback: Int) -> Int {
                guard let value else { return fallback }
                let adjusted = value < 0 ? value + size : value
                return min(max(adjusted, 0), size)
            }
            let first = clamp(start, 0)
            let end = clamp(stop, size)
            let length = end > first ? (end - first - 1) / step + 1 : 0
            return (first, length)
        }
        func clamp(_ value: Int?, _ fallback: Int) -> Int {
            guard let value else { return fallback }
            let adjusted = value < 0 ? value + size : value
            return min(max(adjusted, -1), size - 1)
        }
        let first = clamp(start, size - 1)
        let end = clamp(stop, -1)
        let magnitude = step == Int.min ? Int.max : -step
        let length = first > end ? (first - end - 1) / magnitude + 1 : 0
        return (first, length)
    }
}

extension TensorStorage {
    /// Writes `source` (same dtype, in row-major order of the view) into the view's positions.
    mutating func scatter(_ source: TensorStorage, into view: StridedView) {
        func write<T>(_ target: inout [T], _ values: [T]) {
            target.withUnsafeMutableBufferPointer { out in
                values.withUnsafeBufferPointer { input in
                    view.forEachRun { sourceStart, targetStart, length, stride in
                        var targetIndex = targetStart
                        for index in sourceStart..<(sourceStart + length) {
                            out[targetIndex] = input[index]
                            targetIndex += stride
                        }
                    }
                }
            }
        }
        if view.count == 0 { return }
        switch (self, source) {
        case (.float32(var target), .float32(let values)):
            self = .float32([])
            write(&target, values)
            self = .float32(target)
        case (.float64(var target), .float64(let values)):
            self = .float64([])
            write(&target, values)
            self = .float64(target)
        case (.int32(var target), .int32(let values)):
            self = .int32([])
            write(&target, values)
            self = .int32(target)
        case (.int64(var target), .int64(let values)):
            self = .int64([])
            write(&target, values)
            self = .int64(target)
        case (.bool(var target), .bool(let values)):
            self = .bool([])
            write(&target, values)
            self = .bool(target)
        default:
            break
        }
    }
}
