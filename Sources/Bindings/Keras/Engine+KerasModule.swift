import Interpreter
import Layers

extension Engine {
    /// Builds `tf.keras` with `layers`, `models`, `initializers`, `activations` and `backend`.
    func makeKerasModule() -> PyModule {
        let keras = rt.makeModule("keras.api._v2.keras")
        let layers = rt.makeModule("keras.api._v2.keras.layers")
        layers["Layer"] = .object(classes.layer)
        layers["Dense"] = .object(classes.dense)
        layers["Flatten"] = .object(classes.flatten)
        layers["Dropout"] = .object(classes.dropout)
        keras["layers"] = .object(layers)

        let models = rt.makeModule("keras.api._v2.keras.models")
        models["Sequential"] = .object(classes.sequential)
        models["Model"] = .object(classes.model)
        keras["models"] = .object(models)
        keras["Sequential"] = .object(classes.sequential)
        keras["Model"] = .object(classes.model)

        let initializers = rt.makeModule("keras.api._v2.keras.initializers")
        initializers["Initializer"] = .object(classes.initializer)
        for (name, cls) in classes.kerasInitializers {
            initializers[name] = .object(cls)
            initializers[KerasContext.snakeCase(name)] = .object(cls)
        }
        initializers["zeros"] = .object(classes.kerasInitializers["Zeros"] ?? classes.initializer)
        initializers["ones"] = .object(classes.kerasInitializers["Ones"] ?? classes.initializer)
        initializers["get"] = function(
            "get", module: "keras.src.initializers", "identifier"
        ) { [self] args in
            guard let initializer = try initializer(args["identifier"]) else { return .none }
            return initializerObject(initializer)
        }
        keras["initializers"] = .object(initializers)

        let activations = rt.makeModule("keras.api._v2.keras.activations")
        let functions = kerasActivationFunctions()
        for (name, value) in functions { activations[name] = value }
        kerasActivationObjects = functions
        keras["activations"] = .object(activations)

        let backend = rt.makeModule("keras.api._v2.keras.backend")
        backend["clear_session"] = function(
            "clear_session", module: "keras.src.backend", "free_memory=True"
        ) { [self] _ in
            self.keras.resetNames()
            return .none
        }
        keras["backend"] = .object(backend)
        return keras
    }
}
