import Foundation
import Testing

@testable import Syntax

/// The public entry points: `parse`, `parseExpression`, `SyntaxError`'s fields.
@Suite struct ParserAPITests {
    @Test func parsesEvalInputAsOneExpression() throws {
        let sum = try parseExpression("  1 + x\n\n")
        guard case .binary(_, .add, _) = sum.kind else {
            Issue.record("not a sum: \(sum.kind)")
            return
        }
        #expect(sum.location == SourceLocation(line: 1, column: 3))
        let pair = try parseExpression("a, *b")
        guard case .tuple(let items) = pair.kind else {
            Issue.record("not a tuple")
            return
        }
        #expect(items.count == 2)
    }

    @Test func rejectsStatementsAsEvalInput() {
        #expect(throws: SyntaxError("invalid syntax", line: 1, column: 3)) {
            try parseExpression("x = 1")
        }
        #expect(throws: SyntaxError("'(' was never closed", line: 1, column: 2)) {
            try parseExpression("f(1,")
        }
    }

    @Test func describesErrorsLikeATracebackLine() {
        let error = SyntaxError(.indentationError, "unexpected indent", line: 2, column: 4)
        #expect(error.description == "IndentationError: unexpected indent")
        #expect(error.typeName == "IndentationError")
        #expect(error.location == SourceLocation(line: 2, column: 4))
        #expect(
            SyntaxError.Kind.allCases.map(\.rawValue) == [
                "SyntaxError", "IndentationError", "TabError", "RecursionError",
            ])
    }

    @Test func dumpsASingleExpression() throws {
        #expect(
            dumpAST(try parseExpression("-x"))
                == "UnaryOp '-' @1:1\n  operand: Name x @1:2\n")
    }

    /// Parses on a thread with a 512 KB stack, as a worker thread may have.
    func parseOnSmallStack(_ source: String) -> String {
        switch parseOnThread(source, stackBytes: 512 << 10) {
        case nil: "ok"
        case let error?: error.description
        }
    }

    @Test func deepButLegalNestingParsesOnASmallStack() {
        let brackets =
            "x = " + String(repeating: "(", count: 199) + "1" + String(repeating: ")", count: 199)
        #expect(parseOnSmallStack(brackets) == "ok")
        let lambdas = "f = " + String(repeating: "lambda: ", count: 900) + "0"
        #expect(parseOnSmallStack(lambdas) == "ok")
        let mixed =
            "x = " + String(repeating: "[-(lambda: ", count: 66) + "1"
            + String(repeating: ")]", count: 66)
        #expect(parseOnSmallStack(mixed) == "ok")
        let conditionals = "x = " + String(repeating: "a if b else ", count: 900) + "c"
        #expect(parseOnSmallStack(conditionals) == "ok")
        let tooDeep =
            "x = " + String(repeating: "(lambda: ", count: 199)
            + String(repeating: "lambda: ", count: 900) + "1" + String(repeating: ")", count: 199)
        #expect(
            parseOnSmallStack(tooDeep)
                == "RecursionError: maximum recursion depth exceeded during compilation")
    }
}
