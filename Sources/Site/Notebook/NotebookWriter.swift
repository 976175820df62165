import Book

/// A chapter as a Jupyter notebook (nbformat 4.5): Markdown cells for headings and prose,
/// code cells with their outputs, written as Jupyter writes notebooks.
enum NotebookWriter {
    /// The notebook's JSON text.
    static func notebook(chapter: Chapter, displays: [Int: CellDisplay], title: String) -> String {
        var builder = Builder(chapter: chapter, displays: displays)
        builder.build()
        let metadata: JSONValue = .object([
            "kernelspec": .object([
                "display_name": .string("Python 3"), "language": .string("python"),
                "name": .string("python3"),
            ]),
            "language_info": .object(["name": .string("python")]),
            "title": .string(title),
        ])
        return JSONValue.object([
            "cells": .array(builder.cells),
            "metadata": metadata,
            "nbformat": .int(4),
            "nbformat_minor": .int(5),
        ]).pretty
    }

    /// Splits text into Jupyter's source lines: each keeps its `\n`, the last may lack one.
    static func lines(_ text: String) -> JSONValue {
        var lines: [JSONValue] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = start
        while index != bytes.endIndex {
            let next = bytes.index(after: index)
            if bytes[index] == 0x0A {
                lines.append(.string(String(text[start..<next])))
                start = next
            }
            index = next
        }
        if start != bytes.endIndex { lines.append(.string(String(text[start...]))) }
        return .array(lines)
    }

    /// A notebook cell id from a stable id: `[A-Za-z0-9-_]`, 1 to 64 characters.
    static func cellID(_ id: String) -> String {
        var result = ""
        for scalar in id.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_": result.unicodeScalars.append(scalar)
            default: result += "_"
            }
        }
        if result.isEmpty { result = "cell" }
        return String(result.prefix(64))
    }

    /// Builds the cells in file order, merging neighbouring Markdown into one cell.
    struct Builder {
        let chapter: Chapter
        let displays: [Int: CellDisplay]
        let fileLines: [Substring]
        var cells: [JSONValue] = []
        var markdown: [String] = []
        var markdownID: String?
        var usedIDs: Set<String> = []

        init(chapter: Chapter, displays: [Int: CellDisplay]) {
            self.chapter = chapter
            self.displays = displays
            self.fileLines = chapter.text.utf8.split(
                separator: 0x0A, omittingEmptySubsequences: false
            ).map { Substring($0) }
        }

        mutating func build() {
            for block in chapter.blocks {
                switch block {
                case .heading(let heading):
                    if markdownID == nil { markdownID = heading.id }
                    markdown.append(headingSource(heading))
                case .prose(let prose):
                    addProse(prose)
                case .cell(let cell):
                    addCell(cell)
                }
            }
            flushMarkdown()
        }

        /// The heading's Markdown with its section number: `## 6.2.1 Parameter Access`.
        func headingSource(_ heading: Heading) -> String {
            let index = heading.line - 1
            var content = heading.text
            if index >= 0, index < fileLines.count {
                var line = fileLines[index].trimmingCharacters(in: " \t\r")
                if line.hasPrefix("#") {
                    line = String(line.drop { $0 == "#" }).trimmingCharacters(in: " \t")
                    // An optional closing sequence of `#` after a space.
                    let trailing = line.reversed().prefix { $0 == "#" }.count
                    if trailing > 0, trailing < line.count,
                        line.dropLast(trailing).last == " "
                    {
                        line = String(line.dropLast(trailing)).trimmingCharacters(in: " \t")
                    } else if trailing == line.count {
                        line = ""
                    }
                }
                if !line.isEmpty { content = line }
            }
            let number = heading.number.map { "\($0) " } ?? ""
            return String(repeating: "#", count: min(max(heading.level, 1), 6)) + " " + number
                + content
        }

        /// Prose as Markdown; a nested cell splits it, becoming a code cell of its own.
        mutating func addProse(_ prose: Prose) {
            let text = prose.markdown.replacingOccurrences(of: "\r\n", with: "\n")
            let nested = prose.cells
            guard !nested.isEmpty else {
                markdown.append(text)
                return
            }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let first = prose.lines.lowerBound
            var next = first
            for cell in nested {
                let before = lines.slice(from: next - first, to: cell.fenceLine - first)
                    .trimmingCharacters(in: "\n")
                if !before.trimmingCharacters(in: " \t\n").isEmpty { markdown.append(before) }
                addCell(cell)
                next = (cell.output?.closingFenceLine ?? cell.closingFenceLine) + 1
            }
            let after = lines.slice(from: next - first, to: lines.count)
                .trimmingCharacters(in: "\n")
            if !after.trimmingCharacters(in: " \t\n").isEmpty { markdown.append(after) }
        }

        mutating func addCell(_ cell: Cell) {
            let code = cell.code.hasSuffix("\n") ? String(cell.code.dropLast()) : cell.code
            if cell.options.norun {
                // A cell that is not run is shown as code, so "Run All" never runs it.
                var text = "```python\n\(code)\n```"
                if let output = cell.output, !output.text.isEmpty {
                    text += "\n\n```\n\(output.text)```"
                }
                markdown.append(text)
                return
            }
            flushMarkdown()
            let display = displays[cell.index]
            let count: JSONValue = display?.executionCount.map { .int($0) } ?? .null
            var outputs: [JSONValue] = []
            for part in display?.parts ?? [] {
                switch part {
                case .stream(let text):
                    outputs.append(
                        .object([
                            "name": .string("stdout"), "output_type": .string("stream"),
                            "text": NotebookWriter.lines(text),
                        ]))
                case .result(let text):
                    let plain = text.hasSuffix("\n") ? String(text.dropLast()) : text
                    outputs.append(
                        .object([
                            "data": .object(["text/plain": NotebookWriter.lines(plain)]),
                            "execution_count": count, "metadata": .object([:]),
                            "output_type": .string("execute_result"),
                        ]))
                case .error(let type, let message):
                    outputs.append(
                        .object([
                            "ename": .string(type), "evalue": .string(message),
                            "output_type": .string("error"), "traceback": .array([]),
                        ]))
                }
            }
            var metadata: [String: JSONValue] = [:]
            if cell.options.raises { metadata["tags"] = .array([.string("raises-exception")]) }
            cells.append(
                .object([
                    "cell_type": .string("code"), "execution_count": count,
                    "id": .string(claim(cell.id)), "metadata": .object(metadata),
                    "outputs": .array(outputs), "source": NotebookWriter.lines(code),
                ]))
        }

        mutating func flushMarkdown() {
            guard !markdown.isEmpty else { return }
            let source = markdown.joined(separator: "\n\n")
            let id = claim(markdownID.map { "md-" + $0 } ?? "md-\(cells.count + 1)")
            cells.append(
                .object([
                    "cell_type": .string("markdown"), "id": .string(id),
                    "metadata": .object([:]), "source": NotebookWriter.lines(source),
                ]))
            markdown.removeAll()
            markdownID = nil
        }

        /// A unique, valid cell id.
        mutating func claim(_ id: String) -> String {
            let base = NotebookWriter.cellID(id)
            var candidate = base
            var suffix = 1
            while usedIDs.contains(candidate) {
                let tail = "-\(suffix)"
                candidate = String(base.prefix(64 - tail.count)) + tail
                suffix += 1
            }
            usedIDs.insert(candidate)
            return candidate
        }
    }
}

extension Array where Element == Substring {
    /// The lines in `from..<to` (clamped), joined with `\n`, without a final newline.
    fileprivate func slice(from start: Int, to end: Int) -> String {
        let lower = Swift.max(0, Swift.min(start, count))
        let upper = Swift.max(lower, Swift.min(end, count))
        return self[lower..<upper].joined(separator: "\n")
    }
}

extension StringProtocol {
    /// The text without the given characters at either end.
    fileprivate func trimmingCharacters(in set: String) -> String {
        let characters = Set(set)
        var slice = Substring(self)
        while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
