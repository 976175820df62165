import Tensors

extension Layer {
    /// Creates a weight of this layer (Keras's `add_weight`), named with the open name scopes:
    /// `dense_1/kernel:0` when called from a build during the layer's first call, `kernel:0`
    /// outside any call.
    ///
    /// - Parameters:
    ///   - name: the weight's own name (`Variable` when `nil`, as TensorFlow does).
    ///   - initializer: by default Glorot uniform for floats, zeros for integers and bools.
    ///   - dtype: the layer's dtype by default.
    ///   - regularizer: a penalty on the weight, which `losses` lists.
    /// - Throws: the initializer's errors.
    @discardableResult
    public func addWeight(
        name: String? = nil, shape: [Int], initializer: Initializer? = nil,
        trainable: Bool = true, dtype: DType? = nil, regularizer: Regularizer? = nil
    ) throws -> Variable {
        let weightType = dtype ?? self.dtype
        let chosen = initializer ?? (weightType.isFloatingPoint ? GlorotUniform() : Zeros())
        let value = try chosen(shape: shape, dtype: weightType, context: context)
        let variable = Variable(
            value: value.dtype == weightType ? value : value.cast(to: weightType),
            fullName: context.variableName(name ?? "Variable"), trainable: trainable)
        if trainable {
            ownTrainableWeights.append(variable)
        } else {
            ownNonTrainableWeights.append(variable)
        }
        if let regularizer {
            weightPenalties.append((variable, regularizer))
        }
        return variable
    }

    /// The weights optimizers train, in Keras's order: a layer's own before its sub-layers',
    /// a model's sub-layers' before its own; none when `trainable` is false.
    public var trainableWeights: [Variable] {
        guard trainable else { return [] }
        let children = childLayers.flatMap(\.trainableWeights)
        return Self.unique(
            ownWeightsFirst ? ownTrainableWeights + children : children + ownTrainableWeights)
    }

    /// The weights optimizers leave alone (all of them when `trainable` is false).
    public var nonTrainableWeights: [Variable] {
        if trainable {
            let children = childLayers.flatMap(\.nonTrainableWeights)
            return Self.unique(
                ownWeightsFirst
                    ? ownNonTrainableWeights + children : children + ownNonTrainableWeights)
        }
        let own = ownTrainableWeights + ownNonTrainableWeights
        let children = childLayers.flatMap(\.weights)
        return Self.unique(ownWeightsFirst ? own + children : children + own)
    }

    /// All weights (Keras's `weights`): for a layer, the trainable ones, then the others; for a
    /// model, each sub-layer's weights in turn, then its own (so a `BatchNormalization`'s
    /// moving averages stay beside its `gamma` and `beta`).
    public var weights: [Variable] {
        if ownWeightsFirst {
            return Self.unique(trainableWeights + nonTrainableWeights)
        }
        return Self.unique(
            childLayers.flatMap(\.weights) + ownTrainableWeights + ownNonTrainableWeights)
    }

    /// The weights' current values (Keras's `get_weights()`).
    public func getWeights() -> [Tensor] {
        weights.map(\.value)
    }

    /// Sets every weight at once (Keras's `set_weights`), converting each value to its
    /// weight's dtype; nothing changes unless all fit.
    ///
    /// - Parameter providedDescription: how the caller's list prints in Python (`str(list)`),
    ///   for the count error; by default the arrays' numpy reprs in brackets.
    /// - Throws: Keras's `ValueError`s: `You called `set_weights(weights)` on layer
    ///   "sequential_1" with a weight list of length 1, but the layer was expecting 4 weights.
    ///   Provided weights: …` and `Layer sequential_1 weight shape (3, 4) is not compatible
    ///   with provided weight shape (3, 5).`.
    public func setWeights(_ values: [Tensor], providedDescription: String? = nil) throws {
        let targets = weights
        guard targets.count == values.count else {
            let description =
                providedDescription
                ?? "[" + values.map(\.numpyRepr).joined(separator: ", ") + "]"
            throw LayerError(
                .value,
                "You called `set_weights(weights)` on layer \"\(name)\" with a weight list of "
                    + "length \(values.count), but the layer was expecting \(targets.count) "
                    + "weights. Provided weights: \(String(description.prefix(50)))...")
        }
        for (target, value) in zip(targets, values) where target.shape != value.shape {
            throw LayerError(
                .value,
                "Layer \(name) weight shape \(TensorShape(target.shape)) is not compatible "
                    + "with provided weight shape \(TensorShape(value.shape)).")
        }
        for (target, value) in zip(targets, values) {
            target.load(value)
        }
    }

    /// The number of scalars in all weights (Keras's `count_params()`).
    ///
    /// - Throws: Keras's `ValueError` for a layer that isn't built.
    public func countParams() throws -> Int {
        guard built else {
            throw LayerError(
                .value,
                "You tried to call `count_params` on layer \(name), but the layer isn't "
                    + "built. You can build it manually via: `\(name).build(batch_input_shape)`.")
        }
        return weights.reduce(0) { $0 + $1.count }
    }

    /// `variables` without repeats, by identity, keeping the first occurrence.
    static func unique(_ variables: [Variable]) -> [Variable] {
        var seen = Set<ObjectIdentifier>()
        return variables.filter { seen.insert(ObjectIdentifier($0)).inserted }
    }
}
