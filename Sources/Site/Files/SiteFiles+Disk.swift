import Foundation

/// What writing a site to a folder did.
public struct SiteWriteReport: Hashable, Sendable {
    /// Files written because they were new or changed.
    public var written: [String] = []
    /// Files left alone because they already held the same bytes.
    public var unchanged: [String] = []
    /// Files an earlier write made that the site no longer has, now removed.
    public var removed: [String] = []
}

extension SiteFiles {
    /// The name of the list of files a write made, kept in the site folder so the next write
    /// removes only its own stale files and nothing else.
    public static let manifestName = ".lit-manifest"

    /// The manifest's text: one path a line, sorted.
    var manifest: String {
        paths.sorted().map { $0 + "\n" }.joined()
    }

    /// Writes the site into `directory` (created when missing): only files whose bytes
    /// changed, then removes the files the previous write listed in its manifest that the
    /// site no longer has (never any other file), and updates the manifest.
    @discardableResult
    public func write(to directory: String) throws(SiteError) -> SiteWriteReport {
        let manager = FileManager.default
        let root = URL(fileURLWithPath: directory)
        do {
            try manager.createDirectory(at: root, withIntermediateDirectories: true)
        } catch {
            throw SiteError(
                "\(directory): cannot create the folder (\(error.localizedDescription))")
        }
        var report = SiteWriteReport()
        for path in paths {
            guard let bytes = self[path] else { continue }
            let url = root.appendingPathComponent(path)
            if let existing = manager.contents(atPath: url.path), existing.elementsEqual(bytes),
                !Self.isSymbolicLink(url.path)
            {
                report.unchanged.append(path)
                continue
            }
            try Self.replaceFile(at: url, with: bytes, directory: directory, path: path)
            report.written.append(path)
        }
        let previous = Self.readManifest(in: root)
        let current = Set(paths)
        for path in previous.sorted() where !current.contains(path) {
            let url = root.appendingPathComponent(path)
            guard Self.isRegularFile(url.path) else { continue }
            do {
                try manager.removeItem(at: url)
                report.removed.append(path)
                Self.removeEmptyFolders(above: path, in: root)
            } catch {
                throw SiteError(
                    "\(directory)/\(path): cannot remove a stale file (\(error.localizedDescription))"
                )
            }
        }
        let manifestURL = root.appendingPathComponent(Self.manifestName)
        if manager.contents(atPath: manifestURL.path).map({ Array($0) }) != Array(manifest.utf8) {
            try Self.replaceFile(
                at: manifestURL, with: Array(manifest.utf8), directory: directory,
                path: Self.manifestName)
        }
        return report
    }

    /// The files of `directory` that differ from this site: changed and missing files, files
    /// a previous write made that the site no longer has, and a stale manifest; sorted.
    public func staleFiles(comparedTo directory: String) -> [String] {
        let manager = FileManager.default
        let root = URL(fileURLWithPath: directory)
        var stale: [String] = []
        for path in paths {
            let url = root.appendingPathComponent(path)
            guard let bytes = self[path], let existing = manager.contents(atPath: url.path),
                existing.elementsEqual(bytes)
            else {
                stale.append(path)
                continue
            }
        }
        let current = Set(paths)
        for path in Self.readManifest(in: root) where !current.contains(path) {
            if Self.isRegularFile(root.appendingPathComponent(path).path) { stale.append(path) }
        }
        let manifestURL = root.appendingPathComponent(Self.manifestName)
        if manager.contents(atPath: manifestURL.path).map({ Array($0) }) != Array(manifest.utf8) {
            stale.append(Self.manifestName)
        }
        return stale.sorted()
    }

    /// The safe paths listed in the folder's manifest (an unsafe line is ignored).
    static func readManifest(in root: URL) -> Set<String> {
        let url = root.appendingPathComponent(manifestName)
        guard let data = FileManager.default.contents(atPath: url.path) else { return [] }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        return Set(lines.map(String.init).filter(isSafeRelativePath))
    }

    private static func replaceFile(
        at url: URL, with bytes: [UInt8], directory: String, path: String
    ) throws(SiteError) {
        let manager = FileManager.default
        do {
            try manager.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            // A symbolic link in the way is replaced, never written through.
            if isSymbolicLink(url.path) { try manager.removeItem(at: url) }
            try Data(bytes).write(to: url, options: .atomic)
        } catch {
            throw SiteError("\(directory)/\(path): cannot write (\(error.localizedDescription))")
        }
    }

    private static func isSymbolicLink(_ path: String) -> Bool {
        let type =
            try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType
        return type == .typeSymbolicLink
    }

    private static func isRegularFile(_ path: String) -> Bool {
        let type =
            try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType
        return type == .typeRegular
    }

    private static func removeEmptyFolders(above path: String, in root: URL) {
        var parts = path.split(separator: "/").dropLast()
        let manager = FileManager.default
        while !parts.isEmpty {
            let url = root.appendingPathComponent(parts.joined(separator: "/"))
            guard let items = try? manager.contentsOfDirectory(atPath: url.path), items.isEmpty
            else { return }
            try? manager.removeItem(at: url)
            parts = parts.dropLast()
        }
    }
}
