/// The number of a chapter or of a heading in it, such as `6.2` or `6.2.1.1`.
///
/// A chapter takes its number from its file name (see ``init(fileName:)``); its headings extend
/// that number by one component per level below the chapter's title.
public struct SectionNumber: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The parts of the number from the outermost: `[6, 2, 1]` for `6.2.1`.
    public let components: [Int]

    /// Makes a number from its parts; `nil` when there are none or one is negative.
    public init?(components: [Int]) {
        guard !components.isEmpty, components.allSatisfy({ $0 >= 0 }) else { return nil }
        self.components = components
    }

    /// Reads the number a chapter's file name starts with, or `nil` for an unnumbered chapter.
    ///
    /// The name (its last path component) must start with decimal numbers joined by dots,
    /// followed by `-`, `_`, `.`, a space, or nothing: `6.2-parameter-management.md`,
    /// `6.2.md`, `06-intro.md` (leading zeros are dropped: `6`) and `10.1_x.md` are numbered;
    /// `intro.md`, `v6.md` and `2024notes.md` are not. A part longer than nine digits makes the
    /// name unnumbered.
    public init?(fileName: String) {
        let name = fileName.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        let bytes = Array(name.utf8)
        var parts: [Int] = []
        var index = 0
        while true {
            let start = index
            var value = 0
            while index < bytes.count, let digit = Self.digit(bytes[index]) {
                guard index - start < 9 else { return nil }
                value = value * 10 + digit
                index += 1
            }
            guard index > start else { return nil }
            parts.append(value)
            let continues =
                index + 1 < bytes.count && bytes[index] == UInt8(ascii: ".")
                && Self.digit(bytes[index + 1]) != nil
            guard continues else { break }
            index += 1
        }
        if index < bytes.count {
            let separator = bytes[index]
            let allowed: [UInt8] = [
                UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: " "),
            ]
            guard allowed.contains(separator) else { return nil }
        }
        self.components = parts
    }

    /// The number with one more part at the end: `6.2` appending 1 is `6.2.1`.
    public func appending(_ part: Int) -> SectionNumber {
        SectionNumber(unchecked: components + [part])
    }

    /// The number as the book prints it, such as `6.2.1`.
    public var description: String {
        components.map(String.init).joined(separator: ".")
    }

    /// Orders numbers part by part, a number before the numbers it is a prefix of.
    public static func < (lhs: SectionNumber, rhs: SectionNumber) -> Bool {
        lhs.components.lexicographicallyPrecedes(rhs.components)
    }

    private init(unchecked components: [Int]) {
        self.components = components
    }

    private static func digit(_ byte: UInt8) -> Int? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int(byte - UInt8(ascii: "0")) : nil
    }
}
