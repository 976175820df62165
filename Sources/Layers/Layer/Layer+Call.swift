import Tensors

/// The context Keras adds to an error raised inside a layer's `call`: which layer, and the
/// arguments it was called with.
public struct LayerCallInfo: Sendable, Equatable {
    /// The layer's name.
    public var layerName: String
    /// The layer's Python class name.
    public var className: String
    /// The call's arguments (name, value text) in signature order.
    public var arguments: [Argument]

    /// One argument of the call.
    public struct Argument: Sendable, Equatable {
        /// The parameter name.
        public var name: String
        /// The value as Keras shows it (`tf.Tensor(shape=(2, 3), dtype=float32)`, `None`).
        public var value: String

        /// Creates an argument.
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// Creates call info.
    public init(layerName: String, className: String, arguments: [Argument]) {
        self.layerName = layerName
        self.className = className
        self.arguments = arguments
    }

    /// `message` wrapped as Keras wraps it.
    ///
    /// The text is:
    ///
    /// ```text
    /// Exception encountered when calling layer 'bad' (type Bad).
    ///
    /// <message>
    ///
    /// Call arguments received by layer 'bad' (type Bad):
    ///   • x=tf.Tensor(shape=(2, 3), dtype=float32)
    /// ```
    public func annotate(_ message: String) -> String {
        let display = "layer '\(layerName)' (type \(className))"
        let lines = arguments.map { "  • \($0.name)=\($0.value)" }.joined(separator: "\n")
        return "Exception encountered when calling \(display).\n\n\(message)\n\n"
            + "Call arguments received by \(display):\n" + lines
    }
}

extension Layer {
    /// Calls the layer on `input` (Python's `layer(x)`, Keras's `__call__`): checks the input spec,
    /// enters the layer's name scope, builds the layer on its first call from the input's shape,
    /// casts a float input to the layer's dtype, and runs `call`.
    ///
    /// An error thrown by `call` gets Keras's "Exception encountered when calling layer" context
    /// (only from the innermost failing layer).
    ///
    /// - Parameter training: the training flag; `nil` inherits the enclosing call's.
    /// - Throws: `ValueError` for an incompatible input (Keras's text), build errors, and
    ///   `call`'s errors with the call context added.
    public final func callAsFunction(_ input: Tensor, training: Bool? = nil) throws -> Tensor {
        if let inputSpec {
            try inputSpec.check(concrete: input.shape, layerName: name)
        }
        let resolved = training ?? context.inheritedTraining
        if context.trainingStack.isEmpty {
            clearCallLosses()
        }
        context.trainingStack.append(resolved)
        defer { context.trainingStack.removeLast() }
        return try context.withNameScope(name) {
            if !built {
                try buildFromCall(TensorShape(input.shape))
            }
            let cast = input.dtype.isFloatingPoint && input.dtype != dtype
            let prepared = cast ? input.cast(to: dtype) : input
            let output: Tensor
            do {
                output = try call(prepared, training: resolved)
            } catch {
                throw annotateCallError(error, input: prepared, training: resolved)
            }
            if let activityRegularizer {
                try addActivityPenalty(activityRegularizer, output: output)
            }
            return output
        }
    }

    /// Builds the layer from a call's input shape (Keras's `_maybe_build`).
    func buildFromCall(_ shape: TensorShape) throws {
        try build(inputShape: shape)
        built = true
        buildInputShape = shape
    }

    /// The output shape of a symbolic call inside a model's graph: checks the input spec,
    /// builds the layer (inside its name scope) if needed, computes the output shape, and
    /// records both shapes under `owner` for `outputShape` and `summary()`.
    func symbolicCall(_ shape: TensorShape, owner: ObjectIdentifier) throws -> TensorShape {
        if let inputSpec {
            try inputSpec.check(shape, layerName: name)
        }
        let output = try context.withNameScope(name) {
            if !built {
                try buildFromCall(shape)
            }
            return try computeOutputShape(shape)
        }
        shapeRecords.append(ShapeRecord(owner: owner, input: shape, output: output))
        return output
    }

    /// `error` with Keras's call context added, unless an inner layer already added it.
    private func annotateCallError(_ error: any Error, input: Tensor, training: Bool?)
        -> any Error
    {
        let info = LayerCallInfo(
            layerName: name, className: className,
            arguments: callArguments(input: input, training: training).map {
                LayerCallInfo.Argument(name: $0.name, value: $0.value)
            })
        if let layerError = error as? LayerError {
            if layerError.callContextAdded { return layerError }
            return LayerError(
                layerError.kind, info.annotate(layerError.message), callContextAdded: true)
        }
        if let tensorError = error as? TensorError {
            return LayerError(
                LayerError.Kind(tensorError.kind), info.annotate(tensorError.tensorflowMessage),
                callContextAdded: true)
        }
        if let annotate = context.annotateForeignCallError {
            return annotate(error, info)
        }
        return error
    }
}
