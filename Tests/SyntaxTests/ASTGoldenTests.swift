import Testing

@testable import Syntax

/// Every program in `Fixtures/ast` parses to exactly the dump stored next to it.
@Suite struct ASTGoldenTests {
    static let programs = Fixtures.programs(in: "ast")

    @Test func fixtureFolderIsNotEmpty() {
        #expect(Self.programs.count >= 40)
    }

    @Test(arguments: programs)
    func parsesToGoldenDump(_ name: String) throws {
        let source = try Fixtures.text("ast/\(name).py")
        let actual: String
        do {
            actual = dumpAST(try parse(source))
        } catch {
            actual = "\(error.description) @ \(error.line):\(error.column)\n"
        }
        try Fixtures.check(actual, against: "ast/\(name).ast")
    }
}
