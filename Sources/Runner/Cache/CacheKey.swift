import Book

/// Everything a chapter's results depend on, compared in full when an entry is looked up.
struct CacheKey: Hashable, Sendable {
    /// The chapter file's real path.
    var path: String
    /// The engine's identity (``EngineIdentity``).
    var engine: String
    /// The seed, in decimal.
    var seed: String
    /// The kernel's limits (``KernelFactory/resultIdentity``).
    var limits: String
    /// Every cell's index, options and code, in an unambiguous encoding.
    var cells: String

    /// The key of a chapter's results.
    init(chapter: Chapter, canonicalPath: String, engine: String, seed: UInt64, limits: String) {
        self.path = canonicalPath
        self.engine = engine
        self.seed = String(seed)
        self.limits = limits
        var cells = ""
        for cell in chapter.cells {
            let options = cell.options.words.joined(separator: " ")
            cells += "\(cell.index) \(options.utf8.count):\(options) \(cell.code.utf8.count):"
            cells += cell.code
            cells += "\n"
        }
        self.cells = cells
    }

    init(path: String, engine: String, seed: String, limits: String, cells: String) {
        self.path = path
        self.engine = engine
        self.seed = seed
        self.limits = limits
        self.cells = cells
    }

    /// Why results stored under `stored` don't fit this key, or `nil` when they do.
    func mismatch(with stored: CacheKey) -> RunReason? {
        if stored.path != path { return .noEntry }
        if stored.engine != engine { return .engineChanged }
        if stored.seed != seed { return .seedChanged }
        if stored.limits != limits { return .limitsChanged }
        if stored.cells != cells { return .cellsChanged }
        return nil
    }

    /// The entry's file name: a 64-bit FNV-1a hash of the path in hex (only to spread
    /// entries; the whole key is stored and compared).
    var fileName: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in path.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex + ".entry"
    }
}
