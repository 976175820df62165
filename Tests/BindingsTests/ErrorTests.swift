import Interpreter
import Tensors
import Testing

/// Engine errors are Python exceptions of TensorFlow's classes with TensorFlow's messages,
/// catchable in cells; nothing a cell passes crashes the engine.
@Suite struct ErrorTests {
    @Test func tensorflowErrorsAreClassesWithTheirModulePaths() {
        let s = EngineSession.make()
        defer { s.close() }
        _ = s.run("import tensorflow as tf")
        #expect(
            s.run("tf.errors.InvalidArgumentError, tf.errors.OpError.__mro__[1]").display
                == "(tensorflow.python.framework.errors_impl.InvalidArgumentError, Exception)")
        #expect(
            s.run(
                "issubclass(tf.errors.ResourceExhaustedError, tf.errors.OpError), "
                    + "issubclass(tf.errors.InvalidArgumentError, Exception)"
            ).display == "(True, True)")
        let caught = s.run(
            """
            try:
                tf.matmul(tf.ones((2, 3)), tf.ones((2, 3)))
            except tf.errors.InvalidArgumentError as e:
                print(type(e).__name__, isinstance(e, tf.errors.OpError))
                print(e)
            try:
                tf.reshape(tf.range(6), (4, 2))
            except tf.errors.OpError as e:
                print(type(e))
            try:
                tf.keras.layers.Dense(2)(tf.ones((2,)))
            except ValueError as e:
                print('ValueError', str(e)[:27])
            """)
        #expect(
            caught.printed == """
                InvalidArgumentError True
                {{function_node __wrapped____MklMatMul_device_/job:localhost/replica:0/task:0/device:CPU:0}} Matrix size-incompatible: In[0]: [2,3], In[1]: [2,3] [Op:MatMul] name: 
                <class 'tensorflow.python.framework.errors_impl.InvalidArgumentError'>
                ValueError Input 0 of layer "dense" is

                """)
    }

    @Test func layerCalledOnAnotherLastAxisIsAValueError() {
        let s = EngineSession.make()
        defer { s.close() }
        _ = s.run("import tensorflow as tf\nd = tf.keras.layers.Dense(3)\nd(tf.ones((2, 4)))")
        #expect(
            s.run("d(tf.ones((2, 5)))").error?.description
                == "ValueError: Input 0 of layer \"dense\" is incompatible with the layer: "
                + "expected axis -1 of input shape to have value 4, but received input with "
                + "shape (2, 5)")
    }

    @Test func hugeTensorsAreRefusedWithTensorFlowsError() {
        let s = EngineSession.make()
        defer { s.close() }
        _ = s.run("import tensorflow as tf")
        #expect(
            s.run("tf.zeros((100000, 100000, 100))").error?.description
                == "ResourceExhaustedError: {{function_node __wrapped__Fill_device_/job:localhost/"
                + "replica:0/task:0/device:CPU:0}} OOM when allocating tensor with "
                + "shape[100000,100000,100] and type float on /job:localhost/replica:0/task:0/"
                + "device:CPU:0 by allocator mklcpu [Op:Fill] name: ")
    }

    @Test func theSessionsTensorLimitAppliesOnItsThread() throws {
        let s = EngineSession.make()
        defer { s.close() }
        _ = s.run("import tensorflow as tf")
        // As the runner's kernel does: bind the task-local limit inside a job of the session's
        // thread, where the cell then runs.
        let outcome = try s.perform { _ in
            TensorLimits.$current.withValue(TensorLimits(maxBytes: 1 << 20)) {
                s.run("tf.zeros((1024, 1024))")
            }
        }
        #expect(outcome.error?.type == "ResourceExhaustedError")
        #expect(s.run("tf.zeros((1024, 1024)).shape").display == "TensorShape([1024, 1024])")
    }

    /// Cells whose exception type differs from TensorFlow's because this engine lacks the
    /// feature: complex and string tensors, and seeds that are not ints.
    static let knownDeviations: [String: String] = [
        "tf.ones((2,), dtype='complex64')": "TypeError", "tf.matmul(x, 'a')": "TypeError",
        "tf.random.set_seed('a')": "TypeError",
    ]

    @Test func badArgumentsRaiseTensorFlowsExceptionTypesAndNeverCrash() throws {
        // `Fixtures/error-types/tf-errors.json` is what real TensorFlow 2.15 raised for each
        // cell (`make reference` runs `cells.json` in the same folder; named apart from
        // `tf.json` because only the exception types are compared, not the messages).
        let url = FixturePaths.features.appendingPathComponent("error-types/tf-errors.json")
        let file = try GoldenFile(url: url)
        #expect(file.cells.count > 40)
        let s = EngineSession.make()
        defer { s.close() }
        for cell in file.cells {
            let outcome = s.run(cell.code)
            let expected =
                Self.knownDeviations[cell.code]
                ?? cell.error.map { String($0.prefix(while: { $0 != ":" })) }
            #expect(
                outcome.error?.type == expected,
                "\(cell.code): \(outcome.error?.description ?? "no error")")
        }
        // The session still works afterwards.
        #expect(s.run("float(tf.reduce_sum(x))").display == "6.0")
    }
}
