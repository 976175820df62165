import CCmark
import Foundation

/// A top-level block as cmark parsed it.
struct ScannedTopNode {
    /// What kind of block it is.
    enum Kind {
        /// A heading with its level, plain text and inline HTML.
        case heading(level: Int, text: String, html: String)
        /// A code block at the top level; the index into ``CmarkScan/codeBlocks``.
        case codeBlock(Int)
        /// Any other block (paragraph, list, quote, HTML, thematic break).
        case other
    }

    let kind: Kind
    let startLine: Int
    let endLine: Int
}

/// A code block anywhere in the document, as cmark parsed it.
struct ScannedCodeBlock {
    /// The info string (empty for an indented code block).
    let info: String
    /// The content, with container prefixes and fence indentation removed.
    let literal: String
    /// The line of the opening fence.
    let startLine: Int
    /// cmark's 1-based byte column of the opening fence (after a BOM on line 1).
    let startColumn: Int
    /// The last line cmark counts as part of the block.
    let endLine: Int
    /// The last line of the enclosing container, or `nil` at the top level.
    let parentEndLine: Int?
    /// The index of the top-level block that holds it (itself at the top level).
    let topIndex: Int
    /// The index of the code block that follows it as its next sibling, if any.
    var nextSiblingCode: Int?
    /// Whether it sits directly in an item of a tight list.
    let inTightListItem: Bool

    /// Whether it is at the top level of the document.
    var isTopLevel: Bool { parentEndLine == nil }
}

/// Everything the reader needs from cmark's tree.
struct CmarkScan {
    var topNodes: [ScannedTopNode] = []
    var codeBlocks: [ScannedCodeBlock] = []
}

/// A document parsed by cmark.
///
/// This file is the only one in the package that calls cmark
/// (with `CmarkVersion.swift`), so no other room depends on the C library.
final class CmarkDocument {
    private let root: OpaquePointer
    private var topPointers: [OpaquePointer] = []
    private var codePointers: [OpaquePointer?] = []

    /// Parses bytes with source positions; `smart` turns on smart punctuation.
    init?(bytes: [UInt8], smart: Bool) {
        var options = CMARK_OPT_SOURCEPOS
        if smart { options |= CMARK_OPT_SMART }
        let parsed: OpaquePointer? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let base = chars.baseAddress else {
                    return cmark_parse_document("", 0, options)
                }
                return cmark_parse_document(base, chars.count, options)
            }
        }
        guard let parsed else { return nil }
        root = parsed
    }

    deinit {
        cmark_node_free(root)
    }

    /// Walks the tree once: the top-level blocks, and every code block at any depth.
    func scan(renderingHeadings: Bool, unsafe: Bool) -> CmarkScan {
        var scan = CmarkScan()
        // A code block has no children, so a code block that is the next sibling of the
        // previous one is the very next code block in document order.
        var previousNext: OpaquePointer?
        func record(_ node: OpaquePointer, topIndex: Int) {
            let index = scan.codeBlocks.count
            if let previousNext, previousNext == node {
                scan.codeBlocks[index - 1].nextSiblingCode = index
            }
            previousNext = cmark_node_next(node)
            codePointers.append(node)
            scan.codeBlocks.append(codeBlock(node, topIndex: topIndex))
        }
        var top = cmark_node_first_child(root)
        while let node = top {
            let topIndex = topPointers.count
            topPointers.append(node)
            let type = cmark_node_get_type(node)
            let kind: ScannedTopNode.Kind
            switch type {
            case CMARK_NODE_HEADING:
                kind = .heading(
                    level: Int(cmark_node_get_heading_level(node)),
                    text: Self.plainText(of: node),
                    html: renderingHeadings ? Self.headingHTML(node, unsafe: unsafe) : "")
            case CMARK_NODE_CODE_BLOCK:
                kind = .codeBlock(scan.codeBlocks.count)
                record(node, topIndex: topIndex)
            case CMARK_NODE_LIST, CMARK_NODE_BLOCK_QUOTE:
                kind = .other
                let iterator = cmark_iter_new(node)
                while true {
                    let event = cmark_iter_next(iterator)
                    if event == CMARK_EVENT_DONE { break }
                    guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator),
                        cmark_node_get_type(current) == CMARK_NODE_CODE_BLOCK
                    else { continue }
                    record(current, topIndex: topIndex)
                }
                cmark_iter_free(iterator)
            default:
                kind = .other
            }
            scan.topNodes.append(
                ScannedTopNode(
                    kind: kind, startLine: Int(cmark_node_get_start_line(node)),
                    endLine: Int(cmark_node_get_end_line(node))))
            top = cmark_node_next(node)
        }
        return scan
    }

    private func codeBlock(_ node: OpaquePointer, topIndex: Int) -> ScannedCodeBlock {
        let parent = cmark_node_parent(node)
        var tight = false
        if let parent, cmark_node_get_type(parent) == CMARK_NODE_ITEM,
            let list = cmark_node_parent(parent)
        {
            tight = cmark_node_get_list_tight(list) != 0
        }
        var parentEndLine: Int?
        if let parent, parent != root {
            parentEndLine = Int(cmark_node_get_end_line(parent))
        }
        return ScannedCodeBlock(
            info: Self.string(cmark_node_get_fence_info(node)),
            literal: Self.string(cmark_node_get_literal(node)),
            startLine: Int(cmark_node_get_start_line(node)),
            startColumn: Int(cmark_node_get_start_column(node)),
            endLine: Int(cmark_node_get_end_line(node)),
            parentEndLine: parentEndLine,
            topIndex: topIndex,
            nextSiblingCode: nil,
            inTightListItem: tight)
    }

    /// Puts a code block with the given info and content where a scanned code block was, so
    /// the HTML shows a marker there.
    func replaceCodeBlock(_ index: Int, info: String, literal: String) {
        guard index >= 0, index < codePointers.count, let old = codePointers[index],
            let marker = cmark_node_new(CMARK_NODE_CODE_BLOCK)
        else { return }
        cmark_node_set_fence_info(marker, info)
        cmark_node_set_literal(marker, literal)
        if cmark_node_replace(old, marker) != 0 {
            cmark_node_free(old)
            codePointers[index] = nil
        } else {
            cmark_node_free(marker)
        }
    }

    /// Takes a scanned code block out of the tree, so the HTML does not show it.
    func removeCodeBlock(_ index: Int) {
        guard index >= 0, index < codePointers.count, let old = codePointers[index] else {
            return
        }
        cmark_node_unlink(old)
        cmark_node_free(old)
        codePointers[index] = nil
    }

    /// The HTML of one top-level block.
    func html(ofTopNode index: Int, unsafe: Bool) -> String {
        guard index >= 0, index < topPointers.count else { return "" }
        return Self.render(topPointers[index], unsafe: unsafe)
    }

    /// Renders a Markdown text to HTML with the reader's settings.
    static func html(markdown: String, unsafe: Bool, smart: Bool) -> String {
        let bytes = Array(markdown.utf8)
        guard let document = CmarkDocument(bytes: bytes, smart: smart) else { return "" }
        return render(document.root, unsafe: unsafe)
    }

    private static func render(_ node: OpaquePointer, unsafe: Bool) -> String {
        let options = unsafe ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        guard let html = cmark_render_html(node, options) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }

    private static func headingHTML(_ node: OpaquePointer, unsafe: Bool) -> String {
        let html = render(node, unsafe: unsafe)
        // cmark writes `<hN>…</hN>\n`; keep the inline content.
        guard let open = html.firstIndex(of: ">"),
            let close = html.range(of: "</h", options: .backwards)
        else { return html }
        let contentStart = html.index(after: open)
        guard contentStart <= close.lowerBound else { return html }
        return String(html[contentStart..<close.lowerBound])
    }

    private static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        let iterator = cmark_iter_new(node)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else {
                continue
            }
            let type = cmark_node_get_type(current)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
                text += string(cmark_node_get_literal(current))
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                text += " "
            }
        }
        let utf8 = Array(text.utf8)
        var start = 0
        var end = utf8.count
        while start < end, utf8[start] == 0x20 || utf8[start] == 0x09 { start += 1 }
        while end > start, utf8[end - 1] == 0x20 || utf8[end - 1] == 0x09 { end -= 1 }
        return start == 0 && end == utf8.count
            ? text : String(decoding: utf8[start..<end], as: UTF8.self)
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}
