import Syntax

/// A sequence of statements; records the location of a failing statement in the error's
/// traceback.
final class BlockNode: StmtNode {
    let statements: RefArray<StmtRef>
    let locations: [SourceLocation]
    unowned(unsafe) let code: CodeObject

    init(_ statements: [StmtNode], _ code: CodeObject, _ location: SourceLocation) {
        self.statements = code.own(RefArray(statements.map { StmtRef($0) }))
        self.locations = statements.map { $0.location }
        self.code = code
        super.init(location)
    }

    override func exec(_ f: Frame) throws(PyError) -> Flow {
        var i = 0
        let n = statements.count
        while i < n {
            let flow: Flow
            do {
                flow = try statements[i].exec(f)
            } catch {
                let location = locations[i]
                error.record(
                    TraceFrame(
                        label: code.label, line: location.line, column: location.column,
                        function: code.name))
                throw error
            }
            if !flow.isNormal { return flow }
            i += 1
        }
        return .normal
    }
}

/// An expression evaluated for its effect.
final class ExprStmtNode: StmtNode {
    let value: ExprRef

    init(_ value: ExprNode, _ location: SourceLocation) {
        self.value = ExprRef(value)
        super.init(location)
    }

    override func exec(_ f: Frame) throws(PyError) -> Flow {
        _ = try value.eval(f)
        return .normal
    }
}

/// A cell's final expression: its value is kept for display.
final class DisplayStmtNode: StmtNode {
    let value: ExprRef
    unowned(unsafe) let rt: Runtime

    init(_ value: ExprNode, _ rt: Runtime, _ location: SourceLocation) {
        self.value = ExprRef(value)
        self.rt = rt
        super.init(location)
    }

    override func exec(_ f: Frame) throws(PyError) -> Flow {
        rt.displayValue = try value.eval(f)
        return .normal
    }
}

/// `target = value` (one target).
final class AssignNode: StmtNode {
    let target: TargetRef
    let value: ExprRef

    init(_ target: TargetNode, _ value: ExprNode, _ location: SourceLocation) {
        self.target = TargetRef(target)
        self.value = ExprRef(value)
        super.init(location)
    }

    override func exec(_ f: Frame) throws(PyError) -> Flow {
        try target.assign(f, try value.eval(f))
        return .normal
    }
}

/// `x = value` for a local slot.
final class AssignLocalNode: StmtNode {
    let slot: Int
    let value: ExprRef

    init(_ slot: Int, _ value: ExprNode, _ location: SourceLocation) {
        self.slot = slot
        self.value = ExprRef(value)
        super.init(location)
    }

    override func exec(_ f: Frame) throws(PyError) -> Flow {
        f[slot] = try value.eval(f)
        return .normal
    }
}

/// `x = value` for a module global.
final class AssignGlobalNode: StmtNode {
    let cell: PyCell
    let value: ExprRef

    init(_ cell: PyCell, _ value: ExprNode, _ location: SourceLocation) {
        self.cell = cell
        self.value = ExprRef(value)
        super.init(location)
    }

    override func exec(_ f: Frame) throws(PyError) -> Flow {
        cell.value = try value.eval(f)
        return .normal
    }
}

/// `a = b = value`: every target receives the value, left to right.
final class AssignManyNode: StmtNode {
    let targets: [TargetRef]
    let value: ExprRef

    init(_ targets: [TargetNode], _ value: ExprNode, _ location: SourceLocation) {
        self.targets = targets.map { TargetRef($0) }
        self.value = ExprRef(value)
        super.init(location)
    }

    override func exec(_ f: Frame) throws(PyError) -> Flow {
        let v = try value.eval(f)
        for t in targets {
            try t.assign(f, v)
        }
        return .normal
    }
}

/// `name op= value` for a name target (the load and the store are name nodes).
final class AugAssignNameNode: StmtNode {
    let op: BinaryOp
    let load: ExprRef
    let store: TargetRef
    let value: ExprRef
    unowned(unsafe) let rt: Runtime

    init(
        _ op: BinaryOp, load: ExprNode, store: TargetNode, value: ExprNode, _ rt: Runtime,
        _ location: SourceLocation
    ) {
        self.op = op
        self.load = ExprRef(load)
        self.store = TargetRef(store)
        self.value = ExprRef(value)
        self.rt = rt
        super.init(location)
    }

    override func exec(_ f: Frame) throws(PyError) -> Flow {
        let a = try load.eval(f)
        let b = try value.eval(f)
        if case .int(let x) = a, case .int(let y) = b {
            switch op {
            case .add:
                let (r, o) = x.addingReportingOverflow(y)
                if !o {
                    try store.assign(f, .int(r))
                    return .normal
                }
            case .subtract:
                let (r, o) = x.subtractingReportingOverflow(y)
                if !o {
                    try store.assign(f, .int(r))
                    return .normal
                }
            default: break
            }
        }
        try store.assign(f, try rt.inplace(op, a, b))
        return .normal
    }
}

/// `x op= value` for a local slot.
final class AugAssignLocalNode: StmtNode {
    let op: BinaryOp
    let slot: Int
    let name: String
    let value: ExprRef
    unowned(unsafe) let rt: Runtime

    init(
        _ op: BinaryOp, slot: Int, name: String, value: ExprNode, _ rt: Runtime,
        _ location: SourceLocation
    ) {
        self.op = op
        self.slot = slot
        self.name = name
        self.value = ExprRef(value)
        self.rt = rt
        super.init(location)
    }

    override func exec(_ f: Frame) throws(PyError) -> Flow {
        let a = f[slot]
        if case .unbound = a { throw rt.unboundLocalError(name) }
        let b = try value.eval(f)
        if case .int(let x) = a, case .int(let y) = b {
            switch op {
            case .add:
                let (r, o) = x.addingReportingOverflow(y)
                if !o {
                    f[slot] = .int(r)
                    return .normal
                }
            case .subtract:
                let (r, o) = x.subtractingReportingOverflow(y)
                if !o {
                    f[slot] = .int(r)
                    return .normal
                }
            default: break
            }
        }
        f[slot] = try rt.inplace(op, a, b)
        return .normal
    }
}

/// `x op= value` for a module global.
final class AugAssignGlobalNode: StmtNode {
    let op: BinaryOp
    let cell: PyCell
    let builtin: PyCell?
    let name: String
    let value: ExprRef
    unowned(unsafe) let rt: Runtime

    init(
        _ op: BinaryOp, cell: PyCell, builtin: PyCell?, name: String, value: ExprNode,
        _ rt: Runtime,
        _ location: SourceLocation
    ) {
        self.op = op
        self.cell = cell
        self.builtin = builtin
        self.name = name
        self.value = ExprRef(value)
        self.rt = rt
        super.init(location)
    }

    override func exec(_ f: Frame) throws(PyError) -> Flow {
        var a = cell.value
        if case .unbound = a {
            guard let b = builtin, !b.value.isUnbound else { throw rt.nameError(name) }
            a = b.value
        }
        let b = try value.eval(f)
        if case .int(let x) = a, case .int(let y) = b {
            switch op {
            case .add:
                let (r, o) = x.addingReportingOverflow(y)
                if !o {
                    cell.value = .int(r)
                    return .normal
                }
            case .subtract:
                let (r, o) = x.subtractingReportingOverflow(y)
                if !o {
                    cell.value = .int(r)
                    return .normal
                }
            default: break
            }
        }
        cell.value = try rt.inplace(op, a, b)
        return .normal
    }
}

/// `obj.name op= value`.
final class AugAssignAttributeNode: StmtNode {
    let op: BinaryOp
    let object: ExprRef
    let name: PyStr
    let value: ExprRef
    unowned(unsafe) let rt: Runtime
    let hot: UnsafeMutablePointer<HotState>
    private var cache = AttributeCache()
    /// Set when the object is a plain local (`self.n += 1`): its slot is read in place.
    var localSlot: Int?

    init(
        _ op: BinaryOp, _ object: ExprNode, _ name: PyStr, _ value: ExprNode, _ rt: Runtime,
        _ location: SourceLocation
    ) {
        self.op = op
        self.object = ExprRef(object)
        self.name = name
        self.value = ExprRef(value)
        self.rt = rt
        self.hot = rt.hot
        super.init(location)
    }

    override func exec(_ f: Frame) throws(PyError) -> Flow {
        if let slot = localSlot, let instRef = (f + slot).peekInstance(hot), op == .add {
            // `self.n += k` with ints: read, add and store in place.
            let current = instRef._withUnsafeGuaranteedRef { inst -> (Int, Int, Int)? in
                guard !inst.hasClassAttribute(name, &cache), !cache.hasSetattr else { return nil }
                return inst.attributesRef._withUnsafeGuaranteedRef { d -> (Int, Int, Int)? in
                    guard let e = d.find(str: name), case .int(let x) = d.value(at: e) else {
                        return nil
                    }
                    return (x, e, d.version)
                }
            }
            if let (x, entry, version) = current {
                let b = try value.eval(f)
                let epoch = cache.epoch
                if case .int(let y) = b, let again = (f + slot).peekInstance(hot),
                    again.toOpaque() == instRef.toOpaque()
                {
                    let (r, over) = x.addingReportingOverflow(y)
                    // The entry is still the attribute unless evaluating the right side
                    // added or removed keys (the version) or changed a class (the epoch).
                    let stored =
                        !over
                        && instRef._withUnsafeGuaranteedRef { inst -> Bool in
                            guard
                                epoch == inst.classRef._withUnsafeGuaranteedRef({ $0.epoch.value })
                            else { return false }
                            return inst.attributesRef._withUnsafeGuaranteedRef { d -> Bool in
                                guard d.version == version else { return false }
                                d.setValue(.int(r), at: entry)
                                return true
                            }
                        }
                    if stored { return .normal }
                }
                let target = try object.eval(f)
                try rt.setAttribute(target, name, try rt.inplace(op, .int(x), b))
                return .normal
            }
        }
        let target = try object.eval(f)
        if case .object(let o) = target, o.kind == .instance {
            let inst = unsafeDowncast(o, to: PyInstance.self)
            if inst.classAttribute(name, &cache) == nil, !cache.hasSetattr,
                let e = inst.attributesRef._withUnsafeGuaranteedRef({ $0.find(str: name) })
            {
                let a = inst.attributesRef._withUnsafeGuaranteedRef { $0.value(at: e) }
                let b = try value.eval(f)
                if case .int(let x) = a, case .int(let y) = b, op == .add {
                    let (r, over) = x.addingReportingOverflow(y)
                    if !over {
                        inst.attributesRef._withUnsafeGuaranteedRef { $0.setValue(.int(r), at: e) }
                        return .normal
                    }
                }
                let r = try rt.inplace(op, a, b)
                inst.attributes.set(name, r)
                return .normal
            }
        }
        let a = try rt.getAttribute(target, name)
        let r = try rt.inplace(op, a, try value.eval(f))
        try rt.setAttribute(target, name, r)
        return .normal
    }
}

/// `obj[index] op= value`.
final class AugAssignSubscriptNode: StmtNode {
    let op: BinaryOp
    let object: ExprRef
    let index: ExprRef
    let value: ExprRef
    unowned(unsafe) let rt: Runtime

    init(
        _ op: BinaryOp, _ object: ExprNode, _ index: ExprNode, _ value: ExprNode, _ rt: Runtime,
        _ location: SourceLocation
    ) {
        self.op = op
        self.object = ExprRef(object)
        self.index = ExprRef(index)
        self.value = ExprRef(value)
        self.rt = rt
        super.init(location)
    }

    override func exec(_ f: Frame) throws(PyError) -> Flow {
        let container = try object.eval(f)
        let i = try index.eval(f)
        let a = try rt.getItem(container, i)
        let r = try rt.inplace(op, a, try value.eval(f))
        try rt.setItem(container, i, r)
        return .normal
    }
}

/// `del a, b[0], c.d`.
final class DeleteNode: StmtNode {
    let targets: [TargetRef]

    init(_ targets: [TargetNode], _ location: SourceLocation) {
        self.targets = targets.map { TargetRef($0) }
        super.init(location)
    }

    override func exec(_ f: Frame) throws(PyError) -> Flow {
        for t in targets {
            try t.delete(f)
        }
        return .normal
    }
}

/// `pass` (and `global`/`nonlocal`, which act at compile time).
final class PassNode: StmtNode {
    override func exec(_ f: Frame) throws(PyError) -> Flow { .normal }
}

/// `break`.
final class BreakNode: StmtNode {
    override func exec(_ f: Frame) throws(PyError) -> Flow { .breakLoop }
}

/// `continue`.
final class ContinueNode: StmtNode {
    override func exec(_ f: Frame) throws(PyError) -> Flow { .continueLoop }
}

/// `return value`.
final class ReturnNode: StmtNode {
    let value: ExprRef?
    let hot: UnsafeMutablePointer<HotState>

    init(_ value: ExprNode?, _ rt: Runtime, _ location: SourceLocation) {
        self.value = value.map { ExprRef($0) }
        self.hot = rt.hot
        super.init(location)
    }

    override func exec(_ f: Frame) throws(PyError) -> Flow {
        if let v = value {
            return .returned(try v.eval(f))
        }
        return .returned(.none)
    }
}

/// `if test: body else: orElse`.
final class IfNode: StmtNode {
    let test: ExprRef
    let body: StmtRef
    let orElse: StmtRef?
    unowned(unsafe) let rt: Runtime
    /// Where a branch's single statement stands, when the branch is that statement rather
    /// than a block (the node records it in tracebacks itself).
    var bodyLocation: SourceLocation?
    var elseLocation: SourceLocation?
    unowned(unsafe) var code: CodeObject?
    /// Set when the test is `local <op> int` (read in place, no child call).
    var fusedTest: (slot: Int, op: CompareOp, constant: Int)?

    init(
        _ test: ExprNode, _ body: StmtNode, _ orElse: StmtNode?, _ rt: Runtime,
        _ location: SourceLocation
    ) {
        self.test = ExprRef(test)
        self.body = StmtRef(body)
        self.orElse = orElse.map { StmtRef($0) }
        self.rt = rt
        super.init(location)
    }

    override func exec(_ f: Frame) throws(PyError) -> Flow {
        let yes: Bool
        if let fused = fusedTest, case .int(let x) = f[fused.slot] {
            let k = fused.constant
            switch fused.op {
            case .lt: yes = x < k
            case .le: yes = x <= k
            case .gt: yes = x > k
            case .ge: yes = x >= k
            case .eq: yes = x == k
            case .ne: yes = x != k
            }
        } else {
            let t = try test.eval(f)
            if case .bool(let b) = t {
                yes = b
            } else {
                yes = try truth(t, rt)
            }
        }
        if yes {
            do {
                return try body.exec(f)
            } catch {
                record(error, bodyLocation)
                throw error
            }
        }
        if let o = orElse {
            do {
                return try o.exec(f)
            } catch {
                record(error, elseLocation)
                throw error
            }
        }
        return .normal
    }

    private func record(_ error: PyError, _ location: SourceLocation?) {
        guard let l = location, let c = code else { return }
        error.record(TraceFrame(label: c.label, line: l.line, column: l.column, function: c.name))
    }
}

/// `assert test, message`.
final class AssertNode: StmtNode {
    let test: ExprRef
    let message: ExprRef?
    unowned(unsafe) let rt: Runtime

    init(_ test: ExprNode, _ message: ExprNode?, _ rt: Runtime, _ location: SourceLocation) {
        self.test = ExprRef(test)
        self.message = message.map { ExprRef($0) }
        self.rt = rt
        super.init(location)
    }

    override func exec(_ f: Frame) throws(PyError) -> Flow {
        if try truth(try test.eval(f), rt) { return .normal }
        let args =
            try message.map { (m: ExprRef) throws(PyError) -> [Value] in [try m.eval(f)] } ?? []
        throw rt.error(rt.exceptionClass(.assertionError), arguments: args)
    }
}
