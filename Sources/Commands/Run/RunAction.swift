import Book
import Runner

/// `lit run`: runs chapters, shows every cell's code and output, optionally records the
/// outputs in the files (`--update`), and ends with how many recorded outputs differ.
///
/// Exit status: 0 when every chapter ran (outputs that differ are reported, not failures),
/// 2 when a path is missing, a chapter cannot be read or run, or a file cannot be updated.
public struct RunAction: Sendable {
    /// The shared options.
    public var options: BookOptions
    /// Record each cell's output in its chapter file.
    public var updates: Bool
    /// Makes each chapter's kernel.
    public var kernels: any KernelFactory
    /// Where results are stored for a later `lit test`, or `nil` for no cache.
    public var cache: ResultCache?

    /// Makes the action; kernels follow the options, results go to `.lit-cache`.
    public init(
        options: BookOptions, updates: Bool = false, kernels: (any KernelFactory)? = nil,
        cache: ResultCache? = ResultCache()
    ) {
        self.options = options
        self.updates = updates
        self.kernels = kernels ?? options.kernels
        self.cache = cache
    }

    /// Runs the book, writing reports to `console`, and returns the exit status.
    public func perform(console: Console) -> CommandStatus {
        let discovery = ChapterFinder().find(options.paths)
        var status: CommandStatus = CommandOutput.report(discovery, on: console) ? .usage : .success
        guard !discovery.files.isEmpty else { return .usage }
        let report = RunReport(
            style: TextStyle(enabled: console.usesColor), tolerance: options.tolerance)
        let recorder = OutputRecorder(
            console: console, notesToStandardError: options.format == .json)
        let runner = BookRunner(
            kernels: kernels, settings: options.settings(cache: cache, reusesCache: false))
        var tally = RunTally()
        var outcomes: [ChapterOutcome] = []
        runner.stream(discovery.files) { outcome in
            if options.format == .json { outcomes.append(outcome) }
            if CommandOutput.report(outcome, on: console) { status = max(status, .usage) }
            tally.add(outcome, tolerance: options.tolerance)
            if options.format == .text {
                console.write(report.chapter(outcome))
            }
            if updates {
                switch recorder.record(outcome) {
                case .written: tally.updatedFiles += 1
                case .unchanged: break
                case .failed: status = max(status, .usage)
                }
            }
            console.flush()
        }
        switch options.format {
        case .text: console.write(tally.summary(updating: updates) + "\n")
        case .json:
            console.write(JSONReport.document(outcomes))
            console.writeError(tally.summary(updating: updates) + "\n")
        }
        console.flush()
        return status
    }
}

/// Records a chapter's outputs in its file for `lit run --update`.
struct OutputRecorder {
    let console: Console
    let notesToStandardError: Bool

    enum Result {
        case written
        case unchanged
        case failed
    }

    /// Writes the outputs of the cells that ran (never for a chapter with problems), warning
    /// about exceptions recorded from cells without `raises` and `raises` cells that finished.
    func record(_ outcome: ChapterOutcome) -> Result {
        guard let chapter = outcome.chapter, outcome.problems.isEmpty else { return .failed }
        var outputs: [Int: String] = [:]
        for cell in chapter.cells {
            guard let result = outcome.results[cell.index] else { continue }
            outputs[cell.index] = result.recordedText
            if let error = result.error, !cell.options.raises {
                let location = cell.fileLocation(line: error.line ?? 0, column: error.column ?? 1)
                console.writeError(
                    "\(chapter.path):\(location.line):\(location.column): warning: cell "
                        + "\(cell.index) raised \(result.errorLine ?? error.type); recorded "
                        + "anyway (add the 'raises' option if it is expected)\n")
            } else if result.error == nil, cell.options.raises {
                console.writeError(
                    "\(chapter.path):\(cell.fenceLine): warning: cell \(cell.index) has the "
                        + "'raises' option but finished without an exception\n")
            }
        }
        do {
            switch try ChapterWriter.write(chapter, outputs: outputs) {
            case .written:
                let note = "updated: \(chapter.path)\n"
                if notesToStandardError { console.writeError(note) } else { console.write(note) }
                return .written
            case .unchanged:
                return .unchanged
            }
        } catch {
            console.writeError(error.description + "\n")
            return .failed
        }
    }
}
