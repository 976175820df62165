import Book
import Escaping
import Runner

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
            text += JSONString.literal(outcome.path)
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
                text += JSONString.literal(code)
                text += ", \"output\": "
                text += JSONString.literal(result.shownText)
                text += ", \"error\": "
                if let line = result.errorLine {
                    text += JSONString.literal(line)
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
