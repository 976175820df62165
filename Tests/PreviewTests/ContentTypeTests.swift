import Testing

@testable import Preview

@Suite struct ContentTypeTests {
    @Test func namesTheTypesOfSiteFiles() {
        #expect(ContentTypes.forPath("index.html") == "text/html; charset=utf-8")
        #expect(ContentTypes.forPath("assets/lit.css") == "text/css; charset=utf-8")
        #expect(ContentTypes.forPath("assets/lit.js") == "text/javascript; charset=utf-8")
        #expect(ContentTypes.forPath("search-index.json") == "application/json; charset=utf-8")
        #expect(ContentTypes.forPath("x.ipynb") == "application/x-ipynb+json; charset=utf-8")
        #expect(ContentTypes.forPath("LICENSE") == "application/octet-stream")
    }
}
