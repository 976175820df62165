@testable import Book

/// A readable, stable text of a parsed chapter, for golden files.
enum ChapterDump {
    static func text(_ chapter: Chapter) -> String {
        var lines: [String] = []
        lines.append(
            "chapter path=\(chapter.path) number=\(chapter.number?.description ?? "none") "
                + "title=\(quoted(chapter.title ?? "none")) stem=\(chapter.stem) "
                + "cells=\(chapter.cells.count)")
        for warning in chapter.warnings {
            lines.append("warning \(warning)")
        }
        for block in chapter.blocks {
            switch block {
            case .heading(let heading):
                lines.append(
                    "heading line=\(heading.line) level=\(heading.level) depth=\(heading.depth) "
                        + "number=\(heading.number?.description ?? "none") id=\(heading.id) "
                        + "text=\(quoted(heading.text)) html=\(quoted(heading.html))")
            case .prose(let prose):
                lines.append("prose lines=\(prose.lines.lowerBound)-\(prose.lines.upperBound)")
                lines += indented("markdown", prose.markdown)
                for segment in prose.segments {
                    switch segment {
                    case .html(let html): lines += indented("html", html)
                    case .cell(let cell): lines += self.cell(cell, indent: "  ")
                    }
                }
            case .cell(let cell):
                lines += self.cell(cell, indent: "")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func cell(_ cell: Cell, indent: String) -> [String] {
        var lines = [
            indent
                + "cell \(cell.index) id=\(cell.id) section=\(cell.sectionID ?? "none") "
                + "position=\(cell.positionInSection) fence=\(cell.fenceLine)-"
                + "\(cell.closingFenceLine) info=\(quoted(cell.info)) "
                + "options=[\(cell.options.words.joined(separator: " "))] nested=\(cell.isNested) "
                + "offsets=\(cell.codeColumnOffsets)"
        ]
        lines += indented("code", cell.code).map { indent + $0 }
        if let output = cell.output {
            lines.append(
                indent + "  output lines=\(output.fenceLine)-\(output.closingFenceLine)")
            lines += indented("text", output.text).map { indent + "  " + $0 }
        } else {
            lines.append(indent + "  output none")
        }
        return lines
    }

    private static func indented(_ label: String, _ text: String) -> [String] {
        ["  \(label):"]
            + text.split(separator: "\n", omittingEmptySubsequences: false).map {
                "    |\($0)"
            }
    }

    private static func quoted(_ text: String) -> String {
        text.debugDescription
    }
}
