import Interpreter
import Tensors

/// The bitwise operations TensorFlow's `&`, `|`, `^` and `~` perform on integer tensors
/// (`BitwiseAnd`, …); booleans use the logical ops instead.
enum BitwiseOp: String {
    case and = "BitwiseAnd"
    case or = "BitwiseOr"
    case xor = "BitwiseXor"

    /// The logical op for booleans.
    var logical: Tensors.BinaryOp {
        switch self {
        case .and: .logicalAnd
        case .or: .logicalOr
        case .xor: .logicalXor
        }
    }

    /// The bitwise op a logical one stands for on integers.
    init?(_ op: Tensors.BinaryOp) {
        switch op {
        case .logicalAnd: self = .and
        case .logicalOr: self = .or
        case .logicalXor: self = .xor
        default: return nil
        }
    }
}

extension Engine {
    /// `x & y`, `x | y`, `x ^ y` on integer tensors, with broadcasting and TensorFlow's
    /// errors for other dtypes.
    func bitwise(_ op: BitwiseOp, _ x: Tensor, _ y: Tensor) throws -> Tensor {
        guard x.dtype.isInteger else {
            throw TensorError(
                .invalidArgument, op: op.rawValue,
                message: "Value for attr 'T' of \(x.dtype.kernelName) is not in the list of "
                    + "allowed values: int8, int16, int32, int64, uint8, uint16, uint32, uint64\n"
                    + "\t; NodeDef: {{node \(op.rawValue)}}; Op<name=\(op.rawValue); "
                    + "signature=x:T, y:T -> z:T; attr=T:type,allowed=[DT_INT8, DT_INT16, "
                    + "DT_INT32, DT_INT64, DT_UINT8, DT_UINT16, DT_UINT32, DT_UINT64]; "
                    + "is_commutative=true>",
                nodeName: "")
        }
        guard x.dtype == y.dtype else {
            throw TensorError(
                .invalidArgument, op: op.rawValue,
                message: "cannot compute \(op.rawValue) as input #1(zero-based) was expected to "
                    + "be a \(x.dtype.kernelName) tensor but is a \(y.dtype.kernelName) tensor",
                nodeName: "")
        }
        guard Self.broadcastable(x.shape, y.shape) else {
            throw TensorError(
                .invalidArgument, op: op.rawValue, kernel: op.rawValue,
                message: "Incompatible shapes: \(bracketed(x.shape)) vs. \(bracketed(y.shape))",
                nodeName: "")
        }
        let rank = max(x.rank, y.rank)
        let left = Array(repeating: 1, count: rank - x.rank) + x.shape
        let right = Array(repeating: 1, count: rank - y.rank) + y.shape
        let shape = zip(left, right).map { max($0, $1) }
        let a = try x.reshaped(left).broadcast(to: shape)
        let b = try y.reshaped(right).broadcast(to: shape)
        func combine<T: FixedWidthInteger>(_ p: T, _ q: T) -> T {
            switch op {
            case .and: p & q
            case .or: p | q
            case .xor: p ^ q
            }
        }
        switch (a.storage, b.storage) {
        case (.int32(let p), .int32(let q)):
            return try Tensor(shape: shape, scalars: zip(p, q).map(combine))
        case (.int64(let p), .int64(let q)):
            return try Tensor(shape: shape, scalars: zip(p, q).map(combine))
        default:
            return x
        }
    }

    /// `~x` on an integer tensor.
    func bitwiseInvert(_ x: Tensor) throws -> Tensor {
        switch x.storage {
        case .int32(let v): return try Tensor(shape: x.shape, scalars: v.map { ~$0 })
        case .int64(let v): return try Tensor(shape: x.shape, scalars: v.map { ~$0 })
        default: return x
        }
    }

    private func bracketed(_ shape: [Int]) -> String {
        "[" + shape.map(String.init).joined(separator: ",") + "]"
    }
}
