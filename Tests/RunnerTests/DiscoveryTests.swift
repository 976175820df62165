import Book
import Testing

@testable import Runner

@Suite("Finding a book's chapters")
struct DiscoveryTests {
    private let ordering = Fixtures.book("ordering")

    @Test func ordersChaptersByNumberThenUnnumberedByPath() {
        let found = ChapterFinder().find([ordering])
        #expect(found.errors.isEmpty)
        #expect(
            found.files.map(\.path) == [
                ordering + "/6.2-two.md", ordering + "/sub/6.3-three.md",
                ordering + "/6.10-ten.md", ordering + "/10-ten.md", ordering + "/intro.md",
            ])
    }

    @Test func skipsTheFrontPageHiddenFoldersAndOtherFiles() {
        let paths = ChapterFinder().find([ordering]).files.map(\.path)
        #expect(!paths.contains { $0.hasSuffix("index.md") })
        #expect(!paths.contains { $0.contains(".hidden") })
        #expect(!paths.contains { $0.hasSuffix(".txt") })
    }

    @Test func acceptsAFolderWithATrailingSlash() {
        let found = ChapterFinder().find([ordering + "/"])
        #expect(found.files.first?.path == ordering + "/6.2-two.md")
    }

    @Test func runsAFileGivenTwiceOnceWithANote() {
        let file = ordering + "/6.2-two.md"
        let found = ChapterFinder().find([file, ordering, file])
        #expect(found.files.count == 5)
        #expect(found.errors.isEmpty)
        #expect(
            found.notes == [
                "note: \(file) is given twice; it runs once",
                "note: \(file) is given twice; it runs once",
            ])
    }

    @Test func noticesTheSameFileUnderAnotherSpelling() {
        let found = ChapterFinder().find([
            ordering + "/6.2-two.md", ordering + "/sub/../6.2-two.md",
        ])
        #expect(found.files.count == 1)
        #expect(found.notes.count == 1)
        #expect(found.notes.first?.contains("is the same file as") == true)
    }

    @Test func reportsTwoFilesWithTheSameNumberNamingBoth() {
        let clash = Fixtures.book("clash")
        let found = ChapterFinder().find([clash])
        #expect(found.files.count == 2)
        #expect(
            found.errors.map(\.description) == [
                "\(clash)/1.1-b.md: error: chapter number 1.1 is also the number of "
                    + "\(clash)/1.1-a.md; rename one of them"
            ])
    }

    @Test func reportsAMissingPathAndKeepsTheOthers() {
        let found = ChapterFinder().find(["no/such/place", ordering + "/intro.md"])
        #expect(found.files.map(\.path) == [ordering + "/intro.md"])
        #expect(found.errors.map(\.description) == ["no/such/place: error: no such file or folder"])
    }

    @Test func reportsAFolderWithoutChapters() {
        let empty = Fixtures.book("empty")
        let found = ChapterFinder().find([empty])
        #expect(found.files.isEmpty)
        #expect(
            found.errors.map(\.description) == [
                "\(empty): error: no chapters in this folder (no *.md files other than index.md)"
            ])
    }

    @Test func neverRunsAFrontPageGivenByName() {
        let found = ChapterFinder().find([Fixtures.book("basic") + "/index.md"])
        #expect(found.files.isEmpty)
        #expect(found.notes.first?.contains("front page") == true)
        #expect(found.errors.map(\.message) == ["no chapters to run"])
    }

    @Test func ordersNumbersNumericallyNotAsText() {
        let files = ["x/6.10-a.md", "x/6.2-b.md", "x/b.md", "x/a.md", "x/6-c.md", "x/6.2.1-d.md"]
            .map(BookFile.init(path:)).sorted(by: BookFile.inBookOrder)
        #expect(
            files.map(\.path) == [
                "x/6-c.md", "x/6.2-b.md", "x/6.2.1-d.md", "x/6.10-a.md", "x/a.md", "x/b.md",
            ])
    }
}
