/// Settings for reading chapters and rendering their Markdown.
public struct ReadOptions: Hashable, Sendable {
    /// Keep raw HTML and unsafe link targets in the rendered HTML.
    ///
    /// Off by default (cmark's safe mode): an HTML block or inline HTML tag becomes the comment
    /// `<!-- raw HTML omitted -->`, and a link or image to a `javascript:`, `vbscript:`, `file:`
    /// or `data:` address (other than `data:image/png|gif|jpeg|webp`) gets an empty address.
    public var allowsRawHTML: Bool
    /// Turn straight quotes into curly ones, `--` into an en dash and `---` into an em dash.
    public var smartPunctuation: Bool
    /// Render prose and headings to HTML.
    ///
    /// Commands that only run or test cells can turn it off
    /// to read faster; the HTML fields are then empty.
    public var rendersHTML: Bool

    /// Makes settings; the defaults are safe HTML, no smart punctuation, HTML rendered.
    public init(
        allowsRawHTML: Bool = false, smartPunctuation: Bool = false, rendersHTML: Bool = true
    ) {
        self.allowsRawHTML = allowsRawHTML
        self.smartPunctuation = smartPunctuation
        self.rendersHTML = rendersHTML
    }
}

/// Reads chapter files with cmark into ``Chapter`` values.
///
/// The reader rejects, with `path:line:column` diagnostics: a file that is not UTF-8 text
/// (invalid UTF-8 or NUL bytes), an unknown or conflicting cell option, a cell or output fence
/// that is never closed, an `output` block with words after `output`, and an `output` block
/// that does not follow a cell (only blank lines may separate them). An empty file is a chapter
/// without blocks; a UTF-8 byte order mark is accepted and kept.
public struct ChapterReader: Sendable {
    /// The settings every read uses.
    public var options: ReadOptions

    /// Makes a reader.
    public init(options: ReadOptions = ReadOptions()) {
        self.options = options
    }

    /// Reads and parses the chapter file at `path`.
    public func read(path: String) throws(ChapterError) -> Chapter {
        let bytes = try ChapterFile.read(path: path)
        return try parse(bytes, path: path)
    }

    /// Parses a chapter's bytes; `path` names the file in diagnostics and gives the number.
    public func parse(_ bytes: [UInt8], path: String) throws(ChapterError) -> Chapter {
        var assembler = ChapterAssembler(bytes: bytes, path: path, options: options)
        return try assembler.assemble()
    }

    /// Parses a chapter's text; `path` names the file in diagnostics and gives the number.
    public func parse(_ text: String, path: String) throws(ChapterError) -> Chapter {
        try parse(Array(text.utf8), path: path)
    }
}

/// Markdown rendering with the same cmark settings as chapters, for pages that need HTML of
/// a snippet (so no other target calls cmark).
public enum MarkdownHTML {
    /// Renders Markdown to HTML; `options` decides safe mode and smart punctuation.
    public static func render(_ markdown: String, options: ReadOptions = ReadOptions()) -> String {
        CmarkDocument.html(
            markdown: markdown, unsafe: options.allowsRawHTML, smart: options.smartPunctuation)
    }
}
