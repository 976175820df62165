import Foundation
import Interpreter
import Testing

/// A small native module in the shape the tensorflow bindings need: functions with declared
/// parameters, a tensor-like class with protocol slots, layers that scripts subclass, and
/// exception classes with their own module.
enum TensorLike {
    /// The Swift payload of a tensor.
    final class Payload {
        var values: [Double]
        init(_ values: [Double]) { self.values = values }
    }

    /// The Swift payload of a layer: attribute names of tracked sub-layers, in order.
    final class LayerState {
        var tracked: [String] = []
    }

    static func values(_ rt: Runtime, _ v: Value) throws -> [Double]? {
        if let p = v.asInstance?.payload as? Payload { return p.values }
        switch v {
        case .int(let i): return [Double(i)]
        case .float(let d): return [d]
        default: return nil
        }
    }

    static func makeModule(_ rt: Runtime) throws -> PyModule {
        let m = rt.makeModule("tensorlike")
        let tensor = rt.makeClass(name: "EagerTensor", module: "tensorlike.python.framework.ops")
        func wrap(_ values: [Double]) -> Value {
            .object(rt.makeInstance(tensor, payload: Payload(values)))
        }
        func binary(_ name: String, _ op: @escaping (Double, Double) -> Double, reflected: Bool) {
            rt.defineMethod(tensor, name) { rt, args in
                guard let a = try values(rt, args[0]), let b = try values(rt, args[1]) else {
                    return .object(rt.notImplemented)
                }
                if a.count != b.count && a.count != 1 && b.count != 1 {
                    throw rt.error(
                        invalidArgument(rt), "Incompatible shapes: [\(a.count)] vs. [\(b.count)]")
                }
                let n = max(a.count, b.count)
                return wrap(
                    (0..<n).map { i in
                        let x = a[a.count == 1 ? 0 : i]
                        let y = b[b.count == 1 ? 0 : i]
                        return reflected ? op(y, x) : op(x, y)
                    })
            }
        }
        binary("__add__", +, reflected: false)
        binary("__radd__", +, reflected: true)
        binary("__sub__", -, reflected: false)
        binary("__rsub__", -, reflected: true)
        binary("__mul__", *, reflected: false)
        rt.defineMethod(tensor, "__eq__") { rt, args in
            guard let a = try values(rt, args[0]), let b = try values(rt, args[1]) else {
                return .object(rt.notImplemented)
            }
            return wrap(zip(a, b).map { $0 == $1 ? 1 : 0 })
        }
        rt.defineMethod(tensor, "__matmul__") { rt, args in
            guard let a = try values(rt, args[0]), let b = try values(rt, args[1]) else {
                return .object(rt.notImplemented)
            }
            return .float(zip(a, b).reduce(0) { $0 + $1.0 * $1.1 })
        }
        rt.defineMethod(tensor, "__neg__") { rt, args in
            wrap(try values(rt, args[0])?.map { -$0 } ?? [])
        }
        rt.defineMethod(tensor, "__len__") { rt, args in .int(try values(rt, args[0])?.count ?? 0) }
        rt.defineMethod(tensor, "__iter__") { rt, args in
            let items = try values(rt, args[0])?.map { Value.float($0) } ?? []
            return .object(try rt.iterate(rt.list(items)))
        }
        rt.defineMethod(tensor, "__bool__") { rt, args in
            let v = try values(rt, args[0]) ?? []
            if v.count != 1 {
                throw rt.error(
                    .valueError,
                    "The truth value of an array with more than one element is ambiguous.")
            }
            return .bool(v[0] != 0)
        }
        rt.defineMethod(tensor, "__float__") { rt, args in
            .float(try values(rt, args[0])?.first ?? 0)
        }
        rt.defineMethod(tensor, "__getitem__") { rt, args in
            let key = args[1]
            if case .int(let i) = key, let v = try values(rt, args[0]), i >= 0, i < v.count {
                return .float(v[i])
            }
            return Value("key " + (try rt.repr(key)))
        }
        rt.setClassAttribute(tensor, "__hash__", .none)
        rt.defineMethod(tensor, "__repr__") { rt, args in
            let v = try values(rt, args[0]) ?? []
            let rows = v.map { "[\($0)]" }.joined(separator: ",\n       ")
            return Value(
                "<tf.Variable 'v' shape=(\(v.count), 1) numpy=\narray([\(rows)], dtype=float32)>")
        }
        rt.defineProperty(
            tensor, "values", get: { rt, v in rt.list(try values(rt, v)?.map { .float($0) } ?? []) }
        )
        m["constant"] = .object(
            rt.makeFunction(
                "constant", module: "tensorlike.python.framework.constant_op",
                parameters: "value, dtype=None"
            ) {
                rt, args in
                let items = try rt.collect(args["value"])
                var out: [Double] = []
                for item in items {
                    switch item {
                    case .int(let i): out.append(Double(i))
                    case .float(let d): out.append(d)
                    default:
                        throw rt.error(.typeError, "expected a number, got \(rt.typeName(item))")
                    }
                }
                return wrap(out)
            })
        m["relu"] = .object(
            rt.makeFunction(
                "relu", module: "tensorlike.python.ops.gen_nn_ops",
                parameters: "features, name=None"
            ) {
                rt, args in wrap(try values(rt, args["features"])?.map { max(0, $0) } ?? [])
            })
        let nn = rt.makeModule("tensorlike.nn")
        nn["relu"] = m["relu"]
        m["nn"] = .object(nn)

        // Layers that scripts subclass.
        let layer = rt.makeClass(name: "Layer", module: "tensorlike.layers")
        rt.defineMethod(layer, "__init__", parameters: "trainable=True") { _, this, _ in
            this.asInstance?.payload = LayerState()
            return .none
        }
        rt.defineMethod(layer, "__setattr__") { rt, args in
            guard let inst = args[0].asInstance, case .str(let name) = args[1] else { return .none }
            if let state = inst.payload as? LayerState, rt.isInstance(args[2], of: layer) {
                state.tracked.append(name.value)
            }
            try rt.genericSetAttribute(inst, name.value, args[2])
            return .none
        }
        rt.defineMethod(layer, "__call__") { rt, args in
            try rt.callMethod(args[0], "call", args.positional.dropFirst().map { $0 })
        }
        rt.defineMethod(layer, "call") { _, args in args[1] }
        rt.defineProperty(
            layer, "tracked",
            get: { rt, v in
                rt.list((v.asInstance?.payload as? LayerState)?.tracked.map { Value($0) } ?? [])
            })
        let dense = rt.makeClass(name: "Dense", module: "tensorlike.layers", bases: [layer])
        rt.defineMethod(dense, "__init__", parameters: "units, activation=None") { rt, this, args in
            this.asInstance?.payload = LayerState()
            try rt.setAttribute(this, "units", args["units"])
            return .none
        }
        m["Layer"] = .object(layer)
        m["Dense"] = .object(dense)

        // Exceptions with their own module.
        let errors = rt.makeModule("tensorlike.errors")
        errors["OpError"] = .object(opError(rt))
        errors["InvalidArgumentError"] = .object(invalidArgument(rt))
        m["errors"] = .object(errors)
        m["fail"] = .object(
            rt.makeFunction("fail", parameters: "") { rt, _ in
                throw rt.error(invalidArgument(rt), "Matrix size-incompatible: In[0]: [2,3]")
            })
        m["save"] = .object(
            rt.makeFunction("save", parameters: "path, text") { rt, args in
                let url = try rt.resolvePath(try rt.stringValue(args["path"]))
                try? FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try? (try rt.stringValue(args["text"])).write(
                    to: url, atomically: true, encoding: .utf8)
                return .none
            })
        return m
    }

    static func opError(_ rt: Runtime) -> PyClass {
        if case .object(let o)? = rt.mainModule["__tl_op_error"], let c = o as? PyClass { return c }
        let c = rt.makeClass(
            name: "OpError", module: "tensorlike.python.framework.errors_impl",
            bases: [rt.exceptionClass(.exception)])
        rt.mainModule["__tl_op_error"] = .object(c)
        return c
    }

    static func invalidArgument(_ rt: Runtime) -> PyClass {
        if case .object(let o)? = rt.mainModule["__tl_invalid"], let c = o as? PyClass { return c }
        let c = rt.makeClass(
            name: "InvalidArgumentError", module: "tensorlike.python.framework.errors_impl",
            bases: [opError(rt)])
        rt.mainModule["__tl_invalid"] = .object(c)
        return c
    }

    static func session(workingDirectory: String? = nil) -> Session {
        var options = SessionOptions()
        options.modules["tensorlike"] = { rt in try TensorLike.makeModule(rt) }
        options.workingDirectory = workingDirectory
        let s = Session(options: options)
        _ = s.run("import tensorlike as tl")
        return s
    }
}

@Suite struct NativeModuleTests {
    @Test func nativeFunctionsDisplayWithModuleAndSignature() {
        let s = TensorLike.session()
        defer { s.close() }
        #expect(
            s.run("tl.relu").display
                == "<function tensorlike.python.ops.gen_nn_ops.relu(features, name=None)>")
        #expect(s.run("tl.nn.relu is tl.relu").display == "True")
        #expect(
            s.run("from tensorlike import nn\nnn.relu(tl.constant([-1, 2])).values").display
                == "[0.0, 2.0]")
        #expect(s.run("len").display == "<function len(obj, /)>")
        #expect(s.run("def f(x, y=1):\n    pass\nf").display == "<function __main__.f(x, y=1)>")
    }

    @Test func binderRaisesCPythonsArgumentErrors() {
        let s = TensorLike.session()
        defer { s.close() }
        #expect(
            s.run("tl.relu()").error?.description
                == "TypeError: relu() missing 1 required positional argument: 'features'")
        #expect(
            s.run("tl.relu(1, 2, 3)").error?.description
                == "TypeError: relu() takes from 1 to 2 positional arguments but 3 were given")
        #expect(
            s.run("tl.relu(1, y=2)").error?.description
                == "TypeError: relu() got an unexpected keyword argument 'y'")
    }

    @Test func tensorProtocolSlotsWork() {
        let s = TensorLike.session()
        defer { s.close() }
        _ = s.run("t = tl.constant([1.0, 2.0])")
        #expect(
            s.run("(t + 1).values, (1 + t).values, (10 - t).values").display
                == "([2.0, 3.0], [2.0, 3.0], [9.0, 8.0])")
        #expect(
            s.run("(t == t).values, t @ t, (-t).values").display
                == "([1.0, 1.0], 5.0, [-1.0, -2.0])")
        #expect(
            s.run("len(t), list(t), t[1], float(tl.constant([3]))").display
                == "(2, [1.0, 2.0], 2.0, 3.0)")
        #expect(
            s.run("t[...], t[None], t[0:1, ::2]").display
                == "('key Ellipsis', 'key None', 'key (slice(0, 1, None), slice(None, None, 2))')")
        #expect(
            s.run("bool(t)").error?.description
                == "ValueError: The truth value of an array with more than one element is ambiguous."
        )
        #expect(s.run("hash(t)").error?.description == "TypeError: unhashable type: 'EagerTensor'")
        #expect(s.run("type(t)").display == "tensorlike.python.framework.ops.EagerTensor")
        #expect(
            s.run("t + 'x'").error?.description
                == "TypeError: unsupported operand type(s) for +: 'EagerTensor' and 'str'")
        #expect(
            s.run("'x' + t").error?.description
                == "TypeError: can only concatenate str (not \"EagerTensor\") to str")
        #expect(
            s.run("[1] * t").error?.description
                == "TypeError: can't multiply sequence by non-int of type 'EagerTensor'")
    }

    @Test func nativeMethodCallSitesNoticeOverrides() {
        let s = TensorLike.session()
        defer { s.close() }
        let outcome = s.run(
            """
            t = tl.constant([1.0, 2.0])
            def lengths(x):
                return [x.__len__() for _ in range(3)]
            before = lengths(t)
            class Sub(type(t)):
                def __len__(self):
                    return 7
            u = Sub.__new__(Sub)
            mixed = [lengths(t), lengths(u)]
            t.__len__ = lambda: 9
            before, mixed, lengths(t)
            """)
        #expect(outcome.error == nil)
        #expect(outcome.display == "([2, 2, 2], [[2, 2, 2], [7, 7, 7]], [9, 9, 9])")
    }

    @Test func multiLineReprsAreIndentedInsideContainers() {
        let s = TensorLike.session()
        defer { s.close() }
        let shown = s.run("[tl.constant([1, 2]), tl.constant([3])]").display
        #expect(
            shown == """
                [<tf.Variable 'v' shape=(2, 1) numpy=
                 array([[1.0],
                        [2.0]], dtype=float32)>,
                 <tf.Variable 'v' shape=(1, 1) numpy=
                 array([[3.0]], dtype=float32)>]
                """)
    }

    @Test func classesWithoutReprDisplayLikeIPython() throws {
        let s = TensorLike.session()
        defer { s.close() }
        let shown = try #require(s.run("tl.Dense(2)").display)
        #expect(shown.hasPrefix("<tensorlike.layers.Dense at 0x7f"))
        #expect(s.run("type(tl.Dense(1))").display == "tensorlike.layers.Dense")
    }

    @Test func scriptClassesSubclassNativeLayers() {
        let s = TensorLike.session()
        defer { s.close() }
        let define = s.run(
            """
            class MLP(tl.Layer):
                def __init__(self):
                    super().__init__()
                    self.hidden = tl.Dense(3)
                    self.count = 7
                    self.out = tl.Dense(1)
                def call(self, x):
                    return x * 2
            m = MLP()
            """)
        #expect(define.error == nil)
        #expect(s.run("m.tracked, m.hidden.units, m.count").display == "(['hidden', 'out'], 3, 7)")
        #expect(s.run("m(21)").display == "42")
        #expect(
            s.run("isinstance(m, tl.Layer), MLP.__mro__[1] is tl.Layer").display == "(True, True)")
    }

    @Test func nativeExceptionsAreCatchableByClassAndBase() {
        let s = TensorLike.session()
        defer { s.close() }
        let caught = s.run(
            """
            try:
                tl.fail()
            except tl.errors.InvalidArgumentError as e:
                print(type(e).__name__, '|', e)
            try:
                tl.fail()
            except Exception as e:
                print(isinstance(e, tl.errors.OpError))
            """)
        #expect(
            caught.printed
                == "InvalidArgumentError | Matrix size-incompatible: In[0]: [2,3]\nTrue\n")
        #expect(
            s.run("tl.fail()").error?.description
                == "InvalidArgumentError: Matrix size-incompatible: In[0]: [2,3]")
        #expect(
            s.run("tl.constant([1, 2]) + tl.constant([1, 2, 3])").error?.type
                == "InvalidArgumentError")
    }

    @Test func nativeModulesAreCreatedPerSession() {
        let a = TensorLike.session()
        let b = TensorLike.session()
        defer {
            a.close()
            b.close()
        }
        _ = a.run("tl.flag = 1")
        #expect(b.run("hasattr(tl, 'flag')").display == "False")
    }

    @Test func pathsResolveInsideTheWorkingDirectoryOnly() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "lit-interp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("escape").path, withDestinationPath: "/etc")
        let s = TensorLike.session(workingDirectory: root.path)
        defer { s.close() }
        #expect(s.run("tl.save('out/w.txt', 'saved')").error == nil)
        #expect(
            (try? String(contentsOf: root.appendingPathComponent("out/w.txt"), encoding: .utf8))
                == "saved")
        #expect(s.run("tl.save('/tmp/x.txt', 'no')").error?.type == "PermissionError")
        #expect(s.run("tl.save('../x.txt', 'no')").error?.type == "PermissionError")
        #expect(s.run("tl.save('a/../../x.txt', 'no')").error?.type == "PermissionError")
        #expect(s.run("tl.save('escape/passwd', 'no')").error?.type == "PermissionError")
        let io = s.run(
            """
            with open('notes.txt', 'w') as f:
                f.write('one\\ntwo\\n')
            with open('notes.txt') as f:
                print(f.read().split())
            """)
        #expect(io.printed == "['one', 'two']\n")
        #expect(s.run("open('/etc/passwd')").error?.type == "PermissionError")
    }

    @Test func conversionsBetweenScriptValuesAndSwift() throws {
        let s = Session()
        defer { s.close() }
        _ = s.run("data = [1, 2.5, 'a', None, True, (1, 2), {'k': [3]}, 2**70]")
        let summary = try s.perform { rt -> String in
            let items = try rt.collect(rt.mainModule["data"] ?? .none)
            let made = rt.dict([("x", rt.list([.int(1), Value("y")])), ("t", rt.tuple([]))])
            return "\(items.count) \(try rt.intValue(items[0])) \(try rt.doubleValue(items[1])) "
                + "\(try rt.stringValue(items[2])) \(try rt.truthy(items[4])) \(try rt.repr(made)) "
                + (try rt.repr(items[7]))
        }
        #expect(summary == "8 1 2.5 a true {'x': [1, 'y'], 't': ()} 1180591620717411303424")
    }
}
