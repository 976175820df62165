/// A view of row-major elements through an offset and per-axis strides (which may be zero to
/// repeat, or negative to reverse): the one copy loop behind transpose, slicing and
/// broadcasting.
struct StridedView {
    /// The shape of the view.
    var shape: [Int]
    /// The step in the underlying elements for one step along each axis.
    var strides: [Int]
    /// The underlying position of the view's first element.
    var offset: Int

    /// The view of a whole contiguous tensor of `shape`.
    init(contiguous shape: [Int]) {
        self.shape = shape
        self.strides = ArrayPrinter.rowMajorStrides(shape)
        self.offset = 0
    }

    init(shape: [Int], strides: [Int], offset: Int) {
        self.shape = shape
        self.strides = strides
        self.offset = offset
    }

    /// The number of elements in the view.
    var count: Int { shape.reduce(1, *) }

    /// Merges neighbouring axes that step through memory as one, so the copy loop runs long
    /// inner loops.
    func coalesced() -> StridedView {
        var newShape: [Int] = []
        var newStrides: [Int] = []
        for axis in shape.indices where shape[axis] != 1 {
            if let lastShape = newShape.last, let lastStride = newStrides.last,
                lastStride == strides[axis] * shape[axis]
            {
                newShape[newShape.count - 1] = lastShape * shape[axis]
                newStrides[newStrides.count - 1] = strides[axis]
            } else {
                newShape.append(shape[axis])
                newStrides.append(strides[axis])
            }
        }
        return StridedView(shape: newShape, strides: newStrides, offset: offset)
    }

    /// Copies the viewed elements of `source` into a new row-major array.
    func gather<T: TensorScalar>(_ source: [T]) -> [T] {
        let total = count
        if total == 0 { return [] }
        let view = coalesced()
        if view.shape.isEmpty {
            return [source[view.offset]]
        }
        if view.shape.count == 1 && view.strides[0] == 1 {
            return Array(source[view.offset..<(view.offset + total)])
        }
        return source.withUnsafeBufferPointer { input in
            makeArray(count: total) { output in
                view.forEachRun { outputStart, inputStart, length, stride in
                    var inputIndex = inputStart
                    for index in outputStart..<(outputStart + length) {
                        output[index] = input[inputIndex]
                        inputIndex += stride
                    }
                }
            }
        }
    }

    /// Calls `body(outputStart, inputStart, length, inputStride)` for each run along the last
    /// axis, in row-major order of the view.
    func forEachRun(_ body: (Int, Int, Int, Int) -> Void) {
        let rank = shape.count
        guard rank > 0 else {
            body(0, offset, 1, 1)
            return
        }
        let inner = shape[rank - 1]
        let innerStride = strides[rank - 1]
        let outer = shape.dropLast().reduce(1, *)
        var counter = Array(repeating: 0, count: rank - 1)
        var inputStart = offset
        var outputStart = 0
        for _ in 0..<outer {
            body(outputStart, inputStart, inner, innerStride)
            outputStart += inner
            var axis = rank - 2
            while axis >= 0 {
                counter[axis] += 1
                inputStart += strides[axis]
                if counter[axis] < shape[axis] { break }
                inputStart -= strides[axis] * shape[axis]
                counter[axis] = 0
                axis -= 1
            }
        }
    }
}

extension TensorStorage {
    /// The elements seen through `view`, as new storage.
    func gather(_ view: StridedView) -> TensorStorage {
        switch self {
        case .float32(let v): .float32(view.gather(v))
        case .float64(let v): .float64(view.gather(v))
        case .int32(let v): .int32(view.gather(v))
        case .int64(let v): .int64(view.gather(v))
        case .bool(let v): .bool(view.gather(v))
        }
    }
}
