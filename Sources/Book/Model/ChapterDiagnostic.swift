/// One problem found in a chapter file, located as `path:line:column` where known.
public struct ChapterDiagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Hashable, Sendable {
        /// The chapter cannot be run, tested or updated until it is fixed.
        case error
        /// The chapter works, but probably not as its author meant.
        case warning
    }

    /// Whether this is an error or a warning.
    public let severity: Severity
    /// The chapter file's path as it was given to the reader.
    public let path: String
    /// The 1-based line in the file, or `nil` when the problem is the whole file.
    public let line: Int?
    /// The 1-based column (in characters) in that line, or `nil` when not known.
    public let column: Int?
    /// What is wrong, in one sentence without a trailing period.
    public let message: String

    /// Makes a diagnostic.
    public init(
        _ severity: Severity, path: String, line: Int? = nil, column: Int? = nil,
        message: String
    ) {
        self.severity = severity
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// The compiler-style text: `path:line:column: error: message`.
    public var description: String {
        var location = path
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return "\(location): \(severity.rawValue): \(message)"
    }
}

/// The error the reader and the writer throw: one or more diagnostics of severity `error`.
public struct ChapterError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The problems, in file order; never empty.
    public let diagnostics: [ChapterDiagnostic]

    /// Makes an error from its diagnostics.
    public init(_ diagnostics: [ChapterDiagnostic]) {
        self.diagnostics = diagnostics
    }

    /// Makes an error with a single diagnostic of severity `error`.
    public init(path: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.diagnostics = [
            ChapterDiagnostic(.error, path: path, line: line, column: column, message: message)
        ]
    }

    /// Every diagnostic on its own line.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
