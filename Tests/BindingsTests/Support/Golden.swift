import Foundation
import Interpreter
// Every test file of this target sees the shared helpers (temporary folders, outside tools).
@_exported import TestSupport

/// Cells and the outputs real TensorFlow 2.15 gave for them, read from a reference file.
struct GoldenFile {
    /// One cell and its reference output.
    struct Cell {
        let code: String
        let output: String
        let error: String?
        let random: Bool
    }

    let name: String
    let cells: [Cell]

    /// Reads a `{"cells": [{"code", "output", "error", "random"?}]}` file.
    init(url: URL) throws {
        name = url.deletingPathExtension().lastPathComponent
        let data = try Data(contentsOf: url)
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let items = root["cells"] as? [[String: Any]]
        else {
            throw CocoaError(.fileReadCorruptFile)
        }
        cells = items.map { item in
            Cell(
                code: item["code"] as? String ?? "", output: item["output"] as? String ?? "",
                error: item["error"] as? String, random: item["random"] as? Bool ?? false)
        }
    }
}

/// Where the test fixtures live.
enum FixturePaths {
    /// `Tests/Fixtures/tensorflow-2.15`, the shared reference outputs.
    static let reference = Repository.sharedFixtures.url("tensorflow-2.15")
    /// `Tests/BindingsTests/Fixtures`, this target's feature fixtures.
    static let features = Repository.fixtures(of: "BindingsTests").url
}

/// Makes outputs comparable across runs: object addresses always, and for cells whose numbers
/// are random, every number inside the printed arrays.
enum Masking {
    /// The output with `0x…` addresses replaced.
    static func addresses(_ text: String) -> String {
        replace(text, pattern: "0x[0-9a-f]+", with: "0x…")
    }

    /// The output with addresses masked and, inside every `array(…)`, `tf.Tensor(…)` and after
    /// `numpy=`, each number (with the spaces padding it) replaced by `#`.
    ///
    /// numpy pads numbers to a common width and moves `dtype=` to its own line when a row is
    /// long, both depending on the values; so the spaces around numbers and the line break
    /// before `dtype=` are not compared. Everything else is: names, shapes, dtypes, brackets,
    /// commas and the other line breaks.
    static func randomNumbers(_ text: String) -> String {
        var result = ""
        var rest = Substring(addresses(text))
        while let start = firstRegionStart(rest) {
            result += rest[..<start.lowerBound]
            result += rest[start]
            rest = rest[start.upperBound...]
            let end = regionEnd(rest)
            result += maskNumbers(String(rest[..<end]))
            rest = rest[end...]
        }
        result += rest
        return replace(result, pattern: ",\\s*\\n\\s*dtype=", with: ", dtype=")
    }

    private static func firstRegionStart(_ text: Substring) -> Range<Substring.Index>? {
        ["array(", "tf.Tensor(", "numpy="].compactMap { text.range(of: $0) }
            .min { $0.lowerBound < $1.lowerBound }
    }

    /// The end of a region: the closing parenthesis at depth zero, or for a scalar after
    /// `numpy=` the `>`.
    private static func regionEnd(_ text: Substring) -> Substring.Index {
        var depth = 0
        var index = text.startIndex
        while index < text.endIndex {
            let ch = text[index]
            if ch == "(" || ch == "[" { depth += 1 }
            if ch == ")" || ch == "]" {
                if depth == 0 { return index }
                depth -= 1
            }
            if depth == 0
                && (ch == ">" || text[index...].hasPrefix(", shape=")
                    || text[index...].hasPrefix("dtype="))
            {
                return index
            }
            if text[index...].hasPrefix("array(") { return index }
            index = text.index(after: index)
        }
        return index
    }

    private static func maskNumbers(_ text: String) -> String {
        replace(
            text, pattern: " *(?<![\\w.])-?(?:nan|inf|\\d+\\.?\\d*(?:e[+-]?\\d+)?|\\.\\d+) *",
            with: "#")
    }

    private static func replace(_ text: String, pattern: String, with template: String) -> String {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return text }
        let range = NSRange(text.startIndex..., in: text)
        return regex.stringByReplacingMatches(
            in: text, range: range, withTemplate: NSRegularExpression.escapedTemplate(for: template)
        )
    }
}

/// Runs a golden file's cells in one fresh session and collects the differences.
enum GoldenRunner {
    /// One cell whose output differs from the reference.
    struct Mismatch: CustomStringConvertible {
        let file: String
        let index: Int
        let code: String
        let expected: String
        let actual: String

        var description: String {
            "\(file) cell \(index):\n\(code)\n--- expected\n\(expected)\n--- actual\n\(actual)"
        }
    }

    /// The text a cell is compared by: what it showed, then its error line.
    static func comparable(output: String, error: String?, random: Bool) -> String {
        let text = output + (error.map { "\($0)\n" } ?? "")
        return random ? Masking.randomNumbers(text) : Masking.addresses(text)
    }

    /// Runs every cell top to bottom; returns the mismatches.
    static func run(_ file: GoldenFile, seed: UInt64 = 0) -> [Mismatch] {
        let folder = try? TemporaryFolder(prefix: "lit-bindings")
        let session = EngineSession.make(seed: seed, workingDirectory: folder?.path)
        defer { session.close() }
        var mismatches: [Mismatch] = []
        for (i, cell) in file.cells.enumerated() {
            let outcome = session.run(cell.code)
            let expected = comparable(output: cell.output, error: cell.error, random: cell.random)
            let actual = comparable(
                output: outcome.shownText, error: outcome.error?.description, random: cell.random)
            if expected != actual {
                mismatches.append(
                    Mismatch(
                        file: file.name, index: i + 1, code: cell.code, expected: expected,
                        actual: actual))
            }
        }
        return mismatches
    }
}
