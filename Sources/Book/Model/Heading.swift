/// A heading of a chapter: a section title with its number and its stable id.
///
/// Only headings at the top level of the file are sections; a heading inside a block quote or
/// a list item is part of the prose around it.
public struct Heading: Hashable, Sendable {
    /// The Markdown level, 1 for `#` up to 6 for `######` (setext `===` is 1, `---` is 2).
    public let level: Int
    /// How deep the heading sits below the chapter's title: 0 for the title (the first
    /// heading), 1 for its sections, 2 for their subsections, and so on.
    public let depth: Int
    /// The heading's text without markup, such as `Parameter Access`.
    public let text: String
    /// The heading's inline content as HTML (without the `<hN>` element), rendered by cmark.
    public let html: String
    /// The number, such as `6.2.1`, or `nil` in an unnumbered chapter.
    public let number: SectionNumber?
    /// The slug id, unique within the chapter, such as `parameter-access` or `summary-1`.
    public let id: String
    /// The 1-based line of the heading in the file (its first line for a setext heading).
    public let line: Int
}
