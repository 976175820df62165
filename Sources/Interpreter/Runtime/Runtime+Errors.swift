/// The built-in exception types native code raises by name.
public enum PythonErrorType: String, CaseIterable, Sendable {
    /// `BaseException`.
    case baseException = "BaseException"
    /// `Exception`.
    case exception = "Exception"
    /// `ArithmeticError`.
    case arithmeticError = "ArithmeticError"
    /// `AssertionError`.
    case assertionError = "AssertionError"
    /// `AttributeError`.
    case attributeError = "AttributeError"
    /// `FileExistsError`.
    case fileExistsError = "FileExistsError"
    /// `FileNotFoundError`.
    case fileNotFoundError = "FileNotFoundError"
    /// `ImportError`.
    case importError = "ImportError"
    /// `IndexError`.
    case indexError = "IndexError"
    /// `IsADirectoryError`.
    case isADirectoryError = "IsADirectoryError"
    /// `KeyError`.
    case keyError = "KeyError"
    /// `LookupError`.
    case lookupError = "LookupError"
    /// `MemoryError`.
    case memoryError = "MemoryError"
    /// `ModuleNotFoundError`.
    case moduleNotFoundError = "ModuleNotFoundError"
    /// `NameError`.
    case nameError = "NameError"
    /// `NotADirectoryError`.
    case notADirectoryError = "NotADirectoryError"
    /// `NotImplementedError`.
    case notImplementedError = "NotImplementedError"
    /// `OSError`.
    case osError = "OSError"
    /// `OverflowError`.
    case overflowError = "OverflowError"
    /// `PermissionError`.
    case permissionError = "PermissionError"
    /// `RecursionError`.
    case recursionError = "RecursionError"
    /// `RuntimeError`.
    case runtimeError = "RuntimeError"
    /// `StopIteration`.
    case stopIteration = "StopIteration"
    /// `SyntaxError`.
    case syntaxError = "SyntaxError"
    /// `IndentationError`.
    case indentationError = "IndentationError"
    /// `TabError`.
    case tabError = "TabError"
    /// `SystemError`.
    case systemError = "SystemError"
    /// `TimeoutError`.
    case timeoutError = "TimeoutError"
    /// `TypeError`.
    case typeError = "TypeError"
    /// `UnboundLocalError`.
    case unboundLocalError = "UnboundLocalError"
    /// `ValueError`.
    case valueError = "ValueError"
    /// `ZeroDivisionError`.
    case zeroDivisionError = "ZeroDivisionError"
}

extension Runtime {
    /// The class of a built-in exception type.
    public func exceptionClass(_ type: PythonErrorType) -> PyClass {
        exceptionClasses[type.rawValue] ?? types.object
    }

    /// A built-in exception with a message (no arguments when the message is empty), ready
    /// to throw.
    public func error(_ type: PythonErrorType, _ message: String) -> PyError {
        error(exceptionClass(type), message)
    }

    /// An exception of any exception class with a message, ready to throw.
    public func error(_ cls: PyClass, _ message: String) -> PyError {
        PyError(newException(cls, args: message.isEmpty ? [] : [Value(message)]))
    }

    /// An exception of any exception class with arguments, ready to throw.
    public func error(_ cls: PyClass, arguments: [Value]) -> PyError {
        PyError(newException(cls, args: arguments))
    }

    /// A new exception object (not yet raised).
    func newException(_ cls: PyClass, args: [Value]) -> PyInstance {
        let e = newInstance(cls)
        if e.exceptionState == nil {
            e.exceptionState = ExceptionState()
        }
        e.exceptionState?.args = args
        return e
    }

    /// `TypeError`.
    func typeError(_ message: String) -> PyError { error(.typeError, message) }

    /// `ValueError`.
    func valueError(_ message: String) -> PyError { error(.valueError, message) }

    /// `KeyError(key)`.
    func keyError(_ key: Value) -> PyError {
        PyError(newException(exceptionClass(.keyError), args: [key]))
    }

    /// `NameError: name 'x' is not defined`.
    func nameError(_ name: String) -> PyError {
        let e = error(.nameError, "name '\(name)' is not defined")
        e.exception.attributes.set(intern("name"), Value(name))
        return e
    }

    /// `UnboundLocalError` for a local read before assignment.
    func unboundLocalError(_ name: String) -> PyError {
        error(
            .unboundLocalError,
            "cannot access local variable '\(name)' where it is not associated with a value")
    }

    /// `AttributeError: 'X' object has no attribute 'y'`.
    func attributeError(_ object: Value, _ name: String) -> PyError {
        let message: String
        switch object {
        case .object(let o) where o.kind == .module:
            let m = unsafeDowncast(o, to: PyModule.self)
            message = "module '\(m.name)' has no attribute '\(name)'"
        case .object(let o) where o.kind == .type:
            let c = unsafeDowncast(o, to: PyClass.self)
            message = "type object '\(c.name)' has no attribute '\(name)'"
        default:
            message = "'\(typeName(object))' object has no attribute '\(name)'"
        }
        let e = error(.attributeError, message)
        return e
    }

    /// `ZeroDivisionError`.
    func zeroDivision(_ message: String = "division by zero") -> PyError {
        error(.zeroDivisionError, message)
    }

    /// Whether an error is an instance of the given exception class.
    public func matches(_ error: PyError, _ type: PythonErrorType) -> Bool {
        error.exception.cls.isSubclass(of: exceptionClass(type))
    }

    /// Converts any Swift error thrown by native code into a Python exception.
    func pythonError(from error: any Error) -> PyError {
        if let e = error as? PyError { return e }
        return self.error(.systemError, "native code failed: \(error)")
    }

    /// The message of an exception as `str(e)` gives it.
    public func message(of error: PyError) -> String {
        (try? str(.object(error.exception))) ?? ""
    }

    func installExceptionClasses() {
        let tree: [(String, String?)] = [
            ("BaseException", nil),
            ("SystemExit", "BaseException"),
            ("KeyboardInterrupt", "BaseException"),
            ("GeneratorExit", "BaseException"),
            ("Exception", "BaseException"),
            ("StopIteration", "Exception"),
            ("StopAsyncIteration", "Exception"),
            ("ArithmeticError", "Exception"),
            ("FloatingPointError", "ArithmeticError"),
            ("OverflowError", "ArithmeticError"),
            ("ZeroDivisionError", "ArithmeticError"),
            ("AssertionError", "Exception"),
            ("AttributeError", "Exception"),
            ("BufferError", "Exception"),
            ("EOFError", "Exception"),
            ("ImportError", "Exception"),
            ("ModuleNotFoundError", "ImportError"),
            ("LookupError", "Exception"),
            ("IndexError", "LookupError"),
            ("KeyError", "LookupError"),
            ("MemoryError", "Exception"),
            ("NameError", "Exception"),
            ("UnboundLocalError", "NameError"),
            ("OSError", "Exception"),
            ("FileExistsError", "OSError"),
            ("FileNotFoundError", "OSError"),
            ("IsADirectoryError", "OSError"),
            ("NotADirectoryError", "OSError"),
            ("PermissionError", "OSError"),
            ("TimeoutError", "OSError"),
            ("ReferenceError", "Exception"),
            ("RuntimeError", "Exception"),
            ("NotImplementedError", "RuntimeError"),
            ("RecursionError", "RuntimeError"),
            ("SyntaxError", "Exception"),
            ("IndentationError", "SyntaxError"),
            ("TabError", "IndentationError"),
            ("SystemError", "Exception"),
            ("TypeError", "Exception"),
            ("ValueError", "Exception"),
            ("UnicodeError", "ValueError"),
            ("Warning", "Exception"),
            ("UserWarning", "Warning"),
            ("DeprecationWarning", "Warning"),
            ("PendingDeprecationWarning", "Warning"),
            ("RuntimeWarning", "Warning"),
            ("FutureWarning", "Warning"),
        ]
        for (name, baseName) in tree {
            let base = baseName.flatMap { exceptionClasses[$0] } ?? types.object
            let cls = makeClass(
                name: name, module: "builtins", bases: [base], layout: .exception, isBuiltin: true)
            exceptionClasses[name] = cls
            builtinsModule[name] = .object(cls)
        }
        builtinsModule["EnvironmentError"] = builtinsModule["OSError"]
        builtinsModule["IOError"] = builtinsModule["OSError"]
        installExceptionMethods()
    }
}
