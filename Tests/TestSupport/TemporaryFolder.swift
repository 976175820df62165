import Foundation

/// A folder of its own under the system's temporary directory, removed when the last
/// reference to it goes (or by `remove()`).
public final class TemporaryFolder: Sendable {
    /// The folder.
    public let url: URL

    /// Makes a new empty folder whose name starts with `prefix`.
    public init(prefix: String = "lit-tests") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        remove()
    }

    /// The folder's path.
    public var path: String { url.path }

    /// Writes a text file (making its folders) and returns its path.
    @discardableResult
    public func write(_ relative: String, _ text: String) throws -> String {
        try write(relative, Array(text.utf8))
    }

    /// Writes a file of bytes (making its folders) and returns its path.
    @discardableResult
    public func write(_ relative: String, _ bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file.path
    }

    /// The text of a file inside, or `nil` when there is none.
    public func read(_ relative: String) -> String? {
        FileManager.default.contents(atPath: url.appendingPathComponent(relative).path)
            .map { String(decoding: $0, as: UTF8.self) }
    }

    /// The names inside a sub-folder (hidden ones included), sorted.
    public func entries(_ relative: String = "") throws -> [String] {
        try FileManager.default.contentsOfDirectory(
            atPath: url.appendingPathComponent(relative).path
        ).sorted()
    }

    /// Removes the folder and everything in it.
    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
