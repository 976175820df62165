import Syntax

/// The slots of one running frame: parameters, locals, cells and free variables.
typealias Frame = UnsafeMutablePointer<Value>

/// How a statement ended.
enum Flow {
    /// It completed; run the next statement.
    case normal
    /// `break`.
    case breakLoop
    /// `continue`.
    case continueLoop
    /// `return` with its value.
    case returned(Value)

    /// Whether the statement completed normally.
    @inline(__always) var isNormal: Bool {
        if case .normal = self { return true }
        return false
    }

    /// Whether it was `break`.
    @inline(__always) var isBreak: Bool {
        if case .breakLoop = self { return true }
        return false
    }

    /// Whether it was `return`.
    @inline(__always) var isReturn: Bool {
        if case .returned = self { return true }
        return false
    }

    /// The value a function call yields for this ending (`None` unless `return value`).
    @inline(__always) var returnedValue: Value {
        if case .returned(let v) = self { return v }
        return .none
    }
}

/// A compiled expression.
///
/// Subclasses override ``eval(_:)``.
class ExprNode {
    /// Where the expression starts.
    let location: SourceLocation

    init(_ location: SourceLocation) {
        self.location = location
    }

    /// Evaluates the expression in a frame.
    func eval(_ f: Frame) throws(PyError) -> Value { .none }
}

/// A compiled statement.
///
/// Subclasses override ``exec(_:)``.
class StmtNode {
    /// Where the statement starts.
    let location: SourceLocation

    init(_ location: SourceLocation) {
        self.location = location
    }

    /// Runs the statement in a frame.
    func exec(_ f: Frame) throws(PyError) -> Flow { .normal }
}

/// A compiled assignment target (a name, attribute, subscript or unpacking pattern).
class TargetNode {
    /// Where the target starts.
    let location: SourceLocation

    init(_ location: SourceLocation) {
        self.location = location
    }

    /// Stores a value.
    func assign(_ f: Frame, _ value: Value) throws(PyError) {}

    /// Deletes the target (`del`).
    func delete(_ f: Frame) throws(PyError) {}
}

// Child nodes are held without reference counting: the code object that owns a tree keeps
// every node alive, and the evaluation loop then pays no retain/release per visit.

/// An unretained reference to an expression node.
struct ExprRef {
    let node: Unmanaged<ExprNode>

    init(_ node: ExprNode) {
        self.node = .passUnretained(node)
    }

    @inline(__always) func eval(_ f: Frame) throws(PyError) -> Value {
        do {
            return try node._withUnsafeGuaranteedRef { try $0.eval(f) }
        } catch let e as PyError {
            throw e
        } catch {
            throw PyError.unexpected(error)
        }
    }

    /// The node itself.
    var object: ExprNode { node.takeUnretainedValue() }
}

/// An unretained reference to a statement node.
struct StmtRef {
    let node: Unmanaged<StmtNode>

    init(_ node: StmtNode) {
        self.node = .passUnretained(node)
    }

    @inline(__always) func exec(_ f: Frame) throws(PyError) -> Flow {
        do {
            return try node._withUnsafeGuaranteedRef { try $0.exec(f) }
        } catch let e as PyError {
            throw e
        } catch {
            throw PyError.unexpected(error)
        }
    }

    /// The node itself.
    var object: StmtNode { node.takeUnretainedValue() }
}

/// An unretained reference to a target node.
struct TargetRef {
    let node: Unmanaged<TargetNode>

    init(_ node: TargetNode) {
        self.node = .passUnretained(node)
    }

    @inline(__always) func assign(_ f: Frame, _ value: Value) throws(PyError) {
        do {
            try node._withUnsafeGuaranteedRef { try $0.assign(f, value) }
        } catch let e as PyError {
            throw e
        } catch {
            throw PyError.unexpected(error)
        }
    }

    @inline(__always) func delete(_ f: Frame) throws(PyError) {
        do {
            try node._withUnsafeGuaranteedRef { try $0.delete(f) }
        } catch let e as PyError {
            throw e
        } catch {
            throw PyError.unexpected(error)
        }
    }
}

/// A fixed array of child references, allocated once per node.
struct RefArray<Element> {
    let base: UnsafeMutablePointer<Element>
    let count: Int

    init(_ items: [Element]) {
        count = items.count
        base = .allocate(capacity: max(1, items.count))
        base.initialize(from: items, count: items.count)
    }

    @inline(__always) subscript(i: Int) -> Element { base[i] }

    func free() {
        base.deinitialize(count: count)
        base.deallocate()
    }
}

extension Unmanaged where Instance == Runtime {
    /// Calls a script function without retaining the runtime.
    @inline(__always) func invoke(_ fn: PyFunction, base: Frame, count: Int) throws(PyError)
        -> Value
    {
        do {
            return try _withUnsafeGuaranteedRef {
                try $0.invoke(fn, base: base, count: count, keywords: [])
            }
        } catch let e as PyError {
            throw e
        } catch {
            throw PyError.unexpected(error)
        }
    }

    /// Calls any callable without retaining the runtime.
    @inline(__always) func callFromStack(_ callee: Value, base: Frame, count: Int) throws(PyError)
        -> Value
    {
        do {
            return try _withUnsafeGuaranteedRef {
                try $0.callFromStack(callee, base: base, count: count, keywords: [])
            }
        } catch let e as PyError {
            throw e
        } catch {
            throw PyError.unexpected(error)
        }
    }

    /// Calls a native function without retaining the runtime.
    @inline(__always) func callNative(_ f: PyNativeFunction, base: Frame, count: Int)
        throws(PyError) -> Value
    {
        do {
            return try _withUnsafeGuaranteedRef {
                try $0.callNative(f, base: base, count: count, keywords: [])
            }
        } catch let e as PyError {
            throw e
        } catch {
            throw PyError.unexpected(error)
        }
    }
}

extension PyInstance {
    /// Whether the class defines an attribute, through a node's inline cache (no copy of it).
    @inline(__always) func hasClassAttribute(_ name: PyStr, _ cache: inout AttributeCache) -> Bool {
        classRef._withUnsafeGuaranteedRef { cls -> Bool in
            let id = ObjectIdentifier(cls)
            if cache.classID == id && cache.epoch == cls.epoch.value {
                return !cache.descriptor.isUnbound
            }
            return cls.lookup(name, cache: &cache) != nil
        }
    }

    /// A class attribute through a node's inline cache, without retaining the class.
    @inline(__always) func classAttribute(_ name: PyStr, _ cache: inout AttributeCache) -> Value? {
        classRef._withUnsafeGuaranteedRef { $0.lookup(name, cache: &cache) }
    }

    /// An instance-dict entry, without retaining the dict.
    @inline(__always) func ownAttribute(_ name: PyStr) -> Value? {
        attributesRef._withUnsafeGuaranteedRef { $0.get(name) }
    }
}

extension UnsafeMutablePointer where Pointee == Value {
    /// The instance a slot holds, without retaining it (valid while the slot holds it): the
    /// tag and payload are read from memory (see ``ValueLayout``).
    @inline(__always) func peekInstance(_ hot: UnsafeMutablePointer<HotState>) -> Unmanaged<
        PyInstance
    >? {
        let raw = UnsafeRawPointer(self)
        guard raw.load(fromByteOffset: 8, as: UInt8.self) == hot.pointee.objectTag,
            let pointer = UnsafeRawPointer(bitPattern: raw.load(as: UInt.self))
        else { return nil }
        let object = Unmanaged<PyObject>.fromOpaque(pointer)
        guard object._withUnsafeGuaranteedRef({ $0.kind }) == .instance else { return nil }
        return Unmanaged<PyInstance>.fromOpaque(pointer)
    }
}
