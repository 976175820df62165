import Foundation
import Testing

/// The API beyond the book, checked against real TensorFlow 2.15.
///
/// Each folder of `Fixtures/` holds a feature's cells (`cells.json`) and what TensorFlow
/// printed for them (`tf.json`, made by `make reference`; see `Fixtures/README.md`). The cells
/// run top to bottom in one fresh session and must print the same text (object addresses
/// masked).
@Suite struct FeatureFixtureTests {
    static let features: [String] = {
        let folders =
            (try? FileManager.default.contentsOfDirectory(atPath: FixturePaths.features.path))
            ?? []
        return folders.filter {
            FileManager.default.fileExists(
                atPath: FixturePaths.features.appendingPathComponent("\($0)/tf.json").path)
        }
        .sorted()
    }()

    @Test(arguments: features)
    func printsWhatTensorFlowPrinted(_ feature: String) throws {
        let url = FixturePaths.features.appendingPathComponent("\(feature)/tf.json")
        let file = try GoldenFile(url: url)
        #expect(!file.cells.isEmpty)
        for mismatch in GoldenRunner.run(file) {
            Issue.record("\(mismatch)")
        }
    }

    @Test func everyFeatureHasFixtures() {
        #expect(Self.features.count >= 10)
    }
}
