import Book
import Foundation
import Site

/// Rendering the book's two chapters to a site, and a synthetic book of 100 and 200 chapters
/// (to see that the time grows linearly with the book).
enum SiteBenchmarks {
    static func run() {
        Bench.section("Site: static pages, search index and notebooks")
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        do {
            let theme = try Theme.standard()
            let renderer = try SiteRenderer(theme: theme)
            Bench.row(
                "compile the theme's templates",
                ms(try Bench.best { _ = try SiteRenderer(theme: theme) }))
            let layout = try BookLayout(folder: repository.appendingPathComponent("Chapters").path)
            let reader = ChapterReader()
            var book: BookInput?
            let read = try Bench.best {
                let chapters = try layout.chapterPaths.map {
                    ChapterInput(chapter: try reader.read(path: $0))
                }
                let front = try layout.frontPagePath.map { try reader.read(path: $0) }
                book = BookInput(
                    folderName: layout.folderName, frontPage: front, chapters: chapters)
            }
            guard let book else { return }
            Bench.row("read Chapters/ (2 chapters + front page)", ms(read))
            var files = SiteFiles()
            let render = try Bench.best(repeats: 20) { files = try renderer.render(book: book) }
            Bench.row(
                "render Chapters/",
                ms(render) + "  (\(files.count) files, \(files.byteCount / 1024) KiB)")
            let folder = FileManager.default.temporaryDirectory
                .appendingPathComponent(
                    "lit-bench-site-\(ProcessInfo.processInfo.processIdentifier)")
            defer { try? FileManager.default.removeItem(at: folder) }
            try files.write(to: folder.path)
            Bench.row(
                "write unchanged site (compare only)",
                ms(try Bench.best { try files.write(to: folder.path) }))
            Bench.row(
                "check site is up to date (--check)",
                ms(Bench.best { _ = files.staleFiles(comparedTo: folder.path) }))
            Bench.row(
                "read + render + write, together",
                ms(read + render + (try Bench.best { try files.write(to: folder.path) })))
            var previous: Double?
            for count in [100, 200] {
                let synthetic = try syntheticBook(chapters: count, reader: reader)
                var size = 0
                let time = try Bench.best(repeats: 3) {
                    let rendered = try renderer.render(book: synthetic)
                    size = rendered.byteCount
                }
                var note =
                    "  (\(size / 1024 / 1024) MiB, \(Bench.fixed(time * 1000 / Double(count), 3)) ms a chapter"
                if let previous {
                    note += ", x\(Bench.fixed(time / previous)) for twice the chapters"
                }
                Bench.row("render a synthetic \(count)-chapter book", ms(time) + note + ")")
                previous = time
            }
        } catch {
            print("  site benchmark failed: \(error)")
        }
    }

    static func ms(_ seconds: Double) -> String {
        Bench.fixed(seconds * 1000, 2) + " ms"
    }

    /// A book of `count` chapters of four sections, each with prose and a cell with output.
    static func syntheticBook(chapters count: Int, reader: ChapterReader) throws -> BookInput {
        var chapters: [ChapterInput] = []
        for number in 1...count {
            var text = "# Chapter \(number)\n\nIntroduction of chapter \(number).\n\n"
            for section in 1...4 {
                text += "## Section \(section)\n\nProse with `code`, *emphasis* and a "
                text += "[link](https://example.org) in section \(section).\n\n"
                text += "```python\nnet = tf.keras.layers.Dense(\(section))\nnet(X).shape\n```\n\n"
                text += "```output\nTensorShape([2, \(section)])\n```\n\n"
            }
            chapters.append(
                ChapterInput(chapter: try reader.parse(text, path: "\(number).1-chapter.md")))
        }
        return BookInput(title: "Synthetic", chapters: chapters)
    }
}
