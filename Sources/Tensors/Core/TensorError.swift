/// An error from a tensor operation: the Python/TensorFlow error type, the TensorFlow op that
/// raised it, and TensorFlow's own sentence.
///
/// Bindings compose the full TensorFlow text from the parts; `tensorflowMessage` does it the
/// way TensorFlow 2.15 prints it:
///
/// ```swift
/// do { _ = try a.adding(b) } catch let error as TensorError {
///     error.kind.pythonName     // "InvalidArgumentError"
///     error.message             // "Incompatible shapes: [2] vs. [3]"
///     error.tensorflowMessage
///     // "{{function_node __wrapped__AddV2_device_/job:localhost/replica:0/task:0/device:CPU:0}}
///     //  Incompatible shapes: [2] vs. [3] [Op:AddV2] name: "
/// }
/// ```
public struct TensorError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The Python exception type the error maps to.
    public enum Kind: String, Sendable, Equatable {
        /// `tf.errors.InvalidArgumentError`.
        case invalidArgument = "InvalidArgumentError"
        /// `tf.errors.ResourceExhaustedError` (a tensor larger than the size limit).
        case resourceExhausted = "ResourceExhaustedError"
        /// Python's `TypeError`.
        case type = "TypeError"
        /// Python's `ValueError`.
        case value = "ValueError"
        /// Python's `IndexError`.
        case index = "IndexError"
        /// Python's `RuntimeError` (a non-persistent gradient tape used twice).
        case runtime = "RuntimeError"
        /// Python's `AttributeError` (a tape watched before it was ever entered).
        case attribute = "AttributeError"
        /// `tf.errors.UnimplementedError` (convolution strides along the batch axis).
        case unimplemented = "UnimplementedError"
        /// Python's `NotImplementedError`: a TensorFlow feature this library lacks.
        case notImplemented = "NotImplementedError"

        /// The Python class name, such as `InvalidArgumentError`.
        public var pythonName: String { rawValue }
    }

    /// The Python exception type.
    public var kind: Kind
    /// The TensorFlow op name shown as `[Op:AddV2]`, or `nil` when the message has none.
    public var op: String?
    /// The kernel's function name in TensorFlow's `{{function_node __wrapped__…}}` prefix
    /// (usually the op name; `_MklMatMul` for `MatMul`), or `nil` when there is no prefix.
    public var kernel: String?
    /// The core sentence, such as `Incompatible shapes: [2] vs. [3]`.
    public var message: String
    /// The text after ` name: ` (empty for most eager ops, `strided_slice/` for slicing), or
    /// `nil` when TensorFlow prints no name part (as for `Reshape`).
    public var nodeName: String?

    /// Creates an error from its parts.
    public init(
        _ kind: Kind, op: String? = nil, kernel: String? = nil, message: String,
        nodeName: String? = nil
    ) {
        self.kind = kind
        self.op = op
        self.kernel = kernel
        self.message = message
        self.nodeName = nodeName
    }

    /// The message as TensorFlow 2.15 prints it after `InvalidArgumentError: `.
    public var tensorflowMessage: String {
        var text = ""
        if let kernel {
            text += "{{function_node __wrapped__\(kernel)_device_/job:localhost/replica:0/task:0/"
            text += "device:CPU:0}} "
        }
        text += message
        if let op { text += " [Op:\(op)]" }
        if let nodeName { text += " name: " + nodeName }
        return text
    }

    /// `Kind: message` as a Python traceback's last line shows it.
    public var description: String { kind.pythonName + ": " + tensorflowMessage }
}

extension TensorError {
    /// TensorFlow's error for a Python int beyond 64 bits in `tf.constant` (a `TensorLiteral`
    /// can't hold one, so bindings raise this before building the literal).
    public static let outOfRangeInteger = TensorError(
        .value, message: "Can't convert Python sequence with out-of-range integer to Tensor.")

    /// An `InvalidArgumentError` raised inside a kernel (with the function-node prefix).
    static func kernel(_ op: String, _ message: String, kernel: String? = nil) -> TensorError {
        TensorError(.invalidArgument, op: op, kernel: kernel ?? op, message: message, nodeName: "")
    }

    /// TensorFlow's error when an op gets a second input of another dtype.
    static func dtypeMismatch(_ op: String, input: Int, expected: DType, actual: DType)
        -> TensorError
    {
        let sentence =
            "cannot compute \(op) as input #\(input)(zero-based) was expected to be a "
            + "\(expected.kernelName) tensor but is a \(actual.kernelName) tensor"
        return TensorError(.invalidArgument, op: op, message: sentence, nodeName: "")
    }

    /// The shape as TensorFlow writes it in kernel messages: `[2,3]`.
    static func bracketed(_ shape: [Int]) -> String {
        "[" + shape.map(String.init).joined(separator: ",") + "]"
    }

    /// The shape as a Python tuple: `(2, 3)`, `(2,)`, `()`.
    static func tuple(_ shape: [Int]) -> String {
        shape.count == 1
            ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
    }
}
