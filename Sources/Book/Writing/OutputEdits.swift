/// The byte edits that record one cell's output.
enum OutputEdits {
    private static let outputInfo = Array("output".utf8)

    /// The edits that make `cell` record `text` (an output as a runner gives it; empty or a
    /// lone newline = no output).
    static func edits(for cell: Cell, text: String, in chapter: Chapter) -> [ByteEdit] {
        let lines = chapter.lines
        let bytes = chapter.bytes
        guard let recorded = cell.output, let layout = cell.layout.output else {
            let output = OutputText.normalized(text)
            guard !output.isEmpty else { return [] }
            return [insertion(for: cell, content: self.lines(of: output), in: chapter)]
        }
        guard !OutputText.same(text, recorded.text) else { return [] }
        let content = self.lines(of: OutputText.normalized(text))
        if content.isEmpty {
            let from = lines.end(cell.closingFenceLine)
            return [ByteEdit(range: from..<lines.end(recorded.closingFenceLine), bytes: [])]
        }
        var ending = Array(lines.ending(recorded.fenceLine, in: bytes))
        if ending.isEmpty { ending = lines.firstEnding(in: bytes) }
        var edits = [
            ByteEdit(
                range: lines.start(recorded.fenceLine + 1)..<lines.start(recorded.closingFenceLine),
                bytes: contentLines(
                    content, prefix: expandingTabs(layout.closingPrefix), ending: ending))
        ]
        if closes(content, character: layout.fenceCharacter, length: layout.fenceLength) {
            let fence = backtickFence(for: content)
            let opening = layout.openingFenceOffset
            let closing = layout.closingFenceOffset
            edits.append(ByteEdit(range: opening..<(opening + layout.fenceLength), bytes: fence))
            edits.append(
                ByteEdit(range: closing..<(closing + layout.closingFenceLength), bytes: fence))
        }
        return edits
    }

    /// The lines of a normalised output, as bytes; none for an empty output.
    private static func lines(of output: String) -> [ArraySlice<UInt8>] {
        guard !output.isEmpty else { return [] }
        return Array(output.utf8).split(separator: 0x0A, omittingEmptySubsequences: false)
    }

    private static func insertion(for cell: Cell, content: [ArraySlice<UInt8>], in chapter: Chapter)
        -> ByteEdit
    {
        let lines = chapter.lines
        let bytes = chapter.bytes
        var ending = Array(lines.ending(cell.closingFenceLine, in: bytes))
        if ending.isEmpty { ending = lines.firstEnding(in: bytes) }
        let prefix = expandingTabs(cell.layout.closingPrefix)
        let fence = backtickFence(for: content)
        var text = ending
        if !cell.layout.insertsTight {
            text += blankLine(prefix) + ending
        }
        text += prefix + fence + outputInfo + ending
        text += contentLines(content, prefix: prefix, ending: ending)
        text += prefix + fence
        let at = lines.end(cell.closingFenceLine)
        return ByteEdit(range: at..<at, bytes: text)
    }

    private static func contentLines(
        _ content: [ArraySlice<UInt8>], prefix: [UInt8], ending: [UInt8]
    )
        -> [UInt8]
    {
        let blank = blankLine(prefix)
        var text: [UInt8] = []
        text.reserveCapacity(content.reduce(0) { $0 + $1.count + prefix.count + ending.count })
        for line in content {
            if line.isEmpty {
                text.append(contentsOf: blank)
            } else {
                text.append(contentsOf: prefix)
                text.append(contentsOf: line)
            }
            text.append(contentsOf: ending)
        }
        return text
    }

    /// A prefix with its tabs turned into spaces up to the next multiple of four columns, so
    /// that new lines do not depend on how cmark splits a tab between containers.
    private static func expandingTabs(_ prefix: [UInt8]) -> [UInt8] {
        guard prefix.contains(0x09) else { return prefix }
        var expanded: [UInt8] = []
        for byte in prefix {
            if byte == 0x09 {
                expanded += [UInt8](repeating: 0x20, count: 4 - expanded.count % 4)
            } else {
                expanded.append(byte)
            }
        }
        return expanded
    }

    /// A container prefix without its trailing spaces: what an empty line inside the same
    /// containers needs (`>` in a block quote, nothing in a list item).
    private static func blankLine(_ prefix: [UInt8]) -> [UInt8] {
        var blank = prefix
        while let last = blank.last, last == 0x20 || last == 0x09 { blank.removeLast() }
        return blank
    }

    /// Whether a content line could close a fence of `length` `character`s: after spaces and
    /// tabs, a run at least that long followed by nothing but spaces and tabs.
    private static func closes(_ content: [ArraySlice<UInt8>], character: UInt8, length: Int)
        -> Bool
    {
        content.contains { closingRun($0, character: character) >= length }
    }

    /// A backtick fence that no content line can close: at least three, and one longer than
    /// the longest closing-looking backtick run.
    private static func backtickFence(for content: [ArraySlice<UInt8>]) -> [UInt8] {
        let longest = content.map { closingRun($0, character: Fence.backtick) }.max() ?? 0
        return [UInt8](repeating: Fence.backtick, count: max(3, longest + 1))
    }

    /// The length of the fence run a line would close with, or 0 when it is not such a line.
    private static func closingRun(_ line: ArraySlice<UInt8>, character: UInt8) -> Int {
        let text = line.drop { $0 == 0x20 || $0 == 0x09 }
        let run = text.prefix { $0 == character }.count
        guard run > 0, text.dropFirst(run).allSatisfy({ $0 == 0x20 || $0 == 0x09 }) else {
            return 0
        }
        return run
    }

}
