import Interpreter
import Layers
import Tensors

extension ClassBinding {
    /// `tf.Variable`, whose constructor makes a `ResourceVariable`.
    static let variable = ClassBinding(
        "Variable", module: "tensorflow.python.ops.variables", exports: ["tf.Variable"]
    ) { engine, c in engine.defineVariable(c) }

    /// The class of every variable.
    static let resourceVariable = ClassBinding(
        "ResourceVariable", module: "tensorflow.python.ops.resource_variable_ops",
        base: .bound(.variable))
}

extension Engine {
    /// `tf.Variable`'s members: creation, assignment (whole, added, subtracted, or through an
    /// index), the operators of tensors, and the reprs.
    fileprivate func defineVariable(_ c: ClassMembers) {
        c.constructor(
            "initial_value=None, trainable=None, validate_shape=True, caching_device=None, "
                + "name=None, variable_def=None, dtype=None, import_scope=None, "
                + "constraint=None, synchronization=None, aggregation=None, shape=None, "
                + "experimental_enable_variable_lifting=True"
        ) { [self] _, args in
            var initial = args["initial_value"]
            if initial.isNone {
                throw valueError(
                    "The `initial_value` arg to `tf.Variable` must be specified except when you "
                        + "are not providing a `variable_def`. You provided neither.")
            }
            if rt.isCallable(initial) && receiverTensor(initial) == nil {
                initial = try rt.call(initial)
            }
            let dtype = try dtype(args["dtype"])
            let value = try tensor(initial, DTypeRequest(exactly: dtype))
            let name = try optionalString(args["name"], name: "name")
            let trainable = args["trainable"].isNone ? true : try flag(args["trainable"])
            let variable = Variable(value, name: name, trainable: trainable)
            return .object(
                rt.makeInstance(classes.resourceVariable, payload: VariableHandle(variable)))
        }
        defineOperators(c)
        defineConversions(c, kind: "Variable")
        c.rawMethod("__repr__") { [self] args in Value(try handle(args[0]).repr) }
        c.rawMethod("__str__") { [self] args in Value(try handle(args[0]).repr) }
        c.rawMethod("__getitem__") { [self] args in
            let variable = try handle(args[0]).variable
            let indices = try tensorIndices(args[1])
            let selected = try guarded { try variable.value.slice(indices) }
            return .object(
                rt.makeInstance(
                    classes.eagerTensor,
                    payload: TensorBox(
                        selected, source: VariableSlice(variable: variable, indices: indices))))
        }
        let assignSpec = "value, use_locking=False, name=None, read_value=True"
        c.method("assign", assignSpec) { [self] this, args in
            let variable = try handle(this).variable
            try guarded { try variable.assign(try tensor(args["value"], .exactly(variable.dtype))) }
            return try flag(args["read_value"]) ? unreadVariable(variable) : .none
        }
        let deltaSpec = "delta, use_locking=False, name=None, read_value=True"
        c.method("assign_add", deltaSpec) { [self] this, args in
            let variable = try handle(this).variable
            let delta = try tensor(args["delta"], .exactly(variable.dtype))
            try guarded { try variable.assignAdd(delta) }
            return try flag(args["read_value"]) ? unreadVariable(variable) : .none
        }
        c.method("assign_sub", deltaSpec) { [self] this, args in
            let variable = try handle(this).variable
            let delta = try tensor(args["delta"], .exactly(variable.dtype))
            try guarded { try variable.assignSub(delta) }
            return try flag(args["read_value"]) ? unreadVariable(variable) : .none
        }
        c.method("numpy", "") { [self] this, _ in wrapNumpy(try handle(this).variable.value) }
        c.method("value", "") { [self] this, _ in wrap(try handle(this).variable.value) }
        c.method("read_value", "") { [self] this, _ in wrap(try handle(this).variable.value) }
        c.method("get_shape", "") { [self] this, _ in
            shapeObject(TensorShape(try handle(this).variable.shape))
        }
        c.method("__array__", "dtype=None") { [self] this, args in
            var t = try handle(this).variable.value
            if let dtype = try dtype(args["dtype"], dialect: .numpy) { t = t.cast(to: dtype) }
            return wrapArray(t)
        }
        c.property("name") { [self] this in Value(try handle(this).variable.name) }
        c.property("shape") { [self] this in
            shapeObject(TensorShape(try handle(this).variable.shape))
        }
        c.property("dtype") { [self] this in dtypeObject(try handle(this).variable.dtype) }
        c.property("trainable") { [self] this in .bool(try handle(this).variable.trainable) }
        c.property("device") { _ in Value("/job:localhost/replica:0/task:0/device:CPU:0") }
    }

    /// The variable handle of a `tf.Variable` object.
    func handle(_ value: Value) throws(PyError) -> VariableHandle {
        guard let inst = value.asInstance, let handle = inst.payload as? VariableHandle else {
            throw typeError("expected a tf.Variable, got '\(rt.typeName(value))'")
        }
        return handle
    }

    /// The script object of a layer's variable: the same object every time
    /// (`net.weights[0] is net.weights[0]`).
    func wrapVariable(_ variable: Variable) -> Value {
        let key = ObjectIdentifier(variable)
        if let existing = variableObjects[key] { return .object(existing) }
        let inst = rt.makeInstance(classes.resourceVariable, payload: VariableHandle(variable))
        variableObjects[key] = inst
        return .object(inst)
    }

    /// What an assignment returns: the variable shown as `UnreadVariable`.
    func unreadVariable(_ variable: Variable) -> Value {
        .object(
            rt.makeInstance(
                classes.resourceVariable, payload: VariableHandle(variable, unread: true)))
    }
}
