import Syntax

/// A constant.
final class ConstNode: ExprNode {
    let value: Value

    init(_ value: Value, _ location: SourceLocation) {
        self.value = value
        super.init(location)
    }

    override func eval(_ f: Frame) throws(PyError) -> Value { value }
}

/// A local variable in a frame slot.
final class LoadLocalNode: ExprNode {
    let slot: Int
    let name: String
    unowned(unsafe) let rt: Runtime

    init(_ slot: Int, _ name: String, _ rt: Runtime, _ location: SourceLocation) {
        self.slot = slot
        self.name = name
        self.rt = rt
        super.init(location)
    }

    override func eval(_ f: Frame) throws(PyError) -> Value {
        let v = f[slot]
        if case .unbound = v { throw rt.unboundLocalError(name) }
        return v
    }
}

/// A variable held in a cell (captured by an inner function, or free in this one).
final class LoadCellNode: ExprNode {
    let slot: Int
    let name: String
    let isFree: Bool
    unowned(unsafe) let rt: Runtime

    init(_ slot: Int, _ name: String, isFree: Bool, _ rt: Runtime, _ location: SourceLocation) {
        self.slot = slot
        self.name = name
        self.isFree = isFree
        self.rt = rt
        super.init(location)
    }

    override func eval(_ f: Frame) throws(PyError) -> Value {
        guard case .object(let o) = f[slot], o.kind == .cell else {
            throw rt.unboundLocalError(name)
        }
        let v = unsafeDowncast(o, to: PyCell.self).value
        if case .unbound = v {
            if isFree {
                throw rt.error(
                    .nameError,
                    "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope"
                )
            }
            throw rt.unboundLocalError(name)
        }
        return v
    }
}

/// A module global, reached through its cell; falls back to the builtin of that name.
final class LoadGlobalNode: ExprNode {
    let cell: PyCell
    let builtin: PyCell?
    let name: String
    unowned(unsafe) let rt: Runtime

    init(
        _ cell: PyCell, builtin: PyCell?, _ name: String, _ rt: Runtime, _ location: SourceLocation
    ) {
        self.cell = cell
        self.builtin = builtin
        self.name = name
        self.rt = rt
        super.init(location)
    }

    override func eval(_ f: Frame) throws(PyError) -> Value {
        do {
            return try evaluate(f)
        } catch {
            error.noteExpression(location)
            throw error
        }
    }

    @inline(__always) private func evaluate(_ f: Frame) throws(PyError) -> Value {
        let v = cell.value
        if case .unbound = v {
            if let b = builtin {
                let bv = b.value
                if !bv.isUnbound { return bv }
            }
            throw rt.nameError(name)
        }
        return v
    }
}

/// A name read in a class body: the class namespace (slot 0), then an enclosing function's
/// cell if the name is free there, then the globals and builtins.
final class LoadClassNameNode: ExprNode {
    let name: PyStr
    let freeSlot: Int?
    let cell: PyCell
    let builtin: PyCell?
    unowned(unsafe) let rt: Runtime

    init(
        _ name: PyStr, freeSlot: Int?, cell: PyCell, builtin: PyCell?, _ rt: Runtime,
        _ location: SourceLocation
    ) {
        self.name = name
        self.freeSlot = freeSlot
        self.cell = cell
        self.builtin = builtin
        self.rt = rt
        super.init(location)
    }

    override func eval(_ f: Frame) throws(PyError) -> Value {
        if let ns = f[0].asDict, let v = ns.get(name) { return v }
        if let s = freeSlot, case .object(let o) = f[s], o.kind == .cell {
            let v = unsafeDowncast(o, to: PyCell.self).value
            if !v.isUnbound { return v }
        }
        let v = cell.value
        if !v.isUnbound { return v }
        if let b = builtin, !b.value.isUnbound { return b.value }
        throw rt.nameError(name.value)
    }
}

// MARK: - Targets

/// Stores into a local slot.
final class StoreLocalTarget: TargetNode {
    let slot: Int
    let name: String
    unowned(unsafe) let rt: Runtime

    init(_ slot: Int, _ name: String, _ rt: Runtime, _ location: SourceLocation) {
        self.slot = slot
        self.name = name
        self.rt = rt
        super.init(location)
    }

    override func assign(_ f: Frame, _ value: Value) throws(PyError) {
        f[slot] = value
    }

    override func delete(_ f: Frame) throws(PyError) {
        if f[slot].isUnbound { throw rt.unboundLocalError(name) }
        f[slot] = .unbound
    }
}

/// Stores into a cell variable.
final class StoreCellTarget: TargetNode {
    let slot: Int
    let name: String
    unowned(unsafe) let rt: Runtime

    init(_ slot: Int, _ name: String, _ rt: Runtime, _ location: SourceLocation) {
        self.slot = slot
        self.name = name
        self.rt = rt
        super.init(location)
    }

    override func assign(_ f: Frame, _ value: Value) throws(PyError) {
        if case .object(let o) = f[slot], o.kind == .cell {
            unsafeDowncast(o, to: PyCell.self).value = value
        } else {
            f[slot] = .object(PyCell(value))
        }
    }

    override func delete(_ f: Frame) throws(PyError) {
        guard case .object(let o) = f[slot], o.kind == .cell else { return }
        let c = unsafeDowncast(o, to: PyCell.self)
        if c.value.isUnbound { throw rt.unboundLocalError(name) }
        c.value = .unbound
    }
}

/// Stores a module global.
final class StoreGlobalTarget: TargetNode {
    let cell: PyCell
    let name: String
    unowned(unsafe) let rt: Runtime

    init(_ cell: PyCell, _ name: String, _ rt: Runtime, _ location: SourceLocation) {
        self.cell = cell
        self.name = name
        self.rt = rt
        super.init(location)
    }

    override func assign(_ f: Frame, _ value: Value) throws(PyError) {
        cell.value = value
    }

    override func delete(_ f: Frame) throws(PyError) {
        if cell.value.isUnbound { throw rt.nameError(name) }
        cell.value = .unbound
    }
}

/// Stores a name in a class body's namespace.
final class StoreClassNameTarget: TargetNode {
    let name: PyStr
    unowned(unsafe) let rt: Runtime

    init(_ name: PyStr, _ rt: Runtime, _ location: SourceLocation) {
        self.name = name
        self.rt = rt
        super.init(location)
    }

    override func assign(_ f: Frame, _ value: Value) throws(PyError) {
        f[0].asDict?.set(name, value)
    }

    override func delete(_ f: Frame) throws(PyError) {
        guard let ns = f[0].asDict, let e = ns.find(str: name) else {
            throw rt.nameError(name.value)
        }
        ns.remove(at: e)
    }
}

/// `obj.name = value`.
final class StoreAttributeTarget: TargetNode {
    let object: ExprRef
    let name: PyStr
    unowned(unsafe) let rt: Runtime
    let hot: UnsafeMutablePointer<HotState>
    private var cache = AttributeCache()
    /// Set when the object is a plain local (`self.x = …`): its slot is read in place.
    var localSlot: Int?

    init(_ object: ExprNode, _ name: PyStr, _ rt: Runtime, _ location: SourceLocation) {
        self.object = ExprRef(object)
        self.name = name
        self.rt = rt
        self.hot = rt.hot
        super.init(location)
    }

    override func assign(_ f: Frame, _ value: Value) throws(PyError) {
        if let slot = localSlot, let instRef = (f + slot).peekInstance(hot) {
            let stored = instRef._withUnsafeGuaranteedRef { inst -> Bool in
                guard !inst.hasClassAttribute(name, &cache), !cache.hasSetattr else { return false }
                inst.attributesRef._withUnsafeGuaranteedRef { $0.set(name, value) }
                return true
            }
            if stored { return }
        }
        let target = try object.eval(f)
        if case .object(let o) = target, o.kind == .instance {
            let inst = unsafeDowncast(o, to: PyInstance.self)
            let descriptor = inst.classAttribute(name, &cache)
            if !cache.hasSetattr {
                if let d = descriptor, case .object(let dobj) = d,
                    dobj.kind == .property || dobj.kind == .instance
                {
                    try rt.genericSetAttribute(inst, name, value)
                    return
                }
                inst.attributesRef._withUnsafeGuaranteedRef { $0.set(name, value) }
                return
            }
        }
        try rt.setAttribute(target, name, value)
    }

    override func delete(_ f: Frame) throws(PyError) {
        try rt.deleteAttribute(try object.eval(f), name)
    }
}

/// `obj[index] = value`.
final class StoreSubscriptTarget: TargetNode {
    let object: ExprRef
    let index: ExprRef
    unowned(unsafe) let rt: Runtime

    init(_ object: ExprNode, _ index: ExprNode, _ rt: Runtime, _ location: SourceLocation) {
        self.object = ExprRef(object)
        self.index = ExprRef(index)
        self.rt = rt
        super.init(location)
    }

    override func assign(_ f: Frame, _ value: Value) throws(PyError) {
        let container = try object.eval(f)
        let i = try index.eval(f)
        if case .object(let o) = container, o.kind == .list, case .int(let k) = i {
            let l = unsafeDowncast(o, to: PyList.self)
            let n = l.items.count
            let j = k < 0 ? k + n : k
            if j >= 0 && j < n {
                l.items[j] = value
                return
            }
        }
        try rt.setItem(container, i, value)
    }

    override func delete(_ f: Frame) throws(PyError) {
        let container = try object.eval(f)
        try rt.deleteItem(container, try index.eval(f))
    }
}

/// `a, *b, c = value`.
final class UnpackTarget: TargetNode {
    let targets: [TargetRef]
    let starIndex: Int?
    unowned(unsafe) let rt: Runtime

    init(_ targets: [TargetNode], starIndex: Int?, _ rt: Runtime, _ location: SourceLocation) {
        self.targets = targets.map { TargetRef($0) }
        self.starIndex = starIndex
        self.rt = rt
        super.init(location)
    }

    override func assign(_ f: Frame, _ value: Value) throws(PyError) {
        let items: [Value]
        if let t = value.asTuple {
            items = t.items
        } else if let l = value.asList {
            items = l.items
        } else {
            guard let it = try rt.iterateIfPossible(value) else {
                throw rt.typeError("cannot unpack non-iterable \(rt.typeName(value)) object")
            }
            var collected: [Value] = []
            let limit = starIndex == nil ? targets.count + 1 : Int.max
            while collected.count < limit, let v = try it.next(rt) {
                collected.append(v)
                if collected.count & 0xfff == 0 { try rt.checkGrowth(items: collected.count) }
            }
            items = collected
        }
        let n = targets.count
        if let star = starIndex {
            let minimum = n - 1
            if items.count < minimum {
                throw rt.valueError(
                    "not enough values to unpack (expected at least \(minimum), got \(items.count))"
                )
            }
            for i in 0..<star {
                try targets[i].assign(f, items[i])
            }
            let restCount = items.count - minimum
            try targets[star].assign(
                f, .object(rt.newList(Array(items[star..<(star + restCount)]))))
            for i in (star + 1)..<n {
                try targets[i].assign(f, items[i - 1 + restCount])
            }
            return
        }
        if items.count != n {
            if items.count < n {
                throw rt.valueError(
                    "not enough values to unpack (expected \(n), got \(items.count))")
            }
            throw rt.valueError("too many values to unpack (expected \(n))")
        }
        for i in 0..<n {
            try targets[i].assign(f, items[i])
        }
    }

    override func delete(_ f: Frame) throws(PyError) {
        for t in targets {
            try t.delete(f)
        }
    }
}
