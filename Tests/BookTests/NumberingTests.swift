import Testing

@testable import Book

@Suite struct NumberingTests {
    let reader = ChapterReader(options: ReadOptions(rendersHTML: false))

    @Test(arguments: [
        ("6.2-parameter-management.md", "6.2"),
        ("Chapters/6.2-parameter-management.md", "6.2"),
        ("6.2.md", "6.2"),
        ("6.2.parameters.md", "6.2"),
        ("06-intro.md", "6"),
        ("10.1_x.md", "10.1"),
        ("7 spaced.md", "7"),
        ("3.md", "3"),
        ("1.2.3.4-deep.md", "1.2.3.4"),
    ])
    func numbersAChapterFromItsFileName(name: String, number: String) {
        #expect(SectionNumber(fileName: name)?.description == number)
    }

    @Test(arguments: [
        "intro.md", "v6.md", "2024notes.md", "", ".md", "6x.md", "1234567890-huge.md",
        "numbers/intro.md",
    ])
    func leavesOtherFileNamesUnnumbered(name: String) {
        #expect(SectionNumber(fileName: name) == nil)
    }

    @Test func ordersNumbersPartByPart() {
        let numbers = ["6.10", "6.2.1", "6.2", "10", "6"].compactMap {
            SectionNumber(fileName: "\($0)-x.md")
        }
        #expect(numbers.sorted().map(\.description) == ["6", "6.2", "6.2.1", "6.10", "10"])
    }

    @Test func numbersHeadingsBelowTheTitle() throws {
        let chapter = try reader.parse(
            "# Title\n## A\n### A.1\n### A.2\n#### A.2.1\n## B\n### B.1\n", path: "6.2-x.md")
        #expect(
            chapter.headings.map { "\($0.number?.description ?? "-") \($0.depth) \($0.text)" } == [
                "6.2 0 Title", "6.2.1 1 A", "6.2.1.1 2 A.1", "6.2.1.2 2 A.2", "6.2.1.2.1 3 A.2.1",
                "6.2.2 1 B", "6.2.2.1 2 B.1",
            ])
        #expect(chapter.title == "Title")
    }

    @Test func numbersSkippedLevelsWithoutGaps() throws {
        let chapter = try reader.parse(
            "## Title\n#### Deep\n###### Deeper\n### Mid\n#### Under Mid\n", path: "3-x.md")
        #expect(
            chapter.headings.compactMap { $0.number?.description } == [
                "3", "3.1", "3.1.1", "3.2", "3.2.1",
            ])
    }

    @Test func countsLaterTopLevelHeadingsAsSections() throws {
        let chapter = try reader.parse("## Title\n# Big\n## Next\n### Sub\n", path: "4-x.md")
        #expect(
            chapter.headings.compactMap { $0.number?.description } == ["4", "4.1", "4.2", "4.2.1"])
    }

    @Test func leavesHeadingsOfAnUnnumberedChapterUnnumbered() throws {
        let chapter = try reader.parse("# Preface\n## Why\n", path: "preface.md")
        #expect(chapter.number == nil)
        #expect(chapter.headings.map(\.number) == [nil, nil])
        #expect(chapter.headings.map(\.depth) == [0, 1])
    }

    @Test func treatsHeadingsInsideContainersAsProse() throws {
        let chapter = try reader.parse("# T\n\n> ## Quoted\n\n- ## Listed\n", path: "1-x.md")
        #expect(chapter.headings.map(\.text) == ["T"])
    }

    @Test func slugsHeadingsAndMakesThemUnique() throws {
        let chapter = try reader.parse(
            "# Parameter Access\n## Parameter  Access\n## parameter-access\n"
                + "## Ünïcode & *Symbols*: `tf.Variable`!\n## ???\n## ???\n## snake_case\n",
            path: "a.md")
        #expect(
            chapter.headings.map(\.id) == [
                "parameter-access", "parameter-access-1", "parameter-access-2",
                "ünïcode-symbols-tfvariable", "section", "section-1", "snake_case",
            ])
        #expect(chapter.headings[3].text == "Ünïcode & Symbols: tf.Variable!")
        let rendered = try ChapterReader().parse(chapter.text, path: "a.md")
        #expect(
            rendered.headings[3].html
                == "Ünïcode &amp; <em>Symbols</em>: <code>tf.Variable</code>!")
    }

    @Test func givesCellsIdsByTheirPositionInTheirSection() throws {
        let chapter = try reader.parse(
            "```python\n```\n# Title\n```python\n```\n## Parameter Access\n"
                + "```python\n```\n- ```python\n  ```\n## Parameter Access\n```python\n```\n",
            path: "a.md")
        #expect(
            chapter.cells.map(\.id) == [
                "cell-1", "title-cell-1", "parameter-access-cell-1", "parameter-access-cell-2",
                "parameter-access-1-cell-1",
            ])
        #expect(
            chapter.cells.map(\.sectionID) == [
                nil, "title", "parameter-access", "parameter-access", "parameter-access-1",
            ])
        #expect(chapter.cells.map(\.positionInSection) == [1, 1, 1, 2, 1])
    }

    @Test func keepsIdsUniqueWhenAHeadingSpellsACellId() throws {
        let chapter = try reader.parse(
            "# A\n```python\n```\n## A Cell 1\n", path: "a.md")
        #expect(chapter.cells.map(\.id) == ["a-cell-1"])
        #expect(chapter.headings.map(\.id) == ["a", "a-cell-1-1"])
    }

    @Test func keepsIdsStableWhenOutputsChange() throws {
        let before = try reader.parse(
            "# T\n```python\nx\n```\n## U\n```python\n```\n", path: "a.md")
        let updated = try ChapterWriter.updatedBytes(of: before, outputs: [1: "1", 2: "2"])
        let after = try reader.parse(updated, path: "a.md")
        #expect(before.cells.map(\.id) == after.cells.map(\.id))
        #expect(before.headings.map(\.id) == after.headings.map(\.id))
    }
}
