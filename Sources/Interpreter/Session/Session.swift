import Dispatch
import Syntax

/// One interpreter session: a `__main__` namespace that cells run in, one after another,
/// with their printed output, IPython-style display and errors captured.
///
/// ## Running cells (the runner)
///
/// ```swift
/// var options = SessionOptions()
/// options.timeLimit = 30                      // TimeoutError: cell exceeded 30 s
/// options.workingDirectory = scratchFolder    // for open(), np.save, save_weights
/// options.modules["tensorflow"] = { rt in try makeTensorFlow(rt) }
/// let session = Session(options: options)
/// let outcome = session.run("x = 1\nx + 1")   // printed "", display "2", error nil
/// session.close()                             // breaks reference cycles
/// ```
///
/// A session may be used from any thread (including Swift concurrency threads with small
/// stacks): cells run on a thread the session owns, with a large stack (512 MiB reserved by
/// default) so that 1000 script frames (`RecursionError` past them) fit with margin. Sessions
/// share nothing mutable, so several may run at once. ``CellOutcome`` carries what was printed
/// (capped, with a note), the display text (`nil` for `None`, statements and a trailing `;`)
/// and the error (type, message, the line and column inside this cell, traceback frames).
///
/// ## Native modules (the bindings)
///
/// Register a ``ModuleFactory`` per import name in ``SessionOptions/modules``. It runs the
/// first time a cell of the session imports the module, receives the session's ``Runtime``
/// and returns a ``PyModule``; state it creates (random generators, name counters) belongs to
/// that session. Dotted submodules are either registered separately (`"tensorflow.keras"`)
/// or set as module attributes (`tf["keras"] = .object(kerasModule)`), so `import
/// tensorflow as tf`, `from tensorflow import keras` and `tf.keras.layers.Dense` all work.
///
/// - Functions: `rt.makeFunction("relu", module: "tensorflow.python.ops.gen_nn_ops",
///   parameters: "features, name=None") { rt, args in … args["features"] … }` binds call
///   arguments with CPython's messages (`relu() missing 1 required positional argument:
///   'features'`); `signature:` overrides what IPython shows.
/// - Classes: `let dense = rt.makeClass(name: "Dense", module: "keras.src.layers.core.dense",
///   bases: [layer])`, then `rt.defineMethod(dense, "__init__", parameters: "units,
///   activation=None") { rt, this, args in this.asInstance?.payload = … ; return .none }`,
///   `rt.defineProperty`, `rt.defineStaticMethod`, `rt.defineClassMethod`,
///   `rt.setClassAttribute`. Instances are ``PyInstance``s; `payload` holds Swift state.
///   Protocol slots are ordinary special methods: `__add__`/`__radd__`/`__matmul__`,
///   `__eq__` (may return a non-bool), `__neg__`, `__getitem__` (receives ints, slices,
///   tuples, `Ellipsis`, `None`), `__len__`, `__iter__`, `__bool__`, `__float__`,
///   `__int__`, `__index__`, `__repr__`, `__str__`, `__call__`, `__hash__` (set it to
///   `.none` to make instances unhashable), `__setattr__`, `__getattr__`. A class without
///   `__repr__` displays as `<keras.src.layers.core.dense.Dense at 0x7f…>`.
/// - Subclassing: script classes may derive from native classes; `super().__init__()` runs
///   the native `__init__` with the script instance (attach the payload there); attribute
///   assignment goes through a native `__setattr__` (store with
///   `rt.genericSetAttribute(instance, name, value)`); script methods override native ones.
/// - Calling back: `try rt.call(callable, args, keywords:)` and
///   `try rt.callMethod(object, "call", args)` from native code, re-entrantly.
/// - Exceptions: `throw rt.error(.valueError, "message")`, or make a class with
///   `rt.makeClass(name: "InvalidArgumentError", module:
///   "tensorflow.python.framework.errors_impl", bases: [opError])` where `opError` derives
///   from `rt.exceptionClass(.exception)`, and `throw rt.error(cls, "message")`.
/// - Values: ``Value`` cases for None/bool/int/float/str, `Value(BigInt)`, `rt.list`,
///   `rt.tuple`, `rt.dict`, `rt.collect(iterable)`, `rt.intValue`, `rt.doubleValue`,
///   `rt.stringValue`, `rt.truthy`, `rt.repr`, `rt.str`, `rt.displayText`.
/// - Files: `rt.resolvePath(path)` resolves inside the working directory and throws
///   `PermissionError` for absolute paths, `..` escapes and symlinks leading outside.
public final class Session: @unchecked Sendable {
    private let thread: SessionThread
    private var runtime: Runtime?
    private let options: SessionOptions
    private var closed = false

    /// Creates a session (the runtime is built on the session's thread at first use).
    public init(options: SessionOptions = SessionOptions()) {
        self.options = options
        thread = SessionThread(stackBytes: options.threadStackBytes)
    }

    deinit {
        if !closed {
            let rt = runtime
            runtime = nil
            if let rt = rt {
                thread.run { rt.tearDown() }
            }
        }
        thread.stop()
    }

    private func ensureRuntime() -> Runtime {
        if let rt = runtime { return rt }
        let rt = Runtime(options: options)
        rt.hot.pointee.machineStackLimit = thread.stackLimit
        runtime = rt
        return rt
    }

    /// Runs one cell's source and returns what it printed, displayed and raised.
    public func run(_ source: String, label: String? = nil) -> CellOutcome {
        thread.run { [self] in
            if closed {
                return CellOutcome(
                    printed: "", display: nil,
                    error: CellError(
                        type: "RuntimeError", message: "the session is closed", line: 1, column: 1,
                        traceback: []))
            }
            return ensureRuntime().runCell(source, label: label)
        }
    }

    /// Runs Swift code with the session's runtime, on the session's thread (for native code
    /// and tests that need the runtime outside a cell).
    public func perform<T>(_ body: @escaping (Runtime) throws -> T) throws -> T {
        let result: Result<T, any Error> = thread.run { [self] in
            Result { try body(ensureRuntime()) }
        }
        return try result.get()
    }

    /// Ends the session: clears every namespace and cached object so that reference cycles
    /// (functions ↔ modules ↔ instances) are broken and memory is returned.
    public func close() {
        thread.run { [self] in
            runtime?.tearDown()
            runtime = nil
            closed = true
        }
        thread.stop()
    }
}
