/// Records ops for reverse-mode automatic differentiation: TensorFlow's `tf.GradientTape`.
///
/// While a tape records, every differentiable op that takes a tensor the tape watches is
/// written on the tape, and its result is watched in turn; `gradient(_:_:)` then walks the
/// tape backwards, calling each op's pullback. A tape belongs to a `DifferentiationContext`
/// (one per session); ops find it through the tensors they take, so code that records is
/// ordinary tensor code.
///
/// **Record and differentiate.** A tensor is a value, so watching one returns the watched copy
/// to compute with:
///
/// ```swift
/// let context = DifferentiationContext()
/// let tape = GradientTape(context: context)
/// var x = Tensor(scalar: Float(3))
/// let y = try tape.record {
///     x = try tape.watch(x)
///     return try x * x
/// }
/// try tape.gradient(y, x)        // 6.0
/// try tape.gradient(y, x)        // RuntimeError: A non-persistent GradientTape can only be
///                                // used to compute one set of gradients (or jacobians)
/// ```
///
/// A non-scalar target is summed first (an upstream gradient of ones); a source the target
/// doesn't depend on, or an integer source, gives `nil`.
///
/// **Persistent tapes** keep what they recorded until they are released, for several
/// gradients: `GradientTape(context: context, persistent: true)`.
///
/// **Variables** are watched when read through the context while a tape records (unless the
/// tape was made with `watchAccessedVariables: false`, or the variable isn't trainable):
///
/// ```swift
/// let loss = try tape.record { try (context.read(w) * x).reduced(.sum) }
/// let grads = try tape.gradient(loss, [w])       // [Tensor?]
/// ```
///
/// **Nested tapes** give higher derivatives: pullbacks compute with differentiable ops, so an
/// outer tape that is still recording records the inner tape's gradient computation.
///
/// ```swift
/// let outer = GradientTape(context: context)
/// let inner = GradientTape(context: context)
/// let d2 = try outer.record {
///     x = try outer.watch(x)
///     let dy = try inner.record {
///         x = try inner.watch(x)
///         return try x * x * x
///     }
///     return try inner.gradient(dy, x)!          // 3x², recorded by `outer`
/// }
/// try outer.gradient(d2, x)                      // 6x
/// ```
///
/// Control flow needs nothing special: Swift `if`s and loops on tensor values simply decide
/// which ops run and get recorded.
///
/// **How an op declares its gradient.** Every op of this library checks whether one of its
/// inputs has a tape identity (the one check ops pay when nothing records) and, if so, runs
/// through `Tensor.differentiable(_:inputs:forward:pullback:)`, which computes the result on
/// plain copies and records it with its pullback. Code outside the library declares its own
/// differentiable ops the same way:
///
/// ```swift
/// let cube = try Tensor.differentiable("Cube", inputs: [x]) { inputs throws(TensorError) in
///     try inputs[0] * inputs[0] * inputs[0]
/// } pullback: { op, upstream, _ throws(TensorError) in
///     let x = op.inputs[0]
///     return [try upstream * Tensor(scalar: Float(3)) * x * x]
/// }
/// ```
///
/// **Memory.** A non-persistent tape releases what it recorded as soon as `gradient` returns;
/// a released tape releases everything, even one still recording (its context holds it only
/// weakly).
public final class GradientTape {
    /// The context whose ops the tape records.
    public let context: DifferentiationContext
    /// Whether `gradient` may be called more than once.
    public let isPersistent: Bool
    /// Whether reading a trainable variable while the tape records watches it.
    public let watchesAccessedVariables: Bool

    // The state below is guarded by the context's lock.

    /// Whether the tape has recording state (TensorFlow's `_tape is not None`): from the first
    /// `startRecording` until a non-persistent tape's gradient.
    private var isOpen = false
    /// Whether the tape is on its context's recording stack.
    private var recording = false
    /// The recorded ops, in the order they ran.
    private var entries: [TapeEntry] = []
    /// The identities of the watched tensors and variables, and of every recorded output.
    private(set) var watchedIDs: Set<Int> = []
    /// The watched variables in the order they were first watched.
    private var variables: [(variable: any DifferentiableVariable, id: Int)] = []
    /// The watched variables kept after a non-persistent tape released its state.
    private var releasedVariables: [any DifferentiableVariable] = []

    /// A tape of `context` that doesn't record yet.
    public init(
        context: DifferentiationContext, persistent: Bool = false,
        watchAccessedVariables: Bool = true
    ) {
        self.context = context
        self.isPersistent = persistent
        self.watchesAccessedVariables = watchAccessedVariables
    }

    /// Whether the tape is recording now.
    public var isRecording: Bool { context.lock.withLock { recording } }

    /// Whether the tape holds recording state: it has been started and, if it isn't
    /// persistent, hasn't computed its gradient yet.
    public var isActive: Bool { context.lock.withLock { isOpen } }

    /// The number of ops recorded (and not yet released).
    public var recordedOperationCount: Int { context.lock.withLock { entries.count } }

    /// Starts recording (entering `with tf.GradientTape() as tape:`); a used non-persistent
    /// tape starts afresh.
    ///
    /// - Throws: `ValueError: Tape is still recording, This can happen if you try to re-enter
    ///   an already-active tape.`
    public func startRecording() throws(TensorError) {
        try context.lock.withLock { () throws(TensorError) in
            if recording {
                throw TensorError(
                    .value,
                    message:
                        "Tape is still recording, This can happen if you try to re-enter an "
                        + "already-active tape.")
            }
            isOpen = true
            recording = true
            context.push(self)
        }
    }

    /// Stops recording (leaving the `with` block).
    ///
    /// - Throws: `ValueError: Tape is not recording.`
    public func stopRecording() throws(TensorError) {
        try context.lock.withLock { () throws(TensorError) in try pop() }
    }

    /// Takes the tape off its context's recording stack; the caller holds the lock.
    private func pop() throws(TensorError) {
        guard recording else {
            throw TensorError(.value, message: "Tape is not recording.")
        }
        recording = false
        context.remove(self)
    }

    /// Records the ops `body` runs: starts recording, runs `body`, and stops (unless `body`
    /// stopped it).
    public func record<T>(_ body: () throws -> T) throws -> T {
        try startRecording()
        defer { context.lock.withLock { try? pop() } }
        return try body()
    }

    /// Runs `body` without recording on this tape (`with tape.stop_recording():`).
    ///
    /// - Throws: `RuntimeError: Trying to stop recording a tape which is not recording.` for a
    ///   tape never started; `ValueError: Tape is not recording.` for one that stopped.
    public func withRecordingPaused<T>(_ body: () throws -> T) throws -> T {
        try context.lock.withLock { () throws(TensorError) in
            guard isOpen else {
                throw TensorError(
                    .runtime, message: "Trying to stop recording a tape which is not recording.")
            }
            try pop()
        }
        defer { try? startRecording() }
        return try body()
    }

    /// Forgets everything recorded and watched, and goes on recording (`tape.reset()`).
    ///
    /// - Throws: `ValueError: Tape is not recording.` when it isn't.
    public func reset() throws(TensorError) {
        let released = try context.lock.withLock { () throws(TensorError) in
            try pop()
            return release()
        }
        _ = released
        try startRecording()
    }

    /// Empties the tape's state and returns it, so the caller drops it outside the lock; the
    /// caller holds the lock.
    private func release() -> ([TapeEntry], [(variable: any DifferentiableVariable, id: Int)]) {
        let state = (entries, variables)
        entries = []
        watchedIDs = []
        variables = []
        isOpen = false
        return state
    }

    /// Watches `tensor`, returning it with a tape identity.
    ///
    /// The ops that take the result are recorded and gradients with respect to it can be
    /// asked for. Integer and boolean tensors are returned as they are (TensorFlow warns and
    /// never differentiates them).
    ///
    /// - Throws: `AttributeError` when the tape was never started, as TensorFlow raises it.
    public func watch(_ tensor: Tensor) throws(TensorError) -> Tensor {
        try context.lock.withLock { () throws(TensorError) in
            guard isOpen else { throw Self.notStarted }
            guard tensor.dtype.isFloatingPoint else { return tensor }
            if let trace = tensor.trace, trace.context === context {
                watchedIDs.insert(trace.id)
                return tensor
            }
            let trace = TensorTrace(id: context.nextID(), context: context)
            watchedIDs.insert(trace.id)
            return tensor.untraced.traced(trace)
        }
    }

    /// Watches `variable` (trainable or not).
    ///
    /// - Throws: `AttributeError` when the tape was never started.
    public func watch(_ variable: any DifferentiableVariable) throws(TensorError) {
        try context.lock.withLock { () throws(TensorError) in
            guard isOpen else { throw Self.notStarted }
            watchVariable(variable, id: context.id(of: variable))
        }
    }

    private static let notStarted = TensorError(
        .attribute, message: "'NoneType' object has no attribute '_tape'")

    /// The variables the tape watched, in the order it first watched them
    /// (`tape.watched_variables()`).
    public var watchedVariables: [any DifferentiableVariable] {
        context.lock.withLock { isOpen ? variables.map(\.variable) : releasedVariables }
    }

    /// Adds a variable to the watched ones; the caller holds the lock.
    func watchVariable(_ variable: any DifferentiableVariable, id: Int) {
        if watchedIDs.insert(id).inserted {
            variables.append((variable, id))
        }
    }

    /// Appends a recorded op; the caller holds the lock.
    func append(_ entry: TapeEntry) {
        entries.append(entry)
        watchedIDs.insert(entry.outputID)
    }

    /// The gradient of `target` with respect to `source` (see `gradient(_:_:outputGradients:
    /// unconnectedGradients:)`).
    public func gradient(_ target: Tensor, _ source: Tensor) throws(TensorError) -> Tensor? {
        try gradient([target], [.tensor(source)])[0]
    }

    /// The gradients of `target` with respect to each of `sources`.
    public func gradient(_ target: Tensor, _ sources: [Tensor]) throws(TensorError) -> [Tensor?] {
        try gradient([target], sources.map { .tensor($0) })
    }

    /// The gradients of `target` with respect to each of `variables`.
    public func gradient(_ target: Tensor, _ variables: [any DifferentiableVariable])
        throws(TensorError) -> [Tensor?]
    {
        try gradient([target], variables.map { .variable($0) })
    }

    /// The gradients of the sum of `targets` with respect to each source
    /// (`tape.gradient(target, sources, output_gradients, unconnected_gradients)`).
    ///
    /// Each target contributes its `outputGradients` entry, broadcast to the target's shape
    /// (ones of that shape when absent or `nil`, so a non-scalar target counts as its sum). A source the targets don't depend on
    /// gives `nil` (or zeros with `.zero`); so does a source that isn't a float. A
    /// non-persistent tape stops recording first and releases what it recorded afterwards;
    /// a persistent tape that is still recording records the gradient computation too.
    ///
    /// - Throws: `RuntimeError: A non-persistent GradientTape can only be used to compute one
    ///   set of gradients (or jacobians)` for a tape that has no recording state (used, or
    ///   never started); `InvalidArgumentError` for an output gradient that doesn't broadcast
    ///   to its target, or a pullback whose gradient doesn't have its input's shape; the
    ///   errors of the ops the pullbacks run.
    public func gradient(
        _ targets: [Tensor], _ sources: [GradientSource], outputGradients: [Tensor?]? = nil,
        unconnectedGradients: UnconnectedGradients = .none
    ) throws(TensorError) -> [Tensor?] {
        let (snapshot, sourceIDs) = try context.lock.withLock {
            () throws(TensorError) -> ([TapeEntry], [Int?]) in
            guard isOpen else {
                throw TensorError(
                    .runtime,
                    message:
                        "A non-persistent GradientTape can only be used to compute one set of "
                        + "gradients (or jacobians)")
            }
            if recording && !isPersistent { try pop() }
            let ids = sources.map { source -> Int? in
                switch source {
                case .tensor(let tensor):
                    guard tensor.dtype.isFloatingPoint, let trace = tensor.trace,
                        trace.context === context
                    else { return nil }
                    return trace.id
                case .variable(let variable):
                    guard variable.value.dtype.isFloatingPoint else { return nil }
                    return context.existingID(of: variable)
                }
            }
            return (entries, ids)
        }
        var seeds: [(Int, Tensor)] = []
        for (index, target) in targets.enumerated() {
            guard target.dtype.isFloatingPoint, let trace = target.trace,
                trace.context === context
            else { continue }
            if let outputGradients, index < outputGradients.count,
                let given = outputGradients[index]
            {
                // Every pullback then sees an upstream gradient of its output's shape.
                seeds.append((trace.id, try given.broadcast(to: target.shape)))
            } else {
                seeds.append((trace.id, try target.untraced.onesLike()))
            }
        }
        let found = try Backpropagation.run(entries: snapshot, seeds: seeds, sources: sourceIDs)
        var results: [Tensor?] = []
        for (index, source) in sources.enumerated() {
            if let id = sourceIDs[index], let gradient = found[id] {
                results.append(gradient)
            } else if unconnectedGradients == .zero && source.value.dtype.isFloatingPoint {
                results.append(try source.value.untraced.zerosLike())
            } else {
                results.append(nil)
            }
        }
        if !isPersistent {
            let released = context.lock.withLock {
                releasedVariables = variables.map(\.variable)
                return release()
            }
            _ = released
        }
        return results
    }
}
