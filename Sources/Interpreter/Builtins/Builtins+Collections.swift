extension Runtime {
    func installListMethods() {
        let list = types.list
        func items(_ v: Value) -> PyList { v.asList ?? PyList() }
        method(list, "append", "(object, /)") { rt, l, args in
            try rt.expectArguments(args, "list.append", 1, 1)
            let target = items(l)
            try rt.checkGrowth(items: target.items.count + 1)
            target.items.append(args[0])
            return .none
        }
        method(list, "extend", "(iterable, /)") { rt, l, args in
            try rt.expectArguments(args, "list.extend", 1, 1)
            let target = items(l)
            let more = try rt.collect(args[0])
            try rt.checkGrowth(items: target.items.count + more.count)
            target.items.append(contentsOf: more)
            return .none
        }
        method(list, "insert", "(index, object, /)") { rt, l, args in
            try rt.expectArguments(args, "insert", 2, 2)
            let target = items(l)
            var i = try rt.intArgument(args[0])
            let n = target.items.count
            if i < 0 { i = max(0, i + n) }
            i = min(i, n)
            try rt.checkGrowth(items: n + 1)
            target.items.insert(args[1], at: i)
            return .none
        }
        method(list, "pop", "(index=-1, /)") { rt, l, args in
            try rt.expectArguments(args, "pop", 0, 1)
            let target = items(l)
            if target.items.isEmpty { throw rt.error(.indexError, "pop from empty list") }
            var i = args.count > 0 ? try rt.intArgument(args[0]) : -1
            if i < 0 { i += target.items.count }
            if i < 0 || i >= target.items.count {
                throw rt.error(.indexError, "pop index out of range")
            }
            return target.items.remove(at: i)
        }
        method(list, "remove", "(value, /)") { rt, l, args in
            try rt.expectArguments(args, "list.remove", 1, 1)
            let target = items(l)
            for (i, x) in target.items.enumerated() {
                if try rt.sameOrEqual(x, args[0]) {
                    target.items.remove(at: i)
                    return .none
                }
            }
            throw rt.valueError("list.remove(x): x not in list")
        }
        method(list, "index", "(value, start=0, stop=sys.maxsize, /)") { rt, l, args in
            try rt.expectArguments(args, "index", 1, 3)
            let all = items(l).items
            let (lo, hi) = try rt.indexSpan(args, all.count)
            var i = lo
            while i < hi && i < all.count {
                if try rt.sameOrEqual(all[i], args[0]) { return .int(i) }
                i += 1
            }
            throw rt.valueError("\(try rt.repr(args[0])) is not in list")
        }
        method(list, "count", "(value, /)") { rt, l, args in
            try rt.expectArguments(args, "count", 1, 1)
            var n = 0
            for x in items(l).items {
                if try rt.sameOrEqual(x, args[0]) {
                    n += 1
                }
            }
            return .int(n)
        }
        method(list, "clear", "()") { _, l, _ in
            items(l).items.removeAll()
            return .none
        }
        method(list, "copy", "()") { rt, l, _ in .object(rt.newList(items(l).items)) }
        method(list, "reverse", "()") { _, l, _ in
            items(l).items.reverse()
            return .none
        }
        let sortParams = NativeParameters("sort", "*, key=None, reverse=False")
        method(list, "sort", "(*, key=None, reverse=False)") { rt, l, args in
            let b = try sortParams.bind(args, rt)
            let target = items(l)
            var values = target.items
            target.items = []
            defer { if target.items.isEmpty { target.items = values } }
            try rt.sortValues(&values, key: b["key"], reverse: try rt.truthy(b["reverse"]))
            target.items = values
            return .none
        }
        method(list, "__len__", "(self, /)") { _, l, _ in .int(items(l).items.count) }
        method(list, "__getitem__", "(self, key, /)") { rt, l, args in try rt.getItem(l, args[0]) }
        method(list, "__setitem__", "(self, key, value, /)") { rt, l, args in
            try rt.setItem(l, args[0], args[1])
            return .none
        }
        method(list, "__contains__", "(self, key, /)") { rt, l, args in
            .bool(try rt.contains(l, args[0]))
        }
        method(list, "__iter__", "(self, /)") { rt, l, _ in .object(try rt.iterate(l)) }

        let tuple = types.tuple
        method(tuple, "index", "(value, start=0, stop=sys.maxsize, /)") { rt, t, args in
            try rt.expectArguments(args, "index", 1, 3)
            let all = t.asTuple?.items ?? []
            let (lo, hi) = try rt.indexSpan(args, all.count)
            var i = lo
            while i < hi && i < all.count {
                if try rt.sameOrEqual(all[i], args[0]) { return .int(i) }
                i += 1
            }
            throw rt.valueError("tuple.index(x): x not in tuple")
        }
        method(tuple, "count", "(value, /)") { rt, t, args in
            try rt.expectArguments(args, "count", 1, 1)
            var n = 0
            for x in t.asTuple?.items ?? [] {
                if try rt.sameOrEqual(x, args[0]) {
                    n += 1
                }
            }
            return .int(n)
        }
        method(tuple, "__len__", "(self, /)") { rt, t, _ in .int(try rt.length(t)) }
        method(tuple, "__getitem__", "(self, key, /)") { rt, t, args in try rt.getItem(t, args[0]) }
    }

    /// Start/stop arguments of `index`, resolved against a length.
    fileprivate func indexSpan(_ args: Arguments, _ n: Int) throws(PyError) -> (Int, Int) {
        func resolve(_ v: Value, _ fallback: Int) throws(PyError) -> Int {
            if v.isUnbound { return fallback }
            var i = try intArgument(v)
            if i < 0 { i = max(0, i + n) }
            return min(i, n)
        }
        return (try resolve(args[1], 0), try resolve(args[2], n))
    }

    func installDictMethods() {
        let dict = types.dict
        func d(_ v: Value) -> PyDict { v.asDict ?? PyDict() }
        method(dict, "keys", "()") { _, v, _ in .object(PyDictView(d(v), .keys)) }
        method(dict, "values", "()") { _, v, _ in .object(PyDictView(d(v), .values)) }
        method(dict, "items", "()") { _, v, _ in .object(PyDictView(d(v), .items)) }
        method(dict, "get", "(key, default=None, /)") { rt, v, args in
            try rt.expectArguments(args, "get", 1, 2)
            return try rt.dictGet(d(v), args[0]) ?? (args.count > 1 ? args[1] : .none)
        }
        method(dict, "setdefault", "(key, default=None, /)") { rt, v, args in
            try rt.expectArguments(args, "setdefault", 1, 2)
            if let existing = try rt.dictGet(d(v), args[0]) { return existing }
            let value = args.count > 1 ? args[1] : .none
            try rt.dictSet(d(v), args[0], value)
            return value
        }
        method(dict, "pop", nil) { rt, v, args in
            try rt.expectArguments(args, "pop", 1, 2)
            let target = d(v)
            if let e = try rt.dictFind(target, args[0]) {
                let value = target.value(at: e)
                target.remove(at: e)
                return value
            }
            if args.count > 1 { return args[1] }
            throw rt.keyError(args[0])
        }
        method(dict, "popitem", "()") { rt, v, _ in
            let target = d(v)
            var e = target.entryCount - 1
            while e >= 0 && target.key(at: e).isUnbound { e -= 1 }
            guard e >= 0 else { throw rt.error(.keyError, "popitem(): dictionary is empty") }
            let pair = PyTuple([target.key(at: e), target.value(at: e)])
            target.remove(at: e)
            return .object(pair)
        }
        method(dict, "update", nil) { rt, v, args in
            if args.count > 1 {
                throw rt.typeError("update expected at most 1 argument, got \(args.count)")
            }
            if args.count == 1 { try rt.dictUpdateFromAny(d(v), args[0]) }
            for (k, value) in args.keywordPairs {
                d(v).set(rt.intern(k), value)
            }
            return .none
        }
        method(dict, "clear", "()") { _, v, _ in
            d(v).removeAll()
            return .none
        }
        method(dict, "copy", "()") { rt, v, _ in
            let copy = rt.newDict()
            try rt.dictUpdate(copy, from: d(v))
            return .object(copy)
        }
        let fromkeys = PyNativeFunction(name: "fromkeys", qualname: "dict.fromkeys") { rt, args in
            try rt.expectArguments(args, "fromkeys", 2, 3)
            let result = rt.newDict()
            let value = args.count > 2 ? args[2] : .none
            for k in try rt.collect(args[1]) {
                try rt.dictSet(result, k, value)
            }
            return .object(result)
        }
        dict.namespace.set(intern("fromkeys"), .object(PyClassMethod(.object(fromkeys))))
        method(dict, "__len__", "(self, /)") { _, v, _ in .int(d(v).count) }
        method(dict, "__getitem__", "(self, key, /)") { rt, v, args in try rt.getItem(v, args[0]) }
        method(dict, "__setitem__", "(self, key, value, /)") { rt, v, args in
            try rt.setItem(v, args[0], args[1])
            return .none
        }
        method(dict, "__contains__", "(self, key, /)") { rt, v, args in
            .bool(try rt.contains(v, args[0]))
        }
        method(dict, "__iter__", "(self, /)") { rt, v, _ in .object(try rt.iterate(v)) }
        for view in [types.dictKeys, types.dictItems] {
            method(view, "isdisjoint", "(other, /)") { rt, v, args in
                let s = try rt.makeSet(from: v)
                for x in try rt.collect(args[0]) {
                    if try rt.setContains(s, x) {
                        return .bool(false)
                    }
                }
                return .bool(true)
            }
        }
    }

    func installSetMethods() {
        for cls in [types.set, types.frozenset] {
            let frozen = cls === types.frozenset
            func s(_ v: Value) -> PySet { v.object(as: PySet.self) ?? PySet() }
            func others(_ rt: Runtime, _ args: Arguments) throws(PyError) -> [PySet] {
                var result: [PySet] = []
                for i in 0..<args.count {
                    if case .object(let o) = args[i], o.kind == .set || o.kind == .frozenset {
                        result.append(unsafeDowncast(o, to: PySet.self))
                    } else {
                        result.append(try rt.makeSet(from: args[i]))
                    }
                }
                return result
            }
            method(cls, "copy", "()") { rt, v, _ in
                if frozen { return v }
                let r = PySet()
                try rt.setMerge(r, s(v))
                return .object(r)
            }
            method(cls, "union", "(*others)") { rt, v, args in
                var r = s(v)
                if args.count == 0 {
                    let copy = PySet(frozen: frozen)
                    try rt.setMerge(copy, r)
                    return .object(copy)
                }
                for o in try others(rt, args) {
                    r = try rt.setUnion(r, o, frozen: frozen)
                }
                return .object(r)
            }
            method(cls, "intersection", "(*others)") { rt, v, args in
                var r = s(v)
                if args.count == 0 {
                    let copy = PySet(frozen: frozen)
                    try rt.setMerge(copy, r)
                    return .object(copy)
                }
                for o in try others(rt, args) {
                    r = try rt.setIntersection(r, o, frozen: frozen)
                }
                return .object(r)
            }
            method(cls, "difference", "(*others)") { rt, v, args in
                var r = s(v)
                if args.count == 0 {
                    let copy = PySet(frozen: frozen)
                    try rt.setMerge(copy, r)
                    return .object(copy)
                }
                for o in try others(rt, args) {
                    r = try rt.setDifference(r, o, frozen: frozen)
                }
                return .object(r)
            }
            method(cls, "symmetric_difference", "(other, /)") { rt, v, args in
                try rt.expectArguments(args, "symmetric_difference", 1, 1)
                return .object(
                    try rt.setSymmetricDifference(s(v), try others(rt, args)[0], frozen: frozen))
            }
            method(cls, "issubset", "(other, /)") { rt, v, args in
                try rt.expectArguments(args, "issubset", 1, 1)
                let other = try others(rt, args)[0]
                for x in s(v).elements {
                    if !(try rt.setContains(other, x)) {
                        return .bool(false)
                    }
                }
                return .bool(true)
            }
            method(cls, "issuperset", "(other, /)") { rt, v, args in
                try rt.expectArguments(args, "issuperset", 1, 1)
                for x in try rt.collect(args[0]) {
                    if !(try rt.setContains(s(v), x)) {
                        return .bool(false)
                    }
                }
                return .bool(true)
            }
            method(cls, "isdisjoint", "(other, /)") { rt, v, args in
                try rt.expectArguments(args, "isdisjoint", 1, 1)
                for x in try rt.collect(args[0]) {
                    if try rt.setContains(s(v), x) {
                        return .bool(false)
                    }
                }
                return .bool(true)
            }
            method(cls, "__len__", "(self, /)") { _, v, _ in .int(s(v).count) }
            method(cls, "__contains__", "(self, key, /)") { rt, v, args in
                .bool(try rt.contains(v, args[0]))
            }
            if frozen { continue }
            method(cls, "add", "(object, /)") { rt, v, args in
                try rt.expectArguments(args, "set.add", 1, 1)
                try rt.setAdd(s(v), args[0])
                return .none
            }
            method(cls, "discard", "(object, /)") { rt, v, args in
                try rt.expectArguments(args, "set.discard", 1, 1)
                try rt.setDiscard(s(v), args[0])
                return .none
            }
            method(cls, "remove", "(object, /)") { rt, v, args in
                try rt.expectArguments(args, "set.remove", 1, 1)
                if !(try rt.setDiscard(s(v), args[0])) { throw rt.keyError(args[0]) }
                return .none
            }
            method(cls, "pop", "()") { rt, v, _ in
                let target = s(v)
                for slot in 0..<target.slotCount where !target.key(atSlot: slot).isUnbound {
                    let k = target.key(atSlot: slot)
                    target.remove(slot: slot)
                    return k
                }
                throw rt.error(.keyError, "pop from an empty set")
            }
            method(cls, "clear", "()") { _, v, _ in
                s(v).removeAll()
                return .none
            }
            method(cls, "update", "(*others)") { rt, v, args in
                for o in try others(rt, args) {
                    try rt.setMerge(s(v), o)
                }
                return .none
            }
            method(cls, "intersection_update", "(*others)") { rt, v, args in
                var r = s(v)
                for o in try others(rt, args) {
                    r = try rt.setIntersection(r, o, frozen: false)
                }
                s(v).removeAll()
                try rt.setMerge(s(v), r)
                return .none
            }
            method(cls, "difference_update", "(*others)") { rt, v, args in
                for o in try others(rt, args) {
                    for x in o.elements {
                        try rt.setDiscard(s(v), x)
                    }
                }
                return .none
            }
            method(cls, "symmetric_difference_update", "(other, /)") { rt, v, args in
                try rt.expectArguments(args, "symmetric_difference_update", 1, 1)
                let r = try rt.setSymmetricDifference(s(v), try others(rt, args)[0], frozen: false)
                s(v).removeAll()
                try rt.setMerge(s(v), r)
                return .none
            }
        }
    }
}
