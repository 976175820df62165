/// A problem that stops a site from being rendered or written, with a message for people.
public struct SiteError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, naming the file where there is one.
    public let message: String

    /// Makes an error with its message.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
