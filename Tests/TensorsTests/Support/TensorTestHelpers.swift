import Testing

@testable import Tensors

extension Tensor {
    /// The elements as doubles, for comparisons in tests.
    var doubles: [Double] {
        (0..<count).map { elementUnchecked($0).doubleValue }
    }

    /// The elements as integers (only for integer tensors), for comparisons in tests.
    var integers: [Int64] {
        (0..<count).compactMap {
            if case .int(let i) = elementUnchecked($0) { return i }
            return nil
        }
    }

    /// The elements as booleans (only for bool tensors).
    var booleans: [Bool] {
        (0..<count).compactMap {
            if case .bool(let b) = elementUnchecked($0) { return b }
            return nil
        }
    }
}

/// The error an expression throws, for checking its parts.
func thrownError<T>(_ body: () throws -> T) -> TensorError? {
    do {
        _ = try body()
        return nil
    } catch {
        return error as? TensorError
    }
}
