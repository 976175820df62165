/// The identity of a tensor that a gradient tape watches: a number unique within its
/// differentiation context, and the context whose tapes may record the ops that use it.
///
/// `Tensor` is a value, so a tape can't know a tensor by its address as TensorFlow does; a
/// tensor gets a trace when a tape watches it or records the op that made it, and every copy
/// carries the trace along. Tensors no tape watches have none, which is what keeps ops cheap
/// while nothing records: an op records only when one of its inputs has a trace.
final class TensorTrace: Sendable {
    /// The number tapes know the tensor by.
    let id: Int
    /// The context whose recording tapes see the ops that use the tensor.
    let context: DifferentiationContext

    /// A trace for `id`; the caller holds the context's lock.
    init(id: Int, context: DifferentiationContext) {
        self.id = id
        self.context = context
        context.traceCount += 1
    }

    deinit {
        context.lock.withLock { context.traceCount -= 1 }
    }
}

extension Tensor {
    /// The same values without a trace: what no tape will connect to anything.
    @inline(__always)
    var untraced: Tensor {
        trace == nil ? self : Tensor(unchecked: shape, storage)
    }

    /// The same values carrying `trace`.
    func traced(_ trace: TensorTrace) -> Tensor {
        var copy = self
        copy.trace = trace
        return copy
    }

    /// Whether the tensor carries a tape identity: a tape watched it or recorded the op that
    /// made it (that tape may have stopped recording since).
    public var hasTapeIdentity: Bool { trace != nil }
}
