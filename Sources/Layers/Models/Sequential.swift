import Tensors

/// A linear stack of layers (`tf.keras.Sequential`), built from a list or with `add`.
///
/// As in Keras 2.15:
/// - a layer given twice is kept once in `layers` (and, unless the model has an input shape,
///   applied once);
/// - with `inputShape:` on the first layer the model builds at once, with an unknown batch
///   axis (`(None, 2)` output shapes);
/// - otherwise it builds on its first call from the batch's full shape (`(2, 4)` output
///   shapes), and relaxes the dimensions that differ when later called on other shapes
///   (`(None, 4)`);
/// - `summary()` before any of that fails with Keras's "This model has not yet been built"
///   error.
///
/// ```swift
/// let context = KerasContext(seed: 0)
/// let net = try Sequential([
///     Flatten(context: context),
///     Dense(units: 4, activation: .relu, context: context),
///     Dense(units: 1, context: context),
/// ], context: context)
/// let y = try net(Tensor.randomUniform([2, 4], using: &context.generator))   // [2, 1]
/// try net.layers[1].outputShape()     // (2, 4)
/// print(try net.summary())
/// ```
open class Sequential: Model {
    /// The layers as added, repeats included.
    private var addedLayers: [Layer] = []
    /// The input shape given by the first layer's `inputShape:`.
    private var explicitInputShape: TensorShape?
    /// The graph's output shape when the input shape is explicit.
    private var explicitOutputShape: TensorShape?
    /// The input shape inferred from calls (relaxed across calls).
    private var inferredInputShape: TensorShape?
    /// Set when building a graph from an inferred shape failed: from then on the layers are
    /// only called eagerly (Keras's legacy deferred behaviour).
    private var graphFailed = false

    /// Creates a sequential model of `layers`.
    ///
    /// - Throws: the errors of `add(_:)`.
    public init(
        _ layers: [Layer] = [], name: String? = nil, className: String? = nil,
        context: KerasContext
    ) throws {
        super.init(name: name, className: className, context: context)
        weightsNeedBuild = true
        for layer in layers {
            try add(layer)
        }
    }

    /// The layers, each once, in the order first added.
    override var childLayers: [Layer] {
        var seen = Set<ObjectIdentifier>()
        return (addedLayers + trackedLayers).filter { seen.insert(ObjectIdentifier($0)).inserted }
    }

    /// The layers a call runs through: every added layer (repeats too) when the model has an
    /// explicit input shape, each layer once otherwise.
    private var forwardLayers: [Layer] {
        explicitInputShape == nil ? childLayers : addedLayers
    }

    /// Appends `layer`.
    ///
    /// With an explicit input shape (on the first layer, or already in the model), the layer is
    /// built and its output shape recorded at once.
    ///
    /// - Throws: Keras's `ValueError` when another layer of the model has the same name (`All
    ///   layers added to a Sequential model should have unique names. Name "a" is already the
    ///   name of a layer in this model. …`), and the layer's errors for the graph's shape.
    public func add(_ layer: Layer) throws {
        if childLayers.contains(where: { $0.name == layer.name && $0 !== layer }) {
            throw LayerError(
                .value,
                "All layers added to a Sequential model should have unique names. Name "
                    + "\"\(layer.name)\" is already the name of a layer in this model. Update "
                    + "the `name` argument to pass a unique name.")
        }
        let me = ObjectIdentifier(self)
        if addedLayers.isEmpty, let shape = layer.batchInputShape {
            let output = try context.withoutNameScopes { try layer.symbolicCall(shape, owner: me) }
            explicitInputShape = shape
            explicitOutputShape = output
            recordOwnShape(input: shape, output: output)
            built = true
        } else if let input = explicitInputShape, let current = explicitOutputShape {
            let output = try context.withoutNameScopes {
                try layer.symbolicCall(current, owner: me)
            }
            explicitOutputShape = output
            recordOwnShape(input: input, output: output)
            built = true
        } else {
            forgetInferredGraph()
            built = false
        }
        addedLayers.append(layer)
    }

    /// Removes the last layer added.
    ///
    /// - Throws: Keras's `TypeError` when the model has no layers.
    public func pop() throws {
        guard let last = addedLayers.popLast() else {
            throw LayerError(.type, "There are no layers in the model.")
        }
        let me = ObjectIdentifier(self)
        last.removeShapeRecords(owner: me)
        if let input = explicitInputShape {
            explicitOutputShape = addedLayers.isEmpty ? nil : try? outputShape(from: input)
            if addedLayers.isEmpty { explicitInputShape = nil }
        } else {
            forgetInferredGraph()
        }
    }

    /// Builds the graph on the first call from the batch's shape.
    open override func build(inputShape: TensorShape) throws {
        inferGraph(inputShape)
    }

    /// Keras's `Sequential.build(input_shape)`: builds the graph from `inputShape` unless the
    /// model already has one.
    open override func build(_ inputShape: TensorShape) throws {
        if explicitInputShape == nil && inferredInputShape == nil {
            inferGraph(inputShape)
        }
        built = true
        buildInputShape = buildInputShape ?? inputShape
    }

    /// Runs the layers in order, first updating the graph's shapes for this batch's shape.
    open override func call(_ input: Tensor, training: Bool?) throws -> Tensor {
        if explicitInputShape == nil && !graphFailed
            && !(context.placeholderShape == nil && inferredMatches(input.shape))
        {
            inferGraph(placeholderAdjusted(TensorShape(input.shape)))
        }
        var output = input
        for layer in forwardLayers {
            output = try layer(output, training: training)
        }
        return output
    }

    /// The graph's output shape for `inputShape` (the model used as a layer of another).
    open override func computeOutputShape(_ inputShape: TensorShape) throws -> TensorShape {
        if explicitInputShape == nil {
            inferGraph(inputShape)
            if let record = shapeRecords.last(where: { $0.owner == ObjectIdentifier(self) }),
                record.input == inferredInputShape, record.input == inputShape
            {
                return record.output
            }
        }
        return try outputShape(from: inputShape)
    }

    /// `inputs`, `training` and `mask`, as Keras lists `Sequential.call`'s arguments.
    open override func callArguments(input: Tensor, training: Bool?) -> [(
        name: String, value: String
    )] {
        [
            ("inputs", Self.describeArgument(input)),
            ("training", Self.describeArgument(training)), ("mask", "None"),
        ]
    }

    /// Propagates `shape` through the layers' `computeOutputShape` without recording it.
    private func outputShape(from shape: TensorShape) throws -> TensorShape {
        var current = shape
        for layer in forwardLayers {
            current = try layer.computeOutputShape(current)
        }
        return current
    }

    /// Builds (or rebuilds, relaxed) the graph for calls of `shape`: each layer is called
    /// symbolically outside any name scope, which builds it and records its shapes.
    ///
    /// A failure switches the model to eager-only calls, as Keras does.
    private func inferGraph(_ shape: TensorShape) {
        guard explicitInputShape == nil, !graphFailed, !addedLayers.isEmpty,
            shape.dimensions != nil
        else { return }
        let relaxed: TensorShape?
        if let previous = inferredInputShape {
            relaxed = Self.relax(previous, shape)
        } else {
            relaxed = shape
        }
        guard let relaxed, relaxed != inferredInputShape else { return }
        let me = ObjectIdentifier(self)
        for layer in childLayers { layer.removeShapeRecords(owner: me) }
        removeShapeRecords(owner: me)
        do {
            var current = relaxed
            try context.withoutNameScopes {
                for layer in forwardLayers {
                    current = try layer.symbolicCall(current, owner: me)
                }
            }
            inferredInputShape = relaxed
            recordOwnShape(input: relaxed, output: current)
            built = true
            buildInputShape = relaxed
        } catch {
            graphFailed = true
        }
    }

    /// Whether the graph was inferred for exactly this shape (no rebuild needed).
    private func inferredMatches(_ shape: [Int]) -> Bool {
        guard let dims = inferredInputShape?.dimensions, dims.count == shape.count else {
            return false
        }
        for (known, actual) in zip(dims, shape) where known != actual { return false }
        return true
    }

    /// Forgets the inferred graph (after the layer list changed).
    private func forgetInferredGraph() {
        let me = ObjectIdentifier(self)
        for layer in childLayers { layer.removeShapeRecords(owner: me) }
        removeShapeRecords(owner: me)
        inferredInputShape = nil
    }

    /// Records the graph's own input and output shapes (the model's `outputShape()`).
    private func recordOwnShape(input: TensorShape, output: TensorShape) {
        let me = ObjectIdentifier(self)
        removeShapeRecords(owner: me)
        shapeRecords.append(ShapeRecord(owner: me, input: input, output: output))
    }

    /// `shape` with the dimensions unknown in the placeholder of a model being built made
    /// unknown again.
    private func placeholderAdjusted(_ shape: TensorShape) -> TensorShape {
        guard let placeholder = context.placeholderShape?.dimensions,
            let dims = shape.dimensions, placeholder.count == dims.count
        else { return shape }
        return TensorShape(zip(placeholder, dims).map { $0 == nil ? nil : $1 })
    }

    /// Keras's `relax_input_shape`: dimensions that differ become unknown; ranks that differ
    /// give no shape.
    static func relax(_ a: TensorShape, _ b: TensorShape) -> TensorShape? {
        guard let x = a.dimensions, let y = b.dimensions, x.count == y.count else { return nil }
        return TensorShape(zip(x, y).map { $0 == $1 ? $0 : nil })
    }
}
