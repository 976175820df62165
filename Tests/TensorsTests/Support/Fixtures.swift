import Foundation
import Testing

/// Access to the real TensorFlow outputs and to this target's golden files.
enum Fixtures {
    /// The folder of this test target's own golden files.
    static let goldenRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

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
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/tensorflow-2.15/format-corpus.json")
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

    /// Whether golden files should be rewritten instead of compared.
    static var updating: Bool {
        ProcessInfo.processInfo.environment["LIT_UPDATE_GOLDEN"] == "1"
    }

    /// Compares `actual` with the golden file `folder/name` (or rewrites it when updating).
    static func expectGolden(
        _ actual: String, folder: String, name: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let url = goldenRoot.appendingPathComponent(folder).appendingPathComponent(name)
        if updating {
            try? FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            return
        }
        guard let data = try? Data(contentsOf: url) else {
            Issue.record("missing golden file \(folder)/\(name)", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == String(decoding: data, as: UTF8.self), sourceLocation: sourceLocation)
    }
}
