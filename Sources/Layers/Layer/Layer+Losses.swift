import Tensors

extension Layer {
    /// The layer's losses now, in Keras's order (`layer.losses`, `model.losses`): for this layer
    /// and then each sub-layer (depth first), the losses its latest call added (activity
    /// penalties, `addLoss`), then the penalties of its regularized weights computed from their
    /// current values.
    ///
    /// Weights are read through the session, so a gradient tape recording now differentiates
    /// the penalties too (which is how `fit` trains with them).
    ///
    /// - Throws: the regularizers' errors.
    public func losses() throws -> [Tensor] {
        var collected: [Tensor] = []
        for layer in flattenedLayers() {
            collected += layer.callLosses
            for (variable, regularizer) in layer.weightPenalties {
                collected.append(try regularizer(variable.read(in: context)))
            }
        }
        return collected
    }

    /// Adds a loss to the layer's current call (Keras's `add_loss` with a tensor): listed by
    /// `losses` until the next top-level call.
    public func addLoss(_ loss: Tensor) {
        callLosses.append(loss)
    }

    /// This layer, then every layer below it, depth first, each once (Keras's
    /// `_flatten_layers`).
    func flattenedLayers() -> [Layer] {
        var seen = Set<ObjectIdentifier>()
        var order: [Layer] = []
        func visit(_ layer: Layer) {
            guard seen.insert(ObjectIdentifier(layer)).inserted else { return }
            order.append(layer)
            for child in layer.childLayers { visit(child) }
        }
        visit(self)
        return order
    }

    /// Forgets the losses of the previous top-level call, in this layer and below.
    func clearCallLosses() {
        for layer in flattenedLayers() where !layer.callLosses.isEmpty {
            layer.callLosses.removeAll()
        }
    }

    /// Adds the activity penalty of `output`: the regularizer's value divided by the batch
    /// size, as Keras averages it over the samples.
    func addActivityPenalty(_ regularizer: Regularizer, output: Tensor) throws {
        let penalty = try regularizer(output)
        let batch = Tensor(scalar: Double(output.shape.first ?? 1)).cast(to: penalty.dtype)
        addLoss(try penalty / batch)
    }
}
