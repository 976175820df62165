import Interpreter
import Layers
import Tensors

/// The engine state of one session behind the `tensorflow` and `numpy` modules: the Keras
/// context (random generator, name counters), every native class, and the interned dtype
/// objects.
///
/// It lives on the session's thread, as the runtime does. Native functions capture it; a
/// teardown action clears the classes and the script-backed engine objects when the session
/// ends, which breaks the reference cycles between them.
final class Engine {
    /// The session's runtime (it owns the engine through the modules, so it outlives it).
    unowned(unsafe) let rt: Runtime
    /// The configuration the session was made with.
    let configuration: EngineConfiguration
    /// Keras's per-session state; its generator also serves `tf.random`.
    let keras: KerasContext
    /// The session's classes, made from ``Catalog/classes``.
    let classes: ClassTable
    /// One object per dtype, so that `x.dtype is tf.float32` holds.
    private(set) var dtypeObjects: [DType: Value] = [:]
    /// One numpy dtype object per dtype (`np.array(…).dtype`).
    private(set) var numpyDTypeObjects: [DType: Value] = [:]
    /// The script objects of the layers' variables, so that each keeps one object
    /// (`net.weights[0] is net.weights[0]`).
    var variableObjects: [ObjectIdentifier: PyInstance] = [:]
    /// The script objects of layers (layers made by the engine for a script keep theirs).
    var layerObjects: [ObjectIdentifier: PyInstance] = [:]
    /// The built-in activations by the identity of their function objects.
    var knownActivations: [ObjectIdentifier: Activation] = [:]
    /// The function objects given as `activation=` to layers (Keras returns them as given).
    var activationObjects: [ObjectIdentifier: Value] = [:]
    /// `tf.keras.activations`' functions by name.
    var kerasActivationObjects: [String: Value] = [:]
    /// Engine objects that hold script instances (script-defined layers and initializers),
    /// released at teardown (held strongly: they live until then anyway, and weak references
    /// would slow every retain of them).
    var scriptBacked: [any ScriptBacked] = []
    /// Run once the engine has released everything (the slot forgets the engine).
    var onTearDown: (() -> Void)?
    /// The script modules, filled one root (`tf`, `np`) at a time on first import.
    private let modules: ModuleTree
    /// The roots whose declarations are placed.
    private var placedRoots: Set<String> = []

    init(runtime rt: Runtime, configuration: EngineConfiguration) throws {
        self.rt = rt
        self.configuration = configuration
        keras = KerasContext(seed: configuration.seed)
        classes = ClassTable(rt)
        modules = ModuleTree(rt)
        for dtype in DType.allCases {
            dtypeObjects[dtype] = .object(rt.makeInstance(classes[.dtype], payload: dtype))
            numpyDTypeObjects[dtype] = .object(
                rt.makeInstance(classes[.numpyDType], payload: dtype))
        }
        for (binding, cls) in classes.all {
            let members = ClassMembers(engine: self, cls: cls)
            if case .object = binding.base { defineMissingAttributes(members) }
            binding.members(self, members)
        }
        keras.annotateForeignCallError = { [unowned(unsafe) self] error, info in
            self.annotate(error, info)
        }
        rt.onTeardown { [unowned(unsafe) self] in self.tearDown() }
    }

    /// The `tensorflow` module (made once per session).
    func tensorflowModule() throws -> PyModule {
        rootModule("tf")
    }

    /// The `numpy` module (made once per session).
    func numpyModule() throws -> PyModule {
        rootModule("np")
    }

    /// The root module `root` (`tf`, `np`), its classes and functions placed on first use.
    private func rootModule(_ root: String) -> PyModule {
        if placedRoots.insert(root).inserted {
            let prefix = root + "."
            for (binding, cls) in classes.all {
                for path in binding.exports where path.hasPrefix(prefix) {
                    modules[path] = .object(cls)
                }
            }
            for group in Catalog.functions where group.root == root {
                group.define(self, modules)
            }
        }
        return modules.module(root)
    }

    /// Breaks the cycles native state forms with script objects when the session ends.
    private func tearDown() {
        for object in scriptBacked {
            object.releaseScriptObject()
        }
        scriptBacked.removeAll()
        variableObjects.removeAll()
        layerObjects.removeAll()
        knownActivations.removeAll()
        activationObjects.removeAll()
        kerasActivationObjects.removeAll()
        keras.annotateForeignCallError = nil
        dtypeObjects.removeAll()
        numpyDTypeObjects.removeAll()
        modules.removeAll()
        for (_, cls) in classes.all {
            cls.removeAllAttributes()
        }
        let done = onTearDown
        onTearDown = nil
        done?()
    }
}

/// An engine object that holds a script instance (its Swift side calls the script's methods).
protocol ScriptBacked: AnyObject {
    /// Drops the reference to the script instance.
    func releaseScriptObject()
}
