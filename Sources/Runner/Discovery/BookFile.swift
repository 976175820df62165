import Book

/// A chapter file found for a run, in book order.
public struct BookFile: Hashable, Sendable {
    /// The path as the user wrote it, or a folder the user gave joined with the file's path
    /// inside it (such as `Chapters/6.2-parameter-management.md`).
    public var path: String
    /// The chapter number from the file name, or `nil` when unnumbered.
    public var number: SectionNumber?

    /// Makes a file entry; the number comes from the file name.
    public init(path: String) {
        self.path = path
        self.number = SectionNumber(fileName: path)
    }

    /// Book order: numbered chapters by number (`6.2` before `6.10`), then unnumbered ones,
    /// each group by path.
    static func inBookOrder(_ one: BookFile, _ other: BookFile) -> Bool {
        switch (one.number, other.number) {
        case (let a?, let b?) where a != b: return a < b
        case (.some, .none): return true
        case (.none, .some): return false
        default: return one.path.utf8.lexicographicallyPrecedes(other.path.utf8)
        }
    }
}

/// The chapters found from the paths a user gave, with the problems met on the way.
public struct BookDiscovery: Hashable, Sendable {
    /// The chapter files in book order, each once.
    public var files: [BookFile]
    /// Problems that make the run fail with exit status 2: a missing path, a folder without
    /// chapters, two files with the same chapter number.
    public var errors: [ChapterDiagnostic]
    /// Remarks that change nothing, such as a file given twice.
    public var notes: [String]

    /// Makes a discovery result.
    public init(files: [BookFile], errors: [ChapterDiagnostic], notes: [String]) {
        self.files = files
        self.errors = errors
        self.notes = notes
    }
}
