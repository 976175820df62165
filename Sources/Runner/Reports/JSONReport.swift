import Book

/// The machine-readable document of a run, printed by `--format json`.
///
/// Its form is the architecture's:
///
/// ```json
/// {"chapters": [{"path": "Chapters/6.2-parameter-management.md",
///   "cells": [{"index": 1, "line": 12, "code": "…", "output": "…", "error": null}]}]}
/// ```
///
/// `output` is what the cell showed (printed text and display), `error` its exception as
/// `Type: message` or null, `line` the line of the cell's opening fence, `code` the cell's
/// code without its final newline. Only cells that ran are listed (`norun` cells are not), and
/// chapters that could not be read are left out (their errors go to standard error).
public enum JSONReport {
    /// The document for the outcomes, in the order given, ending with a newline.
    public static func document(_ outcomes: [ChapterOutcome]) -> String {
        var text = "{\"chapters\": ["
        var firstChapter = true
        for outcome in outcomes {
            guard let chapter = outcome.chapter, outcome.problems.isEmpty else { continue }
            text += firstChapter ? "\n" : ",\n"
            firstChapter = false
            text += "  {\"path\": "
            JSONText.appendString(outcome.path, to: &text)
            text += ", \"cells\": ["
            var firstCell = true
            for cell in chapter.cells {
                guard let result = outcome.results[cell.index] else { continue }
                text += firstCell ? "\n" : ",\n"
                firstCell = false
                text += "    {\"index\": \(cell.index), \"line\": \(cell.fenceLine), \"code\": "
                let code =
                    cell.code.utf8.last == UInt8(ascii: "\n")
                    ? String(decoding: cell.code.utf8.dropLast(), as: UTF8.self) : cell.code
                JSONText.appendString(code, to: &text)
                text += ", \"output\": "
                JSONText.appendString(result.shownText, to: &text)
                text += ", \"error\": "
                if let line = result.errorLine {
                    JSONText.appendString(line, to: &text)
                } else {
                    text += "null"
                }
                text += "}"
            }
            text += firstCell ? "]}" : "\n  ]}"
        }
        text += firstChapter ? "]}\n" : "\n]}\n"
        return text
    }
}

/// JSON string literals.
enum JSONText {
    /// Appends `value` as a JSON string: quotes, backslashes and control characters escaped,
    /// everything else as UTF-8.
    static func appendString(_ value: String, to text: inout String) {
        text += "\""
        var pending = Substring.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            let escape: String?
            switch scalar {
            case "\"": escape = "\\\""
            case "\\": escape = "\\\\"
            case "\n": escape = "\\n"
            case "\r": escape = "\\r"
            case "\t": escape = "\\t"
            case "\u{08}": escape = "\\b"
            case "\u{0C}": escape = "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    escape = nil
                }
            }
            if let escape {
                text.unicodeScalars.append(contentsOf: pending)
                pending.removeAll()
                text += escape
            } else {
                pending.append(scalar)
            }
        }
        text.unicodeScalars.append(contentsOf: pending)
        text += "\""
    }
}
