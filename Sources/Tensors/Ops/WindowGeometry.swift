/// Where a sliding window (a convolution filter, a pooling window) goes over an NHWC batch:
/// the input and output sizes, the window, its strides and dilations, and the padding before
/// each spatial axis.
struct WindowGeometry: Sendable {
    var batch: Int
    var height: Int
    var width: Int
    var channels: Int
    var windowHeight: Int
    var windowWidth: Int
    var strideHeight: Int
    var strideWidth: Int
    var dilationHeight = 1
    var dilationWidth = 1
    var outHeight = 0
    var outWidth = 0
    var padTop = 0
    var padLeft = 0

    /// The input's shape, `[batch, height, width, channels]`.
    var inputShape: [Int] { [batch, height, width, channels] }

    /// The number of output positions in one image.
    var outPositions: Int { outHeight * outWidth }

    /// Fills in the output size and padding, TensorFlow's way.
    mutating func resolve(_ padding: Padding, op: String) throws(TensorError) {
        (outHeight, padTop) = try padding.window(
            input: height, filter: windowHeight, stride: strideHeight, dilation: dilationHeight,
            axis: 0, op: op)
        (outWidth, padLeft) = try padding.window(
            input: width, filter: windowWidth, stride: strideWidth, dilation: dilationWidth,
            axis: 1, op: op)
    }

    /// Calls `body(windowIndex, inputOffset)` for every position of the window placed at
    /// output position (`oy`, `ox`) of image `n` that falls inside the input, where
    /// `windowIndex` counts window positions row by row and `inputOffset` is the element
    /// offset of channel 0 there.
    @inline(__always)
    func forEachTap(n: Int, oy: Int, ox: Int, _ body: (Int, Int) -> Void) {
        let top = oy * strideHeight - padTop
        let left = ox * strideWidth - padLeft
        for ky in 0..<windowHeight {
            let y = top + ky * dilationHeight
            if y < 0 || y >= height { continue }
            for kx in 0..<windowWidth {
                let x = left + kx * dilationWidth
                if x < 0 || x >= width { continue }
                body(ky * windowWidth + kx, ((n * height + y) * width + x) * channels)
            }
        }
    }
}

/// TensorFlow's Python normalization of a `strides`, `dilations` or `ksize` argument for a 2-D
/// op on NHWC data: one value for both spatial axes, two values (height, width), or all four.
///
/// - Throws: `ValueError: strides should be of length 1, 2 or 4. Received: strides=[1, 1, 1]
///   of length 3`.
func windowSequence(_ values: [Int], name: String) throws(TensorError) -> [Int] {
    switch values.count {
    case 1: return [1, values[0], values[0], 1]
    case 2: return [1, values[0], values[1], 1]
    case 4: return values
    default:
        let listed = "[" + values.map(String.init).joined(separator: ", ") + "]"
        throw TensorError(
            .value,
            message:
                "\(name) should be of length 1, 2 or 4. Received: \(name)=\(listed) of length "
                + "\(values.count)")
    }
}
