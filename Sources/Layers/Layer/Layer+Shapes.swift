import Tensors

/// The shapes of one symbolic call of a layer inside a model's graph (one Keras "inbound
/// node"): which model made it, and the input and output shapes.
struct ShapeRecord {
    /// The model whose graph made the call.
    var owner: ObjectIdentifier
    /// The input shape.
    var input: TensorShape
    /// The output shape.
    var output: TensorShape
}

extension Layer {
    /// The output shape from the graphs of the models this layer belongs to (Keras's
    /// `layer.output_shape`): `(2, 4)` after a `Sequential` was called on a `(2, 4)` batch,
    /// `(None, 4)` once called on several batch sizes or built with `input_shape=`.
    ///
    /// - Throws: Keras's `AttributeError` when no model graph called the layer (a layer
    ///   called on its own, eagerly, has no output shape), or when graphs recorded different
    ///   shapes.
    public func outputShape() throws -> TensorShape {
        try recordedShape(\.output, kind: "output")
    }

    /// The input shape from the graphs of the models this layer belongs to (Keras's
    /// `layer.input_shape`).
    ///
    /// - Throws: as `outputShape()`.
    public func inputShape() throws -> TensorShape {
        try recordedShape(\.input, kind: "input")
    }

    private func recordedShape(_ part: KeyPath<ShapeRecord, TensorShape>, kind: String) throws
        -> TensorShape
    {
        guard let first = shapeRecords.first else {
            var message =
                "The layer \"\(name)\" has never been called and thus has no defined "
                + "\(kind) shape."
            if kind == "input" {
                message +=
                    " Note that the `input_shape` property is only available for Functional "
                    + "and Sequential models."
            }
            throw LayerError(.attribute, message)
        }
        let shape = first[keyPath: part]
        guard shapeRecords.allSatisfy({ $0[keyPath: part] == shape }) else {
            let accessor = kind == "output" ? "get_output_shape_at" : "get_input_shape_at"
            throw LayerError(
                .attribute,
                "The layer \"\(name)\" has multiple inbound nodes, with different \(kind) "
                    + "shapes. Hence the notion of \"\(kind) shape\" is ill-defined for the "
                    + "layer. Use `\(accessor)(node_index)` instead.")
        }
        return shape
    }

    /// Forgets the shapes recorded by `owner`'s graph (before it rebuilds it).
    func removeShapeRecords(owner: ObjectIdentifier) {
        shapeRecords.removeAll { $0.owner == owner }
    }
}
