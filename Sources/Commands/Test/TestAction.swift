import Book
import Runner

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `lit test`: runs chapters (or reuses their cached results) and doc-tests every cell
/// against its recorded output.
///
/// Prints each failure (`path:line: cell N: output differs` with a unified diff, or
/// `path:line:col: Type: message` for an unexpected exception), then `N passed, N failed`
/// (`, N skipped` when cells were not checked). Exit status: 0 when all passed, 1 when a cell
/// failed, 2 for a missing path, an unreadable chapter or an unwritable JUnit file.
public struct TestAction: Sendable {
    /// The shared options.
    public var options: BookOptions
    /// Where to write JUnit XML, or `nil` for none.
    public var junitPath: String?
    /// Print one line per chapter saying whether it ran, and why, or reused stored results.
    public var explains: Bool
    /// Makes each chapter's kernel.
    public var kernels: any KernelFactory
    /// The result cache, or `nil` to run everything (`--no-cache`).
    public var cache: ResultCache?

    /// Makes the action; kernels follow the options, results are cached in `.lit-cache`.
    public init(
        options: BookOptions, junitPath: String? = nil, explains: Bool = false,
        kernels: (any KernelFactory)? = nil, cache: ResultCache? = ResultCache()
    ) {
        self.options = options
        self.junitPath = junitPath
        self.explains = explains
        self.kernels = kernels ?? options.kernels
        self.cache = cache
    }

    /// Runs the doc-test, writing reports to `console`, and returns the exit status.
    public func perform(console: Console) -> CommandStatus {
        let discovery = ChapterFinder().find(options.paths)
        var inputProblems = CommandOutput.report(discovery, on: console)
        guard !discovery.files.isEmpty else { return .usage }
        let report = TestReport(style: TextStyle(enabled: console.usesColor))
        let plain = TestReport(style: TextStyle(enabled: false))
        let runner = BookRunner(
            kernels: kernels, settings: options.settings(cache: cache, reusesCache: true))
        var verdicts: [ChapterVerdict] = []
        var outcomes: [ChapterOutcome] = []
        var tally = TestTally()
        runner.stream(discovery.files) { outcome in
            if CommandOutput.report(outcome, on: console) { inputProblems = true }
            let verdict = ChapterVerdict(outcome: outcome, tolerance: options.tolerance)
            if junitPath != nil { verdicts.append(verdict) }
            if options.format == .json { outcomes.append(outcome) }
            tally = tally + verdict.tally
            let explanation = "\(outcome.path): \(outcome.cacheDecision)\n"
            switch options.format {
            case .text:
                if explains { console.write(explanation) }
                console.write(report.chapter(verdict))
            case .json:
                if explains { console.writeError(explanation) }
                console.writeError(plain.chapter(verdict))
            }
            console.flush()
        }
        if let junitPath {
            let document = JUnitReport.document(verdicts)
            if let problem = Self.write(document, to: junitPath) {
                console.writeError(
                    "\(junitPath): error: cannot write the JUnit report: \(problem)\n")
                inputProblems = true
            }
        }
        switch options.format {
        case .text:
            console.write(report.summary(tally))
        case .json:
            console.write(JSONReport.document(outcomes))
            console.writeError(plain.summary(tally))
        }
        console.flush()
        return CommandStatus.of(test: tally, inputProblems: inputProblems)
    }

    /// Writes a report file; returns what went wrong, or `nil`.
    private static func write(_ text: String, to path: String) -> String? {
        guard let file = fopen(path, "w") else { return String(cString: strerror(errno)) }
        var text = text
        let written = text.withUTF8 { buffer in
            buffer.baseAddress.map { fwrite($0, 1, buffer.count, file) } ?? 0
        }
        let failed = written != text.utf8.count
        let problem = failed ? String(cString: strerror(errno)) : nil
        if fclose(file) != 0, problem == nil { return String(cString: strerror(errno)) }
        return problem
    }
}
