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
