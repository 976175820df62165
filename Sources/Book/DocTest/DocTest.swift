/// What running a cell produced, as the doc-test needs it.
public struct CellRun: Hashable, Sendable {
    /// Everything the cell showed: printed text, then the display of its last expression,
    /// then, when it raised, the exception's `Type: message` line.
    public var output: String
    /// The exception the cell stopped with, or `nil` when it finished.
    public var error: CellRunError?
    /// The text the cell printed (its standard output), when the runner tells it apart from
    /// the displayed value; `nil` when only ``output`` is known.
    public var printed: String?
    /// The display of the cell's last expression (IPython's `Out[n]`), when the runner tells it
    /// apart from the printed text; `nil` when only ``output`` is known or nothing was shown.
    public var display: String?

    /// Makes a run result.
    ///
    /// `printed` and `display` are optional parts of `output` for pages and notebooks that
    /// show them apart; the doc-test compares `output` only.
    public init(
        output: String, error: CellRunError? = nil, printed: String? = nil,
        display: String? = nil
    ) {
        self.output = output
        self.error = error
        self.printed = printed
        self.display = display
    }
}

/// An exception a cell stopped with, located in the cell's code.
public struct CellRunError: Hashable, Sendable {
    /// The exception's type name, such as `ValueError`.
    public var type: String
    /// The exception's message.
    public var message: String
    /// The 1-based line in the cell's code where it was raised, if known.
    public var line: Int?
    /// The 1-based column in that line, if known.
    public var column: Int?

    /// Makes an exception description.
    public init(type: String, message: String, line: Int? = nil, column: Int? = nil) {
        self.type = type
        self.message = message
        self.line = line
        self.column = column
    }
}

/// Why a cell failed its doc-test, with the text `lit test` prints.
public struct DocTestFailure: Hashable, Sendable, CustomStringConvertible {
    /// The kind of failure.
    public enum Kind: Hashable, Sendable {
        /// The output differs from the recorded block; `diff` is the unified diff from the
        /// recorded text to the actual one.
        case outputDiffers(diff: String)
        /// The cell raised an exception without the `raises` option.
        case unexpectedError(type: String, message: String)
        /// The cell has the `raises` option but finished without an exception.
        case missingError
    }

    /// The chapter file's path.
    public let path: String
    /// The 1-based line in the Markdown file: the cell's opening fence, or for an unexpected
    /// error the line of the code that raised it.
    public let line: Int
    /// The 1-based column in the Markdown file, for an unexpected error.
    public let column: Int?
    /// The cell's index in its chapter.
    public let cellIndex: Int
    /// What went wrong.
    public let kind: Kind

    /// The report: `path:line: cell N: output differs` and a unified diff;
    /// `path:line:col: Type: message` for an unexpected error;
    /// `path:line: cell N: expected an exception, but the cell finished without one`.
    public var description: String {
        switch kind {
        case .outputDiffers(let diff):
            let header = "\(path):\(line): cell \(cellIndex): output differs"
            return diff.isEmpty ? header : header + "\n" + String(diff.dropLast())
        case .unexpectedError(let type, let message):
            let location = "\(path):\(line):\(column ?? 1)"
            return message.isEmpty ? "\(location): \(type)" : "\(location): \(type): \(message)"
        case .missingError:
            return "\(path):\(line): cell \(cellIndex): expected an exception (option 'raises'), "
                + "but the cell finished without one"
        }
    }
}

/// The result of doc-testing one cell.
public enum DocTestOutcome: Hashable, Sendable {
    /// The cell's output matches its recorded block.
    case passed
    /// The cell is not checked: it has the `norun` option (it did not run) or `nocheck`.
    case skipped
    /// The cell failed.
    case failed(DocTestFailure)
}

/// Doc-tests cells: compares what a cell showed with the output recorded under it.
public struct DocTest: Hashable, Sendable {
    /// The relative tolerance for floats, unless a cell sets its own with `tolerance=`.
    public var tolerance: Double

    /// Makes a doc-test with a default relative tolerance for floats.
    public init(tolerance: Double = 1e-6) {
        self.tolerance = tolerance
    }

    /// Checks one cell of the chapter at `path` against what it did when it ran (`nil` when
    /// it did not run).
    ///
    /// A `norun` cell, or one that did not run, is skipped. An exception fails the cell unless
    /// it has `raises`; a `raises` cell that finishes fails too. Otherwise a `nocheck` cell is
    /// skipped, and any other cell passes when its output matches the recorded block under
    /// ``OutputComparison`` (a cell without a block expects no output).
    public func check(_ cell: Cell, path: String, run: CellRun?) -> DocTestOutcome {
        guard let run, !cell.options.norun else { return .skipped }
        if let error = run.error, !cell.options.raises {
            let location =
                error.line.map { cell.fileLocation(line: $0, column: error.column ?? 1) }
                ?? (line: cell.fenceLine, column: error.column ?? 1)
            return .failed(
                DocTestFailure(
                    path: path, line: location.line, column: location.column,
                    cellIndex: cell.index,
                    kind: .unexpectedError(type: error.type, message: error.message)))
        }
        if run.error == nil, cell.options.raises {
            return .failed(
                DocTestFailure(
                    path: path, line: cell.fenceLine, column: nil, cellIndex: cell.index,
                    kind: .missingError))
        }
        if cell.options.nocheck { return .skipped }
        let comparison = OutputComparison(tolerance: cell.options.tolerance ?? tolerance)
        let recorded = cell.output?.text ?? ""
        guard !comparison.matches(recorded: recorded, actual: run.output) else { return .passed }
        let diff = UnifiedDiff.make(
            old: OutputText.normalized(recorded), new: OutputText.normalized(run.output),
            same: comparison.linesMatch)
        return .failed(
            DocTestFailure(
                path: path, line: cell.fenceLine, column: nil, cellIndex: cell.index,
                kind: .outputDiffers(diff: diff)))
    }
}
