/// Maps a request's raw path to a file of the site, refusing anything that could reach
/// outside it.
enum SitePath {
    /// The site file a raw (percent-encoded) request path names, or `nil` for a path that is
    /// malformed or tries to leave the site: `..` or `.` parts (plain or encoded), encoded
    /// slashes or backslashes, NUL, empty parts, or a path not starting with `/`.
    ///
    /// `/` and paths ending in `/` name the folder's `index.html`.
    static func resolve(_ rawPath: String) -> String? {
        guard rawPath.hasPrefix("/") else { return nil }
        let lowered = rawPath.lowercased()
        for forbidden in ["%2f", "%5c", "%00", "\\", "%25"] where lowered.contains(forbidden) {
            return nil
        }
        guard let decoded = rawPath.removingPercentEncoding else { return nil }
        var path = String(decoded.dropFirst())
        if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        for part in parts where part.isEmpty || part == "." || part == ".." {
            return nil
        }
        guard !path.contains("\0") else { return nil }
        return path
    }
}
