/// A rendered site: its files by relative path, in a stable order, with their bytes.
///
/// Paths use `/`, never start with `/` and never hold `.` or `..` parts.
public struct SiteFiles: Hashable, Sendable {
    /// The paths in the order they were added.
    public private(set) var paths: [String] = []
    private var contents: [String: [UInt8]] = [:]

    /// Makes an empty site.
    public init() {}

    /// The number of files.
    public var count: Int { paths.count }

    /// The bytes of the file at `path`, or `nil` when the site has no such file.
    public subscript(path: String) -> [UInt8]? {
        contents[path]
    }

    /// The text of the file at `path` (UTF-8), or `nil` when the site has no such file.
    public func text(_ path: String) -> String? {
        contents[path].map { String(decoding: $0, as: UTF8.self) }
    }

    /// Adds a file, or replaces the bytes of one with the same path (keeping its place).
    public mutating func set(_ path: String, _ bytes: [UInt8]) throws(SiteError) {
        guard Self.isSafeRelativePath(path) else {
            throw SiteError("'\(path)' is not a relative path inside the site")
        }
        if contents.updateValue(bytes, forKey: path) == nil { paths.append(path) }
    }

    /// Adds a text file (UTF-8).
    public mutating func set(_ path: String, text: String) throws(SiteError) {
        try set(path, Array(text.utf8))
    }

    /// The total size in bytes.
    public var byteCount: Int { contents.values.reduce(0) { $0 + $1.count } }

    /// Whether a path is relative, uses `/`, and has no empty, `.` or `..` part and no
    /// backslash or NUL.
    public static func isSafeRelativePath(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0")
        else { return false }
        for part in path.split(separator: "/", omittingEmptySubsequences: false) {
            if part.isEmpty || part == "." || part == ".." { return false }
        }
        return true
    }
}
