import Escaping

/// Markdown text between headings and top-level cells, with its HTML rendered by cmark.
///
/// A cell inside a list item or a block quote stays inside the prose that holds it: the HTML
/// is then split into pieces around the cell, so a page can render the cell its own way
/// (see ``html(renderingCell:)``).
public struct Prose: Hashable, Sendable {
    /// A piece of the prose's HTML: rendered Markdown, or the place of a nested cell.
    public enum Segment: Hashable, Sendable {
        /// HTML rendered by cmark.
        case html(String)
        /// A cell nested in a list item or a block quote (its output block belongs to it).
        case cell(Cell)
    }

    /// The Markdown source of the prose, exactly as in the file, from the first line of its
    /// first block to the last line of its last block (line endings as in the file, without
    /// the final one).
    public let markdown: String
    /// The 1-based first and last line of the prose in the file.
    public let lines: ClosedRange<Int>
    /// The HTML, in order, with the places of nested cells.
    public let segments: [Segment]

    /// The cells nested inside this prose.
    public var cells: [Cell] {
        segments.compactMap { segment in
            if case .cell(let cell) = segment { return cell }
            return nil
        }
    }

    /// The HTML with each nested cell replaced by what `renderingCell` makes of it.
    public func html(renderingCell: (Cell) -> String) -> String {
        var html = ""
        for segment in segments {
            switch segment {
            case .html(let text): html += text
            case .cell(let cell): html += renderingCell(cell)
            }
        }
        return html
    }

    /// The HTML with each nested cell shown as a plain code block (and its output, if any).
    public var html: String {
        html { cell in
            var text =
                "<pre><code class=\"language-python\">\(MarkupEscaping.cmarkCode.escape(cell.code))</code></pre>\n"
            if let output = cell.output, !output.text.isEmpty {
                text +=
                    "<pre><code class=\"language-output\">"
                    + "\(MarkupEscaping.cmarkCode.escape(output.text))</code></pre>\n"
            }
            return text
        }
    }
}
