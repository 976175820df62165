import Site

/// The site a preview serves now: the last good build, its version, and the error of the
/// last rebuild when it failed.
actor PreviewState {
    /// The files served.
    private(set) var files: SiteFiles
    /// Counts builds and failed rebuilds; pages reload when it changes.
    private(set) var version = 1
    /// The message of the last rebuild when it failed, or `nil` when it succeeded.
    private(set) var error: String?

    init(files: SiteFiles) {
        self.files = files
    }

    /// Swaps in a new build and clears any error.
    func replace(with files: SiteFiles) {
        self.files = files
        version += 1
        error = nil
    }

    /// Keeps the last good build and records why the rebuild failed.
    func fail(_ message: String) {
        version += 1
        error = message
    }

    /// The bytes and version of a file, read together.
    func file(_ path: String) -> (bytes: [UInt8], version: Int)? {
        files[path].map { ($0, version) }
    }
}
