import Foundation

extension ChapterAssembler {
    /// Builds the chapter once the code blocks are known to be well formed.
    func build(scan: CmarkScan, facts: [CodeFacts], document: CmarkDocument) -> Chapter {
        let chapterNumber = SectionNumber(fileName: path)
        var numbering = HeadingNumbering(chapter: chapterNumber)
        var slugs = SlugSet()
        var blocks: [Block] = []
        var cells: [Cell] = []
        var title: String?
        var section: String?
        var positionInSection = 0
        var proseRun: [Int] = []
        var nested: [Int: [(code: Int, cell: Cell)]] = [:]
        var nextCode = 0

        func makeCell(_ code: Int) -> Cell {
            positionInSection += 1
            let base = (section.map { "\($0)-" } ?? "") + "cell-\(positionInSection)"
            let cell = self.cell(
                code: code, scan: scan, facts: facts, index: cells.count + 1,
                id: slugs.claim(base), sectionID: section, position: positionInSection)
            cells.append(cell)
            return cell
        }
        let hasNestedCells = zip(scan.codeBlocks, facts).contains { block, fact in
            fact.role == .cell && !block.isTopLevel
        }
        let marker = options.rendersHTML && hasNestedCells ? markerWord() : ""
        func flushProse() {
            guard !proseRun.isEmpty else { return }
            blocks.append(
                .prose(
                    prose(
                        run: proseRun, scan: scan, nested: nested, marker: marker,
                        document: document)))
            proseRun.removeAll()
        }

        for (topIndex, top) in scan.topNodes.enumerated() {
            switch top.kind {
            case .heading(let level, let text, let html):
                flushProse()
                let (depth, number) = numbering.next(level: level)
                let id = slugs.claim(SlugSet.slug(text))
                title = title ?? text
                section = id
                positionInSection = 0
                blocks.append(
                    .heading(
                        Heading(
                            level: level, depth: depth, text: text, html: html, number: number,
                            id: id, line: top.startLine)))
            case .codeBlock(let code) where facts[code].role == .cell:
                flushProse()
                blocks.append(.cell(makeCell(code)))
            case .codeBlock(let code) where facts[code].isConsumedOutput:
                break
            default:
                proseRun.append(topIndex)
                while nextCode < scan.codeBlocks.count,
                    scan.codeBlocks[nextCode].topIndex <= topIndex
                {
                    if scan.codeBlocks[nextCode].topIndex == topIndex,
                        facts[nextCode].role == .cell
                    {
                        nested[topIndex, default: []].append((nextCode, makeCell(nextCode)))
                    }
                    nextCode += 1
                }
            }
        }
        flushProse()
        return Chapter(
            path: path, number: chapterNumber, title: title, blocks: blocks, cells: cells,
            warnings: warnings, bytes: bytes, lines: lines)
    }

    // MARK: Cells

    private func cell(
        code: Int, scan: CmarkScan, facts: [CodeFacts], index: Int, id: String,
        sectionID: String?, position: Int
    ) -> Cell {
        let block = scan.codeBlocks[code]
        let fact = facts[code]
        var recorded: RecordedOutput?
        var outputLayout: OutputLayout?
        if let outputIndex = fact.output, let opening = facts[outputIndex].opening,
            let closing = facts[outputIndex].closing
        {
            let outputBlock = scan.codeBlocks[outputIndex]
            recorded = RecordedOutput(
                text: outputBlock.literal, fenceLine: outputBlock.startLine,
                closingFenceLine: outputBlock.endLine)
            outputLayout = OutputLayout(
                fenceCharacter: opening.character, fenceLength: opening.length,
                openingFenceOffset: opening.offset, closingFenceOffset: closing.offset,
                closingFenceLength: closing.length, closingPrefix: closing.prefix)
        }
        let layout = CellLayout(
            closingPrefix: fact.closing?.prefix ?? [], insertsTight: block.inTightListItem,
            output: outputLayout)
        return Cell(
            index: index, id: id, sectionID: sectionID, positionInSection: position,
            code: block.literal, info: block.info, options: fact.options,
            fenceLine: block.startLine, closingFenceLine: block.endLine, output: recorded,
            isNested: !block.isTopLevel,
            codeColumnOffsets: columnOffsets(block, lineLengths: fact.lineLengths),
            layout: layout)
    }

    /// For each code line, the file line's length minus the code line's length: the width of
    /// what cmark stripped in front of it.
    private func columnOffsets(_ block: ScannedCodeBlock, lineLengths codeLengths: [Int])
        -> [Int]
    {
        let count = max(0, block.endLine - block.startLine - 1)
        var offsets: [Int] = []
        offsets.reserveCapacity(count)
        for (offset, line) in ((block.startLine + 1)..<(block.startLine + 1 + count)).enumerated() {
            let codeLength = offset < codeLengths.count ? codeLengths[offset] : 0
            let fileLength = lines.end(line) - lines.start(line)
            offsets.append(max(0, fileLength - codeLength))
        }
        return offsets
    }

    // MARK: Prose

    private func prose(
        run: [Int], scan: CmarkScan, nested: [Int: [(code: Int, cell: Cell)]], marker: String,
        document: CmarkDocument
    ) -> Prose {
        let firstLine = max(1, scan.topNodes[run[0]].startLine)
        var lastLine = min(lines.count, scan.topNodes[run[run.count - 1]].endLine)
        while lastLine > firstLine,
            lines.content(lastLine, in: bytes).allSatisfy({ $0 == 0x20 || $0 == 0x09 })
        {
            lastLine -= 1
        }
        lastLine = max(lastLine, firstLine)
        let start = lines.start(firstLine)
        let markdown = String(
            decoding: bytes[start..<max(start, lines.end(lastLine))], as: UTF8.self)
        var segments: [Prose.Segment] = []
        func appendHTML(_ html: String) {
            guard !html.isEmpty else { return }
            if case .html(let previous) = segments.last {
                segments[segments.count - 1] = .html(previous + html)
            } else {
                segments.append(.html(html))
            }
        }
        for topIndex in run {
            let cells = nested[topIndex] ?? []
            guard options.rendersHTML else {
                segments += cells.map { .cell($0.cell) }
                continue
            }
            for (code, cell) in cells {
                document.replaceCodeBlock(code, info: marker, literal: "\(cell.index)")
                if let output = scan.codeBlocks[code].nextSiblingCode, cell.output != nil {
                    document.removeCodeBlock(output)
                }
            }
            var html = document.html(ofTopNode: topIndex, unsafe: options.allowsRawHTML)
            let opening = "<pre><code class=\"language-\(marker)\">"
            let closing = "</code></pre>\n"
            for (_, cell) in cells {
                guard let open = html.range(of: opening),
                    let close = html.range(of: closing, range: open.upperBound..<html.endIndex)
                else {
                    segments.append(.cell(cell))
                    continue
                }
                appendHTML(String(html[..<open.lowerBound]))
                segments.append(.cell(cell))
                html = String(html[close.upperBound...])
            }
            appendHTML(html)
        }
        return Prose(markdown: markdown, lines: firstLine...lastLine, segments: segments)
    }

    /// An info string that the file does not contain, to mark nested cells in rendered HTML.
    private func markerWord() -> String {
        var suffix = 0
        while true {
            let word = "lit-nested-cell-\(suffix)"
            if !contains(Array(word.utf8)) { return word }
            suffix += 1
        }
    }

    private func contains(_ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= bytes.count else { return false }
        var index = 0
        let last = bytes.count - needle.count
        while index <= last {
            if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) {
                return true
            }
            index += 1
        }
        return false
    }
}

/// Numbers headings.
///
/// The first heading is the chapter's title and takes the chapter number; each later heading
/// goes one level below the nearest earlier heading of a smaller level, so skipped levels do
/// not leave gaps (`#`, `###`, `####` number as 6.2, 6.2.1, 6.2.1.1). A later heading at or
/// above the title's level counts as a section of the title.
struct HeadingNumbering {
    private let chapter: SectionNumber?
    private var titleLevel: Int?
    private var openLevels: [Int] = []
    private var counters: [Int] = []

    init(chapter: SectionNumber?) {
        self.chapter = chapter
    }

    /// The depth below the title and the number of the next heading at `level`.
    mutating func next(level: Int) -> (depth: Int, number: SectionNumber?) {
        guard let titleLevel else {
            self.titleLevel = level
            return (0, chapter)
        }
        if level <= titleLevel {
            openLevels.removeAll()
        } else {
            while let last = openLevels.last, last >= level { openLevels.removeLast() }
        }
        openLevels.append(level)
        let depth = openLevels.count
        if counters.count >= depth {
            counters.removeLast(counters.count - depth)
            counters[depth - 1] += 1
        } else {
            counters.append(1)
        }
        let number = chapter.map { chapter in
            counters.reduce(chapter) { $0.appending($1) }
        }
        return (depth, number)
    }
}
