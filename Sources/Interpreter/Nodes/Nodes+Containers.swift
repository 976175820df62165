import Syntax

/// An element of a display: a value or a `*iterable` to splice.
struct DisplayElement {
    let value: ExprRef
    let isStarred: Bool
}

/// Evaluates display elements, splicing starred ones.
func evaluateElements(_ elements: [DisplayElement], _ f: Frame, _ rt: Runtime) throws(PyError)
    -> [Value]
{
    var items: [Value] = []
    items.reserveCapacity(elements.count)
    for e in elements {
        let v = try e.value.eval(f)
        if e.isStarred {
            guard let more = try rt.collectIfIterable(v) else {
                throw rt.typeError("Value after * must be an iterable, not \(rt.typeName(v))")
            }
            items.append(contentsOf: more)
            try rt.checkGrowth(items: items.count)
        } else {
            items.append(v)
        }
    }
    return items
}

/// `[a, *b]`.
final class ListDisplayNode: ExprNode {
    let elements: [DisplayElement]
    unowned(unsafe) let rt: Runtime

    init(_ elements: [DisplayElement], _ rt: Runtime, _ location: SourceLocation) {
        self.elements = elements
        self.rt = rt
        super.init(location)
    }

    override func eval(_ f: Frame) throws(PyError) -> Value {
        .object(rt.newList(try evaluateElements(elements, f, rt)))
    }
}

/// `(a, *b)`.
final class TupleDisplayNode: ExprNode {
    let elements: [DisplayElement]
    unowned(unsafe) let rt: Runtime

    init(_ elements: [DisplayElement], _ rt: Runtime, _ location: SourceLocation) {
        self.elements = elements
        self.rt = rt
        super.init(location)
    }

    override func eval(_ f: Frame) throws(PyError) -> Value {
        .object(PyTuple(try evaluateElements(elements, f, rt)))
    }
}

/// `{a, *b}`.
final class SetDisplayNode: ExprNode {
    let elements: [DisplayElement]
    unowned(unsafe) let rt: Runtime

    init(_ elements: [DisplayElement], _ rt: Runtime, _ location: SourceLocation) {
        self.elements = elements
        self.rt = rt
        super.init(location)
    }

    override func eval(_ f: Frame) throws(PyError) -> Value {
        let s = PySet()
        for v in try evaluateElements(elements, f, rt) {
            try rt.setAdd(s, v)
        }
        return .object(s)
    }
}

/// A set display of constants: a copy of the folded frozenset, as CPython's `SET_UPDATE`.
final class ConstantSetNode: ExprNode {
    let folded: PySet
    unowned(unsafe) let rt: Runtime

    init(_ folded: PySet, _ rt: Runtime, _ location: SourceLocation) {
        self.folded = folded
        self.rt = rt
        super.init(location)
    }

    override func eval(_ f: Frame) throws(PyError) -> Value {
        let s = PySet()
        try rt.setMerge(s, folded)
        return .object(s)
    }
}

/// `{k: v, **d}`.
final class DictDisplayNode: ExprNode {
    /// Pairs; a `nil` key marks a `**mapping` entry.
    let entries: [(key: ExprRef?, value: ExprRef)]
    unowned(unsafe) let rt: Runtime

    init(_ entries: [(ExprNode?, ExprNode)], _ rt: Runtime, _ location: SourceLocation) {
        self.entries = entries.map { ($0.0.map { ExprRef($0) }, ExprRef($0.1)) }
        self.rt = rt
        super.init(location)
    }

    override func eval(_ f: Frame) throws(PyError) -> Value {
        let d = rt.newDict()
        for (key, value) in entries {
            if let k = key {
                let kv = try k.eval(f)
                try rt.dictSet(d, kv, try value.eval(f))
            } else {
                let m = try value.eval(f)
                if let src = m.asDict {
                    try rt.dictUpdate(d, from: src)
                } else if m.asInstance != nil, let keys = try rt.attributeIfPresent(m, "keys") {
                    for k in try rt.collect(try rt.call(keys)) {
                        try rt.dictSet(d, k, try rt.getItem(m, k))
                    }
                } else {
                    throw rt.typeError("'\(rt.typeName(m))' object is not a mapping")
                }
            }
        }
        return .object(d)
    }
}

/// `obj.name`, with a fast path for instance attributes.
final class AttributeNode: ExprNode {
    let object: ExprRef
    let name: PyStr
    unowned(unsafe) let rt: Runtime
    let hot: UnsafeMutablePointer<HotState>
    private var cache = AttributeCache()
    /// Set when the object is a plain local (`self.x`): its slot is read in place.
    var localSlot: Int?

    init(_ object: ExprNode, _ name: PyStr, _ rt: Runtime, _ location: SourceLocation) {
        self.object = ExprRef(object)
        self.name = name
        self.rt = rt
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
        if let slot = localSlot, let instRef = (f + slot).peekInstance(hot) {
            let found = instRef._withUnsafeGuaranteedRef { inst -> Value? in
                inst.hasClassAttribute(name, &cache) ? nil : inst.ownAttribute(name)
            }
            if let v = found { return v }
        }
        let v = try object.eval(f)
        if case .object(let o) = v, o.kind == .instance {
            let inst = unsafeDowncast(o, to: PyInstance.self)
            let descriptor = inst.classAttribute(name, &cache)
            if descriptor == nil, let found = inst.ownAttribute(name) {
                return found
            }
            if let r = try rt.instanceAttribute(inst, v, name) { return r }
            if cache.hasGetattr, let hook = inst.cls.special(.getattr) {
                return try rt.callBound(hook, receiver: v, .str(name))
            }
            throw rt.attributeError(v, name.value)
        }
        return try rt.getAttribute(v, name)
    }
}

/// `obj[index]`, with fast paths for lists, tuples and dicts.
final class SubscriptNode: ExprNode {
    let object: ExprRef
    let index: ExprRef
    unowned(unsafe) let rt: Runtime

    init(_ object: ExprNode, _ index: ExprNode, _ rt: Runtime, _ location: SourceLocation) {
        self.object = ExprRef(object)
        self.index = ExprRef(index)
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
        let container = try object.eval(f)
        let i = try index.eval(f)
        if case .object(let o) = container, case .int(let k) = i {
            if o.kind == .list {
                let items = unsafeDowncast(o, to: PyList.self).items
                let j = k < 0 ? k + items.count : k
                if j >= 0 && j < items.count { return items[j] }
            } else if o.kind == .tuple {
                let items = unsafeDowncast(o, to: PyTuple.self).items
                let j = k < 0 ? k + items.count : k
                if j >= 0 && j < items.count { return items[j] }
            }
        }
        return try rt.getItem(container, i)
    }
}

/// `lower:upper:step` inside a subscript.
final class SliceNode: ExprNode {
    let lower: ExprRef?
    let upper: ExprRef?
    let step: ExprRef?

    init(_ lower: ExprNode?, _ upper: ExprNode?, _ step: ExprNode?, _ location: SourceLocation) {
        self.lower = lower.map { ExprRef($0) }
        self.upper = upper.map { ExprRef($0) }
        self.step = step.map { ExprRef($0) }
        super.init(location)
    }

    override func eval(_ f: Frame) throws(PyError) -> Value {
        .object(
            PySlice(
                start: try lower?.eval(f) ?? .none, stop: try upper?.eval(f) ?? .none,
                step: try step?.eval(f) ?? .none))
    }
}

/// One piece of an f-string.
enum FormattedPiece {
    case literal(String)
    case field(value: ExprRef, conversion: Character?, spec: [FormattedPiece]?, debug: String?)
}

/// An f-string.
final class FormattedStringNode: ExprNode {
    let pieces: [FormattedPiece]
    unowned(unsafe) let rt: Runtime

    init(_ pieces: [FormattedPiece], _ rt: Runtime, _ location: SourceLocation) {
        self.pieces = pieces
        self.rt = rt
        super.init(location)
    }

    override func eval(_ f: Frame) throws(PyError) -> Value {
        Value(try render(pieces, f))
    }

    private func render(_ pieces: [FormattedPiece], _ f: Frame) throws(PyError) -> String {
        var out = ""
        for piece in pieces {
            switch piece {
            case .literal(let s):
                out += s
            case .field(let valueRef, let conversion, let spec, let debug):
                var v = try valueRef.eval(f)
                if let d = debug { out += d }
                let specText =
                    try spec.map { (p: [FormattedPiece]) throws(PyError) -> String in
                        try render(p, f)
                    } ?? ""
                var conv = conversion
                if debug != nil && conv == nil && specText.isEmpty { conv = "r" }
                switch conv {
                case "r", "a": v = Value(try rt.repr(v))
                case "s": v = Value(try rt.str(v))
                default: break
                }
                if specText.isEmpty, case .str(let s) = v {
                    out += s.value
                } else {
                    out += try rt.format(v, specText)
                }
                try rt.checkGrowth(bytes: out.utf8.count)
            }
        }
        return out
    }
}
