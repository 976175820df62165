/// One op as a tape recorded it: its inputs and output, as tensors that carry their tape
/// identities, and the op's pullback.
public struct OperationRecord {
    /// TensorFlow's name of the op (`MatMul`), for messages.
    public let name: String
    /// The inputs the op was called with.
    public let inputs: [Tensor]
    /// The result.
    public let output: Tensor
    /// The vector-Jacobian product of the op.
    let pullback: Pullback
}

/// How an op declares its gradient: given the recorded op, the gradient of the target with
/// respect to the op's output (`upstream`, of the output's shape) and which inputs need a
/// gradient, returns one gradient per input (of that input's shape), or `nil` for inputs
/// that have none or weren't asked for.
///
/// A pullback must compute with the engine's differentiable ops (not with raw storage), so a
/// tape that is still recording while another computes its gradient records the gradient
/// computation too: that is how nested tapes give second derivatives.
public typealias Pullback = (
    _ operation: OperationRecord, _ upstream: Tensor, _ wanted: [Bool]
) throws(TensorError) -> [Tensor?]

/// One op on one tape: the shared record, the tape identities of its inputs as this tape
/// watched them (`nil` for inputs it doesn't watch) and the identity of its output.
struct TapeEntry {
    let operation: OperationRecord
    let inputIDs: [Int?]
    let outputID: Int
}
