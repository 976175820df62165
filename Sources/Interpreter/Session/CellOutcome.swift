/// The result of running one cell.
public struct CellOutcome: Sendable, Equatable {
    /// What the cell printed (with a note when the output cap cut it).
    public var printed: String
    /// The display of the cell's final expression, as IPython shows it (`nil` when nothing is
    /// displayed: no final expression, a `None` value, or a trailing `;`).
    public var display: String?
    /// The uncaught exception, if the cell failed.
    public var error: CellError?

    /// Creates an outcome.
    public init(printed: String, display: String?, error: CellError?) {
        self.printed = printed
        self.display = display
        self.error = error
    }

    /// Everything the cell shows, in order: printed text, then the display and its newline.
    public var shownText: String {
        guard let d = display else { return printed }
        return printed + d + "\n"
    }
}

/// An uncaught exception: its type, message and where it happened.
public struct CellError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The exception class name, such as `ValueError`.
    public var type: String
    /// `str(exception)`.
    public var message: String
    /// The line, inside this cell, of the innermost frame that belongs to this cell's source.
    public var line: Int
    /// The column of that location.
    public var column: Int
    /// The frames the exception passed through, outermost first.
    public var traceback: [TraceFrame]

    /// Creates an error.
    public init(type: String, message: String, line: Int, column: Int, traceback: [TraceFrame]) {
        self.type = type
        self.message = message
        self.line = line
        self.column = column
        self.traceback = traceback
    }

    /// `Type: message`, or just `Type` for an empty message: the last traceback line.
    public var description: String {
        message.isEmpty ? type : type + ": " + message
    }
}
