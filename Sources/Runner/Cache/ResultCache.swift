import Book

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Stored results of chapters, so `lit test` reuses them while nothing they depend on
/// changed.
///
/// Entries live in `<directory>/results/`, one file per chapter named by a hash of the
/// chapter's real path; `directory` is `.lit-cache` in the current folder by default
/// (`make clean` removes it). An entry holds its whole key: the chapter's real path, every
/// cell's code and options, the seed, the kernel's limits and the engine's identity (the lit
/// version and the executable's size and modification time), and it is reused only when all
/// of them are equal. Recorded outputs are not part of the key: an edited output block is
/// checked against the stored results. Writes are atomic (a temporary file and a rename); a
/// damaged entry is ignored and rewritten, never an error; a cache that cannot be written is
/// skipped silently.
public struct ResultCache: Hashable, Sendable {
    /// The folder `.lit-cache` holds entries in, relative to the current folder.
    public static let defaultDirectory = ".lit-cache"

    /// The cache's folder.
    public var directory: String
    /// The identity of the engine producing results (see ``EngineIdentity``).
    public var engine: String

    /// Makes a cache in `directory`, keyed on `engine`.
    public init(
        directory: String = ResultCache.defaultDirectory, engine: String = EngineIdentity.current()
    ) {
        self.directory = directory
        self.engine = engine
    }

    /// What looking a chapter up found.
    enum Lookup {
        /// Stored results that fit.
        case hit([Int: CellResult])
        /// Nothing usable, and why.
        case miss(RunReason)
    }

    private var resultsFolder: String { directory + "/results" }

    /// The key of a chapter's results under this cache's engine.
    func key(for chapter: Chapter, seed: UInt64, limits: String) -> CacheKey {
        CacheKey(
            chapter: chapter, canonicalPath: ChapterFinder.canonicalPath(chapter.path),
            engine: engine, seed: seed, limits: limits)
    }

    /// Looks up the stored results for `key`.
    func lookup(_ key: CacheKey) -> Lookup {
        let path = resultsFolder + "/" + key.fileName
        guard let bytes = Self.readFile(path) else { return .miss(.noEntry) }
        guard let (stored, results) = CacheEntry.decode(bytes) else {
            return .miss(.unreadableEntry)
        }
        if let reason = key.mismatch(with: stored) { return .miss(reason) }
        return .hit(results)
    }

    /// Stores results under `key`, replacing any entry atomically; failures are ignored.
    func store(_ key: CacheKey, results: [Int: CellResult]) {
        let folder = resultsFolder
        guard Self.makeFolders(folder) else { return }
        let bytes = CacheEntry.encode(key: key, results: results)
        var template = Array("\(folder)/.\(key.fileName).XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard descriptor >= 0 else { return }
        let temporary = String(
            decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { raw in
                write(descriptor, raw.baseAddress.map { $0 + written }, raw.count - written)
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            written += count
        }
        let closed = close(descriptor) == 0
        if written != bytes.count || !closed
            || rename(temporary, folder + "/" + key.fileName) != 0
        {
            unlink(temporary)
        }
    }

    private static func makeFolders(_ path: String) -> Bool {
        var status = stat()
        if stat(path, &status) == 0 { return status.st_mode & S_IFMT == S_IFDIR }
        do {
            try FileManager.default.createDirectory(
                atPath: path, withIntermediateDirectories: true)
            return true
        } catch {
            return false
        }
    }

    private static func readFile(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { raw in
                read(descriptor, raw.baseAddress, raw.count)
            }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return nil }
            if count == 0 { return bytes }
            bytes.append(contentsOf: buffer[0..<count])
        }
    }
}
