import Interpreter
import Layers
import Tensors

/// The Swift payload of every tensor-valued script object: an `EagerTensor`, a numpy
/// `ndarray` or a numpy scalar.
///
/// A tensor read from a variable by indexing (`v[0, 0]`) remembers where it came from, so
/// that `v[0, 0].assign(9)` writes through to the variable, as in TensorFlow.
final class TensorBox {
    /// The value (numpy item assignment replaces the whole box).
    let tensor: Tensor
    /// The variable and index the value was read from, if any.
    let source: VariableSlice?

    init(_ tensor: Tensor, source: VariableSlice? = nil) {
        self.tensor = tensor
        self.source = source
    }
}

/// Where a tensor read by indexing a variable came from.
struct VariableSlice {
    /// The variable.
    let variable: Variable
    /// The index used.
    let indices: [TensorIndex]
}

/// The payload of a numpy array of Python objects (`dtype=object`), as `np.save` of a dict or
/// of arrays of different shapes makes, and `np.load(…, allow_pickle=True)` gives back.
final class ObjectArray {
    /// The shape (`[]` for a 0-d array holding one object).
    let shape: [Int]
    /// The objects in row-major order.
    var items: [Value]

    init(shape: [Int], items: [Value]) {
        self.shape = shape
        self.items = items
    }
}

/// The Swift payload of a `tf.Variable` object.
///
/// What `assign` returns is another object for the same variable that TensorFlow shows with
/// the name `UnreadVariable`.
final class VariableHandle {
    /// The variable (shared with the layer that owns it).
    let variable: Variable
    /// Whether this object is the result of an assignment.
    let unread: Bool

    init(_ variable: Variable, unread: Bool = false) {
        self.variable = variable
        self.unread = unread
    }

    /// TensorFlow's repr.
    var repr: String {
        unread ? variable.unreadRepr : variable.tensorflowRepr
    }
}
