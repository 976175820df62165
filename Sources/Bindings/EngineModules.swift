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
/// share it; a runtime that goes away takes its engine with it.
final class EngineSlot: Sendable {
    private let configuration: EngineConfiguration
    private let engines = Mutex<[ObjectIdentifier: WeakEngine]>([:])

    init(_ configuration: EngineConfiguration) {
        self.configuration = configuration
    }

    /// The engine of `rt`, made on first use (on the runtime's thread).
    func engine(for rt: Runtime) throws -> Engine {
        let key = ObjectIdentifier(rt)
        let existing = engines.withLock { table -> Engine? in
            guard let entry = table[key], entry.runtime === rt else { return nil }
            return entry.engine
        }
        if let existing { return existing }
        let engine = try Engine(runtime: rt, configuration: configuration)
        engines.withLock { table in
            table = table.filter { $0.value.engine != nil && $0.value.runtime != nil }
            table[key] = WeakEngine(engine: engine, runtime: rt)
        }
        return engine
    }
}

/// A weak reference to an engine and its runtime (the runtime owns the engine through its
/// modules).
struct WeakEngine: @unchecked Sendable {
    weak var engine: Engine?
    weak var runtime: Runtime?
}
