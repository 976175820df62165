import Syntax

/// One `for … in … if …` clause, compiled in the comprehension's own frame.
struct ComprehensionClause {
    let target: TargetRef
    /// The iterable; `nil` for the first clause, whose iterator arrives in slot 0.
    let iterable: ExprRef?
    let conditions: [ExprRef]
}

/// What a comprehension builds.
enum ComprehensionKind {
    case list(ExprRef)
    case set(ExprRef)
    case dict(ExprRef, ExprRef)
}

/// The body of a list, set or dict comprehension: runs the loops and returns the result.
final class ComprehensionBodyNode: StmtNode {
    let clauses: [ComprehensionClause]
    let kind: ComprehensionKind
    unowned(unsafe) let rt: Runtime

    init(
        _ clauses: [ComprehensionClause], _ kind: ComprehensionKind, _ rt: Runtime,
        _ location: SourceLocation
    ) {
        self.clauses = clauses
        self.kind = kind
        self.rt = rt
        super.init(location)
    }

    override func exec(_ f: Frame) throws(PyError) -> Flow {
        switch kind {
        case .list(let element):
            var items: [Value] = []
            try loop(0, f) { () throws(PyError) in
                items.append(try element.eval(f))
                if items.count & 0xffff == 0 { try rt.checkGrowth(items: items.count) }
            }
            return .returned(.object(rt.newList(items)))
        case .set(let element):
            let s = PySet()
            try loop(0, f) { () throws(PyError) in try rt.setAdd(s, try element.eval(f)) }
            return .returned(.object(s))
        case .dict(let key, let value):
            let d = rt.newDict()
            try loop(0, f) { () throws(PyError) in
                let k = try key.eval(f)
                try rt.dictSet(d, k, try value.eval(f))
            }
            return .returned(.object(d))
        }
    }

    private func loop(_ k: Int, _ f: Frame, _ emit: () throws(PyError) -> Void) throws(PyError) {
        let clause = clauses[k]
        let it: PyIterator
        if let e = clause.iterable {
            it = try rt.iterate(try e.eval(f))
        } else if case .object(let o) = f[0], o.kind == .iterator {
            it = unsafeDowncast(o, to: PyIterator.self)
        } else {
            return
        }
        while let item = try it.next(rt) {
            try rt.tick()
            try clause.target.assign(f, item)
            var keep = true
            for c in clause.conditions where keep {
                keep = try truth(try c.eval(f), rt)
            }
            if !keep { continue }
            if k == clauses.count - 1 {
                try emit()
            } else {
                try loop(k + 1, f, emit)
            }
        }
    }
}

/// `[x for x in xs]`, `{…}`: evaluates the first iterable here, then runs the comprehension's
/// code in a new frame.
final class ComprehensionNode: ExprNode {
    let code: CodeObject
    let first: ExprRef
    let closureSlots: [Int]
    unowned(unsafe) let rt: Runtime

    init(
        _ code: CodeObject, first: ExprNode, closureSlots: [Int], _ rt: Runtime,
        _ location: SourceLocation
    ) {
        self.code = code
        self.first = ExprRef(first)
        self.closureSlots = closureSlots
        self.rt = rt
        super.init(location)
    }

    override func eval(_ f: Frame) throws(PyError) -> Value {
        let it = try rt.iterate(try first.eval(f))
        let h = rt.hot
        let base = h.pointee.sp
        if h.pointee.stackEnd - base < code.slotCount + 1 {
            throw rt.error(.recursionError, "maximum recursion depth exceeded")
        }
        base.initialize(repeating: .unbound, count: max(1, code.slotCount))
        base[0] = .object(it)
        h.pointee.sp = base + max(1, code.slotCount)
        defer { rt.popTo(base) }
        try rt.enterRecursion()
        defer { rt.leaveRecursion() }
        code.prepareCells(base, closure: closureCells(closureSlots, f))
        do {
            return try code.body.exec(base).returnedValue
        } catch {
            error.needsFrame = true
            throw error
        }
    }
}

/// The plan of a generator expression: its clauses and element, in its own frame.
final class GeneratorPlan {
    let clauses: [ComprehensionClause]
    let element: ExprRef

    init(_ clauses: [ComprehensionClause], _ element: ExprRef) {
        self.clauses = clauses
        self.element = element
    }
}

/// A generator expression's iterator: a suspended nest of loops over a heap frame.
final class GeneratorObject: PyIterator {
    let code: CodeObject
    let plan: GeneratorPlan
    let frame: UnsafeMutablePointer<Value>
    let slotCount: Int
    var iterators: [PyIterator?]
    var level = 0
    var running = false
    var finished = false

    init(
        _ code: CodeObject, _ plan: GeneratorPlan, first: PyIterator, closure: [PyCell],
        _ cls: PyClass
    ) {
        self.code = code
        self.plan = plan
        slotCount = max(1, code.slotCount)
        frame = .allocate(capacity: slotCount)
        frame.initialize(repeating: .unbound, count: slotCount)
        iterators = [PyIterator?](repeating: nil, count: plan.clauses.count)
        iterators[0] = first
        super.init(cls)
        frame[0] = .object(first)
        code.prepareCells(frame, closure: closure)
    }

    deinit {
        frame.deinitialize(count: slotCount)
        frame.deallocate()
    }

    /// Ends the generator and hands what its frame holds to `work` (for a session's end).
    func releaseForTeardown(into work: inout [Value]) {
        for i in 0..<slotCount {
            work.append(frame[i])
            frame[i] = .unbound
        }
        for case let it? in iterators {
            work.append(.object(it))
        }
        iterators = iterators.map { _ in nil }
        finished = true
    }

    override func next(_ rt: Runtime) throws(PyError) -> Value? {
        if finished { return nil }
        if running { throw rt.valueError("generator already executing") }
        running = true
        defer { running = false }
        try rt.enterRecursion()
        defer { rt.leaveRecursion() }
        do {
            return try advance(rt)
        } catch {
            finished = true
            error.needsFrame = true
            throw error
        }
    }

    private func advance(_ rt: Runtime) throws(PyError) -> Value? {
        let clauses = plan.clauses
        while level >= 0 {
            guard let it = iterators[level], let item = try it.next(rt) else {
                iterators[level] = nil
                level -= 1
                continue
            }
            try rt.tick()
            let clause = clauses[level]
            try clause.target.assign(frame, item)
            var keep = true
            for c in clause.conditions where keep {
                keep = try truth(try c.eval(frame), rt)
            }
            if !keep { continue }
            if level == clauses.count - 1 {
                return try plan.element.eval(frame)
            }
            level += 1
            if let e = clauses[level].iterable {
                iterators[level] = try rt.iterate(try e.eval(frame))
            }
        }
        finished = true
        return nil
    }
}

/// `(x for x in xs)`.
final class GeneratorNode: ExprNode {
    let code: CodeObject
    let plan: GeneratorPlan
    let first: ExprRef
    let closureSlots: [Int]
    unowned(unsafe) let rt: Runtime

    init(
        _ code: CodeObject, _ plan: GeneratorPlan, first: ExprNode, closureSlots: [Int],
        _ rt: Runtime,
        _ location: SourceLocation
    ) {
        self.code = code
        self.plan = plan
        self.first = ExprRef(first)
        self.closureSlots = closureSlots
        self.rt = rt
        super.init(location)
    }

    override func eval(_ f: Frame) throws(PyError) -> Value {
        let it = try rt.iterate(try first.eval(f))
        return .object(
            GeneratorObject(
                code, plan, first: it, closure: closureCells(closureSlots, f), rt.types.generator))
    }
}
