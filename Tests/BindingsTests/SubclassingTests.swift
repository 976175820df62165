import Interpreter
import Testing

/// Script classes that subclass engine classes work wherever the built-in ones do.
@Suite struct SubclassingTests {
    @Test func scriptModelTracksLayersBuildsLazilyAndNamesItsWeights() throws {
        let s = EngineSession.make()
        defer { s.close() }
        let define = s.run(
            """
            import tensorflow as tf
            class MLP(tf.keras.Model):
                def __init__(self):
                    super().__init__()
                    self.hidden = tf.keras.layers.Dense(4, activation='relu')
                    self.count = 3
                    self.out = tf.keras.layers.Dense(1)
                def call(self, x):
                    return self.out(self.hidden(x))
            net = MLP()
            """)
        #expect(define.error == nil)
        #expect(s.run("net.built, net.weights, net.name").display == "(False, [], 'mlp')")
        #expect(s.run("net(tf.ones((2, 3))).shape").display == "TensorShape([2, 1])")
        #expect(
            s.run("[w.name for w in net.weights]").display
                == """
                ['mlp/dense/kernel:0',
                 'mlp/dense/bias:0',
                 'mlp/dense_1/kernel:0',
                 'mlp/dense_1/bias:0']
                """)
        #expect(s.run("net.layers[0] is net.hidden, len(net.layers)").display == "(True, 2)")
        let summary = try #require(s.run("net.summary()").printed.split(separator: "\n").first)
        #expect(summary == "Model: \"mlp\"")
    }

    @Test func namesAreCountedAcrossModelsOfOneSession() {
        let s = EngineSession.make()
        defer { s.close() }
        _ = s.run(
            """
            import tensorflow as tf
            class MyDense(tf.keras.layers.Layer):
                def call(self, x):
                    return x
            a = tf.keras.Sequential([tf.keras.layers.Dense(1), MyDense()])
            b = tf.keras.Sequential([tf.keras.layers.Dense(1), MyDense(), MyDense(name='own')])
            """)
        #expect(
            s.run("[l.name for l in a.layers], [l.name for l in b.layers], a.name, b.name")
                .display
                    == """
                    (['dense', 'my_dense'],
                     ['dense_1', 'my_dense_1', 'own'],
                     'sequential',
                     'sequential_1')
                    """)
        #expect(s.run("a.layers[1]").display?.hasPrefix("<__main__.MyDense at 0x") == true)
    }

    @Test func scriptLayerWithBuildCreatesWeightsThroughAddWeight() {
        let s = EngineSession.make()
        defer { s.close() }
        _ = s.run(
            """
            import tensorflow as tf
            class Scale(tf.keras.layers.Layer):
                def build(self, input_shape):
                    self.w = self.add_weight(name='w', shape=(input_shape[-1],),
                                             initializer='ones')
                def call(self, inputs):
                    return inputs * self.w
            net = tf.keras.Sequential([Scale(), tf.keras.layers.Dense(2, kernel_initializer='ones')])
            y = net(tf.ones((1, 3)))
            """)
        #expect(
            s.run("y, [w.name for w in net.weights]").display
                == """
                (<tf.Tensor: shape=(1, 2), dtype=float32, numpy=array([[3., 3.]], dtype=float32)>,
                 ['scale/w:0', 'dense/kernel:0', 'dense/bias:0'])
                """)
        #expect(s.run("net.count_params()").display == "11")
    }

    @Test func customInitializerRunsInsideLayers() {
        let s = EngineSession.make()
        defer { s.close() }
        let out = s.run(
            """
            import tensorflow as tf
            class Twos(tf.keras.initializers.Initializer):
                def __call__(self, shape, dtype=None):
                    return tf.fill(shape, 2.0)
            layer = tf.keras.layers.Dense(2, kernel_initializer=Twos())
            print(layer(tf.ones((1, 3))).numpy().tolist())
            print(layer.kernel_initializer)
            """)
        #expect(out.error == nil)
        #expect(out.printed.hasPrefix("[[6.0, 6.0]]\n<__main__.Twos object at 0x"))
    }

    @Test func superInitIsRequiredAsKerasRequiresIt() {
        let s = EngineSession.make()
        defer { s.close() }
        _ = s.run("import tensorflow as tf")
        #expect(
            s.run(
                """
                class M(tf.keras.Model):
                    def __init__(self):
                        self.d = tf.keras.layers.Dense(1)
                M()
                """
            ).error?.description
                == "RuntimeError: It looks like you are subclassing `Model` and you forgot to "
                + "call `super().__init__()`. Always start with this line.")
        #expect(
            s.run(
                """
                class L(tf.keras.layers.Layer):
                    def __init__(self):
                        self.units = 1
                L()(tf.ones((1, 1)))
                """
            ).error?.description
                == "RuntimeError: You must call `super().__init__()` in the layer constructor.")
    }

    @Test func scriptErrorsInsideCallGetKerasContextOnce() {
        let s = EngineSession.make()
        defer { s.close() }
        let out = s.run(
            """
            import tensorflow as tf
            class Inner(tf.keras.layers.Layer):
                def call(self, inputs):
                    raise KeyError('missing')
            class Outer(tf.keras.Model):
                def __init__(self):
                    super().__init__()
                    self.inner = Inner()
                def call(self, x):
                    return self.inner(x)
            try:
                Outer()(tf.ones((1, 2)))
            except KeyError as e:
                print(type(e).__name__, str(e).count('Exception encountered'))
            """)
        #expect(out.printed == "KeyError 1\n")
    }

    @Test func scriptObjectsAreReleasedWhenTheSessionEnds() throws {
        let s = EngineSession.make()
        _ = s.run(
            """
            import tensorflow as tf
            class MLP(tf.keras.Model):
                def __init__(self):
                    super().__init__()
                    self.d = tf.keras.layers.Dense(2)
                def call(self, x):
                    return self.d(x)
            net = MLP()
            net(tf.ones((1, 2)))
            """)
        final class Probe {
            weak var object: PyInstance?
        }
        let probe = Probe()
        try s.perform { rt in
            probe.object = rt.mainModule["net"]?.asInstance
        }
        #expect(probe.object != nil)
        s.close()
        #expect(probe.object == nil)
    }
}
