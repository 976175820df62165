import Foundation
import Interpreter
import Testing

/// The container and Python-value cases of the real TensorFlow 2.15 format corpus, exact.
@Suite struct FormatCorpusTests {
    struct Cell: Decodable {
        let code: String
        let output: String
        let error: String?
    }

    struct Corpus: Decodable {
        let cells: [Cell]
    }

    static let corpus: [Cell] = {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/tensorflow-2.15/format-corpus.json")
        guard let data = try? Data(contentsOf: url),
            let corpus = try? JSONDecoder().decode(Corpus.self, from: data)
        else { return [] }
        return corpus.cells
    }()

    /// 1-based cell numbers of the corpus that need only the interpreter.
    static let pythonCells = Array(62...73) + [86, 88, 89, 92]

    @Test(arguments: pythonCells)
    func cellMatchesIPython(_ number: Int) throws {
        let cells = Self.corpus
        try #require(cells.count >= number, "format corpus not found")
        let cell = cells[number - 1]
        let session = Session()
        defer { session.close() }
        let outcome = session.run(cell.code)
        #expect(outcome.shownText == cell.output, "cell \(number): \(cell.code)")
        #expect(outcome.error?.description == cell.error, "cell \(number): \(cell.code)")
    }
}
