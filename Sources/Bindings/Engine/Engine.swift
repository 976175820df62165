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
    /// The native classes.
    let classes: EngineClasses
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
    private var tensorflow: PyModule?
    private var numpy: PyModule?

    init(runtime rt: Runtime, configuration: EngineConfiguration) throws {
        self.rt = rt
        self.configuration = configuration
        keras = KerasContext(seed: configuration.seed)
        classes = EngineClasses(rt)
        for dtype in DType.allCases {
            dtypeObjects[dtype] = .object(rt.makeInstance(classes.dtype, payload: dtype))
            numpyDTypeObjects[dtype] = .object(rt.makeInstance(classes.numpyDType, payload: dtype))
        }
        installAll()
        keras.annotateForeignCallError = { [unowned(unsafe) self] error, info in
            self.annotate(error, info)
        }
        rt.onTeardown { [unowned(unsafe) self] in self.tearDown() }
    }

    /// The `tensorflow` module (made once per session).
    func tensorflowModule() throws -> PyModule {
        if let tensorflow { return tensorflow }
        let m = makeTensorFlowModule()
        tensorflow = m
        return m
    }

    /// The `numpy` module (made once per session).
    func numpyModule() throws -> PyModule {
        if let numpy { return numpy }
        let m = makeNumpyModule()
        numpy = m
        return m
    }

    /// Defines the methods of every class.
    private func installAll() {
        installTensorClasses()
        installVariableClass()
        installDTypeClass()
        installTensorShapeClass()
        installFunctionClass()
        installLayerClasses()
        installInitializerClasses()
        installNumpyClasses()
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
        tensorflow = nil
        numpy = nil
        for cls in classes.all {
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
