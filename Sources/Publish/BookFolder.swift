#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds the book's folder (where `index.md` is, with `theme/` beside it) from the paths given
/// on the command line.
enum BookFolder {
    /// The first path when it is a folder, otherwise the folder of the first path; `nil`
    /// when there is no path.
    static func of(_ paths: [String]) -> String? {
        guard var first = paths.first else { return nil }
        while first.count > 1, first.hasSuffix("/") { first.removeLast() }
        var status = stat()
        if stat(first, &status) == 0, status.st_mode & S_IFMT == S_IFDIR { return first }
        guard let slash = first.lastIndex(of: "/") else { return "." }
        let parent = String(first[..<slash])
        return parent.isEmpty ? "/" : parent
    }
}
