import Syntax

/// What kind of code a code object holds.
enum CodeKind {
    case module, function, lambda, classBody, comprehension, generator
}

/// A compiled unit: a cell's top level, a function or lambda body, a class body or a comprehension.
///
/// It owns every node of its tree.
final class CodeObject {
    /// `__name__` of the function (`<module>`, `<lambda>`, `<listcomp>` for the others).
    let name: String
    /// `__qualname__`.
    let qualname: String
    let kind: CodeKind
    /// The label of the source it was compiled from.
    let label: String
    /// The line of the `def` (or 1).
    let firstLine: Int
    /// The statement tree.
    var body: StmtRef
    /// Frame size.
    var slotCount = 0
    /// Positional parameters (positional-only first), then keyword-only ones.
    var parameterNames: [PyStr] = []
    var argCount = 0
    var positionalOnlyCount = 0
    var keywordOnlyCount = 0
    var varArgsSlot: Int?
    var varKeywordsSlot: Int?
    /// Cells to create on entry: the cell's slot and the parameter slot it starts from.
    var cellSlots: [(slot: Int, parameter: Int?)] = []
    /// The first slot of the free variables (copied from the function's closure).
    var freeStart = 0
    var freeCount = 0
    /// Whether binding is plain positional (no `*args`, `**kwargs` or keyword-only).
    var isSimple = true
    var hasCellsOrFrees = false
    /// The parameters as `inspect.signature` shows them.
    var signature: [SignatureParameter] = []
    /// The return annotation's source text, if any.
    var returnAnnotation: String?
    /// Names of the slots, for error messages.
    var slotNames: [String] = []
    /// Every node of the tree (kept alive here).
    var nodes: [AnyObject] = []
    private var arrays: [() -> Void] = []

    init(name: String, qualname: String, kind: CodeKind, label: String, firstLine: Int) {
        self.name = name
        self.qualname = qualname
        self.kind = kind
        self.label = label
        self.firstLine = firstLine
        let placeholder = StmtNode(SourceLocation(line: firstLine, column: 1))
        nodes.append(placeholder)
        body = StmtRef(placeholder)
    }

    /// Keeps a node alive and returns it.
    func keep<T: AnyObject>(_ node: T) -> T {
        nodes.append(node)
        return node
    }

    /// Registers a child array to free with the code.
    func own<E>(_ array: RefArray<E>) -> RefArray<E> {
        arrays.append { array.free() }
        return array
    }

    deinit {
        for free in arrays {
            free()
        }
    }

    /// Creates the cells and installs the free variables of a new frame.
    @inline(__always) func prepareCells(_ f: Frame, closure: [PyCell]) {
        for (slot, parameter) in cellSlots {
            let initial = parameter.map { f[$0] } ?? .unbound
            f[slot] = .object(PyCell(initial))
        }
        var i = 0
        while i < freeCount && i < closure.count {
            f[freeStart + i] = .object(closure[i])
            i += 1
        }
    }
}

/// One parameter of a script function's signature, for display.
struct SignatureParameter {
    /// How the parameter is passed.
    enum Kind {
        case positionalOnly, regular, varArgs, keywordOnly, varKeywords
    }

    let name: String
    let kind: Kind
    /// The annotation's source text.
    let annotation: String?
    /// Whether the parameter has a default value.
    let hasDefault: Bool
}

/// A function defined by a script (`def` or `lambda`).
public final class PyFunction: PyObject {
    let code: CodeObject
    /// The code without reference counting (the session keeps every code object alive).
    let codeRef: Unmanaged<CodeObject>
    /// Default values of the last positional parameters.
    var defaults: [Value] {
        didSet { defaultCount = defaults.count }
    }
    /// `defaults.count`, read on every call.
    private(set) var defaultCount: Int
    // Copies of the code's layout, so that the call fast path reads only the function.
    let slotCount: Int
    let argCount: Int
    let isSimplePositional: Bool
    let body: StmtRef
    /// Default values of keyword-only parameters.
    var keywordDefaults: PyDict?
    let closure: [PyCell]
    /// `__name__`.
    public var name: String
    /// `__qualname__`.
    public var qualname: String
    /// `__module__`.
    public let module: String
    /// `__doc__`.
    var doc: Value = .none
    /// Attributes set on the function.
    var attributes: PyDict?

    init(code: CodeObject, defaults: [Value], keywordDefaults: PyDict?, closure: [PyCell]) {
        self.code = code
        self.codeRef = .passUnretained(code)
        slotCount = code.slotCount
        argCount = code.argCount
        isSimplePositional = code.isSimple && !code.hasCellsOrFrees
        body = code.body
        self.defaults = defaults
        self.defaultCount = defaults.count
        self.keywordDefaults = keywordDefaults
        self.closure = closure
        self.name = code.name
        self.qualname = code.qualname
        self.module = "__main__"
        super.init(kind: .function)
    }
}
