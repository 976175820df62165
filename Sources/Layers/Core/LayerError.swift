import Tensors

/// An error from the layer library: the Python exception type it maps to and Keras's message.
///
/// Errors from tensor operations keep their own type, `TensorError`; everything the layer
/// library itself rejects is a `LayerError`. Bindings turn `kind.pythonName` into the
/// exception class and `message` into its text.
///
/// ```swift
/// do { _ = try dense(Tensor.ones([2, 5])) } catch let error as LayerError {
///     error.kind.pythonName   // "ValueError"
///     error.message           // "Input 0 of layer \"dense\" is incompatible with the layer: …"
/// }
/// ```
public struct LayerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The Python exception type an error maps to.
    public enum Kind: String, Sendable, Equatable {
        /// Python's `ValueError`.
        case value = "ValueError"
        /// Python's `TypeError`.
        case type = "TypeError"
        /// Python's `AttributeError` (Keras raises it for `output_shape` of an uncalled layer).
        case attribute = "AttributeError"
        /// Python's `IndexError`.
        case index = "IndexError"
        /// Python's `RuntimeError`.
        case runtime = "RuntimeError"
        /// Python's `NotImplementedError` (a layer without `call`).
        case notImplemented = "NotImplementedError"
        /// Python's `OSError` (a weights file that can't be read or written).
        case os = "OSError"
        /// `tf.errors.InvalidArgumentError`.
        case invalidArgument = "InvalidArgumentError"
        /// `tf.errors.ResourceExhaustedError`.
        case resourceExhausted = "ResourceExhaustedError"

        /// The Python class name, such as `ValueError`.
        public var pythonName: String { rawValue }

        /// The kind matching a tensor error's kind.
        public init(_ kind: TensorError.Kind) {
            switch kind {
            case .invalidArgument: self = .invalidArgument
            case .resourceExhausted: self = .resourceExhausted
            case .type: self = .type
            case .value: self = .value
            case .index: self = .index
            case .runtime: self = .runtime
            case .attribute: self = .attribute
            // Keras has no such kind; TensorFlow's class name is `TensorError.Kind.pythonName`.
            case .unimplemented: self = .notImplemented
            case .notImplemented: self = .notImplemented
            }
        }
    }

    /// The Python exception type.
    public var kind: Kind
    /// The whole message, as Python prints it after `Kind: `.
    public var message: String
    /// Whether the message already carries Keras's "Exception encountered when calling layer"
    /// context (only the innermost failing layer adds it).
    public var callContextAdded: Bool

    /// Creates an error.
    public init(_ kind: Kind, _ message: String, callContextAdded: Bool = false) {
        self.kind = kind
        self.message = message
        self.callContextAdded = callContextAdded
    }

    /// `Kind: message`, as a traceback's last line shows it.
    public var description: String { kind.pythonName + ": " + message }
}
