import Interpreter
import Synchronization

/// The settings of the engine behind one session's `tensorflow` and `numpy` modules.
public struct EngineConfiguration: Sendable, Equatable {
    /// The seed of the session's random generator (`tf.random.uniform`, Keras initializers,
    /// `Dropout`); `tf.random.set_seed(n)` reseeds it from `n`.
    public var seed: UInt64

    /// Creates a configuration.
    public init(seed: UInt64 = 0) {
        self.seed = seed
    }
}

/// The script modules `tensorflow` and `numpy` over the Swift engine, for one session.
///
/// Register the result in ``SessionOptions/modules``; call it once per session, because the
/// engine state (random generator, Keras name counters, object registry) is made inside the
/// factories the first time a cell imports either module, and both modules of one session
/// share it:
///
/// ```swift
/// var options = SessionOptions()
/// options.modules = engineModules(EngineConfiguration(seed: 42))
/// let session = Session(options: options)
/// session.run("import tensorflow as tf\ntf.constant([1.0, 2.0]) + 1")
/// ```
///
/// The same seed gives the same outputs on every run. Tensor allocations obey
/// `TensorLimits.current`, a task-local: bind it around each cell on the session's thread (as
/// the runner's kernel does) to lower the 4 GiB default.
public func engineModules(_ configuration: EngineConfiguration) -> [String: ModuleFactory] {
    let slot = EngineSlot(configuration)
    return [
        "tensorflow": { rt in try slot.engine(for: rt).tensorflowModule() },
        "numpy": { rt in try slot.engine(for: rt).numpyModule() },
    ]
}

/// Hands out one engine per runtime, so the `tensorflow` and `numpy` factories of a session
/// share it.
///
/// The slot holds each engine until its session ends (the engine removes itself when the
/// runtime tears down). It keeps no weak references: a weakly referenced object pays for
/// every retain and release, and the runtime and engine are retained on every native call.
final class EngineSlot: Sendable {
    private let configuration: EngineConfiguration
    private let engines = Mutex<[ObjectIdentifier: EngineBox]>([:])

    init(_ configuration: EngineConfiguration) {
        self.configuration = configuration
    }

    /// The engine of `rt`, made on first use (on the runtime's thread).
    func engine(for rt: Runtime) throws -> Engine {
        let key = ObjectIdentifier(rt)
        if let existing = engines.withLock({ $0[key]?.engine }) { return existing }
        let engine = try Engine(runtime: rt, configuration: configuration)
        engines.withLock { $0[key] = EngineBox(engine: engine) }
        engine.onTearDown = { [self] in
            _ = engines.withLock { $0.removeValue(forKey: key) }
        }
        return engine
    }
}

/// An engine held by a slot (engines live on their session's thread only).
struct EngineBox: @unchecked Sendable {
    let engine: Engine
}
