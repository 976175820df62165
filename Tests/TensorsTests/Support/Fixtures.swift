import Foundation
// Every test file of this target sees the shared helpers (golden files, seeded generators).
@_exported import TestSupport
import Testing

/// Access to the real TensorFlow outputs and to this target's golden files.
enum Fixtures {
    /// The folder of this test target's own golden files.
    static let goldenRoot = Repository.fixtures(of: "TensorsTests").url

    private struct Corpus: Decodable {
        struct Cell: Decodable {
            let code: String
            let output: String
            let error: String?
        }
        let cells: [Cell]
    }

    /// The cells of `format-corpus.json`, in order.
    private static let corpusCells: [Corpus.Cell] = {
        let url = Repository.sharedFixtures.url("tensorflow-2.15/format-corpus.json")
        guard let data = try? Data(contentsOf: url),
            let corpus = try? JSONDecoder().decode(Corpus.self, from: data)
        else { return [] }
        return corpus.cells
    }()

    /// The outputs of `format-corpus.json`, by 1-based cell number.
    static let corpus: [String] = corpusCells.map(\.output)

    /// The error line (`Type: message`) of corpus cell `number`, if it raised one.
    static func corpusError(_ number: Int) -> String? {
        guard number >= 1 && number <= corpusCells.count else { return nil }
        return corpusCells[number - 1].error
    }

    /// The expected text of corpus cell `number`, without the final newline.
    static func corpusOutput(_ number: Int) -> String? {
        guard number >= 1 && number <= corpus.count else { return nil }
        var text = corpus[number - 1]
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// Compares `actual` with the golden file `folder/name` (or rewrites it under
    /// `make golden`).
    static func expectGolden(
        _ actual: String, folder: String, name: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        FixtureFolder(goldenRoot).check(
            actual, against: folder + "/" + name, sourceLocation: sourceLocation)
    }
}
