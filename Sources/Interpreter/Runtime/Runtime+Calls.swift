extension Runtime {
    /// Calls any callable with positional and keyword arguments (re-entrant: native code may
    /// call back into script functions, methods and classes).
    public func call(
        _ callee: Value, _ arguments: [Value] = [], keywords: [(String, Value)] = []
    ) throws(PyError) -> Value {
        let base = hot.pointee.sp
        if !stackHasRoom(arguments.count + keywords.count + 1) {
            throw error(.recursionError, "maximum recursion depth exceeded")
        }
        for a in arguments {
            hot.pointee.sp.initialize(to: a)
            hot.pointee.sp += 1
        }
        var names: [PyStr] = []
        if !keywords.isEmpty {
            names.reserveCapacity(keywords.count)
            for (k, v) in keywords {
                names.append(intern(k))
                hot.pointee.sp.initialize(to: v)
                hot.pointee.sp += 1
            }
        }
        return try callFromStack(callee, base: base, count: arguments.count, keywords: names)
    }

    /// Calls a method by name on an object (`obj.name(*args, **kwargs)`), finding script
    /// overrides first.
    public func callMethod(
        _ object: Value, _ name: String, _ arguments: [Value] = [],
        keywords: [(String, Value)] = []
    ) throws(PyError) -> Value {
        let method = try getAttribute(object, intern(name))
        return try call(method, arguments, keywords: keywords)
    }

    /// Calls `callee` with the argument region `[base, sp)` of the value stack: `count` positional
    /// values then one value per keyword name.
    ///
    /// The region is consumed.
    func callFromStack(
        _ callee: Value, base: UnsafeMutablePointer<Value>, count: Int, keywords: [PyStr]
    ) throws(PyError) -> Value {
        guard case .object(let o) = callee else {
            popTo(base)
            throw typeError("'\(typeName(callee))' object is not callable")
        }
        switch o.kind {
        case .function:
            return try invoke(
                unsafeDowncast(o, to: PyFunction.self), base: base, count: count,
                keywords: keywords)
        case .nativeFunction:
            let f = unsafeDowncast(o, to: PyNativeFunction.self)
            return try callNative(f, base: base, count: count, keywords: keywords)
        case .boundMethod:
            let m = unsafeDowncast(o, to: PyBoundMethod.self)
            return try callShifted(
                m.function, prepending: m.receiver, base: base, count: count, keywords: keywords,
                keepArguments: false)
        case .type:
            return try instantiate(
                unsafeDowncast(o, to: PyClass.self), base: base, count: count, keywords: keywords)
        case .instance:
            let inst = unsafeDowncast(o, to: PyInstance.self)
            guard let method = inst.cls.special(.call) else {
                popTo(base)
                throw typeError("'\(inst.cls.name)' object is not callable")
            }
            return try callDescriptor(
                method, receiver: callee, base: base, count: count, keywords: keywords)
        case .staticMethod:
            let s = unsafeDowncast(o, to: PyStaticMethod.self)
            return try callFromStack(s.function, base: base, count: count, keywords: keywords)
        default:
            popTo(base)
            throw typeError("'\(typeName(callee))' object is not callable")
        }
    }

    /// Calls a native function with the argument region (consumed).
    @inline(__always) func callNative(
        _ f: PyNativeFunction, base: UnsafeMutablePointer<Value>, count: Int, keywords: [PyStr]
    ) throws(PyError) -> Value {
        defer { popTo(base) }
        do {
            return try f.body(self, Arguments(base: base, count: count, keywords: keywords))
        } catch let e as PyError {
            throw e
        } catch {
            throw pythonError(from: error)
        }
    }

    /// Calls a class attribute found for a receiver: functions get the receiver first,
    /// static methods do not, class methods get the receiver's class.
    func callDescriptor(
        _ attribute: Value, receiver: Value, base: UnsafeMutablePointer<Value>, count: Int,
        keywords: [PyStr]
    ) throws(PyError) -> Value {
        if case .object(let o) = attribute {
            switch o.kind {
            case .function:
                return try callShifted(
                    attribute, prepending: receiver, base: base, count: count,
                    keywords: keywords, keepArguments: false)
            case .nativeFunction where unsafeDowncast(o, to: PyNativeFunction.self).isMethod:
                return try callShifted(
                    attribute, prepending: receiver, base: base, count: count,
                    keywords: keywords, keepArguments: false)
            case .staticMethod:
                let s = unsafeDowncast(o, to: PyStaticMethod.self)
                return try callFromStack(s.function, base: base, count: count, keywords: keywords)
            case .classMethod:
                let c = unsafeDowncast(o, to: PyClassMethod.self)
                return try callShifted(
                    c.function, prepending: .object(typeOf(receiver)), base: base, count: count,
                    keywords: keywords, keepArguments: false)
            default:
                break
            }
        }
        let bound = try bindAttribute(attribute, receiver: receiver, owner: typeOf(receiver))
        return try callFromStack(bound, base: base, count: count, keywords: keywords)
    }

    /// Calls `callee` with `receiver` inserted before the arguments of the region at `base`.
    ///
    /// With `keepArguments` the original region stays on the stack for the caller.
    func callShifted(
        _ callee: Value, prepending receiver: Value, base: UnsafeMutablePointer<Value>,
        count: Int, keywords: [PyStr], keepArguments: Bool
    ) throws(PyError) -> Value {
        let h = hot
        let n = h.pointee.sp - base
        if h.pointee.stackEnd - h.pointee.sp < n + 1 {
            popTo(base)
            throw error(.recursionError, "maximum recursion depth exceeded")
        }
        if keepArguments {
            let newBase = h.pointee.sp
            newBase.initialize(to: receiver)
            (newBase + 1).initialize(from: base, count: n)
            h.pointee.sp = newBase + n + 1
            return try callFromStack(callee, base: newBase, count: count + 1, keywords: keywords)
        }
        (base + 1).moveInitialize(from: base, count: n)
        base.initialize(to: receiver)
        h.pointee.sp = base + n + 1
        return try callFromStack(callee, base: base, count: count + 1, keywords: keywords)
    }

    /// The call fast path: a simple function called with positional arguments only.
    ///
    /// It needs no runtime reference; `nil` means "take the general path" (which also reports
    /// errors such as recursion past the limit).
    @inline(__always)
    static func invokeSimple(
        _ fn: PyFunction, base: UnsafeMutablePointer<Value>, count: Int,
        hot h: UnsafeMutablePointer<HotState>
    ) throws(PyError) -> Value? {
        let argCount = fn.argCount
        let slotCount = fn.slotCount
        // Every call counts against the cell's clock (recursion without loops must time out
        // too); when the budget is spent, the general path checks the clock.
        h.pointee.ticks &-= 1
        guard fn.isSimplePositional, count <= argCount, count + fn.defaultCount >= argCount,
            h.pointee.stackEnd - base >= slotCount, h.pointee.depth < h.pointee.depthLimit,
            h.pointee.ticks > 0
        else { return nil }
        let limit = h.pointee.machineStackLimit
        if limit != 0 {
            var marker: UInt8 = 0
            let address = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
            if address < limit { return nil }
        }
        var i = count
        if i < argCount {
            let firstDefault = argCount - fn.defaultCount
            while i < argCount {
                (base + i).initialize(to: fn.defaults[i - firstDefault])
                i += 1
            }
        }
        while i < slotCount {
            (base + i).initialize(to: .unbound)
            i += 1
        }
        h.pointee.sp = base + slotCount
        h.pointee.depth &+= 1
        let flow: Flow
        do {
            flow = try fn.body.exec(base)
        } catch {
            h.pointee.depth &-= 1
            release(h, to: base)
            error.needsFrame = true
            throw error
        }
        h.pointee.depth &-= 1
        release(h, to: base)
        return flow.returnedValue
    }

    /// Releases the value-stack slots above `base`.
    @inline(__always)
    static func release(_ h: UnsafeMutablePointer<HotState>, to base: UnsafeMutablePointer<Value>) {
        var p = h.pointee.sp
        while p > base {
            p -= 1
            switch p.pointee {
            case .str, .object: p.deinitialize(count: 1)
            default: break  // Nothing to release for scalars.
            }
        }
        h.pointee.sp = base
    }

    /// The layout the call fast path needs, read without retaining the function.
    @inline(__always)
    static func simpleLayout(_ fn: Unmanaged<PyFunction>, count: Int) -> (
        slots: Int, body: StmtRef
    )? {
        fn._withUnsafeGuaranteedRef { f in
            f.isSimplePositional && count == f.argCount ? (f.slotCount, f.body) : nil
        }
    }

    /// The call fast path for an unretained function with exactly its positional arguments on the
    /// stack: no closure, no reference counting.
    ///
    /// `nil` means "take the general path".
    @inline(__always)
    static func invokeExact(
        slots slotCount: Int, body: StmtRef, base: UnsafeMutablePointer<Value>, count: Int,
        hot h: UnsafeMutablePointer<HotState>
    ) throws(PyError) -> Value? {
        h.pointee.ticks &-= 1
        guard h.pointee.stackEnd - base >= slotCount, h.pointee.depth < h.pointee.depthLimit,
            h.pointee.ticks > 0
        else { return nil }
        let limit = h.pointee.machineStackLimit
        if limit != 0 {
            var marker: UInt8 = 0
            let address = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
            if address < limit { return nil }
        }
        var i = count
        while i < slotCount {
            (base + i).initialize(to: .unbound)
            i += 1
        }
        h.pointee.sp = base + slotCount
        h.pointee.depth &+= 1
        let flow: Flow
        do {
            flow = try body.exec(base)
        } catch {
            h.pointee.depth &-= 1
            release(h, to: base)
            error.needsFrame = true
            throw error
        }
        h.pointee.depth &-= 1
        release(h, to: base)
        return flow.returnedValue
    }

    /// Runs a script function with the argument region at `base` (consumed).
    ///
    /// The function object is not retained while its body runs: after binding, only its code
    /// (kept alive by the session) and the frame are used.
    @inline(__always)
    func invoke(
        _ fn: PyFunction, base: UnsafeMutablePointer<Value>, count: Int, keywords: [PyStr]
    ) throws(PyError) -> Value {
        let h = hot
        do {
            return try fn.codeRef._withUnsafeGuaranteedRef {
                (code: CodeObject) throws(PyError) -> Value in
                let frame: UnsafeMutablePointer<Value>
                let slotCount = code.slotCount
                let argCount = code.argCount
                let defaultCount = fn.defaultCount
                if keywords.isEmpty && code.isSimple && count <= argCount
                    && count + defaultCount >= argCount
                {
                    if h.pointee.stackEnd - base < slotCount {
                        popTo(base)
                        throw error(.recursionError, "maximum recursion depth exceeded")
                    }
                    var i = count
                    if i < argCount {
                        let firstDefault = argCount - defaultCount
                        while i < argCount {
                            (base + i).initialize(to: fn.defaults[i - firstDefault])
                            i += 1
                        }
                    }
                    while i < slotCount {
                        (base + i).initialize(to: .unbound)
                        i += 1
                    }
                    h.pointee.sp = base + slotCount
                    frame = base
                } else {
                    frame = try bindArguments(fn, base: base, count: count, keywords: keywords)
                }
                if code.hasCellsOrFrees {
                    code.prepareCells(frame, closure: fn.closure)
                }
                return try runFrame(code, frame: frame, base: base)
            }
        } catch let e as PyError {
            throw e
        } catch {
            throw PyError.unexpected(error)
        }
    }

    /// Runs a bound frame's body and releases the frame.
    @inline(__always)
    func runFrame(
        _ code: CodeObject, frame: UnsafeMutablePointer<Value>, base: UnsafeMutablePointer<Value>
    )
        throws(PyError) -> Value
    {
        let h = hot
        h.pointee.ticks &-= 1
        if h.pointee.ticks <= 0 {
            do { try checkClock() } catch {
                popTo(base)
                throw error
            }
        }
        h.pointee.depth &+= 1
        if h.pointee.depth > h.pointee.depthLimit || !machineStackHasRoom() {
            popTo(base)
            try recursionExceeded()
        }
        let flow: Flow
        do {
            flow = try code.body.exec(frame)
        } catch {
            h.pointee.depth &-= 1
            popTo(base)
            error.needsFrame = true
            throw error
        }
        h.pointee.depth &-= 1
        popTo(base)
        return flow.returnedValue
    }

    /// Binds arguments to parameters in a fresh frame above the argument region, with
    /// CPython's error messages.
    private func bindArguments(
        _ fn: PyFunction, base: UnsafeMutablePointer<Value>, count: Int, keywords: [PyStr]
    ) throws(PyError) -> UnsafeMutablePointer<Value> {
        let code = fn.code
        let h = hot
        let frame = h.pointee.sp
        if h.pointee.stackEnd - frame < code.slotCount {
            popTo(base)
            throw error(.recursionError, "maximum recursion depth exceeded")
        }
        frame.initialize(repeating: .unbound, count: code.slotCount)
        h.pointee.sp = frame + code.slotCount
        let argCount = code.argCount
        // Positional arguments.
        let direct = min(count, argCount)
        for i in 0..<direct {
            frame[i] = base[i]
        }
        if count > argCount {
            if let slot = code.varArgsSlot {
                frame[slot] = .object(
                    PyTuple(
                        Array(UnsafeBufferPointer(start: base + argCount, count: count - argCount)))
                )
            } else {
                let error = tooManyPositional(fn, given: count, keywordsGiven: keywords, base: base)
                popTo(base)
                throw error
            }
        } else if let slot = code.varArgsSlot {
            frame[slot] = .object(PyTuple([]))
        }
        var extraKeywords: PyDict?
        if let slot = code.varKeywordsSlot {
            let d = newDict()
            extraKeywords = d
            frame[slot] = .object(d)
        }
        // Keyword arguments.
        var positionalOnlyPassed: [String] = []
        for (k, name) in keywords.enumerated() {
            let value = base[count + k]
            var target: Int?
            for (i, p) in code.parameterNames.enumerated() where p === name || p == name {
                target = i
                break
            }
            if let t = target, t < code.positionalOnlyCount {
                if let d = extraKeywords {
                    d.set(name, value)
                    continue
                }
                positionalOnlyPassed.append(name.value)
                continue
            }
            guard let slot = target else {
                if let d = extraKeywords {
                    d.set(name, value)
                    continue
                }
                popTo(base)
                throw typeError(
                    "\(fn.qualname)() got an unexpected keyword argument '\(name.value)'")
            }
            if !frame[slot].isUnbound {
                popTo(base)
                throw typeError("\(fn.qualname)() got multiple values for argument '\(name.value)'")
            }
            frame[slot] = value
        }
        if !positionalOnlyPassed.isEmpty {
            popTo(base)
            throw typeError(
                "\(fn.qualname)() got some positional-only arguments passed as keyword arguments: "
                    + "'\(positionalOnlyPassed.joined(separator: ", "))'")
        }
        // Defaults and missing arguments.
        let firstDefault = argCount - fn.defaults.count
        var missing: [String] = []
        for i in 0..<argCount where frame[i].isUnbound {
            if i >= firstDefault {
                frame[i] = fn.defaults[i - firstDefault]
            } else {
                missing.append(code.parameterNames[i].value)
            }
        }
        if !missing.isEmpty {
            popTo(base)
            throw typeError(
                "\(fn.qualname)() missing \(missing.count) required positional "
                    + "argument\(missing.count == 1 ? "" : "s"): \(nameList(missing))")
        }
        var missingKeywordOnly: [String] = []
        for i in argCount..<(argCount + code.keywordOnlyCount) where frame[i].isUnbound {
            let name = code.parameterNames[i]
            if let d = fn.keywordDefaults, let v = d.get(name) {
                frame[i] = v
            } else {
                missingKeywordOnly.append(name.value)
            }
        }
        if !missingKeywordOnly.isEmpty {
            popTo(base)
            let n = missingKeywordOnly.count
            throw typeError(
                "\(fn.qualname)() missing \(n) required keyword-only argument\(n == 1 ? "" : "s"): "
                    + nameList(missingKeywordOnly))
        }
        return frame
    }

    /// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'` as CPython lists missing arguments.
    func nameList(_ names: [String]) -> String {
        let quoted = names.map { "'\($0)'" }
        switch quoted.count {
        case 0: return ""
        case 1: return quoted[0]
        case 2: return quoted[0] + " and " + quoted[1]
        default: return quoted.dropLast().joined(separator: ", ") + ", and " + (quoted.last ?? "")
        }
    }

    private func tooManyPositional(
        _ fn: PyFunction, given: Int, keywordsGiven: [PyStr], base: UnsafeMutablePointer<Value>
    ) -> PyError {
        let code = fn.code
        let argCount = code.argCount
        let required = argCount - fn.defaults.count
        let takes: String
        if fn.defaults.isEmpty {
            takes = "\(argCount) positional argument\(argCount == 1 ? "" : "s")"
        } else {
            takes = "from \(required) to \(argCount) positional arguments"
        }
        var keywordOnlyGiven = 0
        for name in keywordsGiven {
            for i in argCount..<(argCount + code.keywordOnlyCount)
            where code.parameterNames[i] == name {
                keywordOnlyGiven += 1
            }
        }
        let given1 = given == 1 ? "was" : "were"
        if keywordOnlyGiven > 0 {
            let kw = keywordOnlyGiven
            return typeError(
                "\(fn.qualname)() takes \(takes) but \(given) positional argument"
                    + "\(given == 1 ? "" : "s") (and \(kw) keyword-only argument\(kw == 1 ? "" : "s")) "
                    + "were given")
        }
        return typeError("\(fn.qualname)() takes \(takes) but \(given) \(given1) given")
    }
}
