/// What instances of a class are made of.
enum InstanceLayout {
    /// A ``PyInstance`` with an attribute dict (script and native classes).
    case object
    /// A ``PyInstance`` carrying exception state.
    case exception
    /// A built-in type whose values are made by its constructor (int, list, ...).
    case builtin
}

/// The per-session counter that invalidates every class's lookup cache when any class's
/// namespace changes.
final class ClassEpoch {
    var value = 0
    /// Special-method names indexed by ``SpecialMethod`` (shared by every class).
    var specialNames: [PyStr] = []
}

/// A class (`type` object): a script class, a built-in type or a native class from a
/// registered module.
public final class PyClass: PyObject {
    /// `__name__`.
    public let name: String
    /// `__qualname__`.
    public var qualname: String
    /// `__module__` (`builtins` for built-in types).
    public let module: String
    /// `__bases__`.
    public private(set) var bases: [PyClass]
    /// `__mro__`: this class, then its ancestors in C3 order.
    public var mro: [PyClass] { [self] + ancestors }
    /// The MRO without this class (a class holding itself would be a reference cycle that
    /// keeps every class of a session alive after it ends).
    private(set) var ancestors: [PyClass] = []
    /// The class namespace (`__dict__`).
    let namespace = PyDict()
    let layout: InstanceLayout
    /// Whether instances of this class are exceptions.
    public let isExceptionClass: Bool
    /// For native classes: whether a `__repr__` is defined; `false` makes IPython show
    /// `<module.Name at 0x…>`.
    var isBuiltin: Bool
    /// Builds a value of a built-in type from call arguments (`int('3')`, `list(x)`).
    var constructor: NativeBody?
    let epoch: ClassEpoch
    private var cacheEpoch = -1
    private var cache = IdentityTable()
    private var slotCache: [Value] = []
    /// For each special method, the native function implementing it (unretained; the slot
    /// cache keeps it alive), so that operators on native objects skip the generic call path.
    private var nativeSlots: [Unmanaged<PyNativeFunction>?] = []

    init(
        name: String, qualname: String? = nil, module: String, bases: [PyClass],
        layout: InstanceLayout, isBuiltin: Bool, epoch: ClassEpoch
    ) {
        self.name = name
        self.qualname = qualname ?? name
        self.module = module
        self.bases = bases
        self.isBuiltin = isBuiltin
        self.epoch = epoch
        var exceptionBase = layout == .exception
        var layoutFromBases = layout
        for base in bases where base.isExceptionClass {
            exceptionBase = true
            layoutFromBases = .exception
        }
        self.isExceptionClass = exceptionBase
        self.layout = layoutFromBases
        super.init(kind: .type)
    }

    /// Drops the namespace, bases, MRO and caches (for a session's end only).
    func releaseForTeardown() {
        namespace.removeAll()
        bases = []
        ancestors = []
        cache.removeAll()
        slotCache.removeAll()
        nativeSlots.removeAll()
        constructor = nil
        epoch.value &+= 1
    }

    /// Sets the MRO (computed by the runtime with C3 linearization).
    func setMRO(_ order: [PyClass]) {
        ancestors = order.first === self ? Array(order.dropFirst()) : order.filter { $0 !== self }
        epoch.value &+= 1
    }

    /// Whether `self` is `other` or derives from it.
    public func isSubclass(of other: PyClass) -> Bool {
        if self === other { return true }
        for c in ancestors where c === other {
            return true
        }
        return false
    }

    /// Looks a name up along the MRO (cached until any class namespace changes).
    @inline(__always) func lookup(_ name: PyStr) -> Value? {
        if cacheEpoch != epoch.value {
            cache.removeAll()
            slotCache.removeAll(keepingCapacity: true)
            cacheEpoch = epoch.value
        }
        let key = ObjectIdentifier(name)
        if name.isInterned, let hit = cache.get(key) {
            return hit.isUnbound ? nil : hit
        }
        var found: Value?
        if let own = namespace.get(name) {
            found = own
        } else {
            for c in ancestors {
                if let v = c.namespace.get(name) {
                    found = v
                    break
                }
            }
        }
        if name.isInterned {
            cache.set(key, found ?? .unbound)
        }
        return found
    }

    /// Looks a name up along the MRO and also returns the class that defines it.
    func lookupWithOwner(_ name: PyStr) -> (value: Value, owner: PyClass)? {
        if let v = namespace.get(name) { return (v, self) }
        for c in ancestors {
            if let v = c.namespace.get(name) {
                return (v, c)
            }
        }
        return nil
    }

    /// The class after `after` in this class's MRO that defines `name` (for `super()`).
    func lookup(_ name: PyStr, after: PyClass) -> Value? {
        var passed = false
        for c in mro {
            if passed, let v = c.namespace.get(name) {
                return v
            }
            if c === after { passed = true }
        }
        return nil
    }

    /// A lookup through a node's inline cache (valid until any class changes).
    @inline(__always) func lookup(_ name: PyStr, cache: inout AttributeCache) -> Value? {
        let id = ObjectIdentifier(self)
        if cache.classID == id && cache.epoch == epoch.value {
            return cache.descriptor.isUnbound ? nil : cache.descriptor
        }
        let found = lookup(name)
        cache.classID = id
        cache.epoch = epoch.value
        cache.descriptor = found ?? .unbound
        cache.functionRef = nil
        cache.nativeRef = nil
        if case .object(let o)? = found {
            if o.kind == .function {
                cache.functionRef = .passUnretained(unsafeDowncast(o, to: PyFunction.self))
            } else if o.kind == .nativeFunction {
                let native = unsafeDowncast(o, to: PyNativeFunction.self)
                if native.isMethod { cache.nativeRef = .passUnretained(native) }
            }
        }
        // Plain `object()` instances have no attribute dict: their stores take the generic
        // path, which refuses them.
        cache.hasSetattr = special(.setattr) != nil || isPlainObject
        cache.hasGetattr = special(.getattr) != nil
        return found
    }

    /// A special-method slot lookup, cached in an array indexed by ``SpecialMethod``.
    @inline(__always) func special(_ method: SpecialMethod) -> Value? {
        if cacheEpoch != epoch.value || slotCache.isEmpty {
            fillSpecialSlots()
        }
        let v = slotCache[Int(method.rawValue)]
        return v.isUnbound ? nil : v
    }

    @inline(never) private func fillSpecialSlots() {
        let names = epoch.specialNames
        if cacheEpoch != epoch.value {
            cache.removeAll()
            cacheEpoch = epoch.value
        }
        slotCache = [Value](repeating: .unbound, count: SpecialMethod.allCases.count)
        nativeSlots = [Unmanaged<PyNativeFunction>?](repeating: nil, count: slotCache.count)
        for (i, n) in names.enumerated() where i < slotCache.count {
            let v = scriptVisibleSpecial(n) ?? .unbound
            slotCache[i] = v
            if case .object(let o) = v, o.kind == .nativeFunction {
                let f = unsafeDowncast(o, to: PyNativeFunction.self)
                if f.isMethod { nativeSlots[i] = .passUnretained(f) }
            }
        }
    }

    /// Whether this is the built-in `object` itself (whose instances have no `__dict__`).
    var isPlainObject: Bool { isBuiltin && name == "object" && module == "builtins" }

    /// The native function implementing a special method, if that is what the class has.
    @inline(__always) func nativeSpecial(_ method: SpecialMethod) -> Unmanaged<PyNativeFunction>? {
        if cacheEpoch != epoch.value || slotCache.isEmpty {
            fillSpecialSlots()
        }
        return nativeSlots[Int(method.rawValue)]
    }

    /// A special method defined by a class other than `object` (whose defaults the runtime
    /// applies itself).
    private func scriptVisibleSpecial(_ name: PyStr) -> Value? {
        for c in mro {
            if c.isBuiltin && c.name == "object" && c.module == "builtins" { return nil }
            if let v = c.namespace.get(name) {
                return v
            }
        }
        return nil
    }

    /// Sets an attribute in the namespace and invalidates lookup caches.
    func setAttribute(_ name: PyStr, _ value: Value) {
        namespace.set(name, value)
        epoch.value &+= 1
    }

    /// Removes an attribute from the namespace; returns whether it existed.
    func removeAttribute(_ name: PyStr) -> Bool {
        guard let e = namespace.find(str: name) else { return false }
        namespace.remove(at: e)
        epoch.value &+= 1
        return true
    }

    /// The name IPython and `type()` show: `module.Qualname`, or the bare name for built-ins.
    public var displayName: String {
        if module == "builtins" { return qualname }
        return module + "." + qualname
    }
}

/// Special methods the runtime dispatches through a per-class slot array.
enum SpecialMethod: UInt8, CaseIterable {
    case add, radd, iadd, sub, rsub, isub, mul, rmul, imul, matmul, rmatmul, imatmul
    case truediv, rtruediv, itruediv, floordiv, rfloordiv, ifloordiv, mod, rmod, imod
    case pow, rpow, ipow, lshift, rlshift, ilshift, rshift, rrshift, irshift
    case and, rand, iand, or, ror, ior, xor, rxor, ixor
    case eq, ne, lt, le, gt, ge
    case neg, pos, invert, abs
    case bool, len, getitem, setitem, delitem, contains, iter, next, call
    case repr, str, hash, float, int, index, format
    case getattr, setattr, delattr, enter, exit, get, set, delete

    /// The Python name of the method.
    var pythonName: String {
        switch self {
        case .and: return "__and__"
        case .rand: return "__rand__"
        case .iand: return "__iand__"
        case .or: return "__or__"
        case .ror: return "__ror__"
        case .ior: return "__ior__"
        default: return "__\(self)__"
        }
    }
}
