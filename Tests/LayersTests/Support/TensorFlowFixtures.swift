import Foundation
import Testing

/// Outputs of real TensorFlow 2.15 for the cells in `Fixtures/tensorflow/<set>.cells.json`
/// (`<set>.tf.json`, written by `make reference`), looked up by each cell's `# key:` line.
struct TensorFlowFixtures {
    struct Cell {
        var output: String
        var error: String?
    }

    let cells: [String: Cell]

    init(_ set: String) throws {
        let url = fixturesDirectory.appendingPathComponent("tensorflow/\(set).tf.json")
        let data = try Data(contentsOf: url)
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let list = json?["cells"] as? [[String: Any]] ?? []
        var cells: [String: Cell] = [:]
        for cell in list {
            let code = cell["code"] as? String ?? ""
            guard let first = code.split(separator: "\n").first, first.hasPrefix("# key: ")
            else { continue }
            let key = String(first.dropFirst("# key: ".count))
            cells[key] = Cell(
                output: cell["output"] as? String ?? "", error: cell["error"] as? String)
        }
        self.cells = cells
    }

    /// The displayed output of cell `key`, without its final newline.
    func output(_ key: String) throws -> String {
        let cell = try #require(cells[key], "no TensorFlow fixture cell \(key)")
        var text = cell.output
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// The `Type: message` error of cell `key`.
    func error(_ key: String) throws -> String {
        let cell = try #require(cells[key], "no TensorFlow fixture cell \(key)")
        return try #require(cell.error, "cell \(key) raised nothing in TensorFlow")
    }

    /// The single-quoted strings of cell `key`'s output (a Python list or tuple of names).
    func quotedStrings(_ key: String) throws -> [String] {
        let text = try output(key)
        var result: [String] = []
        var current: String?
        for char in text {
            if char == "'" {
                if let done = current {
                    result.append(done)
                    current = nil
                } else {
                    current = ""
                }
            } else if current != nil {
                current?.append(char)
            }
        }
        return result
    }
}

/// `Tests/LayersTests/Fixtures`.
let fixturesDirectory = Repository.fixtures(of: "LayersTests").url

/// IPython's display of a list or tuple of reprs: one line when it fits in 79 columns,
/// otherwise one item per line, continuation lines indented by one space.
func pythonSequenceRepr(_ items: [String], open: String = "[", close: String = "]") -> String {
    let single =
        open + items.joined(separator: ", ") + (items.count == 1 && open == "(" ? "," : "")
        + close
    if single.count <= 79 && !single.contains("\n") { return single }
    let indented = items.map { $0.replacingOccurrences(of: "\n", with: "\n ") }
    return open + indented.joined(separator: ",\n ") + close
}

/// `Type: message` of a thrown error from the layer library or a tensor op.
func pythonError(_ body: () throws -> Void) -> String {
    do {
        try body()
        return "no error"
    } catch let error as LayerErrorDescribable {
        return error.pythonText
    } catch {
        return "unexpected \(error)"
    }
}
