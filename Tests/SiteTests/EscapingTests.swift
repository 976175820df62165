import Book
import Escaping
import Foundation
import Testing

@testable import Site

@Suite struct EscapingTests {
    @Test func escapesEveryMarkupCharacter() {
        #expect(
            MarkupEscaping.html.escape("<script>a & \"b\" 'c'</script>")
                == "&lt;script&gt;a &amp; &quot;b&quot; &#39;c&#39;&lt;/script&gt;")
    }

    @Test func leavesPlainTextAndUnicodeAlone() {
        #expect(MarkupEscaping.html.escape("a = √(6/9) ≈ 0.816") == "a = √(6/9) ≈ 0.816")
    }

    /// The only script elements in a page are the theme's own three.
    static func scriptElements(_ html: String) -> Int {
        html.components(separatedBy: "<script").count - 1
    }

    @Test func neverLetsAScriptFromTheBookThroughInSafeMode() throws {
        let files = try SiteRenderer(theme: Theme.standard()).render(book: try Books.fixture())
        for path in files.paths where path.hasSuffix(".html") {
            let html = try #require(files.text(path))
            #expect(Self.scriptElements(html) == 3, "\(path)")
            #expect(!html.contains("<script>alert"), "\(path)")
            #expect(!html.contains("onclick"), "\(path)")
            #expect(!html.contains("<div class=\"raw\">"), "\(path)")
        }
        let page = try #require(files.text("9.1-every-part.html"))
        // Title, heading, code and output all carry the text, escaped.
        #expect(page.contains("<title>9.1 Every Part alert(&quot;heading&quot;) · Fixture Book"))
        #expect(page.contains("&quot;&lt;script&gt;alert(&#39;code&#39;)&lt;/script&gt;&quot;"))
        #expect(page.contains("<pre class=\"output\">printed &lt;script&gt;</pre>"))
        #expect(page.contains("&#39;&lt;script&gt;&#39;</pre>"))
        #expect(page.contains("<!-- raw HTML omitted -->"))
    }

    @Test func keepsRawHTMLWhenTheBookIsReadUnsafe() throws {
        let reader = ChapterReader(options: ReadOptions(allowsRawHTML: true))
        let files = try SiteRenderer(theme: Theme.standard()).render(
            book: try Books.fixture(reader: reader))
        let page = try #require(files.text("9.1-every-part.html"))
        #expect(page.contains("<b onclick=\"x()\">bold</b>"))
        #expect(page.contains("<div class=\"raw\">A raw HTML block.</div>"))
        // Code and outputs stay escaped whatever the prose option.
        #expect(page.contains("<pre class=\"output\">printed &lt;script&gt;</pre>"))
    }

    @Test func escapesTheSearchIndexAsJSONAndTheNotebookAsJSON() throws {
        let files = try SiteRenderer(theme: Theme.standard()).render(book: try Books.fixture())
        let script = try #require(files.text("search-index.js"))
        #expect(script.hasPrefix("window.litSearchIndex = {\"entries\":["))
        #expect(!script.contains("</script"))
        let index = try #require(files.text("search-index.json"))
        #expect(index.contains("x = \\\"<script>alert('code')</script>\\\""))
    }

    @Test func turnsRenderedHTMLIntoSearchText() {
        #expect(
            PlainText.fromHTML("<p>A <code>b &lt;c&gt;</code> &amp; d.</p>\n<ul><li>e</li></ul>")
                == "A b <c> & d. e")
        #expect(PlainText.fromHTML("x<!-- raw HTML omitted -->y &#955; &#x3bb;") == "xy λ λ")
    }
}
