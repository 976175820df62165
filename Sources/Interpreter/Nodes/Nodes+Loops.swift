import Syntax

/// Where a loop stores each item: a plain slot or global avoids a virtual call.
enum LoopTarget {
    case local(Int)
    case global(PyCell)
    case other(TargetRef)

    @inline(__always) func assign(_ f: Frame, _ value: Value) throws(PyError) {
        switch self {
        case .local(let slot): f[slot] = value
        case .global(let cell): cell.value = value
        case .other(let t): try t.assign(f, value)
        }
    }
}

/// `for target in iterable: body else: orElse`, with fast paths for ranges and lists.
final class ForNode: StmtNode {
    let target: LoopTarget
    let iterable: ExprRef
    let body: StmtRef
    let orElse: StmtRef?
    /// Where the body's single statement stands, when the body is that statement rather
    /// than a block (the loop records it in tracebacks itself).
    var bodyLocation: SourceLocation?
    unowned(unsafe) var code: CodeObject?
    unowned(unsafe) let rt: Runtime
    let hot: UnsafeMutablePointer<HotState>

    init(
        _ target: LoopTarget, _ iterable: ExprNode, _ body: StmtNode, _ orElse: StmtNode?,
        _ rt: Runtime, _ location: SourceLocation
    ) {
        self.target = target
        self.iterable = ExprRef(iterable)
        self.body = StmtRef(body)
        self.orElse = orElse.map { StmtRef($0) }
        self.rt = rt
        self.hot = rt.hot
        super.init(location)
    }

    @inline(__always) private func runBody(_ f: Frame) throws(PyError) -> Flow {
        do {
            return try body.exec(f)
        } catch {
            recordBody(error, bodyLocation, code)
            throw error
        }
    }

    override func exec(_ f: Frame) throws(PyError) -> Flow {
        let source = try iterable.eval(f)
        let h = hot
        if case .object(let o) = source {
            if o.kind == .range {
                let r = unsafeDowncast(o, to: PyRange.self)
                var current = r.start
                let step = r.step
                var remaining = r.count ?? Int.max
                while remaining > 0 {
                    h.pointee.ticks &-= 1
                    if h.pointee.ticks <= 0 { try rt.checkClock() }
                    try target.assign(f, .int(current))
                    let flow = try runBody(f)
                    if !flow.isNormal {
                        if flow.isBreak { return .normal }
                        if flow.isReturn { return flow }
                    }
                    current &+= step
                    remaining -= 1
                }
                if let e = orElse { return try e.exec(f) }
                return .normal
            }
            if o.kind == .list {
                let list = unsafeDowncast(o, to: PyList.self)
                var i = 0
                while i < list.items.count {
                    h.pointee.ticks &-= 1
                    if h.pointee.ticks <= 0 { try rt.checkClock() }
                    try target.assign(f, list.items[i])
                    i += 1
                    let flow = try runBody(f)
                    if !flow.isNormal {
                        if flow.isBreak { return .normal }
                        if flow.isReturn { return flow }
                    }
                }
                if let e = orElse { return try e.exec(f) }
                return .normal
            }
        }
        let it = try rt.iterate(source)
        while let item = try it.next(rt) {
            h.pointee.ticks &-= 1
            if h.pointee.ticks <= 0 { try rt.checkClock() }
            try target.assign(f, item)
            let flow = try runBody(f)
            if !flow.isNormal {
                if flow.isBreak { return .normal }
                if flow.isReturn { return flow }
            }
        }
        if let e = orElse { return try e.exec(f) }
        return .normal
    }
}

extension StmtNode {
    /// Records a single-statement body's location in an error's traceback.
    func recordBody(_ error: PyError, _ location: SourceLocation?, _ code: CodeObject?) {
        guard let l = location, let c = code else { return }
        error.record(TraceFrame(label: c.label, line: l.line, column: l.column, function: c.name))
    }
}

/// `while test: body else: orElse`.
final class WhileNode: StmtNode {
    let test: ExprRef
    let body: StmtRef
    let orElse: StmtRef?
    /// Where the body's single statement stands, when the body is that statement rather
    /// than a block (the loop records it in tracebacks itself).
    var bodyLocation: SourceLocation?
    unowned(unsafe) var code: CodeObject?
    unowned(unsafe) let rt: Runtime
    let hot: UnsafeMutablePointer<HotState>

    init(
        _ test: ExprNode, _ body: StmtNode, _ orElse: StmtNode?, _ rt: Runtime,
        _ location: SourceLocation
    ) {
        self.test = ExprRef(test)
        self.body = StmtRef(body)
        self.orElse = orElse.map { StmtRef($0) }
        self.rt = rt
        self.hot = rt.hot
        super.init(location)
    }

    @inline(__always) private func runBody(_ f: Frame) throws(PyError) -> Flow {
        do {
            return try body.exec(f)
        } catch {
            recordBody(error, bodyLocation, code)
            throw error
        }
    }

    override func exec(_ f: Frame) throws(PyError) -> Flow {
        let h = hot
        while true {
            h.pointee.ticks &-= 1
            if h.pointee.ticks <= 0 { try rt.checkClock() }
            let t = try test.eval(f)
            let go: Bool
            if case .bool(let b) = t {
                go = b
            } else {
                go = try truth(t, rt)
            }
            if !go { break }
            let flow = try runBody(f)
            if !flow.isNormal {
                if flow.isBreak { return .normal }
                if flow.isReturn { return flow }
            }
        }
        if let e = orElse { return try e.exec(f) }
        return .normal
    }
}
