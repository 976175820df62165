/// A syntax error in a cell's source, located the way CPython 3.11 locates it.
///
/// `line` and `column` are 1-based; `column` counts Unicode scalars and names the character
/// the caret points at (CPython's `SyntaxError.offset`).
public struct SyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The Python exception type a syntax problem is reported as.
    public enum Kind: String, Equatable, Sendable, CaseIterable {
        /// `SyntaxError`.
        case syntaxError = "SyntaxError"
        /// `IndentationError` (a subclass of `SyntaxError` in Python).
        case indentationError = "IndentationError"
        /// `TabError` (a subclass of `IndentationError` in Python).
        case tabError = "TabError"
        /// `RecursionError`: the source nests deeper than the parser allows, as CPython's
        /// compiler reports for very deep expressions.
        case recursionError = "RecursionError"
    }

    /// The Python exception type.
    public var kind: Kind
    /// The message, in CPython 3.11's wording where CPython has one.
    public var message: String
    /// The 1-based line of the error.
    public var line: Int
    /// The 1-based column (in Unicode scalars) the caret points at.
    public var column: Int

    /// Creates an error of a given kind at a 1-based line and column.
    public init(_ kind: Kind, _ message: String, line: Int, column: Int) {
        self.kind = kind
        self.message = message
        self.line = line
        self.column = column
    }

    /// Creates a `SyntaxError` at a 1-based line and column.
    public init(_ message: String, line: Int, column: Int) {
        self.init(.syntaxError, message, line: line, column: column)
    }

    /// Creates an error of a given kind at a source location.
    public init(_ kind: Kind, _ message: String, at location: SourceLocation) {
        self.init(kind, message, line: location.line, column: location.column)
    }

    /// Creates a `SyntaxError` at a source location.
    public init(_ message: String, at location: SourceLocation) {
        self.init(.syntaxError, message, line: location.line, column: location.column)
    }

    /// The Python exception type name, such as `IndentationError`.
    public var typeName: String { kind.rawValue }

    /// Where the caret points.
    public var location: SourceLocation { SourceLocation(line: line, column: column) }

    /// `Type: message`, the last line of a Python traceback.
    public var description: String { "\(kind.rawValue): \(message)" }
}
