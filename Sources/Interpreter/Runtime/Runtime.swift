import Foundation

/// The interpreter engine of one session: object model, builtins, modules, limits and the value
/// stack.
///
/// Native code (registered modules) receives it in every call.
///
/// A runtime is confined to the thread its session runs cells on; use ``Session`` from other
/// threads.
public final class Runtime {
    /// The session options in force.
    public let options: SessionOptions
    let hot: UnsafeMutablePointer<HotState>
    private let stackBase: UnsafeMutablePointer<Value>
    private let stackCapacity: Int
    let epoch = ClassEpoch()
    private let interner = Interner()
    private var nextAddress: Int
    /// `__main__`: the namespace every cell runs in.
    public let mainModule: PyModule
    /// `builtins`.
    public let builtinsModule: PyModule
    var loadedModules: [String: PyModule] = [:]
    var moduleFactories: [String: ModuleFactory] = [:]
    /// The classes of built-in values.
    let types: BuiltinTypes
    /// Built-in exception classes by name.
    var exceptionClasses: [String: PyClass] = [:]
    /// Special-method names indexed by ``SpecialMethod``.
    let specialNames: [PyStr]
    /// `...`.
    public let ellipsis = PySingleton(.ellipsis)
    /// `NotImplemented`.
    public let notImplemented = PySingleton(.notImplemented)
    var output = OutputBuffer(limit: 1 << 20)
    var deadline: UInt64 = .max
    var timeLimitText = "30"
    /// Everything compiled in this session (keeps the node trees alive).
    var compiledCode: [CodeObject] = []
    var cellCounter = 0
    /// Objects being printed by `repr`, to show `[...]` for cycles.
    var reprStack: [ObjectIdentifier] = []
    /// The value of the cell's final expression statement (`.unbound` when there is none).
    var displayValue: Value = .unbound
    /// The exception being handled by the innermost `except` (for bare `raise` and
    /// `__context__`).
    var handledExceptions: [PyError] = []
    let names: CommonNames
    /// The class of files `open` returns (made on first use).
    var fileClassCache: PyClass?
    /// Classes and closures whose cycles the session breaks when it ends.
    let cycleRoots = CycleRoots()
    /// The lists and dicts the session made, emptied when it ends.
    let trackedContainers = TrackedContainers()

    /// Creates a runtime with the given options (builtins installed, no cell run yet).
    public init(options: SessionOptions = SessionOptions()) {
        self.options = options
        stackCapacity = max(1 << 16, options.valueStackSlots)
        stackBase = UnsafeMutablePointer<Value>.allocate(capacity: stackCapacity)
        hot = UnsafeMutablePointer<HotState>.allocate(capacity: 1)
        hot.initialize(
            to: HotState(
                sp: stackBase, stackEnd: stackBase + stackCapacity, depth: 0,
                depthLimit: options.recursionLimit, ticks: ticksPerClockCheck,
                machineStackLimit: 0, objectTag: ValueLayout.objectTag() ?? 0xff))
        nextAddress = 0x7f3a_8c41_2e50 &+ (options.addressSeed & 0xff_fff0)
        mainModule = PyModule(name: "__main__", origin: "")
        builtinsModule = PyModule(name: "builtins")
        output = OutputBuffer(limit: options.outputLimit)
        let interner = self.interner
        names = CommonNames(interner)
        specialNames = SpecialMethod.allCases.map { interner.intern($0.pythonName) }
        epoch.specialNames = specialNames
        types = BuiltinTypes(epoch: epoch)
        moduleFactories = options.modules
        installBuiltinTypeMethods()
        installExceptionClasses()
        installBuiltinFunctions()
        installBuiltinModules()
        mainModule["__builtins__"] = .object(builtinsModule)
        loadedModules["builtins"] = builtinsModule
        loadedModules["__main__"] = mainModule
    }

    deinit {
        let used = hot.pointee.sp - stackBase
        stackBase.deinitialize(count: used)
        stackBase.deallocate()
        hot.deinitialize(count: 1)
        hot.deallocate()
    }

    /// The unique str object for a name or literal (identity comparisons then succeed).
    public func intern(_ text: String) -> PyStr {
        interner.intern(text)
    }

    /// The CPython-like address of an object (`id()`), assigned in first-use order.
    public func address(of object: PyObject) -> Int {
        if object.address == 0 {
            object.address = nextAddress
            // Vary the spacing a little, as a real allocator does.
            let step = 0x40 + ((nextAddress >> 6) % 5) * 0x30
            nextAddress &+= step
        }
        return object.address
    }

    /// `id(value)`.
    public func identity(of value: Value) -> Int {
        switch value {
        case .object(let o): return address(of: o)
        case .str(let s): return address(of: s)
        case .none: return 0x7f3a_8b9c_1d40
        case .unbound: return 0
        case .bool(let b): return b ? 0x7f3a_8b9b_f8a0 : 0x7f3a_8b9b_f8c0
        case .int(let i):
            return 0x7f3a_8b00_0000 &+ Int(truncatingIfNeeded: UInt(bitPattern: i) & 0xff_ffff)
                &* 32
        case .float(let d):
            let bits = Int(truncatingIfNeeded: d.bitPattern >> 8 & 0xff_ffff)
            return 0x7f3a_8a00_0000 &+ bits &* 32
        }
    }

    // MARK: - Limits

    /// Counts one unit of work and raises `TimeoutError` past the cell's deadline.
    @inline(__always) func tick() throws(PyError) {
        hot.pointee.ticks &-= 1
        if hot.pointee.ticks <= 0 {
            try checkClock()
        }
    }

    /// Counts `n` units of work at once (for long native loops).
    @inline(__always) func tick(_ n: Int) throws(PyError) {
        hot.pointee.ticks &-= n
        if hot.pointee.ticks <= 0 {
            try checkClock()
        }
    }

    @inline(never) func checkClock() throws(PyError) {
        hot.pointee.ticks = ticksPerClockCheck
        if DispatchTime.now().uptimeNanoseconds > deadline {
            // Keep raising (no new budget) until the cell ends.
            hot.pointee.ticks = 1
            let e = error(.timeoutError, "cell exceeded \(timeLimitText) s")
            e.isUncatchable = true
            throw e
        }
    }

    /// Enters one level of script or native recursion; raises `RecursionError` past the limit
    /// or when the machine stack runs low.
    @inline(__always) func enterRecursion() throws(PyError) {
        let h = hot
        h.pointee.depth &+= 1
        if h.pointee.depth > h.pointee.depthLimit {
            try recursionExceeded()
        }
        if h.pointee.machineStackLimit != 0 {
            var marker: UInt8 = 0
            let address = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
            if address < h.pointee.machineStackLimit {
                try recursionExceeded()
            }
        }
    }

    /// Whether the machine stack has room for another level of recursion.
    @inline(__always) func machineStackHasRoom() -> Bool {
        let limit = hot.pointee.machineStackLimit
        if limit == 0 { return true }
        var marker: UInt8 = 0
        let address = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        return address >= limit
    }

    /// Leaves a level entered with ``enterRecursion()``.
    @inline(__always) func leaveRecursion() {
        hot.pointee.depth &-= 1
    }

    @inline(never) func recursionExceeded() throws(PyError) {
        hot.pointee.depth &-= 1
        throw error(.recursionError, "maximum recursion depth exceeded")
    }

    /// Raises `MemoryError` when a list or str would grow past the session's cap.
    @inline(__always) func checkGrowth(items: Int) throws(PyError) {
        if items > options.maxCollectionItems {
            throw error(.memoryError, "")
        }
    }

    /// Raises `MemoryError` when a str would grow past the session's cap.
    @inline(__always) func checkGrowth(bytes: Int) throws(PyError) {
        if bytes > options.maxStringBytes {
            throw error(.memoryError, "")
        }
    }

    // MARK: - Value stack

    /// Pushes a value on the value stack.
    @inline(__always) func push(_ value: Value) throws(PyError) {
        let h = hot
        if h.pointee.sp >= h.pointee.stackEnd {
            throw error(.recursionError, "maximum recursion depth exceeded")
        }
        h.pointee.sp.initialize(to: value)
        h.pointee.sp += 1
    }

    /// Releases the stack slots from `base` up to the top.
    @inline(__always) func popTo(_ base: UnsafeMutablePointer<Value>) {
        Runtime.release(hot, to: base)
    }

    /// Whether `count` more slots fit on the value stack.
    @inline(__always) func stackHasRoom(_ count: Int) -> Bool {
        hot.pointee.stackEnd - hot.pointee.sp >= count
    }

    // MARK: - Output

    /// Appends text to the current cell's output (what `print` writes).
    public func write(_ text: String) {
        output.append(text)
    }
}

/// The session's table of unique str objects for names and literals.
final class Interner {
    private var table: [String: PyStr] = [:]

    /// The unique str object for a text.
    func intern(_ text: String) -> PyStr {
        if let s = table[text] { return s }
        let s = PyStr(text)
        s.isInterned = true
        table[text] = s
        return s
    }
}

/// Names the runtime looks up often, interned once.
struct CommonNames {
    let initName: PyStr
    let newName: PyStr
    let dictName: PyStr
    let className: PyStr
    let nameName: PyStr
    let qualnameName: PyStr
    let moduleName: PyStr
    let docName: PyStr
    let argsName: PyStr
    let classCell: PyStr
    let setNameName: PyStr
    let getattributeName: PyStr
    let initSubclass: PyStr
    let reprName: PyStr
    let strName: PyStr

    init(_ rt: Interner) {
        initName = rt.intern("__init__")
        newName = rt.intern("__new__")
        dictName = rt.intern("__dict__")
        className = rt.intern("__class__")
        nameName = rt.intern("__name__")
        qualnameName = rt.intern("__qualname__")
        moduleName = rt.intern("__module__")
        docName = rt.intern("__doc__")
        argsName = rt.intern("args")
        classCell = rt.intern("__class__")
        setNameName = rt.intern("__set_name__")
        getattributeName = rt.intern("__getattribute__")
        initSubclass = rt.intern("__init_subclass__")
        reprName = rt.intern("__repr__")
        strName = rt.intern("__str__")
    }
}

/// A cell's printed output, capped at a byte limit with a visible note when cut.
struct OutputBuffer {
    let limit: Int
    private(set) var text = ""
    private(set) var bytes = 0
    private(set) var truncated = false

    init(limit: Int) {
        self.limit = limit
    }

    mutating func append(_ piece: String) {
        if truncated { return }
        let n = piece.utf8.count
        if bytes + n <= limit {
            text += piece
            bytes += n
            return
        }
        // Keep whole characters up to the limit.
        var kept = ""
        var used = bytes
        for ch in piece {
            let w = String(ch).utf8.count
            if used + w > limit { break }
            kept.append(ch)
            used += w
        }
        text += kept
        bytes = used
        truncated = true
    }

    /// The text, with the truncation note when the cap was hit.
    var finalText: String {
        if !truncated { return text }
        let sep = text.hasSuffix("\n") || text.isEmpty ? "" : "\n"
        return text + sep + "[output truncated: the cell printed more than \(limit) bytes]\n"
    }

    mutating func reset() {
        text = ""
        bytes = 0
        truncated = false
    }
}
