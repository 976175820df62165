import Interpreter
import Testing

@testable import Bindings

/// Closing a session releases its engine: the engine, its classes and every object it made
/// are freed, whatever the cells did with them (no reference cycle survives the close).
@Suite struct EngineTeardownTests {
    /// A weak reference to an engine, filled from the session's thread.
    private final class EngineProbe: @unchecked Sendable {
        weak var engine: Engine?
    }

    /// Runs `cells` in a fresh session, closes it, and tells whether its engine is gone.
    private static func engineIsReleased(after cells: [String]) throws -> Bool {
        let slot = EngineSlot(EngineConfiguration(seed: 0))
        var options = SessionOptions()
        options.modules = [
            "tensorflow": { rt in try slot.engine(for: rt).tensorflowModule() },
            "numpy": { rt in try slot.engine(for: rt).numpyModule() },
        ]
        options.timeLimit = 60
        let session = Session(options: options)
        let probe = EngineProbe()
        for cell in cells {
            let outcome = session.run(cell)
            #expect(outcome.error == nil, "\(cell): \(String(describing: outcome.error))")
        }
        try session.perform { rt in probe.engine = try slot.engine(for: rt) }
        session.close()
        return probe.engine == nil
    }

    @Test func closingASessionThatOnlyImportedReleasesTheEngine() throws {
        #expect(try Self.engineIsReleased(after: ["import tensorflow as tf\nimport numpy as np"]))
    }

    @Test func closingASessionWithTensorsAndVariablesReleasesTheEngine() throws {
        #expect(
            try Self.engineIsReleased(after: [
                "import tensorflow as tf\nimport numpy as np",
                "x = tf.constant([[1.0, 2.0]]) + 1\nv = tf.Variable(x)\nv.assign(x * 2)",
                "a = x.numpy()\nb = np.zeros((2, 2))\nx.dtype, x.shape, a.dtype",
            ]))
    }

    @Test func closingASessionWithASequentialReleasesTheEngine() throws {
        #expect(
            try Self.engineIsReleased(after: [
                "import tensorflow as tf",
                """
                net = tf.keras.Sequential([tf.keras.layers.Dense(8, activation=tf.nn.relu),
                                           tf.keras.layers.Dense(1)])
                X = tf.random.uniform((2, 4))
                net(X)
                """,
                "net.layers[0].weights, net.layers[0].activation, net.summary()",
                "tf.keras.activations.get('relu'), tf.keras.activations.get(None)",
            ]))
    }

    @Test func closingASessionWithScriptLayersAndInitializersReleasesTheEngine() throws {
        #expect(
            try Self.engineIsReleased(after: [
                "import tensorflow as tf",
                """
                class MyInit(tf.keras.initializers.Initializer):
                    def __call__(self, shape, dtype=None):
                        return tf.ones(shape, dtype=dtype)
                class Twice(tf.keras.layers.Layer):
                    def call(self, x):
                        return 2 * x
                class MLP(tf.keras.Model):
                    def __init__(self):
                        super().__init__()
                        self.hidden = tf.keras.layers.Dense(4, kernel_initializer=MyInit())
                        self.twice = Twice()
                    def call(self, x):
                        return self.twice(self.hidden(x))
                net = MLP()
                net(tf.ones((2, 3)))
                """,
                """
                shared = tf.keras.layers.Dense(8, activation=tf.nn.relu)
                net2 = tf.keras.models.Sequential([tf.keras.layers.Dense(4), shared, shared,
                                                   tf.keras.layers.Dense(1)])
                net2(tf.ones((2, 20)))
                """,
            ]))
    }
}
