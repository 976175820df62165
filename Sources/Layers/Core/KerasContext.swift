import Tensors

/// The session state Keras keeps globally, held by one object instead: the random generator
/// initializers draw from, the per-session layer-name counters, the name-scope stack that
/// prefixes variable names, and the training flag of the calls in progress.
///
/// Every layer is created with a context and keeps it. Two contexts never share state: two
/// notebook sessions (or two tests) each make their own, and the same seed gives the same
/// names and weights every time.
///
/// ```swift
/// let context = KerasContext(seed: 42)
/// let a = try Dense(units: 4, context: context)   // "dense"
/// let b = try Dense(units: 1, context: context)   // "dense_1"
/// let other = KerasContext(seed: 42)
/// let c = try Dense(units: 4, context: other)     // "dense" again: its own counters
/// ```
public final class KerasContext {
    /// The generator every initializer (and `Dropout` in training) draws from.
    public var generator: RandomGenerator
    /// The session's gradient tapes: the ones recording now, and the identities of watched
    /// tensors and variables.
    public let differentiation = DifferentiationContext()
    /// How many objects took each base name so far (Keras's per-graph name uid map).
    private var nameCounts: [String: Int] = [:]
    /// The name scopes entered by the layer calls in progress, outermost first.
    public private(set) var nameScopes: [String] = []
    /// The `training` flags of the layer calls in progress (an inner call without an explicit
    /// flag inherits the nearest one).
    var trainingStack: [Bool?] = []
    /// Set while a model builds itself on a placeholder input (`Model.build(_:)`): unknown
    /// dimensions were replaced by 1, and `Sequential` records them as unknown again.
    var placeholderShape: TensorShape?
    /// Receives the warnings Keras logs (`WARNING:tensorflow:Gradients do not exist for
    /// variables …`), one whole line each without its newline; `nil` drops them.
    public var warningHandler: ((String) -> Void)?
    /// The logits behind the latest outputs of Keras's `sigmoid` and `softmax` activations,
    /// which crossentropy losses use instead of the probabilities (Keras's `_keras_logits`).
    let activationLogits = ActivationLogits()
    /// Adds Keras's "Exception encountered when calling layer …" context to an error type the
    /// library doesn't know (the bindings' script exceptions); `nil` leaves such errors as they
    /// are.
    ///
    /// `LayerError` and `TensorError` are handled by the library itself.
    public var annotateForeignCallError: ((any Error, LayerCallInfo) -> any Error)?

    /// A context whose generator starts from `seed`.
    public init(seed: UInt64 = 0) {
        generator = RandomGenerator(seed: seed)
    }

    /// A context drawing from `generator`.
    public init(generator: RandomGenerator) {
        self.generator = generator
    }

    /// A fresh object name for `base`, Keras's way: `dense`, then `dense_1`, `dense_2`, … (counted
    /// per base name across the whole session).
    ///
    /// Explicit names given by the user don't move the counters, as in Keras.
    public func uniqueName(for base: String) -> String {
        let count = nameCounts[base, default: 0]
        nameCounts[base] = count + 1
        return count == 0 ? base : base + "_" + String(count)
    }

    /// Forgets every name counter (`tf.keras.backend.clear_session()`).
    public func resetNames() {
        nameCounts.removeAll()
    }

    /// The full name of a variable called `name` created now: the open name scopes, then the
    /// name, then `:0` (`dense_1/kernel:0`, or `Variable:0` outside any scope).
    public func variableName(_ name: String) -> String {
        if nameScopes.isEmpty { return name + ":0" }
        return nameScopes.joined(separator: "/") + "/" + name + ":0"
    }

    /// Runs `body` inside the name scope `name` (what a layer call does with its own name).
    public func withNameScope<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        nameScopes.append(name)
        defer { nameScopes.removeLast() }
        return try body()
    }

    /// Runs `body` outside every open name scope (TensorFlow's `init_scope`, used when a
    /// `Sequential` builds its layers).
    public func withoutNameScopes<T>(_ body: () throws -> T) rethrows -> T {
        let saved = nameScopes
        nameScopes = []
        defer { nameScopes = saved }
        return try body()
    }

    /// The `training` flag an inner call inherits when given none.
    var inheritedTraining: Bool? {
        for flag in trainingStack.reversed() where flag != nil { return flag }
        return nil
    }

    /// Keras's `to_snake_case`: the default name of a layer of class `className`
    /// (`Dense` → `dense`, `MyDense` → `my_dense`, `HTTPServerLayer` → `http_server_layer`,
    /// `_Private` → `private__private`).
    public static func snakeCase(_ className: String) -> String {
        let chars = Array(className)
        // Pass 1: an underscore before every capital that starts a capitalized word
        // (one capital followed by lowercase letters), unless it starts the name.
        var pass1: [Character] = []
        for (index, char) in chars.enumerated() {
            let next = index + 1 < chars.count ? chars[index + 1] : nil
            if index > 0, char.isUppercase, let next, next.isLowercase, next.isASCII,
                char.isASCII
            {
                pass1.append("_")
            }
            pass1.append(char)
        }
        // Pass 2: an underscore between a lowercase letter and a capital.
        var pass2: [Character] = []
        for (index, char) in pass1.enumerated() {
            if index > 0, char.isUppercase, char.isASCII, pass1[index - 1].isLowercase,
                pass1[index - 1].isASCII
            {
                pass2.append("_")
            }
            pass2.append(char)
        }
        let lowered = String(pass2).lowercased()
        return lowered.hasPrefix("_") ? "private" + lowered : lowered
    }
}
