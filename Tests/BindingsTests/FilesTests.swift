import Foundation
import Testing

/// `np.save`/`np.load` write and read real `.npy` files, weights round-trip through files, and
/// cells reach files only inside the run's working folder.
@Suite struct FilesTests {
    @Test func npyFilesAreReadableByNumpy() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let s = EngineSession.make(workingDirectory: folder.path)
        defer { s.close() }
        let saved = s.run(
            """
            import tensorflow as tf
            import numpy as np
            np.save('f32.npy', tf.constant([[1.5, -2.0], [3.25, 0.0]]))
            np.save('i64', np.arange(5))
            np.save('b.npy', tf.constant([True, False]))
            np.save('f64.npy', np.array(2.5))
            np.save('i32.npy', tf.range(3))
            """)
        #expect(saved.error == nil)
        // Byte for byte what numpy 1.26.4 writes (`Fixtures/npy-files/README.md`).
        let numpyFiles = FixturePaths.features.appendingPathComponent("npy-files")
        for name in ["f32", "i64", "b", "f64", "i32"] {
            let ours = try Data(contentsOf: folder.url.appendingPathComponent("\(name).npy"))
            let numpys = try Data(contentsOf: numpyFiles.appendingPathComponent("\(name).npy"))
            #expect(ours == numpys, "\(name).npy")
        }
        let python = try #require(
            OutsideTool.pythonWithNumpy, "no python3 with numpy: run make deps")
        let printed = OutsideTool.runPython(
            python,
            """
            import numpy, os
            os.chdir('\(folder.path)')
            for name in ['f32', 'i64', 'b', 'f64', 'i32']:
                a = numpy.load(name + '.npy')
                print(name, a.dtype, a.shape, a.tolist())
            """)
        #expect(
            printed == """
                f32 float32 (2, 2) [[1.5, -2.0], [3.25, 0.0]]
                i64 int64 (5,) [0, 1, 2, 3, 4]
                b bool (2,) [True, False]
                f64 float64 () 2.5
                i32 int32 (3,) [0, 1, 2]

                """)
    }

    @Test func npyFilesWrittenByNumpyLoad() throws {
        let python = try #require(
            OutsideTool.pythonWithNumpy, "no python3 with numpy: run make deps")
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = OutsideTool.runPython(
            python,
            """
            import numpy, os
            os.chdir('\(folder.path)')
            numpy.save('c.npy', numpy.arange(6, dtype=numpy.float32).reshape(2, 3))
            numpy.save('f.npy', numpy.asfortranarray(numpy.arange(6).reshape(2, 3)))
            numpy.save('big.npy', numpy.array([1, 2], dtype='>i4'))
            """)
        let s = EngineSession.make(workingDirectory: folder.path)
        defer { s.close() }
        _ = s.run("import numpy as np")
        #expect(
            s.run("np.load('c.npy'), np.load('f.npy'), np.load('big.npy')").display
                == """
                (array([[0., 1., 2.],
                        [3., 4., 5.]], dtype=float32),
                 array([[0, 1, 2],
                        [3, 4, 5]]),
                 array([1, 2], dtype=int32))
                """)
    }

    @Test func objectArraysRoundTripOnlyWithAllowPickle() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let s = EngineSession.make(workingDirectory: folder.path)
        defer { s.close() }
        _ = s.run(
            """
            import tensorflow as tf
            import numpy as np
            np.save('d.npy', {'w': tf.constant([1.0, 2.0]), 'n': [1, 'a', None, (2.5, True)]})
            """)
        #expect(
            s.run("d = np.load('d.npy', allow_pickle=True).item()\nd['n'], d['w']").display
                == """
                ([1, 'a', None, (2.5, True)],
                 <tf.Tensor: shape=(2,), dtype=float32, numpy=array([1., 2.], dtype=float32)>)
                """)
        #expect(
            s.run("np.load('d.npy')").error?.description
                == "ValueError: Object arrays cannot be loaded when allow_pickle=False")
        #expect(
            s.run("np.save('e.npy', {'a': 1}, allow_pickle=False)").error?.description
                == "ValueError: Object arrays cannot be saved when allow_pickle=False")
    }

    @Test func weightsRoundTripThroughFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let s = EngineSession.make(workingDirectory: folder.path)
        defer { s.close() }
        let out = s.run(
            """
            import tensorflow as tf
            def make():
                return tf.keras.Sequential([tf.keras.layers.Dense(3, activation='relu'),
                                            tf.keras.layers.Dense(1)])
            X = tf.random.uniform((2, 4))
            a = make()
            a(X)
            a.save_weights('weights/a.weights')
            b = make()
            b(X)
            before = bool(tf.reduce_all(a(X) == b(X)))
            b.load_weights('weights/a.weights')
            print(before, bool(tf.reduce_all(a(X) == b(X))))
            """)
        #expect(out.error?.description == nil)
        #expect(out.printed == "False True\n")
        #expect(
            s.run(
                """
                c = tf.keras.Sequential([tf.keras.layers.Dense(2)])
                c(X)
                c.load_weights('weights/a.weights')
                """
            ).error?.type == "ValueError")
        #expect(s.run("c.load_weights('nothing.weights')").error?.type == "OSError")
    }

    @Test func filesOutsideTheWorkingFolderAreRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("escape").path, withDestinationPath: "/tmp")
        // Links that dangle: writing through them would create their targets outside.
        let outside = try TemporaryFolder()
        defer { outside.remove() }
        try FileManager.default.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("dangling.npy").path,
            withDestinationPath: outside.url.appendingPathComponent("made.npy").path)
        try FileManager.default.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("dangling-folder").path,
            withDestinationPath: outside.url.appendingPathComponent("made").path)
        let s = EngineSession.make(workingDirectory: folder.path)
        defer { s.close() }
        _ = s.run(
            """
            import tensorflow as tf
            import numpy as np
            net = tf.keras.Sequential([tf.keras.layers.Dense(1)])
            net(tf.ones((1, 1)))
            """)
        for code in [
            "np.save('/tmp/x.npy', np.zeros(2))", "np.save('../x.npy', np.zeros(2))",
            "np.save('a/../../x.npy', np.zeros(2))", "np.save('escape/x.npy', np.zeros(2))",
            "np.load('/etc/hostname')", "np.load('../x.npy')",
            "net.save_weights('/tmp/w.weights')", "net.save_weights('../w.weights')",
            "net.load_weights('escape/w.weights')", "np.save('dangling.npy', np.zeros(2))",
            "np.load('dangling.npy')", "net.save_weights('dangling-folder/w.weights')",
            "net.save_weights('dangling-folder/deeper/w.weights')",
            "np.save('escape/../../x.npy', np.zeros(2))",
        ] {
            #expect(s.run(code).error?.type == "PermissionError", "\(code)")
        }
        let caught = s.run(
            """
            try:
                np.save('/tmp/y.npy', np.zeros(1))
            except PermissionError as e:
                print('refused:', e)
            """)
        #expect(caught.printed == "refused: [Errno 13] Permission denied: '/tmp/y.npy'\n")
        #expect(
            s.run("net.save_weights('/tmp/w.weights')").error?.description
                == "PermissionError: [Errno 13] Permission denied: '/tmp/w.weights'")
        let madeOutside = try FileManager.default.contentsOfDirectory(atPath: outside.path)
        #expect(madeOutside.isEmpty)
        // Inside the folder, links and new subfolders work.
        try FileManager.default.createDirectory(
            at: folder.url.appendingPathComponent("data"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("alias").path, withDestinationPath: "data")
        #expect(s.run("np.save('alias/z.npy', np.ones(2))").error == nil)
        #expect(s.run("np.load('data/z.npy').tolist()").display == "[1.0, 1.0]")
        #expect(s.run("net.save_weights('new/deeper/w.weights')").error == nil)
    }

    @Test func withoutAWorkingFolderNoFileIsWritten() {
        let s = EngineSession.make()
        defer { s.close() }
        #expect(
            s.run("import numpy as np\nnp.save('x.npy', np.zeros(1))").error?.type
                == "PermissionError")
    }
}
