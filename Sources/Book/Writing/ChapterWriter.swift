/// What a write did to the file.
public enum WriteOutcome: Hashable, Sendable {
    /// The outputs were already recorded; the file was not touched (not even its mtime).
    case unchanged
    /// The file was replaced with the updated text.
    case written
}

/// Records cells' outputs in a chapter file, touching no byte outside the output blocks.
///
/// `outputs` maps a cell's ``Cell/index`` to the text the cell showed when it ran (prints,
/// display, and the `Type: message` line of an exception), with or without a final newline.
/// Cells not listed (such as `norun` cells) keep their block as it is. For each listed cell:
/// - an empty text (or a lone newline) removes the cell's output block together with the
///   blank lines before it (a cell without a block expects no output);
/// - a cell without a block gets one right under it: a blank line (none inside a tight list,
///   which a blank line would make loose), then the fenced block, each line starting with the
///   cell's container prefix (block quote markers, list indentation);
/// - a block whose content differs gets the new content between its own fences; the fences
///   stay unless the new content holds a line that would close them, in which case both
///   become a backtick fence longer than any backtick run that could close it;
/// - a block that already holds the text is left byte for byte, so a second update with the
///   same results changes nothing.
///
/// New lines use the line ending of the line they follow, so CRLF files stay CRLF.
public enum ChapterWriter {
    /// The chapter file's text with the given outputs recorded.
    ///
    /// The result is read back to check that every cell now records exactly its output; a
    /// text that would not read back the same is an error, never a silent change.
    public static func updatedBytes(of chapter: Chapter, outputs: [Int: String])
        throws(ChapterError) -> [UInt8]
    {
        var edits: [ByteEdit] = []
        for (index, text) in outputs.sorted(by: { $0.key < $1.key }) {
            guard let cell = chapter.cell(index: index) else {
                throw ChapterError(
                    path: chapter.path,
                    message: "there is no cell \(index) (the chapter has \(chapter.cells.count))")
            }
            edits += OutputEdits.edits(for: cell, text: text, in: chapter)
        }
        guard !edits.isEmpty else { return chapter.bytes }
        let updated = ByteEdit.apply(edits, to: chapter.bytes)
        try verify(updated, of: chapter, outputs: outputs)
        return updated
    }

    /// Records the outputs in the chapter's file atomically (a temporary file in the same
    /// folder, then a rename), keeping its permissions.
    ///
    /// Nothing is written when nothing changes, or when the file already holds the updated
    /// text (another run wrote it first). Throws, leaving the file as it was, when it is
    /// read-only, when it changed on disk since the chapter was read, or when writing fails;
    /// two writers of the same file at once take turns (an exclusive `flock` on its folder),
    /// and the temporary files of an update that was killed are removed.
    @discardableResult
    public static func write(_ chapter: Chapter, outputs: [Int: String]) throws(ChapterError)
        -> WriteOutcome
    {
        let updated = try updatedBytes(of: chapter, outputs: outputs)
        guard updated != chapter.bytes else { return .unchanged }
        let wrote = try ChapterFile.replace(
            path: chapter.path, expected: chapter.bytes, with: updated)
        return wrote ? .written : .unchanged
    }

    private static func verify(_ updated: [UInt8], of chapter: Chapter, outputs: [Int: String])
        throws(ChapterError)
    {
        let reader = ChapterReader(options: ReadOptions(rendersHTML: false))
        let reread: Chapter
        do {
            reread = try reader.parse(updated, path: chapter.path)
        } catch {
            throw ChapterError(
                path: chapter.path,
                message: "recording the outputs would break the chapter (\(error)); "
                    + "nothing was written")
        }
        guard reread.cells.count == chapter.cells.count else {
            throw ChapterError(
                path: chapter.path,
                message: "recording the outputs would change the chapter's cells; "
                    + "nothing was written")
        }
        for (old, new) in zip(chapter.cells, reread.cells) {
            let expected = outputs[old.index] ?? old.output?.text ?? ""
            guard OutputText.same(new.output?.text ?? "", expected), new.code == old.code
            else {
                throw ChapterError(
                    path: chapter.path, line: old.fenceLine,
                    message: "cell \(old.index)'s output cannot be recorded so that it reads "
                        + "back the same (tabs in its container prefix?); nothing was written")
            }
        }
    }
}
