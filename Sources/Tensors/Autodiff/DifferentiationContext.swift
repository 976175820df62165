/// The differentiation state of one session: which gradient tapes are recording, and the
/// numbers that identify watched tensors and variables.
///
/// TensorFlow keeps its tape stack in a global, thread-local variable; here a session owns a
/// context (`KerasContext` holds one) and tapes belong to it, so two sessions never see each
/// other's tapes. Ops find the context through their inputs: a tensor a tape watches carries
/// its context (see `TensorTrace`), and a tensor no tape watches makes an op skip recording
/// with one check of its inputs.
///
/// ```swift
/// let context = DifferentiationContext()
/// let tape = GradientTape(context: context)
/// ```
public final class DifferentiationContext: @unchecked Sendable {
    /// Guards everything below and the state of this context's tapes.
    let lock = RecursiveLock()
    /// The tapes recording now, outermost first, held weakly: a tape nobody holds any more
    /// can't be asked for gradients, so it stops recording, and a context never keeps a tape
    /// (or what it recorded) alive.
    private var recording: [WeakTape] = []
    /// The last identity handed out.
    private var lastID = 0
    /// The identity each variable a tape watched has in this context.
    private var variableIDs: [ObjectIdentifier: VariableIdentity] = [:]
    /// The size of `variableIDs` after its last sweep of released variables.
    private var sweptCount = 0
    /// How many traces of this context exist.
    var traceCount = 0

    /// A context with no tapes.
    public init() {}

    /// Whether a tape of this context is recording.
    public var isRecording: Bool {
        lock.withLock { recording.contains { $0.tape != nil } }
    }

    /// Puts `tape` on the recording stack; the caller holds the lock.
    func push(_ tape: GradientTape) {
        recording.append(WeakTape(tape: tape))
    }

    /// Takes `tape` (and any released tape) off the recording stack; the caller holds the
    /// lock.
    func remove(_ tape: GradientTape) {
        recording.removeAll { $0.tape == nil || $0.tape === tape }
    }

    /// How many tensor identities of this context are alive, a diagnostic for leaks.
    ///
    /// Identities are held by tensors and by the tapes that recorded them; the count falls
    /// back once those are released.
    public var liveIdentityCount: Int {
        lock.withLock { traceCount }
    }

    /// A fresh identity; the caller holds the lock.
    func nextID() -> Int {
        lastID += 1
        return lastID
    }

    /// The identity of `variable` in this context, made on first use; the caller holds the lock.
    func id(of variable: any DifferentiableVariable) -> Int {
        let key = ObjectIdentifier(variable)
        if let known = variableIDs[key], known.object === variable { return known.id }
        if variableIDs.count > 2 * sweptCount + 64 {
            variableIDs = variableIDs.filter { $0.value.object != nil }
            sweptCount = variableIDs.count
        }
        let id = nextID()
        variableIDs[key] = VariableIdentity(object: variable, id: id)
        return id
    }

    /// The identity `variable` already has, if any; the caller holds the lock.
    func existingID(of variable: any DifferentiableVariable) -> Int? {
        guard let known = variableIDs[ObjectIdentifier(variable)], known.object === variable
        else { return nil }
        return known.id
    }

    /// The value of `variable` as an op reads it: every recording tape that watches accessed
    /// variables starts watching a trainable one, and when any recording tape watches it the
    /// value carries the variable's identity, so ops on it are recorded and
    /// `GradientTape.gradient` can return the gradient with respect to the variable.
    ///
    /// With no tape recording this is `variable.value`.
    public func read(_ variable: any DifferentiableVariable) -> Tensor {
        let value = variable.value.untraced
        return lock.withLock {
            guard !recording.isEmpty else { return value }
            var id = existingID(of: variable)
            var watched = false
            for entry in recording {
                guard let tape = entry.tape else { continue }
                if tape.watchesAccessedVariables && variable.trainable {
                    let known = id ?? self.id(of: variable)
                    id = known
                    tape.watchVariable(variable, id: known)
                }
                if let id, tape.watchedIDs.contains(id) { watched = true }
            }
            // Integer variables are watched (and listed) too, but nothing differentiates them.
            guard watched, let id, value.dtype.isFloatingPoint else { return value }
            return value.traced(TensorTrace(id: id, context: self))
        }
    }

    /// Records `output = name(inputs)` on every recording tape that watches one of the float
    /// inputs, and returns the output with its new identity (or unchanged when no tape
    /// recorded it).
    func record(
        _ name: String, inputs: [Tensor], output: Tensor, pullback: @escaping Pullback
    ) -> Tensor {
        guard output.dtype.isFloatingPoint else { return output }
        return lock.withLock {
            var recorders: [(GradientTape, [Int?])] = []
            for entry in recording {
                guard let tape = entry.tape else { continue }
                var ids: [Int?] = []
                ids.reserveCapacity(inputs.count)
                var any = false
                for input in inputs {
                    if let trace = input.trace, trace.context === self,
                        input.dtype.isFloatingPoint, tape.watchedIDs.contains(trace.id)
                    {
                        ids.append(trace.id)
                        any = true
                    } else {
                        ids.append(nil)
                    }
                }
                if any { recorders.append((tape, ids)) }
            }
            guard !recorders.isEmpty else { return output }
            let id = nextID()
            let traced = output.traced(TensorTrace(id: id, context: self))
            let operation = OperationRecord(
                name: name, inputs: inputs, output: traced, pullback: pullback)
            for (tape, ids) in recorders {
                tape.append(TapeEntry(operation: operation, inputIDs: ids, outputID: id))
            }
            return traced
        }
    }
}

/// A tape on a context's recording stack, held weakly.
struct WeakTape {
    weak var tape: GradientTape?
}

/// A variable's identity in a context, holding the variable weakly so the context never
/// keeps it alive.
struct VariableIdentity {
    weak var object: AnyObject?
    let id: Int
}
