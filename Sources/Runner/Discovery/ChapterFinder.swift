import Book

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds a book's chapter files from paths given on the command line.
///
/// A path is a chapter file or a folder searched recursively for `*.md` files. Names that
/// start with `.` (such as `.lit-cache`) are skipped, and so is a folder's `index.md`: it is
/// the book's front page, not a chapter. The same file reached twice (given twice, or through
/// a symbolic link) runs once, with a note. Two different files with the same chapter number
/// are an error naming both (they still run).
public struct ChapterFinder: Sendable {
    /// The name of a book's front page, which is never run.
    public static let frontPageName = "index.md"

    /// Makes a finder.
    public init() {}

    /// Finds the chapters under `paths`, in book order.
    public func find(_ paths: [String]) -> BookDiscovery {
        var found: [BookFile] = []
        var errors: [ChapterDiagnostic] = []
        var notes: [String] = []
        var seen: [String: String] = [:]
        for given in paths {
            let path = Self.trimmingTrailingSlashes(given)
            var status = stat()
            guard stat(path, &status) == 0 else {
                let reason =
                    errno == ENOENT
                    ? "no such file or folder"
                    : "cannot read it: \(String(cString: strerror(errno)))"
                errors.append(ChapterDiagnostic(.error, path: given, message: reason))
                continue
            }
            var candidates: [String] = []
            if status.st_mode & S_IFMT == S_IFDIR {
                var visited: Set<FileIdentity> = []
                walk(path, into: &candidates, visited: &visited)
                if candidates.isEmpty {
                    errors.append(
                        ChapterDiagnostic(
                            .error, path: given,
                            message: "no chapters in this folder (no *.md files other than "
                                + "\(Self.frontPageName))"))
                }
            } else if Self.lastComponent(path) == Self.frontPageName {
                notes.append(
                    "note: \(given) is the book's front page, not a chapter; it is not run")
            } else {
                candidates.append(path)
            }
            for candidate in candidates {
                let identity = Self.canonicalPath(candidate)
                if let first = seen[identity] {
                    notes.append(
                        candidate == first
                            ? "note: \(candidate) is given twice; it runs once"
                            : "note: \(candidate) is the same file as \(first); it runs once")
                    continue
                }
                seen[identity] = candidate
                found.append(BookFile(path: candidate))
            }
        }
        found.sort(by: BookFile.inBookOrder)
        errors += Self.numberClashes(found)
        if found.isEmpty, errors.isEmpty {
            errors.append(ChapterDiagnostic(.error, path: "lit", message: "no chapters to run"))
        }
        return BookDiscovery(files: found, errors: errors, notes: notes)
    }

    /// Appends the chapter files under `folder`, depth first, each folder's entries by name.
    private func walk(
        _ folder: String, into files: inout [String], visited: inout Set<FileIdentity>
    ) {
        var status = stat()
        guard stat(folder, &status) == 0,
            visited.insert(
                FileIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
            )
            .inserted
        else { return }
        guard let directory = opendir(folder) else { return }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            names.append(name)
        }
        closedir(directory)
        names.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        for name in names {
            let path = folder == "/" ? "/" + name : folder + "/" + name
            var entryStatus = stat()
            guard stat(path, &entryStatus) == 0 else { continue }
            switch entryStatus.st_mode & S_IFMT {
            case S_IFDIR:
                walk(path, into: &files, visited: &visited)
            case S_IFREG where name.hasSuffix(".md") && name != Self.frontPageName:
                files.append(path)
            default:
                continue
            }
        }
    }

    /// Errors for files that share a chapter number, naming both.
    private static func numberClashes(_ files: [BookFile]) -> [ChapterDiagnostic] {
        var errors: [ChapterDiagnostic] = []
        var owners: [SectionNumber: String] = [:]
        for file in files {
            guard let number = file.number else { continue }
            if let first = owners[number] {
                errors.append(
                    ChapterDiagnostic(
                        .error, path: file.path,
                        message: "chapter number \(number) is also the number of \(first); "
                            + "rename one of them"))
            } else {
                owners[number] = file.path
            }
        }
        return errors
    }

    private static func trimmingTrailingSlashes(_ path: String) -> String {
        var path = path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return path
    }

    private static func lastComponent(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// The file's real path (symbolic links resolved), or the path itself when it has none.
    static func canonicalPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// A file's identity on disk, to notice a folder reached twice through links.
private struct FileIdentity: Hashable {
    let device: UInt64
    let inode: UInt64
}
