import Foundation
import Testing

/// Every cell of the book's seed chapters, the book's own chapters and the format corpus,
/// run through the interpreter with the engine's modules, prints what real TensorFlow 2.15
/// printed (addresses masked; the numbers of random cells masked).
@Suite struct ReferenceCorpusTests {
    static let files = [
        "seed-6.2", "seed-6.3", "format-corpus", "chapter-6.2-parameter-management",
        "chapter-6.3-parameter-initialization",
    ]

    @Test(arguments: files)
    func printsWhatTensorFlowPrinted(_ name: String) throws {
        let file = try GoldenFile(
            url: FixturePaths.reference.appendingPathComponent(name + ".json"))
        #expect(!file.cells.isEmpty)
        let mismatches = GoldenRunner.run(file)
        for mismatch in mismatches {
            Issue.record("\(mismatch)")
        }
    }
}
