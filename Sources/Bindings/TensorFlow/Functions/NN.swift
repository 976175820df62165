import Interpreter
import Layers
import Tensors

extension FunctionGroup {
    /// `tf.nn`, whose `sigmoid`, `tanh` and `softplus` are also `tf.math`'s (and the first two
    /// `tf`'s).
    static let nn = FunctionGroup("tf") { engine, m in engine.defineNNFunctions(m) }
}

extension Engine {
    /// `tf.nn`: the activations as functions (`tf.nn.relu` shows its annotated generated-op
    /// signature, as TensorFlow 2.15 does).
    fileprivate func defineNNFunctions(_ m: ModuleTree) {
        var f: [String: Value] = [:]
        f["relu"] = function(
            "relu", module: "tensorflow.python.ops.gen_nn_ops", "features, name=None",
            signature: "(features: Annotated[Any, ~TV_Relu_T], name=None) -> "
                + "Annotated[Any, ~TV_Relu_T]"
        ) { [self] args in wrap(try tensor(args["features"]).relu()) }
        f["sigmoid"] = function("sigmoid", module: "tensorflow.python.ops.math_ops", "x, name=None")
        { [self] args in wrap(try tensor(args["x"]).sigmoid()) }
        f["tanh"] = function("tanh", module: "tensorflow.python.ops.math_ops", "x, name=None") {
            [self] args in wrap(try tensor(args["x"]).tanh())
        }
        f["softplus"] = function(
            "softplus", module: "tensorflow.python.ops.nn_ops", "features, name=None"
        ) { [self] args in wrap(try tensor(args["features"]).unary(.softplus)) }
        f["elu"] = function(
            "elu", module: "tensorflow.python.ops.gen_nn_ops", "features, name=None"
        ) { [self] args in wrap(try tensor(args["features"]).unary(.elu)) }
        f["gelu"] = function(
            "gelu", module: "tensorflow.python.ops.nn_ops", "features, approximate=False, name=None"
        ) { [self] args in wrap(try Activation.gelu(try tensor(args["features"]))) }
        for (name, log) in [("softmax", false), ("log_softmax", true)] {
            f[name] = function(
                "\(name)_v2", module: "tensorflow.python.ops.nn_ops", "logits, axis=None, name=None"
            ) { [self] args in
                let t = try tensor(args["logits"])
                let axis = args["axis"].isNone ? -1 : try self.axis(args["axis"])
                return wrap(log ? try t.logSoftmax(axis: axis) : try t.softmax(axis: axis))
            }
        }
        for name in ["relu", "sigmoid", "tanh", "softplus", "elu", "gelu", "softmax"] {
            if let value = f[name], let activation = try? Activation.named(name) {
                registerActivation(value, activation)
            }
        }
        for (name, value) in f.sorted(by: { $0.key < $1.key }) {
            m["tf.nn.\(name)"] = value
        }
        m.export(f["sigmoid"] ?? .none, at: "tf.math.sigmoid", "tf.sigmoid")
        m.export(f["tanh"] ?? .none, at: "tf.math.tanh", "tf.tanh")
        m["tf.math.softplus"] = f["softplus"]
    }
}
