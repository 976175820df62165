import Layers
import Tensors

/// `class MLP(tf.keras.Model)` with two tracked Dense layers (`out` first) and two own
/// weights, one of them non-trainable.
final class MLP: Model {
    let out: Dense
    let hidden: Dense

    init(context: KerasContext) throws {
        out = try Dense(units: 1, context: context)
        hidden = try Dense(units: 4, activation: .relu, context: context)
        super.init(className: "MLP", context: context)
        trackAttribute("out", [out])
        trackAttribute("hidden", [hidden])
        let scale = try addWeight(
            name: "scale", shape: [1], initializer: Initializer.named("ones"), trainable: false)
        let w = try addWeight(name: "w", shape: [2], initializer: Initializer.named("zeros"))
        scaleVariable = scale
        wVariable = w
    }

    var scaleVariable: Variable?
    var wVariable: Variable?

    override func call(_ input: Tensor, training: Bool?) throws -> Tensor {
        try out(hidden(input)) * (scaleVariable?.value ?? Tensor(scalar: Float(1)))
    }
}

/// `class Block(tf.keras.Model)` with a list attribute of two layers and an unused layer.
final class Block: Model {
    let blocks: [Dense]
    let unused: Dense

    init(context: KerasContext) throws {
        blocks = [try Dense(units: 3, context: context), try Dense(units: 2, context: context)]
        unused = try Dense(units: 5, context: context)
        super.init(className: "Block", context: context)
        trackAttribute("blocks", blocks)
        trackAttribute("unused", [unused])
    }

    override func call(_ input: Tensor, training: Bool?) throws -> Tensor {
        var x = input
        for block in blocks { x = try block(x) }
        return x
    }
}

/// A model calling one Dense layer.
final class MLP2: Model {
    let hidden: Dense

    init(context: KerasContext) throws {
        hidden = try Dense(units: 3, context: context)
        super.init(className: "MLP2", context: context)
        trackAttribute("hidden", [hidden])
    }

    override func call(_ input: Tensor, training: Bool?) throws -> Tensor {
        try hidden(input)
    }
}

/// A model whose body is a `Sequential`.
final class MLP3: Model {
    let body: Sequential
    let head: Dense

    init(context: KerasContext) throws {
        body = try Sequential(
            [try Dense(units: 4, context: context), try Dense(units: 2, context: context)],
            context: context)
        head = try Dense(units: 1, context: context)
        super.init(className: "MLP3", context: context)
        trackAttribute("body", [body])
        trackAttribute("head", [head])
    }

    override func call(_ input: Tensor, training: Bool?) throws -> Tensor {
        try head(body(input))
    }
}

/// `class Wrap(tf.keras.layers.Layer)`: a sub-layer and an own weight created in `__init__`.
final class Wrap: Layer {
    let inner: Dense
    var own: Variable?

    init(context: KerasContext) throws {
        inner = try Dense(units: 2, context: context)
        super.init(className: "Wrap", context: context)
        trackAttribute("inner", [inner])
        own = try addWeight(name: "own", shape: [2], initializer: Ones())
    }

    override func call(_ input: Tensor, training: Bool?) throws -> Tensor {
        try inner(input) * (own?.value ?? Tensor(scalar: Float(1)))
    }
}

/// A layer whose call multiplies by a `(5, 5)` matrix, failing for other inputs.
final class Bad: Layer {
    init(context: KerasContext) {
        super.init(className: "Bad", context: context)
    }

    override func call(_ input: Tensor, training: Bool?) throws -> Tensor {
        try input.matmul(Tensor.ones([5, 5]))
    }
}

/// `class Lin(tf.keras.layers.Layer)` building its kernel and bias, `call(self, x)`.
final class Lin: Layer {
    let units: Int
    var kernel: Variable?
    var bias: Variable?

    init(units: Int, context: KerasContext) {
        self.units = units
        super.init(className: "Lin", context: context)
    }

    override func build(inputShape: TensorShape) throws {
        let last = inputShape.dimensions?.last.flatMap { $0 } ?? 0
        kernel = try addWeight(name: "kernel", shape: [last, units])
        bias = try addWeight(name: "bias", shape: [units], initializer: Zeros())
    }

    override func call(_ input: Tensor, training: Bool?) throws -> Tensor {
        guard let kernel, let bias else { return input }
        return try input.matmul(kernel.value) + bias.value
    }

    override func callArguments(input: Tensor, training: Bool?) -> [(name: String, value: String)] {
        [("x", Self.describeArgument(input))]
    }
}
