import Testing

@testable import Syntax

@Suite struct SourceLocationTests {
    @Test func printsAsLineColonColumn() {
        #expect(SourceLocation(line: 3, column: 7).description == "3:7")
    }
}
