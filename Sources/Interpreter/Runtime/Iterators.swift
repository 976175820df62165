/// An iterator object.
///
/// Subclasses produce values until ``next(_:)`` returns `nil`.
public class PyIterator: PyObject {
    let iteratorClass: PyClass

    init(_ cls: PyClass) {
        iteratorClass = cls
        super.init(kind: .iterator)
    }

    /// The next value, or `nil` when exhausted.
    func next(_ rt: Runtime) throws(PyError) -> Value? { nil }
}

/// Iterates a list live (appends during iteration are seen, as in CPython).
final class ListIterator: PyIterator {
    let list: PyList
    var index = 0

    init(_ list: PyList, _ cls: PyClass) {
        self.list = list
        super.init(cls)
    }

    override func next(_ rt: Runtime) throws(PyError) -> Value? {
        if index < list.items.count {
            defer { index += 1 }
            return list.items[index]
        }
        index = Int.max / 2
        return nil
    }
}

/// Iterates a list backwards.
final class ListReverseIterator: PyIterator {
    let list: PyList
    var index: Int

    init(_ list: PyList, _ cls: PyClass) {
        self.list = list
        index = list.items.count - 1
        super.init(cls)
    }

    override func next(_ rt: Runtime) throws(PyError) -> Value? {
        if index >= 0 && index < list.items.count {
            defer { index -= 1 }
            return list.items[index]
        }
        index = -1
        return nil
    }
}

/// Iterates a fixed array of values (tuples, snapshots).
final class ArrayIterator: PyIterator {
    let items: [Value]
    var index = 0

    init(_ items: [Value], _ cls: PyClass) {
        self.items = items
        super.init(cls)
    }

    override func next(_ rt: Runtime) throws(PyError) -> Value? {
        if index < items.count {
            defer { index += 1 }
            return items[index]
        }
        return nil
    }
}

/// Iterates a range.
final class RangeIterator: PyIterator {
    var current: Int
    let step: Int
    var remaining: Int

    init(start: Int, step: Int, count: Int, _ cls: PyClass) {
        current = start
        self.step = step
        remaining = count
        super.init(cls)
    }

    override func next(_ rt: Runtime) throws(PyError) -> Value? {
        if remaining <= 0 { return nil }
        remaining -= 1
        defer { current &+= step }
        return .int(current)
    }
}

/// Iterates the characters of a str.
final class StrIterator: PyIterator {
    let scalars: [Unicode.Scalar]
    var index = 0

    init(_ s: PyStr, _ cls: PyClass) {
        scalars = s.scalars
        super.init(cls)
    }

    override func next(_ rt: Runtime) throws(PyError) -> Value? {
        if index < scalars.count {
            defer { index += 1 }
            return Value(String(Character(scalars[index])))
        }
        return nil
    }
}

/// Iterates a dict's keys, values or items, detecting size changes.
final class DictIterator: PyIterator {
    let dict: PyDict
    let which: PyDictView.Which
    var entry = 0
    let version: Int
    let startCount: Int

    init(_ dict: PyDict, _ which: PyDictView.Which, _ cls: PyClass) {
        self.dict = dict
        self.which = which
        version = dict.version
        startCount = dict.count
        super.init(cls)
    }

    override func next(_ rt: Runtime) throws(PyError) -> Value? {
        if dict.version != version {
            if dict.count != startCount {
                throw rt.error(.runtimeError, "dictionary changed size during iteration")
            }
            throw rt.error(.runtimeError, "dictionary keys changed during iteration")
        }
        while entry < dict.entryCount {
            let k = dict.key(at: entry)
            let e = entry
            entry += 1
            if k.isUnbound { continue }
            switch which {
            case .keys: return k
            case .values: return dict.value(at: e)
            case .items: return .object(PyTuple([k, dict.value(at: e)]))
            }
        }
        return nil
    }
}

/// Iterates a set in table order, detecting size changes.
final class SetIterator: PyIterator {
    let set: PySet
    var slot = 0
    let version: Int

    init(_ set: PySet, _ cls: PyClass) {
        self.set = set
        version = set.version
        super.init(cls)
    }

    override func next(_ rt: Runtime) throws(PyError) -> Value? {
        if set.version != version {
            throw rt.error(.runtimeError, "Set changed size during iteration")
        }
        while slot < set.slotCount {
            let k = set.key(atSlot: slot)
            slot += 1
            if !k.isUnbound { return k }
        }
        return nil
    }
}

/// `map(f, *iterables)`.
final class MapIterator: PyIterator {
    let function: Value
    let sources: [PyIterator]

    init(_ function: Value, _ sources: [PyIterator], _ cls: PyClass) {
        self.function = function
        self.sources = sources
        super.init(cls)
    }

    override func next(_ rt: Runtime) throws(PyError) -> Value? {
        var args: [Value] = []
        args.reserveCapacity(sources.count)
        for s in sources {
            guard let v = try s.next(rt) else { return nil }
            args.append(v)
        }
        return try rt.call(function, args)
    }
}

/// `filter(f, iterable)`.
final class FilterIterator: PyIterator {
    let function: Value
    let source: PyIterator

    init(_ function: Value, _ source: PyIterator, _ cls: PyClass) {
        self.function = function
        self.source = source
        super.init(cls)
    }

    override func next(_ rt: Runtime) throws(PyError) -> Value? {
        while let v = try source.next(rt) {
            try rt.tick()
            let keep =
                function.isNone ? try rt.truthy(v) : try rt.truthy(try rt.call(function, [v]))
            if keep { return v }
        }
        return nil
    }
}

/// `zip(*iterables, strict=False)`.
final class ZipIterator: PyIterator {
    let sources: [PyIterator]
    let strict: Bool

    init(_ sources: [PyIterator], strict: Bool, _ cls: PyClass) {
        self.sources = sources
        self.strict = strict
        super.init(cls)
    }

    override func next(_ rt: Runtime) throws(PyError) -> Value? {
        if sources.isEmpty { return nil }
        var items: [Value] = []
        items.reserveCapacity(sources.count)
        for (i, s) in sources.enumerated() {
            guard let v = try s.next(rt) else {
                if strict {
                    if i > 0 {
                        let plural = i == 1 ? "" : "s"
                        throw rt.valueError(
                            "zip() argument \(i + 1) is shorter than argument\(plural) 1\(i > 1 ? "-\(i)" : "")"
                        )
                    }
                    for (j, other) in sources.enumerated().dropFirst() {
                        if try other.next(rt) != nil {
                            let plural = j == 1 ? "" : "s"
                            throw rt.valueError(
                                "zip() argument \(j + 1) is longer than argument\(plural) 1\(j > 1 ? "-\(j)" : "")"
                            )
                        }
                    }
                }
                return nil
            }
            items.append(v)
        }
        return .object(PyTuple(items))
    }
}

/// `enumerate(iterable, start)`.
final class EnumerateIterator: PyIterator {
    let source: PyIterator
    var count: Int

    init(_ source: PyIterator, start: Int, _ cls: PyClass) {
        self.source = source
        count = start
        super.init(cls)
    }

    override func next(_ rt: Runtime) throws(PyError) -> Value? {
        guard let v = try source.next(rt) else { return nil }
        defer { count &+= 1 }
        return .object(PyTuple([.int(count), v]))
    }
}

/// An iterator implemented by a script class (`__next__`).
final class ScriptIterator: PyIterator {
    let object: Value
    let nextMethod: Value

    init(_ object: Value, nextMethod: Value, _ cls: PyClass) {
        self.object = object
        self.nextMethod = nextMethod
        super.init(cls)
    }

    override func next(_ rt: Runtime) throws(PyError) -> Value? {
        do {
            return try rt.callBound(nextMethod, receiver: object)
        } catch {
            if rt.matches(error, .stopIteration) { return nil }
            throw error
        }
    }
}

/// Iterates an object with `__getitem__` by index until `IndexError`.
final class SequenceIterator: PyIterator {
    let object: Value
    var index = 0

    init(_ object: Value, _ cls: PyClass) {
        self.object = object
        super.init(cls)
    }

    override func next(_ rt: Runtime) throws(PyError) -> Value? {
        do {
            defer { index += 1 }
            return try rt.getItem(object, .int(index))
        } catch {
            if rt.matches(error, .indexError) || rt.matches(error, .stopIteration) { return nil }
            throw error
        }
    }
}

/// `iter(callable, sentinel)`.
final class CallableIterator: PyIterator {
    let function: Value
    let sentinel: Value
    var done = false

    init(_ function: Value, _ sentinel: Value, _ cls: PyClass) {
        self.function = function
        self.sentinel = sentinel
        super.init(cls)
    }

    override func next(_ rt: Runtime) throws(PyError) -> Value? {
        if done { return nil }
        let v = try rt.call(function)
        if try rt.equal(v, sentinel) {
            done = true
            return nil
        }
        return v
    }
}
