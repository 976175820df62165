import Book

/// What a page or a notebook shows for one cell: its prompt number and its outputs, taken
/// from the cell's run or, without one, from its recorded output block.
struct CellDisplay: Sendable {
    /// One part of a cell's output, in the order Jupyter shows them.
    enum Part: Equatable, Sendable {
        /// Text the cell printed (no prompt).
        case stream(String)
        /// The display of the cell's last expression (`Out[n]:`).
        case result(String)
        /// The exception the cell stopped with.
        case error(type: String, message: String)
    }

    /// The cell.
    let cell: Cell
    /// The `In [n]` number: the position of the cell among the chapter's cells that run
    /// (hidden ones included), or `nil` for a `norun` cell.
    let executionCount: Int?
    /// The output parts; empty when the cell showed nothing.
    let parts: [Part]

    /// Resolves every cell of a chapter, numbering them as a top-to-bottom run would.
    static func all(in chapter: Chapter, runs: [Int: CellRun]) -> [Int: CellDisplay] {
        var displays: [Int: CellDisplay] = [:]
        displays.reserveCapacity(chapter.cells.count)
        var count = 0
        for cell in chapter.cells {
            var number: Int?
            if !cell.options.norun {
                count += 1
                number = count
            }
            displays[cell.index] = CellDisplay(
                cell: cell, executionCount: number,
                parts: parts(of: cell, run: cell.options.norun ? nil : runs[cell.index]))
        }
        return displays
    }

    /// The parts of a cell's output.
    static func parts(of cell: Cell, run: CellRun?) -> [Part] {
        if let run { return parts(of: run, code: cell.code) }
        guard let recorded = cell.output?.text, !recorded.isEmpty else { return [] }
        if cell.options.norun { return [.stream(recorded)] }
        if cell.options.raises, let (rest, error) = splitErrorLine(recorded) {
            return shownParts(rest, code: cell.code) + [error]
        }
        return shownParts(recorded, code: cell.code)
    }

    /// The parts of a run: exact when the runner told printed text and display apart.
    static func parts(of run: CellRun, code: String) -> [Part] {
        var parts: [Part] = []
        if run.printed != nil || run.display != nil {
            if let printed = run.printed, !printed.isEmpty { parts.append(.stream(printed)) }
            if let display = run.display, !display.isEmpty { parts.append(.result(display)) }
        } else {
            var shown = run.output
            if let error = run.error {
                shown = removingErrorLine(shown, error: error)
            }
            parts = shownParts(shown, code: code)
        }
        if let error = run.error {
            parts.append(.error(type: error.type, message: error.message))
        }
        return parts
    }

    /// Combined output without its final `Type: message` line, as a run records it.
    static func removingErrorLine(_ output: String, error: CellRunError) -> String {
        let line = error.message.isEmpty ? error.type : "\(error.type): \(error.message)"
        if output.hasSuffix(line + "\n") { return String(output.dropLast(line.count + 1)) }
        if output.hasSuffix(line) { return String(output.dropLast(line.count)) }
        return output
    }

    /// Splits a recorded output's last line off as the exception it names.
    static func splitErrorLine(_ text: String) -> (String, Part)? {
        var body = Substring(text)
        while body.last == "\n" || body.last == "\r" { body = body.dropLast() }
        let start = body.lastIndex(of: "\n").map { body.index(after: $0) } ?? body.startIndex
        let line = body[start...]
        let rest = String(text[..<start])
        let type: Substring
        let message: Substring
        if let colon = line.range(of: ": ") {
            type = line[..<colon.lowerBound]
            message = line[colon.upperBound...]
        } else {
            type = line
            message = ""
        }
        guard let first = type.first, first.isLetter || first == "_",
            type.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." })
        else { return nil }
        return (rest, .error(type: String(type), message: String(message)))
    }

    /// Combined output as one part: a result when the code ends with an expression that
    /// IPython displays, printed text otherwise.
    static func shownParts(_ text: String, code: String) -> [Part] {
        guard !text.isEmpty else { return [] }
        return OutputSplit.endsWithDisplayedExpression(code) ? [.result(text)] : [.stream(text)]
    }
}
