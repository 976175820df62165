import Foundation
import Testing

@testable import Syntax

/// Every code cell of the real TensorFlow reference notebooks parses.
@Suite struct NotebookCellTests {
    /// The `code` of every cell in `Tests/Fixtures/tensorflow-2.15/*.json`, with its origin.
    static func cells() throws -> [(origin: String, code: String)] {
        let folder = Fixtures.shared.appendingPathComponent("tensorflow-2.15")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") }.sorted()
        var result: [(String, String)] = []
        for name in names {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let document = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            let cells = document?["cells"] as? [[String: Any]] ?? []
            for (index, cell) in cells.enumerated() {
                if let code = cell["code"] as? String { result.append(("\(name)#\(index)", code)) }
            }
        }
        return result
    }

    @Test func everyReferenceCellParses() throws {
        let cells = try Self.cells()
        #expect(cells.count > 100)
        for (origin, code) in cells {
            do {
                _ = try parse(code)
            } catch {
                Issue.record("\(origin): \(error) at \(error.line):\(error.column)\n\(code)")
            }
        }
    }
}
