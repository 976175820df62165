/// A run of backticks or tildes that opens or closes a fenced code block.
struct Fence: Hashable {
    /// `` ` `` or `~`.
    let character: UInt8
    /// How many fence characters.
    let length: Int
    /// The byte offset of the run in the file.
    let offset: Int
    /// The bytes before the run on its line (container prefix and indentation).
    let prefix: [UInt8]

    static let backtick = UInt8(ascii: "`")
    static let tilde = UInt8(ascii: "~")

    /// The opening fence of a code block cmark reports at `line`, byte column `column`, or
    /// `nil` when there is no fence there (an indented code block).
    static func opening(line: Int, column: Int, in bytes: [UInt8], lines: SourceLines) -> Fence? {
        let lineStart = lines.start(line)
        let lineEnd = lines.end(line)
        let offset = lineStart + column - 1
        guard offset >= lineStart, offset < lineEnd else { return nil }
        let character = bytes[offset]
        guard character == backtick || character == tilde else { return nil }
        let length = run(of: character, from: offset, to: lineEnd, in: bytes)
        guard length >= 3 else { return nil }
        return Fence(
            character: character, length: length, offset: offset,
            prefix: Array(bytes[lineStart..<offset]))
    }

    /// The closing fence on `line` for an opening fence, or `nil` when the line does not close
    /// it: after container markers and indentation comes a run of at least as many of the same
    /// character, then nothing but spaces and tabs.
    func closing(line: Int, in bytes: [UInt8], lines: SourceLines) -> Fence? {
        let lineStart = lines.start(line)
        let lineEnd = lines.end(line)
        var offset = lineStart
        while offset < lineEnd,
            bytes[offset] == 0x20 || bytes[offset] == 0x09 || bytes[offset] == UInt8(ascii: ">")
        {
            offset += 1
        }
        guard offset < lineEnd, bytes[offset] == character else { return nil }
        let length = Self.run(of: character, from: offset, to: lineEnd, in: bytes)
        guard length >= self.length else { return nil }
        for byte in bytes[(offset + length)..<lineEnd] where byte != 0x20 && byte != 0x09 {
            return nil
        }
        return Fence(
            character: character, length: length, offset: offset,
            prefix: Array(bytes[lineStart..<offset]))
    }

    private static func run(of character: UInt8, from start: Int, to end: Int, in bytes: [UInt8])
        -> Int
    {
        var index = start
        while index < end, bytes[index] == character { index += 1 }
        return index - start
    }
}
