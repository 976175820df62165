import Interpreter
import Layers
import Tensors

extension Engine {
    /// The Python exception for an engine error: TensorFlow's error classes for
    /// `InvalidArgumentError` and `ResourceExhaustedError`, the built-in ones otherwise, with
    /// TensorFlow's full message (`{{function_node …}} … [Op:MatMul] name: `).
    func pythonError(_ error: any Error) -> PyError {
        switch error {
        case let e as PyError:
            return e
        case let e as TensorError:
            return rt.error(exceptionClass(LayerError.Kind(e.kind)), e.tensorflowMessage)
        case let e as LayerError:
            let converted = rt.error(exceptionClass(e.kind), e.message)
            if e.callContextAdded { markCallContext(converted) }
            return converted
        default:
            return rt.error(.runtimeError, "\(error)")
        }
    }

    /// The class of a layer error's kind.
    func exceptionClass(_ kind: LayerError.Kind) -> PyClass {
        switch kind {
        case .value: return rt.exceptionClass(.valueError)
        case .type: return rt.exceptionClass(.typeError)
        case .attribute: return rt.exceptionClass(.attributeError)
        case .index: return rt.exceptionClass(.indexError)
        case .runtime: return rt.exceptionClass(.runtimeError)
        case .notImplemented: return rt.exceptionClass(.notImplementedError)
        case .os: return rt.exceptionClass(.osError)
        case .invalidArgument: return classes[.invalidArgumentError]
        case .resourceExhausted: return classes[.resourceExhaustedError]
        }
    }

    /// Runs `body`, turning engine errors into Python exceptions.
    @inline(__always)
    func guarded<T>(_ body: () throws -> T) throws(PyError) -> T {
        do {
            return try body()
        } catch {
            throw pythonError(error)
        }
    }

    /// `TypeError` with a message.
    func typeError(_ message: String) -> PyError {
        rt.error(.typeError, message)
    }

    /// `ValueError` with a message.
    func valueError(_ message: String) -> PyError {
        rt.error(.valueError, message)
    }

    /// TensorFlow's `InvalidArgumentError` with a message.
    func invalidArgument(_ message: String) -> PyError {
        rt.error(exceptionClass(.invalidArgument), message)
    }

    // MARK: - Keras call context

    /// Keras's context for a script exception raised inside a layer's `call` ("Exception
    /// encountered when calling layer …"), added once, by the innermost layer.
    func annotate(_ error: any Error, _ info: LayerCallInfo) -> any Error {
        guard let pyError = error as? PyError else { return error }
        // The cell's time limit must stay uncatchable, so it passes unchanged.
        if hasCallContext(pyError)
            || pyError.exceptionClass.isSubclass(of: rt.exceptionClass(.timeoutError))
        {
            return pyError
        }
        let annotated = rt.error(pyError.exceptionClass, info.annotate(rt.message(of: pyError)))
        markCallContext(annotated)
        return annotated
    }

    private func markCallContext(_ error: PyError) {
        error.exception.attributes.set(rt.intern("_keras_call_info_injected"), .bool(true))
    }

    private func hasCallContext(_ error: PyError) -> Bool {
        error.exception.attributes.get(rt.intern("_keras_call_info_injected")) != nil
    }
}
