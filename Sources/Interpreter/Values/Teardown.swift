/// Releases values without deep recursion.
///
/// Releasing a value may release the containers it owns, and theirs, one Swift frame each:
/// a list nested a million levels deep would exhaust the stack. Containers that are about to
/// die hand their children to a work list here instead, so nesting depth costs heap, not
/// stack (CPython's "trashcan" serves the same purpose).
enum Teardown {
    /// Whether releasing a value may cascade into further containers.
    @inline(__always) static func mayCascade(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        switch o.kind {
        case .list, .tuple, .dict, .set, .frozenset, .instance, .boundMethod, .cell: return true
        default: return false
        }
    }

    /// Releases `values` iteratively, emptying uniquely owned containers first (the array is
    /// taken over, so that its elements' reference counts are not raised by a copy).
    static func drain(_ values: inout [Value]) {
        var work: [Value] = []
        swap(&work, &values)
        while var v = work.popLast() {
            takeChildren(&v, into: &work)
            // `v` is released here with no children left to cascade into.
        }
    }

    /// Moves the children of a uniquely referenced container into the work list.
    private static func takeChildren(_ v: inout Value, into work: inout [Value]) {
        guard case .object(var o) = v else { return }
        v = .none
        guard isKnownUniquelyReferenced(&o) else { return }
        switch o.kind {
        case .list:
            let l = unsafeDowncast(o, to: PyList.self)
            work.append(contentsOf: l.items)
            l.items = []
        case .tuple:
            work.append(contentsOf: unsafeDowncast(o, to: PyTuple.self).takeItems())
        case .dict:
            let d = unsafeDowncast(o, to: PyDict.self)
            work.append(contentsOf: d.orderedKeys)
            work.append(contentsOf: d.orderedValues)
            d.removeAll()
        case .set, .frozenset:
            let s = unsafeDowncast(o, to: PySet.self)
            work.append(contentsOf: s.elements)
            s.removeAll()
        case .instance:
            let inst = unsafeDowncast(o, to: PyInstance.self)
            work.append(.object(inst.attributes))
        case .boundMethod:
            let m = unsafeDowncast(o, to: PyBoundMethod.self)
            work.append(m.receiver)
        case .cell:
            let c = unsafeDowncast(o, to: PyCell.self)
            work.append(c.value)
            c.value = .unbound
        default:
            break
        }
    }
}

extension Teardown {
    /// Empties every object reachable from `roots` (containers, instances, classes, functions,
    /// cells, modules, exceptions, generators), so that no reference cycle among them
    /// survives: once nothing outside refers to them, they are all released.
    ///
    /// For a session's end only: script objects are unusable afterwards.
    static func breakCycles(from roots: [Value]) {
        var work = roots
        var seen = Set<ObjectIdentifier>()
        var withPayload: [PyInstance] = []
        while let v = work.popLast() {
            guard case .object(let o) = v else { continue }
            guard seen.insert(ObjectIdentifier(o)).inserted else { continue }
            if o.kind == .instance {
                let inst = unsafeDowncast(o, to: PyInstance.self)
                if inst.payload != nil { withPayload.append(inst) }
            }
            empty(o, into: &work)
        }
        // Native state goes last: releasing it may run native teardown code, which should
        // find the script objects already emptied rather than half-walked.
        for inst in withPayload {
            inst.payload = nil
        }
    }

    /// Moves what `o` refers to into the work list and clears what can be cleared.
    private static func empty(_ o: PyObject, into work: inout [Value]) {
        switch o.kind {
        case .list:
            let l = unsafeDowncast(o, to: PyList.self)
            work.append(contentsOf: l.items)
            l.items = []
        case .tuple:
            work.append(contentsOf: unsafeDowncast(o, to: PyTuple.self).takeItems())
        case .dict:
            let d = unsafeDowncast(o, to: PyDict.self)
            work.append(contentsOf: d.orderedKeys)
            work.append(contentsOf: d.orderedValues)
            d.removeAll()
        case .set, .frozenset:
            let s = unsafeDowncast(o, to: PySet.self)
            work.append(contentsOf: s.elements)
            s.removeAll()
        case .instance:
            let inst = unsafeDowncast(o, to: PyInstance.self)
            work.append(.object(inst.attributes))
            work.append(.object(inst.cls))
            if let state = inst.exceptionState {
                work.append(contentsOf: state.args)
                work.append(state.cause)
                work.append(state.context)
                state.args = []
                state.cause = .none
                state.context = .none
            }
        case .function:
            let fn = unsafeDowncast(o, to: PyFunction.self)
            work.append(contentsOf: fn.defaults)
            fn.defaults = []
            if let k = fn.keywordDefaults { work.append(.object(k)) }
            fn.keywordDefaults = nil
            work.append(contentsOf: fn.closure.map { .object($0) })
            if let a = fn.attributes { work.append(.object(a)) }
            fn.attributes = nil
            work.append(fn.doc)
            fn.doc = .none
        case .nativeFunction:
            let fn = unsafeDowncast(o, to: PyNativeFunction.self)
            if let a = fn.attributes { work.append(.object(a)) }
            fn.attributes = nil
        case .boundMethod:
            let m = unsafeDowncast(o, to: PyBoundMethod.self)
            work.append(m.function)
            work.append(m.receiver)
        case .type:
            let cls = unsafeDowncast(o, to: PyClass.self)
            work.append(contentsOf: cls.namespace.orderedKeys)
            work.append(contentsOf: cls.namespace.orderedValues)
            work.append(contentsOf: cls.bases.map { .object($0) })
            work.append(contentsOf: cls.ancestors.map { .object($0) })
            cls.releaseForTeardown()
        case .module:
            let m = unsafeDowncast(o, to: PyModule.self)
            for (_, cell) in m.cells {
                work.append(.object(cell))
            }
        case .cell:
            let c = unsafeDowncast(o, to: PyCell.self)
            work.append(c.value)
            c.value = .unbound
        case .property:
            let p = unsafeDowncast(o, to: PyProperty.self)
            work.append(contentsOf: [p.getter, p.setter, p.deleter, p.doc])
        case .staticMethod:
            work.append(unsafeDowncast(o, to: PyStaticMethod.self).function)
        case .classMethod:
            work.append(unsafeDowncast(o, to: PyClassMethod.self).function)
        case .superProxy:
            let s = unsafeDowncast(o, to: PySuper.self)
            work.append(contentsOf: [.object(s.thisClass), s.receiver, .object(s.receiverClass)])
        case .iterator:
            if let g = o as? GeneratorObject {
                g.releaseForTeardown(into: &work)
            }
        case .dictView:
            work.append(.object(unsafeDowncast(o, to: PyDictView.self).dict))
        case .str, .bigint, .range, .slice, .ellipsis, .notImplemented:
            break
        }
    }
}
