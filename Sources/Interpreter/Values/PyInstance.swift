import OrderedCollections
import Syntax

/// An instance of a script class or a native class: its class, its attribute dict and an
/// optional Swift payload that native code attaches (for example a tensor or a layer).
public final class PyInstance: PyObject {
    /// The class (`type(self)`).
    public let cls: PyClass
    /// The attribute dict (`__dict__`).
    public let attributes: PyDict
    /// `cls` without reference counting, for the evaluation loop (the instance keeps it).
    let classRef: Unmanaged<PyClass>
    /// `attributes` without reference counting, for the evaluation loop.
    let attributesRef: Unmanaged<PyDict>
    /// Swift state that native methods attach and read back (`nil` until attached).
    public var payload: Any?
    /// Set for exception instances.
    var exceptionState: ExceptionState?

    /// Creates an instance with no attributes.
    init(cls: PyClass) {
        self.cls = cls
        let attributes = PyDict()
        self.attributes = attributes
        classRef = .passUnretained(cls)
        attributesRef = .passUnretained(attributes)
        if cls.layout == .exception {
            exceptionState = ExceptionState()
        }
        super.init(kind: .instance)
    }
}

/// The state every exception instance carries.
final class ExceptionState {
    /// `args`.
    var args: [Value] = []
    /// `__cause__`.
    var cause: Value = .none
    /// `__context__`.
    var context: Value = .none
    /// Where it passed, innermost first (filled as it unwinds).
    var traceback: [TraceFrame] = []
}

/// One frame of a traceback.
public struct TraceFrame: Equatable, Sendable {
    /// The label of the source the frame's code came from (a cell label, or a module name).
    public var label: String
    /// The 1-based line in that source.
    public var line: Int
    /// The 1-based column in that source.
    public var column: Int
    /// The function name (`<module>` for a cell's top level).
    public var function: String

    /// Creates a frame.
    public init(label: String, line: Int, column: Int, function: String) {
        self.label = label
        self.line = line
        self.column = column
        self.function = function
    }
}

/// A Python exception in flight, as a Swift error.
///
/// The exception object is a ``PyInstance`` whose class derives from `BaseException`.
public final class PyError: Error, @unchecked Sendable {
    /// The exception object.
    public let exception: PyInstance
    /// Whether the statement the error passes next must record its location (set when the
    /// error is raised and again each time it leaves a function).
    var needsFrame = true
    /// Set for the cell time limit: no `except` clause may catch it, so a cell always ends.
    var isUncatchable = false
    /// The start of the innermost expression that failed in the frame not recorded yet (the
    /// traceback then points at the failing call, subscript, attribute or operator, as CPython
    /// 3.11 does, rather than at the statement).
    var expressionLine = 0
    var expressionColumn = 0

    /// Wraps an exception object.
    public init(_ exception: PyInstance) {
        self.exception = exception
    }

    /// Wraps a Swift error that is not a Python exception (it cannot reach here in practice:
    /// node evaluation only throws ``PyError``) as a `SystemError`.
    static func unexpected(_ error: any Error) -> PyError {
        let cls = PyClass(
            name: "SystemError", module: "builtins", bases: [], layout: .exception, isBuiltin: true,
            epoch: ClassEpoch())
        cls.setMRO([cls])
        let e = PyInstance(cls: cls)
        e.exceptionState?.args = [Value("internal error: \(error)")]
        return PyError(e)
    }

    /// The exception's class name, such as `ValueError`.
    public var typeName: String { exception.cls.name }

    /// The exception's class.
    public var exceptionClass: PyClass { exception.cls }

    /// The recorded traceback frames, outermost first.
    public var traceback: [TraceFrame] {
        Array((exception.exceptionState?.traceback ?? []).reversed())
    }

    /// Records where the error passed, if this frame is not recorded yet.
    @inline(__always) func record(_ frame: @autoclosure () -> TraceFrame) {
        if needsFrame {
            needsFrame = false
            var f = frame()
            if expressionLine > 0 {
                f.line = expressionLine
                f.column = expressionColumn
                expressionLine = 0
            }
            exception.exceptionState?.traceback.append(f)
        }
    }

    /// Notes where the innermost failing expression of the current frame starts (outer
    /// expressions the error passes through afterwards keep it).
    @inline(__always) func noteExpression(_ location: SourceLocation) {
        if needsFrame && expressionLine == 0 {
            expressionLine = location.line
            expressionColumn = location.column
        }
    }
}

/// A module: a namespace of named cells (script modules hold their globals here, so compiled
/// code can reach a global through its cell without a lookup).
public final class PyModule: PyObject {
    /// The module name (`__name__`), such as `tensorflow` or `tensorflow.keras`.
    public let name: String
    /// The names defined, in definition order.
    private(set) var cells: OrderedDictionary<String, PyCell> = [:]
    /// What `repr` shows after the name, such as `(built-in)`.
    var origin: String

    /// Creates an empty module.
    public init(name: String, origin: String = "(built-in)") {
        self.name = name
        self.origin = origin
        super.init(kind: .module)
        cells["__name__"] = PyCell(Value(name))
    }

    /// The cell for a name, created unbound when missing.
    func cell(_ name: String) -> PyCell {
        if let c = cells[name] { return c }
        let c = PyCell()
        cells[name] = c
        return c
    }

    /// The cell for a name if one exists.
    func existingCell(_ name: String) -> PyCell? { cells[name] }

    /// A module attribute (`nil` when not set).
    public subscript(name: String) -> Value? {
        get {
            guard let v = cells[name]?.value, !v.isUnbound else { return nil }
            return v
        }
        set {
            cell(name).value = newValue ?? .unbound
        }
    }

    /// The names currently bound, in definition order.
    public var names: [String] {
        cells.compactMap { $0.value.value.isUnbound ? nil : $0.key }
    }
}
