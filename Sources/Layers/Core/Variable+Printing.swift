import Tensors

extension Variable: CustomStringConvertible, CustomDebugStringConvertible {
    /// TensorFlow's repr (also its `str`): `<tf.Variable 'dense_1/bias:0' shape=(1,)
    /// dtype=float32, numpy=array([0.], dtype=float32)>`, the numpy part on its own line when
    /// it spans several.
    public var tensorflowRepr: String { tensorflowRepr(displayName: name) }

    /// The repr of what an assignment returns: the same with the name `UnreadVariable`
    /// (`<tf.Variable 'UnreadVariable' shape=(2,) …>`).
    public var unreadRepr: String { tensorflowRepr(displayName: "UnreadVariable") }

    /// The repr with `displayName` in place of the name.
    public func tensorflowRepr(displayName: String) -> String {
        "<tf.Variable '\(displayName)' shape=\(TensorShape(value.shape)) dtype=\(dtype), "
            + "numpy=\(value.numpyText(forRepr: true))>"
    }

    /// TensorFlow's repr, which `print(variable)` shows too.
    public var description: String { tensorflowRepr }

    /// TensorFlow's repr.
    public var debugDescription: String { tensorflowRepr }
}
