import Book

/// What running one cell produced: the text it printed, the display of its last expression,
/// the exception it stopped with, and how long it took.
public struct CellResult: Hashable, Sendable {
    /// The text the cell printed.
    public var printed: String
    /// The display of the cell's last expression (IPython's `Out[n]`), or `nil` when nothing
    /// was displayed.
    public var display: String?
    /// The exception the cell stopped with, or `nil` when it finished.
    public var error: CellRunError?
    /// The wall-clock time the cell took, in seconds.
    public var duration: Double

    /// Makes a result.
    public init(printed: String, display: String?, error: CellRunError?, duration: Double) {
        self.printed = printed
        self.display = display
        self.error = error
        self.duration = duration
    }

    /// What the cell showed without its exception: the printed text, then the display and its
    /// newline (the `output` of the JSON report).
    public var shownText: String {
        guard let display else { return printed }
        return printed + display + "\n"
    }

    /// The exception as the last line of a traceback shows it: `Type: message`, or `Type` for
    /// an empty message; `nil` when the cell finished.
    public var errorLine: String? {
        guard let error else { return nil }
        return error.message.isEmpty ? error.type : error.type + ": " + error.message
    }

    /// Everything the cell showed, as an output block records it: the printed text, the
    /// display, then the exception's `Type: message` line on a line of its own.
    public var recordedText: String {
        let shown = shownText
        guard let line = errorLine else { return shown }
        if shown.isEmpty || shown.utf8.last == UInt8(ascii: "\n") {
            return shown + line + "\n"
        }
        return shown + "\n" + line + "\n"
    }

    /// The result as the doc-test and the site take it.
    public var cellRun: CellRun {
        CellRun(output: recordedText, error: error, printed: printed, display: display)
    }

    /// Whether the cell stopped because it ran past its time limit.
    public var timedOut: Bool {
        error?.type == "TimeoutError"
    }
}
