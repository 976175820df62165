import CBLAS

extension Tensor {
    /// The 2-D cross-correlation of a batch of NHWC images with HWIO filters (`tf.nn.conv2d`).
    ///
    /// `strides` and `dilations` take one value for both spatial axes, two (height, width) or
    /// four (NHWC, whose batch and channel entries must be 1), as TensorFlow's Python API does.
    /// When the input has `g` times the filter's input channels, the channels form `g` groups,
    /// each convolved with its share of the output channels. Gradient tapes record it; the
    /// gradients are `conv2dBackpropInput` and `conv2dBackpropFilter`, which are recorded too.
    ///
    /// ```swift
    /// let images = try Tensor.ones([32, 28, 28, 1])
    /// let filters = try Tensor.ones([5, 5, 1, 6])
    /// try images.conv2d(filters, padding: .valid).shape   // [32, 24, 24, 6]
    /// ```
    ///
    /// - Throws: TensorFlow's errors: `convolution input must be 4-dimensional: [5,5,2]`,
    ///   `input depth must be evenly divisible by filter depth: 2 vs 3`, `Computed output size
    ///   would be negative: …`, `Row and column strides should be larger than 0.`, a dtype
    ///   other than float32, float64 or int32, mixed dtypes.
    public func conv2d(
        _ filter: Tensor, strides: [Int] = [1], padding: Padding = .valid, dilations: [Int] = [1]
    ) throws(TensorError) -> Tensor {
        let attributes = try ConvolutionAttributes(
            strides: strides, dilations: dilations, padding: padding, op: "Conv2D",
            dtypes: (dtype, filter.dtype))
        guard trace != nil || filter.trace != nil else {
            return try attributes.forward(self, filter)
        }
        return try Tensor.differentiable("Conv2D", inputs: [self, filter]) {
            inputs throws(TensorError) in
            try attributes.forward(inputs[0], inputs[1])
        } pullback: { operation, g, wanted throws(TensorError) in
            let x = operation.inputs[0]
            let w = operation.inputs[1]
            return [
                wanted[0]
                    ? try Tensor.conv2dBackpropInput(
                        inputShape: x.shape, filter: w, outputGradient: g, strides: strides,
                        padding: padding, dilations: dilations) : nil,
                wanted[1]
                    ? try Tensor.conv2dBackpropFilter(
                        input: x, filterShape: w.shape, outputGradient: g, strides: strides,
                        padding: padding, dilations: dilations) : nil,
            ]
        }
    }

    /// The gradient of `conv2d` with respect to its input, for an input of `inputShape`
    /// (`tf.raw_ops.Conv2DBackpropInput`; `tf.nn.conv2d_transpose` of `outputGradient`).
    ///
    /// - Throws: TensorFlow's errors, such as `Conv2DCustomBackpropInput: Size of out_backprop
    ///   doesn't match computed: actual = 2, computed = 3 spatial_dim: 1 input: 5 filter: 3
    ///   output: 2 stride: 1 dilation: 1`.
    public static func conv2dBackpropInput(
        inputShape: [Int], filter: Tensor, outputGradient: Tensor, strides: [Int] = [1],
        padding: Padding = .valid, dilations: [Int] = [1]
    ) throws(TensorError) -> Tensor {
        let op = "Conv2DBackpropInput"
        let attributes = try ConvolutionAttributes(
            strides: strides, dilations: dilations, padding: padding, op: op,
            dtypes: (filter.dtype, outputGradient.dtype), floatOnly: true)
        guard inputShape.count == 4 else {
            throw TensorError(
                .invalidArgument, op: op, kernel: op,
                message:
                    "Conv2DBackpropInput requires input_sizes to contain 4 values or 2 values, "
                    + "but got: \(inputShape.count)")
        }
        guard filter.trace != nil || outputGradient.trace != nil else {
            return try attributes.backpropInput(inputShape, filter, outputGradient)
        }
        return try differentiable(op, inputs: [filter, outputGradient]) {
            inputs throws(TensorError) in
            try attributes.backpropInput(inputShape, inputs[0], inputs[1])
        } pullback: { operation, g, wanted throws(TensorError) in
            let w = operation.inputs[0]
            let dy = operation.inputs[1]
            return [
                wanted[0]
                    ? try conv2dBackpropFilter(
                        input: g, filterShape: w.shape, outputGradient: dy, strides: strides,
                        padding: padding, dilations: dilations) : nil,
                wanted[1]
                    ? try g.conv2d(w, strides: strides, padding: padding, dilations: dilations)
                    : nil,
            ]
        }
    }

    /// The gradient of `conv2d` with respect to its filter, for a filter of `filterShape`
    /// (`tf.raw_ops.Conv2DBackpropFilter`).
    public static func conv2dBackpropFilter(
        input: Tensor, filterShape: [Int], outputGradient: Tensor, strides: [Int] = [1],
        padding: Padding = .valid, dilations: [Int] = [1]
    ) throws(TensorError) -> Tensor {
        let op = "Conv2DBackpropFilter"
        let attributes = try ConvolutionAttributes(
            strides: strides, dilations: dilations, padding: padding, op: op,
            dtypes: (input.dtype, outputGradient.dtype), floatOnly: true)
        guard filterShape.count == 4 else {
            throw TensorError(
                .invalidArgument, op: op, kernel: op,
                message:
                    "Conv2DBackpropFilter: filter_sizes input must be 1-dim, not "
                    + "\(filterShape.count)")
        }
        guard input.trace != nil || outputGradient.trace != nil else {
            return try attributes.backpropFilter(input, filterShape, outputGradient)
        }
        return try differentiable(op, inputs: [input, outputGradient]) {
            inputs throws(TensorError) in
            try attributes.backpropFilter(inputs[0], filterShape, inputs[1])
        } pullback: { operation, g, wanted throws(TensorError) in
            let x = operation.inputs[0]
            let dy = operation.inputs[1]
            return [
                wanted[0]
                    ? try conv2dBackpropInput(
                        inputShape: x.shape, filter: g, outputGradient: dy, strides: strides,
                        padding: padding, dilations: dilations) : nil,
                wanted[1]
                    ? try x.conv2d(g, strides: strides, padding: padding, dilations: dilations)
                    : nil,
            ]
        }
    }
}

/// A 2-D convolution's strides, dilations and padding, checked as TensorFlow's kernels check
/// them, and the kernels that compute it: each image patch is gathered into a row of a
/// matrix (im2col) so the whole convolution is one matrix product through BLAS.
struct ConvolutionAttributes {
    let op: String
    let strides: [Int]
    let dilations: [Int]
    let padding: Padding

    init(
        strides: [Int], dilations: [Int], padding: Padding, op: String,
        dtypes: (DType, DType), floatOnly: Bool = false
    ) throws(TensorError) {
        self.op = op
        let (first, second) = dtypes
        let allowed: Set<DType> = floatOnly ? [.float32, .float64] : [.float32, .float64, .int32]
        guard allowed.contains(first) else { throw TensorError.unsupportedType(op, first) }
        guard first == second else {
            throw TensorError.dtypeMismatch(op, input: 1, expected: first, actual: second)
        }
        self.strides = try windowSequence(strides, name: "strides")
        self.dilations = try windowSequence(dilations, name: "dilations")
        self.padding = padding
        func unimplemented(_ message: String) -> TensorError {
            TensorError(.unimplemented, op: op, kernel: op, message: message, nodeName: "")
        }
        guard self.strides[0] == 1 && self.strides[3] == 1 else {
            throw unimplemented(
                "Current implementation does not yet support strides in the batch and depth "
                    + "dimensions.")
        }
        guard self.strides[1] > 0 && self.strides[2] > 0 else {
            throw TensorError.kernel(op, "Row and column strides should be larger than 0.")
        }
        guard self.dilations[0] == 1 && self.dilations[3] == 1 else {
            throw unimplemented(
                "Current implementation does not yet support dilations in the batch and depth "
                    + "dimensions.")
        }
        guard self.dilations[1] > 0 && self.dilations[2] > 0 else {
            throw TensorError.kernel(op, "Dilated rates should be larger than 0.")
        }
        if case .explicit(let pairs) = padding {
            guard pairs.count == 2, pairs.allSatisfy({ $0.before >= 0 && $0.after >= 0 }) else {
                throw TensorError.kernel(
                    op, "All elements of explicit_paddings must be nonnegative")
            }
        }
    }

    /// The geometry of a convolution of `input` with a filter of `filter`'s shape, with the
    /// number of channel groups.
    func geometry(input: [Int], filter: [Int]) throws(TensorError) -> (WindowGeometry, Int) {
        guard input.count == 4 else {
            throw TensorError.kernel(
                op, "convolution input must be 4-dimensional: \(TensorError.bracketed(input))")
        }
        guard filter.count == 4 else {
            throw TensorError.kernel(
                op, "convolution filter must be 4-dimensional: \(TensorError.bracketed(filter))")
        }
        let depth = filter[2]
        guard depth > 0, input[3] % depth == 0 else {
            throw TensorError.kernel(
                op, "input depth must be evenly divisible by filter depth: \(input[3]) vs \(depth)")
        }
        let groups = input[3] / depth
        guard groups > 0, filter[3] % groups == 0 else {
            throw TensorError.kernel(
                op,
                "output depth must be evenly divisible by number of groups: \(filter[3]) vs "
                    + "\(groups)")
        }
        var geometry = WindowGeometry(
            batch: input[0], height: input[1], width: input[2], channels: input[3],
            windowHeight: filter[0], windowWidth: filter[1], strideHeight: strides[1],
            strideWidth: strides[2], dilationHeight: dilations[1], dilationWidth: dilations[2])
        try geometry.resolve(padding, op: op)
        return (geometry, groups)
    }

    /// The convolution.
    func forward(_ input: Tensor, _ filter: Tensor) throws(TensorError) -> Tensor {
        let (geometry, groups) = try self.geometry(input: input.shape, filter: filter.shape)
        let outChannels = filter.shape[3]
        let outShape = [geometry.batch, geometry.outHeight, geometry.outWidth, outChannels]
        let count = try TensorLimits.checkedCount(outShape, input.dtype, op: op)
        let plan = ConvolutionPlan(geometry: geometry, groups: groups, outChannels: outChannels)
        _ = try TensorLimits.checkedCount([plan.rows, plan.patch], input.dtype, op: op)
        let storage: TensorStorage
        switch (input.storage, filter.storage) {
        case (.float32(let x), .float32(let w)):
            storage = .float32(plan.forward(x, w, count: count))
        case (.float64(let x), .float64(let w)):
            storage = .float64(plan.forward(x, w, count: count))
        case (.int32(let x), .int32(let w)):
            storage = .int32(plan.forwardInteger(x, w, count: count))
        default: throw TensorError.unsupportedType(op, input.dtype)
        }
        return Tensor(unchecked: outShape, storage)
    }

    /// The gradient with respect to an input of `inputShape`.
    func backpropInput(_ inputShape: [Int], _ filter: Tensor, _ gradient: Tensor)
        throws(TensorError) -> Tensor
    {
        let (geometry, groups) = try self.geometry(input: inputShape, filter: filter.shape)
        try checkOutputGradient(gradient, geometry, filter.shape, name: "Conv2DCustomBackpropInput")
        let count = try TensorLimits.checkedCount(inputShape, filter.dtype, op: op)
        let plan = ConvolutionPlan(geometry: geometry, groups: groups, outChannels: filter.shape[3])
        _ = try TensorLimits.checkedCount([plan.rows, plan.patch], filter.dtype, op: op)
        switch (filter.storage, gradient.storage) {
        case (.float32(let w), .float32(let dy)):
            return Tensor(unchecked: inputShape, .float32(plan.backpropInput(w, dy, count: count)))
        case (.float64(let w), .float64(let dy)):
            return Tensor(unchecked: inputShape, .float64(plan.backpropInput(w, dy, count: count)))
        default: throw TensorError.unsupportedType(op, filter.dtype)
        }
    }

    /// The gradient with respect to a filter of `filterShape`.
    func backpropFilter(_ input: Tensor, _ filterShape: [Int], _ gradient: Tensor)
        throws(TensorError) -> Tensor
    {
        let (geometry, groups) = try self.geometry(input: input.shape, filter: filterShape)
        try checkOutputGradient(gradient, geometry, filterShape, name: "Conv2DCustomBackpropFilter")
        let count = try TensorLimits.checkedCount(filterShape, input.dtype, op: op)
        let plan = ConvolutionPlan(geometry: geometry, groups: groups, outChannels: filterShape[3])
        _ = try TensorLimits.checkedCount([plan.rows, plan.patch], input.dtype, op: op)
        switch (input.storage, gradient.storage) {
        case (.float32(let x), .float32(let dy)):
            return Tensor(
                unchecked: filterShape, .float32(plan.backpropFilter(x, dy, count: count)))
        case (.float64(let x), .float64(let dy)):
            return Tensor(
                unchecked: filterShape, .float64(plan.backpropFilter(x, dy, count: count)))
        default: throw TensorError.unsupportedType(op, input.dtype)
        }
    }

    /// Checks that an output gradient has the shape the forward convolution gives.
    private func checkOutputGradient(
        _ gradient: Tensor, _ geometry: WindowGeometry, _ filter: [Int], name: String
    ) throws(TensorError) {
        func error(_ message: String) -> TensorError {
            TensorError(.invalidArgument, op: op, kernel: op, message: "\(name): " + message)
        }
        guard gradient.rank == 4 else {
            throw error("out_backprop must be 4-dimensional")
        }
        let spatial = [
            (
                gradient.shape[1], geometry.outHeight, geometry.height, filter[0], strides[1],
                dilations[1]
            ),
            (
                gradient.shape[2], geometry.outWidth, geometry.width, filter[1], strides[2],
                dilations[2]
            ),
        ]
        for (index, (actual, computed, input, size, stride, dilation)) in spatial.enumerated()
        where actual != computed {
            throw error(
                "Size of out_backprop doesn't match computed: actual = \(actual), computed = "
                    + "\(computed) spatial_dim: \(index + 1) input: \(input) filter: \(size) "
                    + "output: \(actual) stride: \(stride) dilation: \(dilation)")
        }
        guard gradient.shape[0] == geometry.batch else {
            throw error("input and out_backprop must have the same batch size")
        }
        guard gradient.shape[3] == filter[3] else {
            throw error("filter and out_backprop must have the same out_depth")
        }
    }
}

/// The matrix shapes of one convolution: `rows` output positions (over the whole batch),
/// each with a patch of `patch` input values per group.
///
/// The patches are stored transposed, one row per patch element (window position and
/// channel) holding that element for every output position, so gathering them copies runs
/// along an image row and every product is one BLAS call (measured: about 4× faster than
/// one patch per row for LeNet's 5×5 filters on one channel).
struct ConvolutionPlan {
    let geometry: WindowGeometry
    let groups: Int
    let outChannels: Int

    /// The output positions over the batch.
    var rows: Int { geometry.batch * geometry.outPositions }
    /// The input channels of one group.
    var groupChannels: Int { geometry.channels / groups }
    /// The output channels of one group.
    var groupOutChannels: Int { outChannels / groups }
    /// The values in one patch of one group: window positions × group channels.
    var patch: Int { geometry.windowHeight * geometry.windowWidth * groupChannels }

    /// Calls `body(patchOffset, inputOffset, first, end, inputStep)` for each patch element of
    /// `group` and each image row of output positions.
    ///
    /// Output columns `first..<end` of that row read the input at `inputOffset + column ·
    /// inputStep`; the others fall on the padding. `patchOffset` is where the row starts in
    /// the patches (`patch × rows`); `inputOffset` is `nil` when the whole row is padding.
    @inline(__always)
    private func forEachRun(group: Int, _ body: (Int, Int?, Int, Int, Int) -> Void) {
        let g = geometry
        let width = groupChannels
        for tap in 0..<(g.windowHeight * g.windowWidth) {
            let ky = tap / g.windowWidth
            let kx = tap % g.windowWidth
            let shiftY = ky * g.dilationHeight - g.padTop
            let shiftX = kx * g.dilationWidth - g.padLeft
            // Columns whose input x = column · stride + shiftX lies in [0, width).
            let first = Swift.min(g.outWidth, Swift.max(0, ceilDivide(-shiftX, g.strideWidth)))
            let end = Swift.max(
                first, Swift.min(g.outWidth, floorDivide(g.width - 1 - shiftX, g.strideWidth) + 1))
            for c in 0..<width {
                let element = tap * width + c
                for n in 0..<g.batch {
                    for oy in 0..<g.outHeight {
                        let patchOffset = element * rows + (n * g.outHeight + oy) * g.outWidth
                        let y = oy * g.strideHeight + shiftY
                        guard y >= 0 && y < g.height else {
                            body(patchOffset, nil, 0, 0, 0)
                            continue
                        }
                        let input =
                            ((n * g.height + y) * g.width + shiftX) * g.channels + group * width + c
                        body(patchOffset, input, first, end, g.strideWidth * g.channels)
                    }
                }
            }
        }
    }

    /// Writes the patches of `group` into `patches` (`patch × rows`), zeros on the padding.
    @inline(__always)  // specialized with the caller's element type: 6× fewer instructions
    private func gatherPatches<T: TensorScalar>(
        _ x: UnsafeBufferPointer<T>, group: Int, into patches: UnsafeMutableBufferPointer<T>
    ) {
        let columns = geometry.outWidth
        forEachRun(group: group) { start, input, first, end, step in
            guard let input else {
                for column in 0..<columns { patches[start + column] = T.zeroValue }
                return
            }
            let row = UnsafeMutableBufferPointer(rebasing: patches[start..<(start + columns)])
            for column in 0..<first { row[column] = T.zeroValue }
            // Wrapping steps: the offsets stay inside the input (checked by the caller).
            var source = input &+ first &* step
            for column in first..<end {
                row[column] = x[source]
                source &+= step
            }
            for column in end..<columns { row[column] = T.zeroValue }
        }
    }

    /// Adds the patch elements of `group` back into the input positions they came from.
    @inline(__always)
    private func scatterPatches<F: FloatMath>(
        _ patches: UnsafeBufferPointer<F>, group: Int, into dx: UnsafeMutableBufferPointer<F>
    ) {
        forEachRun(group: group) { start, input, first, end, step in
            guard let input else { return }
            var target = input &+ first &* step
            for column in first..<end {
                dx[target] += patches[start &+ column]
                target &+= step
            }
        }
    }

    /// The convolution of float images `x` with filters `w`.
    func forward<F: FloatMath>(_ x: [F], _ w: [F], count: Int) -> [F] {
        guard rows > 0, patch > 0, groupOutChannels > 0 else {
            return [F](repeating: 0, count: count)
        }
        // Both buffers are written whole (the patches by the gather, the output by BLAS).
        var out = makeArray(count: count) { (_: UnsafeMutableBufferPointer<F>) in }
        var patches = makeArray(count: rows * patch) { (_: UnsafeMutableBufferPointer<F>) in }
        x.withUnsafeBufferPointer { x in
            w.withUnsafeBufferPointer { w in
                patches.withUnsafeMutableBufferPointer { patches in
                    out.withUnsafeMutableBufferPointer { out in
                        for group in 0..<groups {
                            gatherPatches(x, group: group, into: patches)
                            let offset = group * groupOutChannels
                            BLAS.gemm(
                                transposeA: true, transposeB: false, m: rows,
                                n: groupOutChannels, k: patch, a: UnsafeBufferPointer(patches),
                                lda: rows, b: w, bOffset: offset, ldb: outChannels,
                                c: out, cOffset: offset, ldc: outChannels)
                        }
                    }
                }
            }
        }
        return out
    }

    /// The convolution of integer images (wrapping arithmetic, as TensorFlow's int32 kernel).
    func forwardInteger(_ x: [Int32], _ w: [Int32], count: Int) -> [Int32] {
        var out = [Int32](repeating: 0, count: count)
        guard rows > 0, patch > 0, groupOutChannels > 0 else { return out }
        var patches = [Int32](repeating: 0, count: rows * patch)
        x.withUnsafeBufferPointer { x in
            patches.withUnsafeMutableBufferPointer { patches in
                for group in 0..<groups {
                    gatherPatches(x, group: group, into: patches)
                    for row in 0..<rows {
                        for o in 0..<groupOutChannels {
                            let channel = group * groupOutChannels + o
                            var sum: Int32 = 0
                            for p in 0..<patch {
                                sum &+= patches[p * rows + row] &* w[p * outChannels + channel]
                            }
                            out[row * outChannels + channel] = sum
                        }
                    }
                }
            }
        }
        return out
    }

    /// The gradient with respect to the images: the filters times the output gradients, added
    /// back into the positions of each patch.
    func backpropInput<F: FloatMath>(_ w: [F], _ dy: [F], count: Int) -> [F] {
        var dx = [F](repeating: 0, count: count)
        guard rows > 0, patch > 0, groupOutChannels > 0 else { return dx }
        var patches = makeArray(count: rows * patch) { (_: UnsafeMutableBufferPointer<F>) in }
        w.withUnsafeBufferPointer { w in
            dy.withUnsafeBufferPointer { dy in
                patches.withUnsafeMutableBufferPointer { patches in
                    dx.withUnsafeMutableBufferPointer { dx in
                        for group in 0..<groups {
                            let offset = group * groupOutChannels
                            BLAS.gemm(
                                transposeA: false, transposeB: true, m: patch, n: rows,
                                k: groupOutChannels, a: w, aOffset: offset, lda: outChannels,
                                b: dy, bOffset: offset, ldb: outChannels, c: patches, ldc: rows)
                            scatterPatches(UnsafeBufferPointer(patches), group: group, into: dx)
                        }
                    }
                }
            }
        }
        return dx
    }

    /// The gradient with respect to the filters: the patches times the output gradients.
    func backpropFilter<F: FloatMath>(_ x: [F], _ dy: [F], count: Int) -> [F] {
        guard rows > 0, patch > 0, groupOutChannels > 0 else {
            return [F](repeating: 0, count: count)
        }
        var dw = makeArray(count: count) { (_: UnsafeMutableBufferPointer<F>) in }
        var patches = makeArray(count: rows * patch) { (_: UnsafeMutableBufferPointer<F>) in }
        x.withUnsafeBufferPointer { x in
            dy.withUnsafeBufferPointer { dy in
                patches.withUnsafeMutableBufferPointer { patches in
                    dw.withUnsafeMutableBufferPointer { dw in
                        for group in 0..<groups {
                            gatherPatches(x, group: group, into: patches)
                            let offset = group * groupOutChannels
                            BLAS.gemm(
                                transposeA: false, transposeB: false, m: patch,
                                n: groupOutChannels, k: rows, a: UnsafeBufferPointer(patches),
                                lda: rows, b: dy, bOffset: offset, ldb: outChannels,
                                c: dw, cOffset: offset, ldc: outChannels)
                        }
                    }
                }
            }
        }
        return dw
    }
}

/// `⌈a / b⌉` for `b > 0`.
@inline(__always)
private func ceilDivide(_ a: Int, _ b: Int) -> Int {
    a >= 0 ? (a + b - 1) / b : -((-a) / b)
}

/// `⌊a / b⌋` for `b > 0`.
@inline(__always)
private func floorDivide(_ a: Int, _ b: Int) -> Int {
    a >= 0 ? a / b : -((-a + b - 1) / b)
}

/// Row-major general matrix products through OpenBLAS, for float32 and float64.
enum BLAS {
    /// `c = op(a) · op(b)` with `op(a)` of `m × k` and `op(b)` of `k × n`, where `op`
    /// transposes when asked; the leading dimensions are the row strides of the stored
    /// matrices.
    static func gemm<F: FloatMath>(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
        a: UnsafeBufferPointer<F>, aOffset: Int = 0, lda: Int,
        b: UnsafeBufferPointer<F>, bOffset: Int = 0, ldb: Int,
        c: UnsafeMutableBufferPointer<F>, cOffset: Int = 0, ldc: Int
    ) {
        guard let a = a.baseAddress.map({ $0 + aOffset }),
            let b = b.baseAddress.map({ $0 + bOffset }),
            let c = c.baseAddress.map({ $0 + cOffset })
        else { return }
        let transA = transposeA ? CblasTrans : CblasNoTrans
        let transB = transposeB ? CblasTrans : CblasNoTrans
        if F.self == Float.self {
            a.withMemoryRebound(to: Float.self, capacity: 1) { a in
                b.withMemoryRebound(to: Float.self, capacity: 1) { b in
                    c.withMemoryRebound(to: Float.self, capacity: 1) { c in
                        cblas_sgemm(
                            CblasRowMajor, transA, transB, Int32(m), Int32(n), Int32(k), 1, a,
                            Int32(lda), b, Int32(ldb), 0, c, Int32(ldc))
                    }
                }
            }
        } else {
            a.withMemoryRebound(to: Double.self, capacity: 1) { a in
                b.withMemoryRebound(to: Double.self, capacity: 1) { b in
                    c.withMemoryRebound(to: Double.self, capacity: 1) { c in
                        cblas_dgemm(
                            CblasRowMajor, transA, transB, Int32(m), Int32(n), Int32(k), 1, a,
                            Int32(lda), b, Int32(ldb), 0, c, Int32(ldc))
                    }
                }
            }
        }
    }
}
