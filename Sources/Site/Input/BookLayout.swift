import Book
import Foundation

/// Where a book's files are: its chapters, its front page and its theme folder.
///
/// A book is a folder of Markdown chapters. `index.md` in it is the front page (not a
/// chapter); a `theme/` folder beside the chapters folder overrides the default theme.
public struct BookLayout: Hashable, Sendable {
    /// The chapters folder as given.
    public let folder: String
    /// The chapter files in book order: numbered ones by number, then unnumbered ones by name.
    public let chapterPaths: [String]
    /// The front page's path, when the folder has an `index.md`.
    public let frontPagePath: String?
    /// The theme folder beside the chapters folder, when it exists.
    public let themeFolder: String?

    /// The chapters folder's name, the book's title when it has no front page.
    public var folderName: String {
        let trimmed = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let name = trimmed.split(separator: "/").last.map(String.init) ?? trimmed
        return name == "." || name.isEmpty
            ? URL(fileURLWithPath: FileManager.default.currentDirectoryPath).lastPathComponent
            : name
    }

    /// Every file and folder a preview watches for changes: chapters, front page, theme.
    public var watchedPaths: [String] {
        [folder] + chapterPaths + (frontPagePath.map { [$0] } ?? [])
            + (themeFolder.map { [$0] } ?? [])
    }

    /// Lists the chapters folder.
    public init(folder: String) throws(SiteError) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw SiteError("\(folder): not a folder of chapters")
        }
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: folder)
        } catch {
            throw SiteError("\(folder): cannot list the folder (\(error.localizedDescription))")
        }
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        let markdown = names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }
        let chapters = markdown.filter { $0 != "index.md" }.sorted(by: Self.bookOrder)
        self.folder = folder
        self.chapterPaths = chapters.map { base + $0 }
        self.frontPagePath = markdown.contains("index.md") ? base + "index.md" : nil
        let parent = URL(fileURLWithPath: folder).standardizedFileURL.deletingLastPathComponent()
        let theme = parent.appendingPathComponent("theme").path
        var themeIsDirectory: ObjCBool = false
        self.themeFolder =
            manager.fileExists(atPath: theme, isDirectory: &themeIsDirectory)
                && themeIsDirectory.boolValue ? theme : nil
    }

    /// Numbered chapters first, by number; then by name.
    static func bookOrder(_ one: String, _ other: String) -> Bool {
        switch (SectionNumber(fileName: one), SectionNumber(fileName: other)) {
        case (let a?, let b?) where a != b: return a < b
        case (.some, nil): return true
        case (nil, .some): return false
        default: return one < other
        }
    }
}
