import Syntax

/// One `except` clause.
struct HandlerClause {
    let type: ExprRef?
    let name: TargetRef?
    let body: StmtRef
}

/// `try` / `except` / `else` / `finally`.
final class TryNode: StmtNode {
    let body: StmtRef
    let handlers: [HandlerClause]
    let orElse: StmtRef?
    let finally: StmtRef?
    unowned(unsafe) let rt: Runtime
    let hot: UnsafeMutablePointer<HotState>

    init(
        _ body: StmtNode, _ handlers: [HandlerClause], _ orElse: StmtNode?, _ finally: StmtNode?,
        _ rt: Runtime, _ location: SourceLocation
    ) {
        self.body = StmtRef(body)
        self.handlers = handlers
        self.orElse = orElse.map { StmtRef($0) }
        self.finally = finally.map { StmtRef($0) }
        self.rt = rt
        self.hot = rt.hot
        super.init(location)
    }

    override func exec(_ f: Frame) throws(PyError) -> Flow {
        var flow = Flow.normal
        var pending: PyError?
        var bodyCompleted = false
        do {
            flow = try body.exec(f)
            bodyCompleted = true
        } catch {
            if error.isUncatchable || handlers.isEmpty {
                pending = error
            } else {
                do {
                    if let handled = try handle(error, f) {
                        flow = handled
                    } else {
                        pending = error
                    }
                } catch let inner {
                    if let state = inner.exception.exceptionState, state.context.isNone,
                        inner.exception !== error.exception
                    {
                        state.context = .object(error.exception)
                    }
                    pending = inner
                }
            }
        }
        if bodyCompleted && flow.isNormal, let e = orElse {
            do {
                flow = try e.exec(f)
            } catch {
                pending = error
            }
        }
        if let fin = finally {
            let finFlow: Flow
            do {
                finFlow = try fin.exec(f)
            } catch {
                if let p = pending, let state = error.exception.exceptionState,
                    state.context.isNone,
                    error.exception !== p.exception
                {
                    state.context = .object(p.exception)
                }
                throw error
            }
            if !finFlow.isNormal {
                if let p = pending, p.isUncatchable { throw p }
                return finFlow
            }
        }
        if let p = pending { throw p }
        return flow
    }

    /// Runs the first matching handler; `nil` when none matches.
    private func handle(_ error: PyError, _ f: Frame) throws(PyError) -> Flow? {
        for h in handlers {
            if let typeRef = h.type {
                let t = try typeRef.eval(f)
                if !(try matches(error, t)) { continue }
            }
            if let name = h.name {
                try name.assign(f, .object(error.exception))
            }
            rt.handledExceptions.append(error)
            defer { rt.handledExceptions.removeLast() }
            let flow = try h.body.exec(f)
            if let name = h.name {
                try? name.delete(f)
            }
            return flow
        }
        return nil
    }

    private func matches(_ error: PyError, _ type: Value) throws(PyError) -> Bool {
        if let cls = type.asClass {
            guard cls.isExceptionClass else {
                throw rt.typeError(
                    "catching classes that do not inherit from BaseException is not allowed")
            }
            return error.exception.cls.isSubclass(of: cls)
        }
        if let t = type.asTuple {
            for item in t.items {
                if try matches(error, item) { return true }
            }
            return false
        }
        throw rt.typeError("catching classes that do not inherit from BaseException is not allowed")
    }
}

/// `raise`, `raise exc`, `raise exc from cause`.
final class RaiseNode: StmtNode {
    let exception: ExprRef?
    let cause: ExprRef?
    unowned(unsafe) let rt: Runtime

    init(_ exception: ExprNode?, _ cause: ExprNode?, _ rt: Runtime, _ location: SourceLocation) {
        self.exception = exception.map { ExprRef($0) }
        self.cause = cause.map { ExprRef($0) }
        self.rt = rt
        super.init(location)
    }

    override func exec(_ f: Frame) throws(PyError) -> Flow {
        guard let e = exception else {
            guard let current = rt.handledExceptions.last else {
                throw rt.error(.runtimeError, "No active exception to reraise")
            }
            current.needsFrame = false
            throw current
        }
        let instance = try rt.exceptionInstance(try e.eval(f))
        if let c = cause {
            let cv = try c.eval(f)
            if cv.isNone {
                instance.exceptionState?.cause = .none
            } else {
                instance.exceptionState?.cause = .object(
                    try rt.exceptionInstance(cv, forCause: true))
            }
        }
        if let current = rt.handledExceptions.last, current.exception !== instance,
            let state = instance.exceptionState, state.context.isNone
        {
            state.context = .object(current.exception)
        }
        throw PyError(instance)
    }
}

extension Runtime {
    /// The exception object `raise value` raises: an instance, or a new instance of a class.
    func exceptionInstance(_ v: Value, forCause: Bool = false) throws(PyError) -> PyInstance {
        if let cls = v.asClass, cls.isExceptionClass {
            let made = try call(v)
            guard let inst = made.asInstance, inst.cls.isExceptionClass else {
                throw typeError(
                    "calling \(try repr(v)) should have returned an instance of BaseException, not \(typeName(made))"
                )
            }
            return inst
        }
        if let inst = v.asInstance, inst.cls.isExceptionClass {
            return inst
        }
        if forCause {
            throw typeError("exception causes must derive from BaseException")
        }
        throw typeError("exceptions must derive from BaseException")
    }
}

/// `with context as target: body`.
final class WithNode: StmtNode {
    let context: ExprRef
    let target: TargetRef?
    let body: StmtRef
    unowned(unsafe) let rt: Runtime

    init(
        _ context: ExprNode, _ target: TargetNode?, _ body: StmtNode, _ rt: Runtime,
        _ location: SourceLocation
    ) {
        self.context = ExprRef(context)
        self.target = target.map { TargetRef($0) }
        self.body = StmtRef(body)
        self.rt = rt
        super.init(location)
    }

    override func exec(_ f: Frame) throws(PyError) -> Flow {
        let manager = try context.eval(f)
        guard let inst = manager.asInstance,
            let enter = inst.cls.special(.enter),
            let exit = inst.cls.special(.exit)
        else {
            throw rt.typeError(
                "'\(rt.typeName(manager))' object does not support the context manager protocol")
        }
        let entered = try rt.callBound(enter, receiver: manager)
        if let t = target { try t.assign(f, entered) }
        let flow: Flow
        do {
            flow = try body.exec(f)
        } catch {
            let exc = Value.object(error.exception)
            let suppress = try rt.callBound(
                exit, receiver: manager, [.object(error.exception.cls), exc, .none])
            if !error.isUncatchable, try rt.truthy(suppress) { return .normal }
            throw error
        }
        _ = try rt.callBound(exit, receiver: manager, [.none, .none, .none])
        return flow
    }
}
