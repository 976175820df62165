extension Runtime {
    /// `iter(value)`, raising `TypeError` for non-iterables.
    public func iterate(_ value: Value) throws(PyError) -> PyIterator {
        if let it = try iterateIfPossible(value) { return it }
        throw typeError("'\(typeName(value))' object is not iterable")
    }

    /// The next item of an iterator (`nil` when exhausted).
    public func next(_ iterator: PyIterator) throws(PyError) -> Value? {
        try iterator.next(self)
    }

    /// `iter(value)`, or `nil` when the value is not iterable.
    func iterateIfPossible(_ value: Value) throws(PyError) -> PyIterator? {
        switch value {
        case .str(let s):
            return StrIterator(s, types.strIterator)
        case .object(let o):
            switch o.kind {
            case .list: return ListIterator(unsafeDowncast(o, to: PyList.self), types.listIterator)
            case .tuple:
                return ArrayIterator(unsafeDowncast(o, to: PyTuple.self).items, types.tupleIterator)
            case .range:
                let r = unsafeDowncast(o, to: PyRange.self)
                return RangeIterator(
                    start: r.start, step: r.step, count: r.count ?? Int.max, types.rangeIterator)
            case .dict:
                return DictIterator(
                    unsafeDowncast(o, to: PyDict.self), .keys, types.dictKeyIterator)
            case .set, .frozenset:
                return SetIterator(unsafeDowncast(o, to: PySet.self), types.setIterator)
            case .dictView:
                let v = unsafeDowncast(o, to: PyDictView.self)
                let cls: PyClass
                switch v.which {
                case .keys: cls = types.dictKeyIterator
                case .values: cls = types.dictValueIterator
                case .items: cls = types.dictItemIterator
                }
                return DictIterator(v.dict, v.which, cls)
            case .iterator:
                return unsafeDowncast(o, to: PyIterator.self)
            case .instance:
                let cls = unsafeDowncast(o, to: PyInstance.self).cls
                if let m = cls.special(.iter) {
                    if m.isNone { return nil }
                    let r = try callBound(m, receiver: value)
                    if case .object(let ro) = r, ro.kind == .iterator {
                        return unsafeDowncast(ro, to: PyIterator.self)
                    }
                    if let ri = r.asInstance, let next = ri.cls.special(.next) {
                        return ScriptIterator(r, nextMethod: next, types.iterator)
                    }
                    throw typeError("iter() returned non-iterator of type '\(typeName(r))'")
                }
                if cls.special(.getitem) != nil {
                    return SequenceIterator(value, types.iterator)
                }
                return nil
            default:
                return nil
            }
        default:
            return nil
        }
    }

    /// `next(iterator)` for any iterator object, raising `StopIteration` when exhausted.
    func nextOrStop(_ value: Value) throws(PyError) -> Value {
        if case .object(let o) = value, o.kind == .iterator {
            if let v = try unsafeDowncast(o, to: PyIterator.self).next(self) { return v }
            throw error(.stopIteration, "")
        }
        if let inst = value.asInstance, let m = inst.cls.special(.next) {
            return try callBound(m, receiver: value)
        }
        throw typeError("'\(typeName(value))' object is not an iterator")
    }
}
