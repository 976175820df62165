extension Tensor {
    /// The largest value of each window over a batch of NHWC images (`tf.nn.max_pool2d`).
    ///
    /// `ksize` and `strides` take one, two or four values as `conv2d`'s strides do. With
    /// `.same` padding, positions beyond the border never win. Gradient tapes record it: the
    /// gradient of each window goes to its largest element (the first one, row by row, when
    /// several tie), as TensorFlow's `MaxPoolGrad` gives it.
    ///
    /// - Throws: TensorFlow's errors (`Sliding window ksize for dimension 1 was zero.`,
    ///   `Stride must be > 0, but got 0`, `Computed output size would be negative: …`,
    ///   `Pooling is not yet supported on the batch dimension.`), and a dtype it doesn't take.
    public func maxPool2d(ksize: [Int], strides: [Int], padding: Padding = .valid)
        throws(TensorError) -> Tensor
    {
        let pool = try Pooling(
            .max, ksize: ksize, strides: strides, padding: padding, input: self)
        guard trace != nil else { return try pool.maxForward(self).output }
        var winners: [Int] = []
        return try Tensor.differentiable("MaxPool", inputs: [self]) {
            inputs throws(TensorError) in
            let (output, argmax) = try pool.maxForward(inputs[0])
            winners = argmax
            return output
        } pullback: { operation, g, _ throws(TensorError) in
            [
                try g.maxPoolGradient(
                    winners: winners, pooledShape: operation.output.shape,
                    inputShape: operation.inputs[0].shape)
            ]
        }
    }

    /// The mean of each window over a batch of NHWC images (`tf.nn.avg_pool2d`); with `.same`
    /// padding a window counts only the positions inside the image, as TensorFlow's does.
    ///
    /// Gradient tapes record it: each window's gradient is shared evenly by its positions.
    ///
    /// - Throws: TensorFlow's errors, as `maxPool2d`'s (with `ksize must be a postive int32
    ///   value, got:0` for an empty window), and for a non-float dtype.
    public func avgPool2d(ksize: [Int], strides: [Int], padding: Padding = .valid)
        throws(TensorError) -> Tensor
    {
        let pool = try Pooling(
            .average, ksize: ksize, strides: strides, padding: padding, input: self)
        guard trace != nil else { return try pool.averageForward(self) }
        return try Tensor.differentiable("AvgPool", inputs: [self]) {
            inputs throws(TensorError) in
            try pool.averageForward(inputs[0])
        } pullback: { operation, g, _ throws(TensorError) in
            [try pool.averageGradient(g, inputShape: operation.inputs[0].shape)]
        }
    }

    /// Each element of this gradient of a max pool's output added to the input position that
    /// won its window (`winners`, flat offsets into an input of `inputShape`); recorded, with
    /// the gather of the winners as its own gradient (TensorFlow's `MaxPoolGradGrad`).
    fileprivate func maxPoolGradient(winners: [Int], pooledShape: [Int], inputShape: [Int])
        throws(TensorError) -> Tensor
    {
        guard shape == pooledShape else {
            throw TensorError.kernel(
                "MaxPoolGrad",
                "Expected grad shape to be \(TensorError.bracketed(pooledShape)), but got "
                    + TensorError.bracketed(shape))
        }
        let scatter = { (g: Tensor) throws(TensorError) -> Tensor in
            func add<F: FloatMath>(_ values: [F]) -> [F] {
                var result = [F](repeating: 0, count: inputShape.reduce(1, *))
                for (index, winner) in winners.enumerated() where winner >= 0 {
                    result[winner] += values[index]
                }
                return result
            }
            switch g.storage {
            case .float32(let v): return Tensor(unchecked: inputShape, .float32(add(v)))
            case .float64(let v): return Tensor(unchecked: inputShape, .float64(add(v)))
            default: throw TensorError.unsupportedType("MaxPoolGrad", g.dtype)
            }
        }
        guard trace != nil else { return try scatter(self) }
        return try Tensor.differentiable("MaxPoolGrad", inputs: [self]) {
            inputs throws(TensorError) in
            try scatter(inputs[0])
        } pullback: { _, upstream, _ throws(TensorError) in
            let flat = try upstream.reshaped([-1])
            let indices = Tensor(unchecked: [winners.count], .int64(winners.map { Int64($0) }))
            return [try flat.gather(indices).reshaped(pooledShape)]
        }
    }
}

/// A pooling window over NHWC images, checked as TensorFlow's kernels check it.
private struct Pooling {
    enum Kind {
        case max
        case average
    }

    let kind: Kind
    let geometry: WindowGeometry

    var op: String { kind == .max ? "MaxPool" : "AvgPool" }

    init(
        _ kind: Kind, ksize: [Int], strides: [Int], padding: Padding, input: Tensor
    ) throws(TensorError) {
        self.kind = kind
        let op = kind == .max ? "MaxPool" : "AvgPool"
        let allowed: [DType] =
            kind == .max ? [.float32, .float64, .int32, .int64] : [.float32, .float64]
        guard allowed.contains(input.dtype) else {
            throw TensorError.unsupportedType(op, input.dtype)
        }
        if case .explicit = padding, kind == .average {
            // TensorFlow's attribute error: average pooling takes no explicit padding.
            _ = try Padding(tensorflowName: "EXPLICIT", op: op)
        }
        let window = try windowSequence(ksize, name: "ksize")
        let steps = try windowSequence(strides, name: "strides")
        func unimplemented(_ message: String) -> TensorError {
            TensorError(.unimplemented, op: op, kernel: op, message: message, nodeName: "")
        }
        guard window[0] == 1 && steps[0] == 1 else {
            throw unimplemented("Pooling is not yet supported on the batch dimension.")
        }
        guard input.rank == 4 else {
            throw TensorError.kernel(
                op, "tensor_in_shape must have 2 spatial dimensions. \(input.rank) 0")
        }
        for axis in 1..<4 where window[axis] <= 0 {
            throw TensorError.kernel(
                op,
                kind == .max
                    ? "Sliding window ksize for dimension \(axis) was zero."
                    : "ksize must be a postive int32 value, got:\(window[axis])")
        }
        for axis in 1..<4 where steps[axis] <= 0 {
            throw TensorError.kernel(op, "Stride must be > 0, but got \(steps[axis])")
        }
        guard window[3] == 1 && steps[3] == 1 else {
            if kind == .average {
                throw unimplemented("Non-spatial pooling is not yet supported. Volunteers? :)")
            }
            throw TensorError(
                .notImplemented,
                message:
                    "lit does not implement max pooling across channels (depth ksize or strides)")
        }
        var geometry = WindowGeometry(
            batch: input.shape[0], height: input.shape[1], width: input.shape[2],
            channels: input.shape[3], windowHeight: window[1], windowWidth: window[2],
            strideHeight: steps[1], strideWidth: steps[2])
        try geometry.resolve(padding, op: op)
        self.geometry = geometry
    }

    var outputShape: [Int] {
        [geometry.batch, geometry.outHeight, geometry.outWidth, geometry.channels]
    }

    /// The window maxima and, for each, the flat input offset of the first largest element.
    func maxForward(_ input: Tensor) throws(TensorError) -> (output: Tensor, argmax: [Int]) {
        let count = try TensorLimits.checkedCount(outputShape, input.dtype, op: op)
        func pool<T: TensorNumeric>(_ x: [T]) -> ([T], [Int]) {
            var values = [T](repeating: T.zeroValue, count: count)
            var winners = [Int](repeating: -1, count: count)
            let g = geometry
            var position = 0
            for n in 0..<g.batch {
                for oy in 0..<g.outHeight {
                    for ox in 0..<g.outWidth {
                        for c in 0..<g.channels {
                            var best: T? = nil
                            var winner = -1
                            g.forEachTap(n: n, oy: oy, ox: ox) { _, offset in
                                let value = x[offset + c]
                                if best.map({ value > $0 }) ?? true {
                                    best = value
                                    winner = offset + c
                                }
                            }
                            values[position] = best ?? T.zeroValue
                            winners[position] = winner
                            position += 1
                        }
                    }
                }
            }
            return (values, winners)
        }
        switch input.storage {
        case .float32(let v):
            let (values, winners) = pool(v)
            return (Tensor(unchecked: outputShape, .float32(values)), winners)
        case .float64(let v):
            let (values, winners) = pool(v)
            return (Tensor(unchecked: outputShape, .float64(values)), winners)
        case .int32(let v):
            let (values, winners) = pool(v)
            return (Tensor(unchecked: outputShape, .int32(values)), winners)
        case .int64(let v):
            let (values, winners) = pool(v)
            return (Tensor(unchecked: outputShape, .int64(values)), winners)
        case .bool:
            throw TensorError.unsupportedType(op, .bool)
        }
    }

    /// The number of window positions inside the image for output position (`oy`, `ox`).
    private func windowCount(oy: Int, ox: Int) -> Int {
        var taps = 0
        geometry.forEachTap(n: 0, oy: oy, ox: ox) { _, _ in taps += 1 }
        return taps
    }

    /// The window means.
    func averageForward(_ input: Tensor) throws(TensorError) -> Tensor {
        let count = try TensorLimits.checkedCount(outputShape, input.dtype, op: op)
        func pool<F: FloatMath>(_ x: [F]) -> [F] {
            var values = [F](repeating: 0, count: count)
            let g = geometry
            var position = 0
            for n in 0..<g.batch {
                for oy in 0..<g.outHeight {
                    for ox in 0..<g.outWidth {
                        let taps = F(windowCount(oy: oy, ox: ox))
                        for c in 0..<g.channels {
                            var sum: F = 0
                            g.forEachTap(n: n, oy: oy, ox: ox) { _, offset in sum += x[offset + c] }
                            values[position] = sum / taps
                            position += 1
                        }
                    }
                }
            }
            return values
        }
        switch input.storage {
        case .float32(let v): return Tensor(unchecked: outputShape, .float32(pool(v)))
        case .float64(let v): return Tensor(unchecked: outputShape, .float64(pool(v)))
        default: throw TensorError.unsupportedType(op, input.dtype)
        }
    }

    /// The gradient of `averageForward`: each window's gradient shared evenly by its
    /// positions; recorded, with the average pool of its upstream gradient as its own
    /// gradient (TensorFlow's `AvgPoolGrad`).
    func averageGradient(_ gradient: Tensor, inputShape: [Int]) throws(TensorError) -> Tensor {
        guard gradient.shape == outputShape else {
            throw TensorError.kernel(
                "AvgPoolGrad",
                "Expected grad shape to be \(TensorError.bracketed(outputShape)), but got "
                    + TensorError.bracketed(gradient.shape))
        }
        let spread = { (g: Tensor) throws(TensorError) -> Tensor in
            func share<F: FloatMath>(_ dy: [F]) -> [F] {
                var dx = [F](repeating: 0, count: inputShape.reduce(1, *))
                let geometry = self.geometry
                var position = 0
                for n in 0..<geometry.batch {
                    for oy in 0..<geometry.outHeight {
                        for ox in 0..<geometry.outWidth {
                            let taps = F(windowCount(oy: oy, ox: ox))
                            for c in 0..<geometry.channels {
                                let share = dy[position] / taps
                                geometry.forEachTap(n: n, oy: oy, ox: ox) { _, offset in
                                    dx[offset + c] += share
                                }
                                position += 1
                            }
                        }
                    }
                }
                return dx
            }
            switch g.storage {
            case .float32(let v): return Tensor(unchecked: inputShape, .float32(share(v)))
            case .float64(let v): return Tensor(unchecked: inputShape, .float64(share(v)))
            default: throw TensorError.unsupportedType("AvgPoolGrad", g.dtype)
            }
        }
        guard gradient.trace != nil else { return try spread(gradient) }
        return try Tensor.differentiable("AvgPoolGrad", inputs: [gradient]) {
            inputs throws(TensorError) in
            try spread(inputs[0])
        } pullback: { _, upstream, _ throws(TensorError) in
            [try averageForwardRecorded(upstream)]
        }
    }

    /// `averageForward` of a tensor a tape may watch, recorded with its gradient.
    private func averageForwardRecorded(_ input: Tensor) throws(TensorError) -> Tensor {
        guard input.trace != nil else { return try averageForward(input) }
        return try Tensor.differentiable("AvgPool", inputs: [input]) {
            inputs throws(TensorError) in
            try averageForward(inputs[0])
        } pullback: { operation, g, _ throws(TensorError) in
            [try averageGradient(g, inputShape: operation.inputs[0].shape)]
        }
    }
}
