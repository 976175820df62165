import Foundation
import Testing

@Suite("lit serve hands over to lit-serve", .serialized)
struct ServeCommandTests {
    @Test func serveRunsTheServerExecutableWithTheCheckedArguments() throws {
        let workspace = try Workspace()
        let result = try LitProcess.run(["serve", "nowhere", "--port", "0"], in: workspace.path)
        // lit-serve's first build fails on the missing path: its messages prove the hand-over.
        #expect(result.status == 2)
        #expect(result.errorOutput.contains("nowhere: error: no such file or folder"))
        #expect(result.errorOutput.contains("lit serve: error: the book has errors"))
    }

    @Test func serveRejectsBadArgumentsBeforeHandingOver() throws {
        let workspace = try Workspace()
        let result = try LitProcess.run(["serve", "--port", "http"], in: workspace.path)
        #expect(result.status == 2)
        #expect(result.errorOutput.hasPrefix("lit: error: "))
        #expect(result.errorOutput.contains("--port"))
    }

    @Test func aPathThatLooksLikeAnOptionStaysAPath() throws {
        let workspace = try Workspace()
        let result = try LitProcess.run(["serve", "--port", "0", "--", "-x"], in: workspace.path)
        #expect(result.status == 2)
        #expect(result.errorOutput.contains("-x: error: no such file or folder"))
    }
}
