import Interpreter

extension Engine {
    /// The names TensorFlow's `Tensor.__getattr__` answers with a hint about numpy behaviour.
    private static let numpyMethodNames: Set<String> = [
        "T", "astype", "ravel", "transpose", "reshape", "clip", "size", "tolist", "data",
    ]

    /// `__getattr__` of an engine class whose base is `object` (so of every engine class and
    /// every script class extending one): where an attribute lookup that found nothing ends.
    func defineMissingAttributes(_ c: ClassMembers) {
        c.rawMethod("__getattr__") { [self] args in
            throw missingAttribute(args[0], args[1].asString ?? "")
        }
    }

    /// The error for an attribute `object` doesn't have: `NotImplementedError: lit does not
    /// implement tf.Tensor.ref yet` when TensorFlow (or numpy) has it, else Python's
    /// `AttributeError` as TensorFlow words it.
    ///
    /// The class named is the nearest engine class scripts can name (`tf.keras.Model` for a
    /// script model); TensorFlow's names of every engine class along the MRO count.
    func missingAttribute(_ object: Value, _ name: String) -> PyError {
        let cls = rt.typeOf(object)
        let engineClasses = cls.mro.compactMap { classes.binding(of: $0)?.publicName }
        if let shown = engineClasses.first,
            engineClasses.contains(where: { PublicNames.contains(name, in: $0) })
        {
            return rt.error(.notImplementedError, "lit does not implement \(shown).\(name) yet")
        }
        if cls === classes.eagerTensor, Self.numpyMethodNames.contains(name) {
            return rt.error(
                .attributeError,
                "EagerTensor object has no attribute '\(name)'. \n        If you are looking for "
                    + "numpy-related methods, please run the following:\n        "
                    + "tf.experimental.numpy.experimental_enable_numpy_behavior()\n      ")
        }
        let typeName =
            classes.binding(of: cls)?.isCType == true ? cls.displayName : rt.typeName(object)
        return rt.error(.attributeError, "'\(typeName)' object has no attribute '\(name)'")
    }
}

extension ModuleTree {
    /// A module's `__getattr__` (PEP 562), for a name the module at `path` lacks:
    /// `NotImplementedError: lit does not implement tf.keras.layers.Conv2D yet` when TensorFlow
    /// (or numpy) has it, else Python's `AttributeError`.
    static func missingAttributeHook(path: String, moduleName: String) -> Value {
        .object(
            PyNativeFunction(name: "__getattr__", module: moduleName) { rt, args in
                guard args.count == 1, case .str(let name) = args[0] else {
                    throw rt.error(.typeError, "__getattr__() takes exactly one argument (a str)")
                }
                if PublicNames.contains(name.value, in: path) {
                    throw rt.error(
                        .notImplementedError, "lit does not implement \(path).\(name.value) yet")
                }
                throw rt.error(
                    .attributeError, "module '\(moduleName)' has no attribute '\(name.value)'")
            })
    }
}
