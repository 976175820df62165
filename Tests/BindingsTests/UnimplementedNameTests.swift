import Foundation
import Interpreter
import Testing

@testable import Bindings

/// A name real TensorFlow 2.15 (or numpy 1.26) has but lit lacks says so:
/// `NotImplementedError: lit does not implement tf.Tensor.ref yet`. (A name TensorFlow lacks
/// too keeps TensorFlow's `AttributeError`: the `missing-names` feature fixture.)
///
/// `Fixtures/unimplemented/` holds the cells, what real TensorFlow printed for them
/// (`tf-outputs.json`, made with `tfgold.py`: every cell runs there, so TensorFlow has each
/// name) and the error lit gives instead (`lit-errors.json`, lit's own expectation).
@Suite struct UnimplementedNameTests {
    private static let folder = FixturePaths.features.appendingPathComponent("unimplemented")

    @Test func everyNameRunsInTensorFlow() throws {
        let reference = try GoldenFile(url: Self.folder.appendingPathComponent("tf-outputs.json"))
        let expected = try GoldenFile(url: Self.folder.appendingPathComponent("lit-errors.json"))
        #expect(reference.cells.map(\.code) == expected.cells.map(\.code))
        for cell in reference.cells {
            #expect(cell.error == nil, "TensorFlow lacks what \(cell.code) uses")
        }
    }

    @Test func litSaysWhatItDoesNotImplement() throws {
        let url = Self.folder.appendingPathComponent("lit-errors.json")
        let expected = try GoldenFile(url: url)
        let moduleCells = try Self.moduleAttributeCells(url)
        let session = EngineSession.make()
        defer { session.close() }
        for (index, cell) in expected.cells.enumerated() {
            let error = session.run(cell.code).error?.description
            if moduleCells.contains(index) {
                // The bindings give every module a `__getattr__` (PEP 562) that says so; the
                // interpreter doesn't call a module's `__getattr__` yet.
                withKnownIssue("the interpreter doesn't call a module's __getattr__ (PEP 562)") {
                    #expect(error == cell.error, "\(cell.code)")
                }
            } else {
                #expect(error == cell.error, "\(cell.code)")
            }
        }
    }

    @Test func moduleGetattrTellsLackingNamesFromMissingOnes() {
        let s = EngineSession.make()
        defer { s.close() }
        _ = s.run("import tensorflow as tf\nimport numpy as np")
        #expect(
            s.run("tf.keras.layers.__getattr__('Conv2D')").error?.description
                == "NotImplementedError: lit does not implement tf.keras.layers.Conv2D yet")
        #expect(
            s.run("np.__getattr__('linalg')").error?.description
                == "NotImplementedError: lit does not implement np.linalg yet")
        #expect(
            s.run("tf.math.__getattr__('foo')").error?.description
                == "AttributeError: module 'tensorflow._api.v2.math' has no attribute 'foo'")
    }

    @Test func privateNamesAndHasattrOfMissingNamesStayAttributeErrors() {
        let s = EngineSession.make()
        defer { s.close() }
        _ = s.run("import tensorflow as tf")
        #expect(
            s.run("hasattr(tf.constant(1.), '_private'), getattr(tf.constant(1.), 'foo', 3)")
                .display == "(False, 3)")
    }

    @Test func publicNamesKnowModulesAndClasses() {
        #expect(PublicNames.contains("Conv2D", in: "tf.keras.layers"))
        #expect(!PublicNames.contains("Conv3", in: "tf.keras.layers"))
        #expect(PublicNames.contains("ref", in: "tf.Tensor"))
        #expect(!PublicNames.contains("reshape", in: "tf.Tensor"))
        #expect(PublicNames.moduleName("tf.math") == "tensorflow._api.v2.math")
        #expect(PublicNames.moduleName("tf.Tensor") == nil)
    }

    /// The indexes of the cells whose name is a module attribute (`"moduleAttribute": true`).
    private static func moduleAttributeCells(_ url: URL) throws -> Set<Int> {
        let root = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        let cells = root?["cells"] as? [[String: Any]] ?? []
        return Set(cells.indices.filter { cells[$0]["moduleAttribute"] as? Bool == true })
    }
}
