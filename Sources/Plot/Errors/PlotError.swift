/// An error from a plotting call: the Python error type matplotlib raises and its sentence.
///
/// ```swift
/// do { try axes.plot([1, 2, 3], [3, 4, 5, 6]) } catch let error as PlotError {
///     error.kind.pythonName  // "ValueError"
///     error.message  // "x and y must have same first dimension, but have shapes (3,) and (4,)"
/// }
/// ```
public struct PlotError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The Python exception type the error maps to.
    public enum Kind: String, Sendable, Equatable {
        /// Python's `ValueError`.
        case value = "ValueError"
        /// Python's `TypeError`.
        case type = "TypeError"
        /// Python's `NotImplementedError` (something matplotlib does that this library does not).
        case notImplemented = "NotImplementedError"

        /// The Python class name, such as `ValueError`.
        public var pythonName: String { rawValue }
    }

    /// The Python exception type.
    public var kind: Kind
    /// matplotlib 3.7.2's sentence, such as `'q' is not a valid format string (…)`.
    public var message: String

    /// Creates an error from its parts.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// A `ValueError`.
    static func value(_ message: String) -> PlotError { PlotError(.value, message) }

    /// A `TypeError`.
    static func type(_ message: String) -> PlotError { PlotError(.type, message) }

    /// A `NotImplementedError` saying what this library does not do.
    static func notImplemented(_ what: String) -> PlotError {
        PlotError(.notImplemented, "lit does not implement \(what)")
    }

    /// `Type: message`, as Python prints the exception's last line.
    public var description: String { "\(kind.pythonName): \(message)" }
}

/// A warning matplotlib would emit (and go on), such as a limit ignored on a log axis.
///
/// A figure collects them in `Figure.warnings`; the caller shows them (a binding prints them
/// as Python prints a `UserWarning`, or as a logged line) and empties the list with
/// `Figure.takeWarnings()`.
public struct PlotWarning: Sendable, Equatable, CustomStringConvertible {
    /// The Python warning class, such as `UserWarning`, or nil for a message matplotlib
    /// logs (printed alone on standard error).
    public var category: String?
    /// The warning's sentence.
    public var message: String

    /// Creates a warning.
    public init(category: String? = "UserWarning", _ message: String) {
        self.category = category
        self.message = message
    }

    /// `Category: message`, or the message of a logged line.
    public var description: String { category.map { "\($0): \(message)" } ?? message }
}

/// Where warnings of one figure gather until the caller takes them.
final class WarningSink {
    private(set) var warnings: [PlotWarning] = []

    func warn(_ message: String) {
        warnings.append(PlotWarning(message))
    }

    func log(_ message: String) {
        warnings.append(PlotWarning(category: nil, message))
    }

    func take() -> [PlotWarning] {
        defer { warnings = [] }
        return warnings
    }
}
