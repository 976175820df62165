import Tensors

/// Which of Keras's activations made an output whose logits are remembered.
enum ActivationKind {
    /// `tf.keras.activations.sigmoid`.
    case sigmoid
    /// `tf.keras.activations.softmax`.
    case softmax
}

/// The logits of the latest outputs of Keras's `sigmoid` and `softmax` activations, so that the
/// crossentropy losses compute from the logits as Keras does (Keras sets `_keras_logits` on the
/// output tensor; a `Tensor` is a value here, so the session keeps the pairs instead).
///
/// An output is recognised by its storage: the cache holds each output it lists, so no other
/// tensor can reuse that memory while the entry exists, and a tensor sharing it is a copy of that
/// very output. Only the last few outputs are kept; older ones fall back to the probabilities
/// path, which gives the same values up to rounding.
final class ActivationLogits {
    private struct Entry {
        let output: Tensor
        let logits: Tensor
        let kind: ActivationKind
    }

    /// How many outputs are remembered.
    private static let capacity = 4
    private var entries: [Entry] = []

    /// Remembers that `output` was made by `kind` from `logits`.
    func record(output: Tensor, logits: Tensor, kind: ActivationKind) {
        guard Self.bufferAddress(output) != nil else { return }
        entries.insert(Entry(output: output, logits: logits, kind: kind), at: 0)
        if entries.count > Self.capacity { entries.removeLast() }
    }

    /// The logits `output` was made from by `kind`, if it is a remembered output.
    func logits(of output: Tensor, kind: ActivationKind) -> Tensor? {
        guard let address = Self.bufferAddress(output) else { return nil }
        for entry in entries where entry.kind == kind && entry.output.shape == output.shape {
            if Self.bufferAddress(entry.output) == address { return entry.logits }
        }
        return nil
    }

    /// Forgets every output.
    func removeAll() {
        entries.removeAll()
    }

    /// The address of a tensor's element buffer (nil when it has none).
    private static func bufferAddress(_ tensor: Tensor) -> UnsafeRawPointer? {
        guard tensor.count > 0 else { return nil }
        switch tensor.storage {
        case .float32(let values):
            return values.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
        case .float64(let values):
            return values.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
        case .int32, .int64, .bool: return nil
        }
    }
}
