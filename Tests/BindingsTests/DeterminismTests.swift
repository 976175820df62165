import Testing

/// Each session's engine state is its own: the same seed gives the same outputs, and sessions
/// never see each other's names or numbers.
@Suite struct DeterminismTests {
    static let cells = """
        import tensorflow as tf
        net = tf.keras.Sequential([tf.keras.layers.Dense(3), tf.keras.layers.Dense(1)])
        y = net(tf.random.uniform((2, 4)))
        print(y.numpy().tolist(), [w.name for w in net.weights])
        """

    @Test func theSameSeedGivesTheSameOutputs() {
        let a = EngineSession.make(seed: 7)
        let b = EngineSession.make(seed: 7)
        let c = EngineSession.make(seed: 8)
        defer {
            a.close()
            b.close()
            c.close()
        }
        let first = a.run(Self.cells).printed
        #expect(first == b.run(Self.cells).printed)
        #expect(first != c.run(Self.cells).printed)
        #expect(first.contains("['dense/kernel:0', 'dense/bias:0', 'dense_1/kernel:0'"))
    }

    @Test func setSeedRestartsTheGenerator() {
        let s = EngineSession.make()
        defer { s.close() }
        let out = s.run(
            """
            import tensorflow as tf
            tf.random.set_seed(3)
            a = tf.random.normal((3,))
            tf.random.set_seed(3)
            b = tf.random.normal((3,))
            c = tf.random.normal((3,))
            print(bool(tf.reduce_all(a == b)), bool(tf.reduce_all(a == c)))
            """)
        #expect(out.printed == "True False\n")
    }

    @Test func sessionsShareNoState() {
        let a = EngineSession.make()
        let b = EngineSession.make()
        defer {
            a.close()
            b.close()
        }
        _ = a.run("import tensorflow as tf\nfor _ in range(3): tf.keras.layers.Dense(1)")
        #expect(
            b.run("import tensorflow as tf\ntf.keras.layers.Dense(1).name").display == "'dense'")
        #expect(a.run("tf.keras.layers.Dense(1).name").display == "'dense_3'")
        _ = a.run("tf.flag = 1")
        #expect(b.run("hasattr(tf, 'flag')").display == "False")
    }

    @Test func submodulesImportAsTensorFlowsDo() {
        let s = EngineSession.make()
        defer { s.close() }
        let out = s.run(
            """
            from tensorflow import keras
            from tensorflow.keras import layers
            import tensorflow.keras.initializers as init
            import numpy
            print(keras.layers.Dense is layers.Dense, init.Zeros, numpy.float32)
            """)
        #expect(out.error == nil)
        #expect(
            out.printed == "True <class 'keras.src.initializers.initializers.Zeros'> "
                + "<class 'numpy.float32'>\n")
    }
}
