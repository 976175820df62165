import Interpreter

extension ClassBinding {
    /// `tf.errors.OpError`, the base of TensorFlow's errors.
    static let opError = ClassBinding(
        "OpError", module: errorsModule, base: .builtin(.exception),
        exports: ["tf.errors.OpError"])

    /// `tf.errors.InvalidArgumentError`, what most failing ops raise.
    static let invalidArgumentError = tensorflowError("InvalidArgumentError")

    /// `tf.errors.ResourceExhaustedError`, for tensors over the memory limit.
    static let resourceExhaustedError = tensorflowError("ResourceExhaustedError")

    /// TensorFlow's error classes (`tf.errors.InvalidArgumentError`, …), each deriving from
    /// `OpError`.
    static let tensorflowErrors: [ClassBinding] = [
        "CancelledError", "UnknownError", "InvalidArgumentError", "DeadlineExceededError",
        "NotFoundError", "AlreadyExistsError", "PermissionDeniedError", "UnauthenticatedError",
        "ResourceExhaustedError", "FailedPreconditionError", "AbortedError", "OutOfRangeError",
        "UnimplementedError", "InternalError", "UnavailableError", "DataLossError",
    ].map { name in
        switch name {
        case "InvalidArgumentError": invalidArgumentError
        case "ResourceExhaustedError": resourceExhaustedError
        default: tensorflowError(name)
        }
    }

    private static let errorsModule = "tensorflow.python.framework.errors_impl"

    private static func tensorflowError(_ name: String) -> ClassBinding {
        ClassBinding(
            name, module: errorsModule, base: .bound(.opError), exports: ["tf.errors.\(name)"])
    }
}
