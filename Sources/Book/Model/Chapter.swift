/// One part of a chapter, in file order.
public enum Block: Hashable, Sendable {
    /// A top-level heading.
    case heading(Heading)
    /// Markdown between headings and top-level cells (it may hold nested cells).
    case prose(Prose)
    /// A top-level cell with its recorded output.
    case cell(Cell)
}

/// A chapter read from a Markdown file: its number, title, headings, prose and cells.
public struct Chapter: Hashable, Sendable {
    /// The file's path as it was given to the reader.
    public let path: String
    /// The chapter number from the file name (`6.2-…md` is 6.2), or `nil` when unnumbered.
    public let number: SectionNumber?
    /// The plain text of the first heading, or `nil` when the chapter has no heading.
    public let title: String?
    /// The headings, prose and top-level cells in file order.
    public let blocks: [Block]
    /// Every cell in file order, nested ones included; `cells[i].index == i + 1`.
    public let cells: [Cell]
    /// Problems that do not stop the chapter from working, such as an unclosed code fence
    /// that is not a cell.
    public let warnings: [ChapterDiagnostic]
    /// The file's bytes as they were read; the writer edits them and checks the file still
    /// holds them before replacing it.
    let bytes: [UInt8]
    /// The file's lines, for the writer.
    let lines: SourceLines

    /// The file's text as it was read.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The top-level headings in file order.
    public var headings: [Heading] {
        blocks.compactMap { block in
            if case .heading(let heading) = block { return heading }
            return nil
        }
    }

    /// The cell with a 1-based index, or `nil` when there is no such cell.
    public func cell(index: Int) -> Cell? {
        index >= 1 && index <= cells.count ? cells[index - 1] : nil
    }

    /// The file name without its directory and its last extension, such as
    /// `6.2-parameter-management`.
    public var stem: String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
