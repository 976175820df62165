/// The classes of the built-in values of one session.
final class BuiltinTypes {
    let object: PyClass
    let type: PyClass
    let int: PyClass
    let bool: PyClass
    let float: PyClass
    let str: PyClass
    let list: PyClass
    let tuple: PyClass
    let dict: PyClass
    let set: PyClass
    let frozenset: PyClass
    let noneType: PyClass
    let range: PyClass
    let slice: PyClass
    let function: PyClass
    let builtinFunction: PyClass
    let method: PyClass
    let module: PyClass
    let property: PyClass
    let staticmethod: PyClass
    let classmethod: PyClass
    let superType: PyClass
    let ellipsis: PyClass
    let notImplemented: PyClass
    let cell: PyClass
    let dictKeys: PyClass
    let dictValues: PyClass
    let dictItems: PyClass
    let listIterator: PyClass
    let listReverseIterator: PyClass
    let tupleIterator: PyClass
    let rangeIterator: PyClass
    let strIterator: PyClass
    let dictKeyIterator: PyClass
    let dictValueIterator: PyClass
    let dictItemIterator: PyClass
    let setIterator: PyClass
    let map: PyClass
    let filter: PyClass
    let zip: PyClass
    let enumerate: PyClass
    let reversed: PyClass
    let generator: PyClass
    let callableIterator: PyClass
    let iterator: PyClass

    /// Every built-in type, for the `builtins` module.
    let all: [PyClass]
    /// Every class made here, including iterator and view types not named in `builtins`.
    let every: [PyClass]

    init(epoch: ClassEpoch) {
        var made: [PyClass] = []
        func make(_ name: String, _ bases: [PyClass]) -> PyClass {
            let c = PyClass(
                name: name, module: "builtins", bases: bases, layout: .builtin, isBuiltin: true,
                epoch: epoch)
            var order = [c]
            for b in bases {
                for m in b.mro where !order.contains(where: { $0 === m }) {
                    order.append(m)
                }
            }
            c.setMRO(order)
            made.append(c)
            return c
        }
        object = make("object", [])
        let o = [object]
        type = make("type", o)
        int = make("int", o)
        bool = make("bool", [int])
        float = make("float", o)
        str = make("str", o)
        list = make("list", o)
        tuple = make("tuple", o)
        dict = make("dict", o)
        set = make("set", o)
        frozenset = make("frozenset", o)
        noneType = make("NoneType", o)
        range = make("range", o)
        slice = make("slice", o)
        function = make("function", o)
        builtinFunction = make("builtin_function_or_method", o)
        method = make("method", o)
        module = make("module", o)
        property = make("property", o)
        staticmethod = make("staticmethod", o)
        classmethod = make("classmethod", o)
        superType = make("super", o)
        ellipsis = make("ellipsis", o)
        notImplemented = make("NotImplementedType", o)
        cell = make("cell", o)
        dictKeys = make("dict_keys", o)
        dictValues = make("dict_values", o)
        dictItems = make("dict_items", o)
        listIterator = make("list_iterator", o)
        listReverseIterator = make("list_reverseiterator", o)
        tupleIterator = make("tuple_iterator", o)
        rangeIterator = make("range_iterator", o)
        strIterator = make("str_ascii_iterator", o)
        dictKeyIterator = make("dict_keyiterator", o)
        dictValueIterator = make("dict_valueiterator", o)
        dictItemIterator = make("dict_itemiterator", o)
        setIterator = make("set_iterator", o)
        map = make("map", o)
        filter = make("filter", o)
        zip = make("zip", o)
        enumerate = make("enumerate", o)
        reversed = make("reversed", o)
        generator = make("generator", o)
        callableIterator = make("callable_iterator", o)
        iterator = make("iterator", o)
        all = [
            object, type, int, bool, float, str, list, tuple, dict, set, frozenset, range, slice,
            property, staticmethod, classmethod, superType, map, filter, zip, enumerate, reversed,
        ]
        every = made
    }
}
