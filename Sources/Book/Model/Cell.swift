/// A runnable cell: a fenced code block whose info string starts with `python`.
public struct Cell: Hashable, Sendable {
    /// The position of the cell among the chapter's cells, from 1, in file order.
    public let index: Int
    /// The stable id, unique within the chapter: the section's slug and the cell's position
    /// in that section, such as `parameter-access-cell-2` (`cell-1` before any heading).
    public let id: String
    /// The id of the heading whose section holds the cell, or `nil` before the first heading.
    public let sectionID: String?
    /// The position of the cell within its section, from 1.
    public let positionInSection: Int
    /// The cell's code exactly as cmark reads it: container prefixes and the fence's
    /// indentation removed, every line ending in `\n`.
    public let code: String
    /// The whole info string, such as `python norun`.
    public let info: String
    /// The options after `python`.
    public let options: CellOptions
    /// The 1-based line of the opening fence.
    public let fenceLine: Int
    /// The 1-based line of the closing fence.
    public let closingFenceLine: Int
    /// The recorded output block under the cell, or `nil` when there is none (the cell
    /// expects no output).
    public let output: RecordedOutput?
    /// Whether the cell sits inside a block quote or a list item rather than at the top level.
    public let isNested: Bool
    /// For each code line, how many characters of the file line come before the code (the
    /// container prefix and the fence's indentation); used to map error columns to the file.
    public let codeColumnOffsets: [Int]
    /// Where the writer finds and edits the cell's output, in the file's lines.
    let layout: CellLayout

    /// The 1-based line of the cell's first code line in the file.
    public var codeLine: Int { fenceLine + 1 }

    /// The number of code lines.
    public var codeLineCount: Int { closingFenceLine - fenceLine - 1 }

    /// Maps a position in the cell's code (1-based line and column, as an interpreter reports
    /// them) to the 1-based line and column in the Markdown file.
    ///
    /// A line outside the cell maps to the opening fence line with the column unchanged.
    public func fileLocation(line: Int, column: Int) -> (line: Int, column: Int) {
        guard line >= 1, line <= codeColumnOffsets.count else {
            return (fenceLine, column)
        }
        return (codeLine + line - 1, column + codeColumnOffsets[line - 1])
    }
}

/// A cell's recorded output: the `output` fenced block right after the cell.
public struct RecordedOutput: Hashable, Sendable {
    /// The block's content as cmark reads it, every line ending in `\n` (like a cell's code).
    ///
    /// Empty for an empty block. This is the text a cell must show to pass: a runner's output
    /// with or without its final newline compares equal (see ``OutputText/normalized(_:)``).
    public let text: String
    /// The 1-based line of the block's opening fence.
    public let fenceLine: Int
    /// The 1-based line of the block's closing fence.
    public let closingFenceLine: Int
}

/// The writer's view of a cell: which lines and bytes it edits.
struct CellLayout: Hashable, Sendable {
    /// The bytes before the closing fence on the cell's closing line (container prefix and
    /// indentation); a new output block's lines start with them.
    let closingPrefix: [UInt8]
    /// Whether a new output block goes right under the cell, without a blank line, because the
    /// cell is in a tight list where a blank line would make the list loose.
    let insertsTight: Bool
    /// The output block's fences, when it has one.
    let output: OutputLayout?
}

/// Where an output block's fences are, for replacing its content or its fence.
struct OutputLayout: Hashable, Sendable {
    /// The fence character, `` ` `` or `~`.
    let fenceCharacter: UInt8
    /// The opening fence's length.
    let fenceLength: Int
    /// The byte offset of the opening fence run in the file.
    let openingFenceOffset: Int
    /// The byte offset of the closing fence run in the file.
    let closingFenceOffset: Int
    /// The length of the closing fence run.
    let closingFenceLength: Int
    /// The bytes before the closing fence on its line; content lines start with them.
    let closingPrefix: [UInt8]
}
