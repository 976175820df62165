import CCmark
import Testing

@testable import Book

@Suite struct CmarkLinkTests {
    @Test func parsesMarkdownIntoHeadingAndCodeBlock() throws {
        let markdown = "# Title\n\n```python\nx = 1\n```\n"
        let root = try #require(cmark_parse_document(markdown, markdown.utf8.count, 0))
        defer { cmark_node_free(root) }
        let heading = try #require(cmark_node_first_child(root))
        #expect(cmark_node_get_type(heading) == CMARK_NODE_HEADING)
        #expect(cmark_node_get_heading_level(heading) == 1)
        let code = try #require(cmark_node_next(heading))
        #expect(cmark_node_get_type(code) == CMARK_NODE_CODE_BLOCK)
        #expect(String(cString: cmark_node_get_fence_info(code)) == "python")
        #expect(String(cString: cmark_node_get_literal(code)) == "x = 1\n")
        #expect(cmark_node_get_start_line(code) == 3)
    }

    @Test func reportsTheLinkedLibraryVersion() {
        #expect(cmarkVersion.split(separator: ".").count == 3)
    }
}
