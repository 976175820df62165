import Foundation

/// The rules of golden files: which are lit's own snapshots (rewritten by `make golden`) and
/// which are references made by real TensorFlow, Jupyter or CPython (rewritten only by
/// `make reference`).
///
/// A folder holding a file named ``referenceMarker`` holds references, all the way down;
/// the marker says which program wrote them. Every other golden file is a snapshot of what
/// lit prints.
public enum GoldenFiles {
    /// The name of the file that marks a folder of reference files.
    public static let referenceMarker = "REFERENCE.md"

    /// Whether golden files are being regenerated (`make golden`, `LIT_UPDATE_GOLDEN=1`).
    public static var updating: Bool {
        ProcessInfo.processInfo.environment["LIT_UPDATE_GOLDEN"] == "1"
    }

    /// The marker file that makes `file` a reference file, or `nil` for lit's own snapshot.
    public static func referenceMarker(of file: URL) -> URL? {
        let root = Repository.root.standardizedFileURL.path
        var folder = file.standardizedFileURL.deletingLastPathComponent()
        while folder.path.hasPrefix(root) && folder.path != root {
            let marker = folder.appendingPathComponent(referenceMarker)
            if FileManager.default.fileExists(atPath: marker.path) { return marker }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    /// Writes a golden file (making its folders); refuses to change a reference file (one
    /// that already says `text` is left alone).
    public static func write(_ text: String, to file: URL) throws {
        if let marker = referenceMarker(of: file) {
            if (try? Data(contentsOf: file)) == Data(text.utf8) { return }
            throw ReferenceFileError(file: file, marker: marker)
        }
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file, options: .atomic)
    }
}

/// `make golden` was asked to rewrite a file whose truth comes from TensorFlow, Jupyter or
/// CPython.
public struct ReferenceFileError: Error, CustomStringConvertible {
    /// The file that was not rewritten.
    public let file: URL
    /// The marker of its folder.
    public let marker: URL

    /// What to do about it.
    public var description: String {
        let relative = file.path.replacingOccurrences(of: Repository.root.path + "/", with: "")
        let markerRelative = marker.path.replacingOccurrences(
            of: Repository.root.path + "/", with: "")
        return "refusing to rewrite \(relative): it is a reference file (see \(markerRelative)); "
            + "lit's output must not become its own oracle. Regenerate references with "
            + "'make reference', or fix lit."
    }
}
