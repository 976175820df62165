import Tensors

/// What a layer accepts as input, checked on every call before anything else
/// (Keras's `InputSpec`): `Dense` starts with `min_ndim=2` and, once built, also requires its
/// last axis to keep the size it was built for.
///
/// ```swift
/// let spec = InputSpec(minNdim: 2, axes: [-1: 4])
/// spec.repr     // "InputSpec(min_ndim=2, axes={-1: 4})"
/// try spec.check(TensorShape([2, 5]), layerName: "dense")
/// // ValueError: Input 0 of layer "dense" is incompatible with the layer: expected axis -1 of
/// // input shape to have value 4, but received input with shape (2, 5)
/// ```
public struct InputSpec: Sendable, Equatable {
    /// The exact rank required.
    public var ndim: Int?
    /// The largest rank allowed.
    public var maxNdim: Int?
    /// The smallest rank allowed.
    public var minNdim: Int?
    /// Sizes required at given axes (negative axes count from the end).
    public var axes: [Int: Int]
    /// A whole shape required (unknown dimensions match anything).
    public var shape: [Int?]?
    /// Whether a trailing axis of size 1 may be missing or extra (used with `shape`).
    public var allowLastAxisSqueeze: Bool

    /// Creates a spec.
    public init(
        ndim: Int? = nil, maxNdim: Int? = nil, minNdim: Int? = nil, axes: [Int: Int] = [:],
        shape: [Int?]? = nil, allowLastAxisSqueeze: Bool = false
    ) {
        self.ndim = ndim
        self.maxNdim = maxNdim
        self.minNdim = minNdim
        self.axes = axes
        self.shape = shape
        self.allowLastAxisSqueeze = allowLastAxisSqueeze
    }

    /// Keras's repr, such as `InputSpec(min_ndim=2, axes={-1: 4})`.
    public var repr: String {
        var parts: [String] = []
        if let shape { parts.append("shape=" + TensorShape(shape).description) }
        if let ndim { parts.append("ndim=\(ndim)") }
        if let maxNdim { parts.append("max_ndim=\(maxNdim)") }
        if let minNdim { parts.append("min_ndim=\(minNdim)") }
        if !axes.isEmpty {
            let items = axes.keys.sorted().map { "\($0): \(axes[$0] ?? 0)" }
            parts.append("axes={" + items.joined(separator: ", ") + "}")
        }
        return "InputSpec(" + parts.joined(separator: ", ") + ")"
    }

    /// Checks a concrete input shape; the common case (rank bounds and axis sizes only) runs
    /// without allocating.
    ///
    /// - Throws: as `check(_:layerName:inputIndex:)`.
    public func check(concrete dims: [Int], layerName: String) throws {
        let rank = dims.count
        var fine = shape == nil && (ndim == nil || ndim == rank)
        if let maxNdim, rank > maxNdim { fine = false }
        if let minNdim, rank < minNdim { fine = false }
        if fine {
            for (axis, value) in axes {
                let index = axis < 0 ? rank + axis : axis
                if index >= 0 && index < rank && dims[index] != value {
                    fine = false
                    break
                }
            }
        }
        if !fine {
            try check(TensorShape(dims), layerName: layerName)
        }
    }

    /// Checks an input of shape `inputShape`, in Keras's order (rank, then axes, then shape).
    ///
    /// - Throws: `ValueError` with Keras's message naming the layer.
    public func check(_ inputShape: TensorShape, layerName: String, inputIndex: Int = 0) throws {
        guard let dims = inputShape.dimensions else { return }
        let prefix =
            "Input \(inputIndex) of layer \"\(layerName)\" is incompatible with the layer: "
        let rank = dims.count
        if let ndim, !allowLastAxisSqueeze, rank != ndim {
            throw LayerError(
                .value,
                prefix + "expected ndim=\(ndim), found ndim=\(rank). Full shape received: "
                    + inputShape.description)
        }
        if let maxNdim, rank > maxNdim {
            throw LayerError(.value, prefix + "expected max_ndim=\(maxNdim), found ndim=\(rank)")
        }
        if let minNdim, rank < minNdim {
            throw LayerError(
                .value,
                prefix + "expected min_ndim=\(minNdim), found ndim=\(rank). Full shape received: "
                    + inputShape.description)
        }
        for axis in axes.keys.sorted() {
            guard let value = axes[axis] else { continue }
            let index = axis < 0 ? rank + axis : axis
            guard index >= 0 && index < rank else { continue }
            if let actual = dims[index], actual != value {
                throw LayerError(
                    .value,
                    prefix + "expected axis \(axis) of input shape to have value \(value), "
                        + "but received input with shape \(inputShape)")
            }
        }
        if var specDims = shape {
            var actualDims = dims
            if allowLastAxisSqueeze {
                if actualDims.last == 1 { actualDims.removeLast() }
                if specDims.last == 1 { specDims.removeLast() }
            }
            for (expected, actual) in zip(specDims, actualDims) {
                if let expected, let actual, expected != actual {
                    throw LayerError(
                        .value,
                        prefix + "expected shape=\(TensorShape(shape ?? [])), found shape="
                            + inputShape.description)
                }
            }
        }
    }
}
