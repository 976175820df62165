import Book
import Foundation

@testable import Site

/// Books the tests render.
enum Books {
    /// The fixture book (`Fixtures/book`), read with `reader`, without runs.
    static func fixture(reader: ChapterReader = ChapterReader()) throws -> BookInput {
        let layout = try BookLayout(folder: Golden.fixtures.appendingPathComponent("book").path)
        let chapters = try layout.chapterPaths.map {
            ChapterInput(chapter: try reader.read(path: $0))
        }
        let front = try layout.frontPagePath.map { try reader.read(path: $0) }
        return BookInput(folderName: layout.folderName, frontPage: front, chapters: chapters)
    }

    /// The repository's own book (`Chapters/`), its cells given the real TensorFlow 2.15
    /// outputs of `Tests/Fixtures/tensorflow-2.15/chapter-*.json` as runs (matched by code).
    static func repositoryBook() throws -> BookInput {
        let folder = Golden.repository.appendingPathComponent("Chapters").path
        let layout = try BookLayout(folder: folder)
        let reader = ChapterReader()
        var chapters: [ChapterInput] = []
        for path in layout.chapterPaths {
            let chapter = try reader.read(path: path)
            chapters.append(ChapterInput(chapter: chapter, runs: try realRuns(for: chapter)))
        }
        let front = try layout.frontPagePath.map { try reader.read(path: $0) }
        return BookInput(folderName: layout.folderName, frontPage: front, chapters: chapters)
    }

    /// Runs taken from the real TensorFlow outputs recorded for a chapter, by cell code.
    static func realRuns(for chapter: Chapter) throws -> [Int: CellRun] {
        let url = Golden.repository.appendingPathComponent(
            "Tests/Fixtures/tensorflow-2.15/chapter-\(chapter.stem).json")
        guard let data = FileManager.default.contents(atPath: url.path) else { return [:] }
        struct File: Decodable {
            struct Cell: Decodable {
                let code: String
                let output: String
                let error: String?
            }
            let cells: [Cell]
        }
        let file = try JSONDecoder().decode(File.self, from: data)
        var byCode: [String: File.Cell] = [:]
        for cell in file.cells { byCode[cell.code] = cell }
        var runs: [Int: CellRun] = [:]
        for cell in chapter.cells {
            let code = cell.code.hasSuffix("\n") ? String(cell.code.dropLast()) : cell.code
            guard let real = byCode[code] else { continue }
            var error: CellRunError?
            if let text = real.error {
                let parts = text.split(separator: ":", maxSplits: 1)
                error = CellRunError(
                    type: String(parts.first ?? ""),
                    message: parts.count > 1 ? String(parts[1].dropFirst()) : "")
            }
            runs[cell.index] = CellRun(output: real.output, error: error)
        }
        return runs
    }

    /// A synthetic book of `count` chapters, each with sections, prose and cells.
    static func synthetic(chapters count: Int) throws -> BookInput {
        let reader = ChapterReader()
        var chapters: [ChapterInput] = []
        for number in 1...count {
            var text = "# Chapter \(number) & more\n\nIntro of chapter \(number).\n\n"
            for section in 1...4 {
                text += "## Section \(section)\n\nSome prose with `code` and *emphasis* in "
                text += "section \(section) of chapter \(number).\n\n"
                text += "```python\nx = [\(section), \(number)]\nx\n```\n\n"
                text += "```output\n[\(section), \(number)]\n```\n\n"
            }
            let chapter = try reader.parse(text, path: "book/\(number).1-chapter-\(number).md")
            chapters.append(ChapterInput(chapter: chapter))
        }
        return BookInput(title: "Synthetic", chapters: chapters)
    }
}
