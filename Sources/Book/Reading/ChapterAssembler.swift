/// Turns cmark's view of a file into a ``Chapter``: checks fences and options, pairs cells with
/// their output blocks, numbers headings and gives ids.
struct ChapterAssembler {
    /// What the reader learned about one code block from the file's bytes.
    struct CodeFacts {
        var role: CodeBlockRole = .plain
        var opening: Fence?
        var closing: Fence?
        var options = CellOptions()
        var output: Int?
        var isConsumedOutput = false
        /// The byte length of each content line, for cells (to map error columns).
        var lineLengths: [Int] = []
    }

    let bytes: [UInt8]
    let path: String
    let options: ReadOptions
    let lines: SourceLines
    private var errors: [ChapterDiagnostic] = []
    var warnings: [ChapterDiagnostic] = []

    init(bytes: [UInt8], path: String, options: ReadOptions) {
        self.bytes = bytes
        self.path = path
        self.options = options
        self.lines = SourceLines(bytes)
    }

    mutating func assemble() throws(ChapterError) -> Chapter {
        if let problem = TextCheck.firstProblem(in: bytes) {
            let line = lines.line(containingOffset: problem.offset)
            let column = lines.column(ofOffset: problem.offset, inLine: line, in: bytes)
            throw ChapterError(
                path: path, line: line, column: column,
                message: "the file \(problem.message) (byte \(problem.offset))")
        }
        guard let document = CmarkDocument(bytes: bytes, smart: options.smartPunctuation) else {
            throw ChapterError(path: path, message: "cmark could not parse the file")
        }
        let scan = document.scan(
            renderingHeadings: options.rendersHTML, unsafe: options.allowsRawHTML)
        let facts = examine(scan.codeBlocks)
        guard errors.isEmpty else {
            throw ChapterError(
                errors.sorted { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) })
        }
        return build(scan: scan, facts: facts, document: document)
    }

    // MARK: Checking code blocks

    private mutating func examine(_ blocks: [ScannedCodeBlock]) -> [CodeFacts] {
        var facts = [CodeFacts](repeating: CodeFacts(), count: blocks.count)
        for (index, block) in blocks.enumerated() {
            guard
                let opening = Fence.opening(
                    line: block.startLine, column: block.startColumn, in: bytes, lines: lines)
            else { continue }
            facts[index].opening = opening
            facts[index].role = CodeBlockRole(info: block.info)
            let lengths = LineLengths.of(block.literal)
            facts[index].closing = closingFence(
                of: block, opening: opening, contentLines: lengths.count)
            if facts[index].role == .cell { facts[index].lineLengths = lengths }
            check(block, facts: &facts[index])
        }
        for (index, block) in blocks.enumerated() where facts[index].role == .cell {
            guard facts[index].closing != nil, let next = block.nextSiblingCode,
                case .output = facts[next].role,
                (block.endLine + 1..<max(block.endLine + 1, blocks[next].startLine)).allSatisfy({
                    lines.isBlank($0, in: bytes)
                })
            else { continue }
            facts[index].output = next
            facts[next].isConsumedOutput = true
        }
        for (index, block) in blocks.enumerated() {
            guard case .output = facts[index].role, !facts[index].isConsumedOutput,
                let opening = facts[index].opening
            else { continue }
            error(
                at: opening, line: block.startLine,
                "this output block does not follow a cell: an output block must come right "
                    + "after a ```python cell, in the same list item or block quote, with only "
                    + "blank lines between them")
        }
        return facts
    }

    private mutating func check(_ block: ScannedCodeBlock, facts: inout CodeFacts) {
        guard let opening = facts.opening else { return }
        let container = block.isTopLevel ? "the file" : "its list item or block quote"
        switch facts.role {
        case .cell:
            if facts.closing == nil {
                error(
                    at: opening, line: block.startLine,
                    "this cell's code fence is never closed, so the rest of \(container) "
                        + "would be code; close it with a line of \(fenceText(opening))")
            }
            switch CellOptions.parse(info: block.info) {
            case .success(let options): facts.options = options
            case .failure(let problem):
                error(
                    line: block.startLine,
                    column: infoColumn(block, opening: opening, infoOffset: problem.offset),
                    problem.message)
            }
        case .output(let extraOffset):
            if facts.closing == nil {
                error(
                    at: opening, line: block.startLine,
                    "this output block's fence is never closed, so the rest of \(container) "
                        + "would be output; close it with a line of \(fenceText(opening))")
            }
            if let extraOffset {
                error(
                    line: block.startLine,
                    column: infoColumn(block, opening: opening, infoOffset: extraOffset),
                    "an output block takes no options; its info string must be just 'output'")
            }
        case .plain:
            if facts.closing == nil {
                warnings.append(
                    ChapterDiagnostic(
                        .warning, path: path, line: block.startLine,
                        column: lines.column(
                            ofOffset: opening.offset, inLine: block.startLine, in: bytes),
                        message: "this code fence is never closed, so the rest of \(container) "
                            + "is code"))
            }
            let first = InfoWords(block.info).first?.text ?? ""
            let lowered = first.lowercased()
            if lowered.hasPrefix("python") || lowered == "py" || lowered == "ipython" {
                warnings.append(
                    ChapterDiagnostic(
                        .warning, path: path, line: block.startLine,
                        column: infoColumn(block, opening: opening, infoOffset: 0),
                        message: "a code block marked '\(first)' is not a cell; "
                            + "cells start with exactly 'python'"))
            }
        }
    }

    /// The closing fence of a block, or `nil` when cmark ran the block to the end of its
    /// container: the closing line must be within the container, right after the content,
    /// and be a fence that closes the opening one.
    private func closingFence(of block: ScannedCodeBlock, opening: Fence, contentLines: Int)
        -> Fence?
    {
        guard block.endLine > block.startLine, lines.contains(block.endLine),
            block.endLine - block.startLine - 1 == contentLines,
            block.parentEndLine.map({ block.endLine <= $0 }) ?? true
        else { return nil }
        return opening.closing(line: block.endLine, in: bytes, lines: lines)
    }

    private func fenceText(_ fence: Fence) -> String {
        String(repeating: Character(Unicode.Scalar(fence.character)), count: fence.length)
    }

    /// The column of a word of the info string in the opening line.
    ///
    /// When the raw line spells
    /// the info string as cmark read it, the offset maps directly; otherwise (after an escape
    /// or entity) the word is searched for, and failing that the fence's column is used.
    private func infoColumn(_ block: ScannedCodeBlock, opening: Fence, infoOffset: Int) -> Int {
        let infoBytes = Array(block.info.utf8)
        let lineEnd = lines.end(block.startLine)
        var rawStart = opening.offset + opening.length
        while rawStart < lineEnd, bytes[rawStart] == 0x20 || bytes[rawStart] == 0x09 {
            rawStart += 1
        }
        let clamped = min(max(infoOffset, 0), infoBytes.count)
        if rawStart + infoBytes.count <= lineEnd,
            bytes[rawStart..<(rawStart + infoBytes.count)].elementsEqual(infoBytes)
        {
            return lines.column(ofOffset: rawStart + clamped, inLine: block.startLine, in: bytes)
        }
        let word = infoBytes[clamped...].prefix { $0 != 0x20 && $0 != 0x09 }
        var offset = rawStart
        var found = opening.offset
        if !word.isEmpty {
            while offset + word.count <= lineEnd {
                if bytes[offset..<(offset + word.count)].elementsEqual(word) {
                    found = offset
                    break
                }
                offset += 1
            }
        }
        return lines.column(ofOffset: found, inLine: block.startLine, in: bytes)
    }

    private mutating func error(at fence: Fence, line: Int, _ message: String) {
        error(
            line: line, column: lines.column(ofOffset: fence.offset, inLine: line, in: bytes),
            message)
    }

    private mutating func error(line: Int, column: Int, _ message: String) {
        errors.append(
            ChapterDiagnostic(.error, path: path, line: line, column: column, message: message))
    }
}
