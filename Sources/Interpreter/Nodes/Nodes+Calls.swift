import Syntax

/// `f(a, b)`: positional arguments only, evaluated straight onto the value stack.
final class CallPositionalNode: ExprNode {
    let callee: ExprRef
    let arguments: RefArray<ExprRef>
    unowned(unsafe) let rt: Runtime
    let rtRef: Unmanaged<Runtime>
    let hot: UnsafeMutablePointer<HotState>
    /// The global cell when the callee is a global name (read directly, no child call; the
    /// module keeps the cell alive).
    var globalCell: Unmanaged<PyCell>?

    init(
        _ callee: ExprNode, _ arguments: [ExprNode], _ rt: Runtime, _ code: CodeObject,
        _ location: SourceLocation
    ) {
        self.callee = ExprRef(callee)
        self.arguments = code.own(RefArray(arguments.map { ExprRef($0) }))
        self.rt = rt
        self.rtRef = .passUnretained(rt)
        self.hot = rt.hot
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
        let h = hot
        if let cellRef = globalCell, let fn = cellRef._withUnsafeGuaranteedRef({ $0.functionRef }) {
            // A global function: call it without retaining it (the cell keeps it alive; if an
            // argument rebinds the name, the new value is called through the generic path).
            let base = h.pointee.sp
            try pushArguments(f, base)
            if let again = cellRef._withUnsafeGuaranteedRef({ $0.functionRef }),
                again.toOpaque() == fn.toOpaque()
            {
                let n = arguments.count
                if let layout = Runtime.simpleLayout(fn, count: n),
                    let r = try Runtime.invokeExact(
                        slots: layout.slots, body: layout.body, base: base, count: n, hot: h)
                {
                    return r
                }
                return try fn._withUnsafeGuaranteedRef {
                    (function: PyFunction) -> Result<Value, PyError> in
                    do throws(PyError) {
                        if let r = try Runtime.invokeSimple(function, base: base, count: n, hot: h)
                        {
                            return .success(r)
                        }
                        return .success(try rtRef.invoke(function, base: base, count: n))
                    } catch {
                        return .failure(error)
                    }
                }.get()
            }
            return try rtRef.callFromStack(
                cellRef.takeUnretainedValue().value, base: base, count: arguments.count)
        }
        let function: Value
        if let cellRef = globalCell {
            let v = cellRef.takeUnretainedValue().value
            if case .unbound = v {
                function = try callee.eval(f)
            } else {
                function = v
            }
        } else {
            function = try callee.eval(f)
        }
        let base = h.pointee.sp
        try pushArguments(f, base)
        if case .object(let o) = function, o.kind == .function {
            let fn = unsafeDowncast(o, to: PyFunction.self)
            if let r = try Runtime.invokeSimple(fn, base: base, count: arguments.count, hot: h) {
                return r
            }
            return try rtRef.invoke(fn, base: base, count: arguments.count)
        }
        return try rtRef.callFromStack(function, base: base, count: arguments.count)
    }

    /// Evaluates the arguments onto the value stack.
    @inline(__always) private func pushArguments(_ f: Frame, _ base: Frame) throws(PyError) {
        let h = hot
        let n = arguments.count
        if h.pointee.stackEnd - base < n {
            throw rt.error(.recursionError, "maximum recursion depth exceeded")
        }
        if n == 1 {
            base.initialize(to: try arguments[0].eval(f))
            h.pointee.sp = base + 1
            return
        }
        var i = 0
        while i < n {
            let v: Value
            do {
                v = try arguments[i].eval(f)
            } catch {
                rt.popTo(base)
                throw error
            }
            h.pointee.sp.initialize(to: v)
            h.pointee.sp += 1
            i += 1
        }
    }
}

/// `obj.name(a, b)`: calls a method without creating a bound method object.
final class CallMethodNode: ExprNode {
    let object: ExprRef
    let name: PyStr
    let arguments: RefArray<ExprRef>
    unowned(unsafe) let rt: Runtime
    let rtRef: Unmanaged<Runtime>
    let epochRef: Unmanaged<ClassEpoch>
    let hot: UnsafeMutablePointer<HotState>
    private var cache = AttributeCache()

    init(
        _ object: ExprNode, _ name: PyStr, _ arguments: [ExprNode], _ rt: Runtime,
        _ code: CodeObject,
        _ location: SourceLocation
    ) {
        self.object = ExprRef(object)
        self.name = name
        self.arguments = code.own(RefArray(arguments.map { ExprRef($0) }))
        self.rt = rt
        self.rtRef = .passUnretained(rt)
        self.epochRef = .passUnretained(rt.epoch)
        self.hot = rt.hot
        super.init(location)
    }

    /// Pushes the arguments after the receiver (or without one).
    @inline(__always) private func pushArguments(_ f: Frame, _ base: Frame) throws(PyError) {
        let h = hot
        let n = arguments.count
        if h.pointee.stackEnd - h.pointee.sp < n + 1 {
            rt.popTo(base)
            throw rt.error(.recursionError, "maximum recursion depth exceeded")
        }
        var i = 0
        while i < n {
            let v: Value
            do {
                v = try arguments[i].eval(f)
            } catch {
                rt.popTo(base)
                throw error
            }
            h.pointee.sp.initialize(to: v)
            h.pointee.sp += 1
            i += 1
        }
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
        let h = hot
        let base = h.pointee.sp
        let n = arguments.count
        if h.pointee.stackEnd - base < n + 1 {
            throw rt.error(.recursionError, "maximum recursion depth exceeded")
        }
        // The receiver goes straight into the callee frame's first slot.
        base.initialize(to: try object.eval(f))
        h.pointee.sp = base + 1
        if let instRef = base.peekInstance(hot) {
            let hit = instRef._withUnsafeGuaranteedRef { inst -> Bool in
                inst.hasClassAttribute(name, &cache) && inst.ownAttribute(name) == nil
            }
            if hit, let fn = cache.functionRef {
                // A script method: no bound method, no retain of the function (the class
                // keeps it alive unless a class changes, which the epoch check detects).
                let epochValue = cache.epoch
                try pushArguments(f, base)
                if epochValue == epochRef._withUnsafeGuaranteedRef({ $0.value }) {
                    if let layout = Runtime.simpleLayout(fn, count: n + 1),
                        let r = try Runtime.invokeExact(
                            slots: layout.slots, body: layout.body, base: base, count: n + 1, hot: h
                        )
                    {
                        return r
                    }
                    return try fn._withUnsafeGuaranteedRef {
                        (function: PyFunction) -> Result<Value, PyError> in
                        do throws(PyError) {
                            if let r = try Runtime.invokeSimple(
                                function, base: base, count: n + 1, hot: h)
                            {
                                return .success(r)
                            }
                            return .success(try rtRef.invoke(function, base: base, count: n + 1))
                        } catch {
                            return .failure(error)
                        }
                    }.get()
                }
                let receiver = base.pointee
                rt.popTo(base)
                return try slowCall(receiver, f)
            }
            if hit, let native = cache.nativeRef {
                // A native method: called on the stack window, receiver first.
                let epochValue = cache.epoch
                try pushArguments(f, base)
                if epochValue == epochRef._withUnsafeGuaranteedRef({ $0.value }) {
                    return try native._withUnsafeGuaranteedRef {
                        (fn: PyNativeFunction) -> Result<Value, PyError> in
                        do throws(PyError) {
                            return .success(try rtRef.callNative(fn, base: base, count: n + 1))
                        } catch {
                            return .failure(error)
                        }
                    }.get()
                }
                let receiver = base.pointee
                rt.popTo(base)
                return try slowCall(receiver, f)
            }
        }
        let receiver = base.pointee
        var method: Value?
        switch receiver {
        case .object(let o) where o.kind == .instance:
            let inst = unsafeDowncast(o, to: PyInstance.self)
            if let d = inst.classAttribute(name, &cache), case .object(let dobj) = d,
                dobj.kind == .nativeFunction,
                unsafeDowncast(dobj, to: PyNativeFunction.self).isMethod,
                inst.ownAttribute(name) == nil
            {
                method = d
            }
        case .object(let o) where o.kind == .module || o.kind == .type || o.kind == .superProxy:
            break
        default:
            if let d = rt.typeOf(receiver).lookup(name), case .object(let dobj) = d,
                dobj.kind == .nativeFunction,
                unsafeDowncast(dobj, to: PyNativeFunction.self).isMethod
            {
                method = d
            }
        }
        if let m = method, case .object(let mo) = m {
            try pushArguments(f, base)
            return try rtRef.callNative(
                unsafeDowncast(mo, to: PyNativeFunction.self), base: base, count: n + 1)
        }
        rt.popTo(base)
        return try slowCall(receiver, f)
    }

    /// The generic path: look the attribute up, then call it.
    private func slowCall(_ receiver: Value, _ f: Frame) throws(PyError) -> Value {
        let bound = try rt.getAttribute(receiver, name)
        let argBase = hot.pointee.sp
        try pushArguments(f, argBase)
        return try rt.callFromStack(bound, base: argBase, count: arguments.count, keywords: [])
    }
}

/// One argument of a general call.
enum CallArgument {
    case positional(ExprRef)
    case star(ExprRef)
    case keyword(PyStr, ExprRef)
    case doubleStar(ExprRef)
}

/// A call with keywords, `*args` or `**kwargs`.
final class CallGeneralNode: ExprNode {
    let callee: ExprRef
    let arguments: [CallArgument]
    unowned(unsafe) let rt: Runtime

    init(_ callee: ExprNode, _ arguments: [CallArgument], _ rt: Runtime, _ location: SourceLocation)
    {
        self.callee = ExprRef(callee)
        self.arguments = arguments
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
        let function = try callee.eval(f)
        return try callWithArguments(function, f)
    }

    /// Evaluates the arguments (in source order) and calls `function`.
    func callWithArguments(_ function: Value, _ f: Frame) throws(PyError) -> Value {
        var positional: [Value] = []
        var keywordNames: [PyStr] = []
        var keywordValues: [Value] = []
        for a in arguments {
            switch a {
            case .positional(let e):
                positional.append(try e.eval(f))
            case .star(let e):
                let v = try e.eval(f)
                guard let items = try rt.collectIfIterable(v) else {
                    throw rt.typeError(
                        "\(functionName(function)) argument after * must be an iterable, not \(rt.typeName(v))"
                    )
                }
                positional.append(contentsOf: items)
            case .keyword(let name, let e):
                let v = try e.eval(f)
                if keywordNames.contains(where: { $0 == name }) {
                    throw rt.typeError(
                        "\(functionName(function)) got multiple values for keyword argument '\(name.value)'"
                    )
                }
                keywordNames.append(name)
                keywordValues.append(v)
            case .doubleStar(let e):
                let m = try e.eval(f)
                let pairs: [(Value, Value)]
                if let d = m.asDict {
                    pairs = d.orderedItems.map { ($0.key, $0.value) }
                } else if m.asInstance != nil, let keys = try rt.attributeIfPresent(m, "keys") {
                    var list: [(Value, Value)] = []
                    for k in try rt.collect(try rt.call(keys)) {
                        list.append((k, try rt.getItem(m, k)))
                    }
                    pairs = list
                } else {
                    throw rt.typeError(
                        "\(functionName(function)) argument after ** must be a mapping, not \(rt.typeName(m))"
                    )
                }
                for (k, v) in pairs {
                    guard case .str(let s) = k else {
                        throw rt.typeError("keywords must be strings")
                    }
                    let name = rt.intern(s.value)
                    if keywordNames.contains(where: { $0 == name }) {
                        throw rt.typeError(
                            "\(functionName(function)) got multiple values for keyword argument '\(s.value)'"
                        )
                    }
                    keywordNames.append(name)
                    keywordValues.append(v)
                }
            }
        }
        let base = rt.hot.pointee.sp
        if !rt.stackHasRoom(positional.count + keywordValues.count) {
            throw rt.error(.recursionError, "maximum recursion depth exceeded")
        }
        for v in positional {
            try rt.push(v)
        }
        for v in keywordValues {
            try rt.push(v)
        }
        return try rt.callFromStack(
            function, base: base, count: positional.count, keywords: keywordNames)
    }

    private func functionName(_ v: Value) -> String {
        if case .object(let o) = v {
            switch o.kind {
            case .function: return unsafeDowncast(o, to: PyFunction.self).qualname + "()"
            case .nativeFunction:
                return unsafeDowncast(o, to: PyNativeFunction.self).qualname + "()"
            case .type: return unsafeDowncast(o, to: PyClass.self).name + "()"
            default: break
            }
        }
        return "function"
    }
}

/// `obj.name(...)` with keywords or star arguments.
final class CallMethodGeneralNode: ExprNode {
    let object: ExprRef
    let name: PyStr
    let call: CallGeneralNode
    unowned(unsafe) let rt: Runtime

    init(
        _ object: ExprNode, _ name: PyStr, _ call: CallGeneralNode, _ rt: Runtime,
        _ location: SourceLocation
    ) {
        self.object = ExprRef(object)
        self.name = name
        self.call = call
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
        let method = try rt.getAttribute(try object.eval(f), name)
        return try call.callWithArguments(method, f)
    }
}

/// `super()` with no arguments, inside a method.
final class ZeroArgumentSuperNode: ExprNode {
    let classSlot: Int?
    let receiverSlot: Int?
    unowned(unsafe) let rt: Runtime

    init(classSlot: Int?, receiverSlot: Int?, _ rt: Runtime, _ location: SourceLocation) {
        self.classSlot = classSlot
        self.receiverSlot = receiverSlot
        self.rt = rt
        super.init(location)
    }

    override func eval(_ f: Frame) throws(PyError) -> Value {
        guard let cs = classSlot, case .object(let co) = f[cs], co.kind == .cell,
            let cls = unsafeDowncast(co, to: PyCell.self).value.asClass
        else {
            throw rt.error(.runtimeError, "super(): __class__ cell not found")
        }
        guard let rs = receiverSlot else {
            throw rt.error(.runtimeError, "super(): no arguments")
        }
        var receiver = f[rs]
        if case .object(let ro) = receiver, ro.kind == .cell {
            receiver = unsafeDowncast(ro, to: PyCell.self).value
        }
        if receiver.isUnbound {
            throw rt.error(.runtimeError, "super(): arg[0] deleted")
        }
        return try rt.makeSuper(cls, receiver)
    }
}
