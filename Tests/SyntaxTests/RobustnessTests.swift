import Foundation
import Testing

@testable import Syntax

/// No input crashes the parser or takes long: deep nesting ends in an error, huge sources
/// are linear, and random edits of the fixtures end in a module or a `SyntaxError`.
@Suite struct RobustnessTests {
    /// Parses, returning the error (or nil on success), on a thread with a session's stack.
    ///
    /// Cells are parsed on the session's thread (512 MiB of stack), never on a worker thread:
    /// the legal limits (900 unary operators, 200 brackets) need more than a worker's stack in
    /// a sanitized build, whose frames are several times larger.
    func outcome(_ source: String) -> SyntaxError? {
        parseOnThread(source, stackBytes: 512 << 20)
    }

    @Test func hundredThousandBracketsAreTooManyNestedParentheses() {
        for open in ["(", "[", "{"] {
            let error = outcome("x = " + String(repeating: open, count: 100_000))
            #expect(error?.message == "too many nested parentheses")
            #expect(error?.column == 205)
        }
        let balanced =
            String(repeating: "(", count: 100_000) + String(repeating: ")", count: 100_000)
        #expect(outcome(balanced)?.message == "too many nested parentheses")
    }

    @Test func deepUnaryAndLogicalChainsAreRecursionErrors() {
        let sources = [
            String(repeating: "-", count: 100_000) + "x",
            String(repeating: "not ", count: 100_000) + "x",
            String(repeating: "~+", count: 50_000) + "x",
            String(repeating: "lambda: ", count: 100_000) + "x",
            "x" + String(repeating: " if y else x", count: 100_000),
            String(repeating: "2 ** ", count: 100_000) + "2",
            String(repeating: "1 + ", count: 100_000) + "1",
            "a" + String(repeating: ".b", count: 100_000),
            "f" + String(repeating: "()", count: 100_000),
            "x" + String(repeating: "[0]", count: 100_000),
            String(repeating: "if x: pass\nel", count: 20_000) + "se: pass\n",
        ]
        for source in sources {
            #expect(outcome(source)?.kind == .recursionError, "\(source.prefix(20))")
        }
    }

    @Test func nestingWithinTheLimitsParses() {
        #expect(outcome(String(repeating: "-", count: 900) + "x") == nil)
        #expect(
            outcome(String(repeating: "(", count: 199) + "x" + String(repeating: ")", count: 199))
                == nil)
        #expect(
            outcome(String(repeating: "[", count: 199) + String(repeating: "]", count: 199)) == nil)
        #expect(outcome(String(repeating: "1 + ", count: 900) + "1") == nil)
        var blocks = ""
        for level in 0..<98 { blocks += String(repeating: " ", count: level) + "if x:\n" }
        blocks += String(repeating: " ", count: 98) + "pass\n"
        #expect(outcome(blocks) == nil)
    }

    @Test func hugeSingleLinesEndQuickly() {
        let longString = "s = '" + String(repeating: "a", count: 10_000_000) + "'"
        #expect(outcome(longString) == nil)
        let longName = String(repeating: "n", count: 10_000_000)
        #expect(outcome(longName) == nil)
        let unterminated = "'" + String(repeating: "x", count: 10_000_000)
        #expect(
            outcome(unterminated)?.message == "unterminated string literal (detected at line 1)")
        let hugeNumber = String(repeating: "9", count: 1_000_000)
        #expect(outcome(hugeNumber)?.message.hasPrefix("Exceeds the limit (4300 digits)") == true)
        let hugeHex = "0x" + String(repeating: "f", count: 1_000_000)
        #expect(outcome(hugeHex)?.message.hasPrefix("integer literal too large") == true)
        let longSum = String(repeating: "1 + ", count: 100_000) + "1"
        #expect(outcome(longSum)?.kind == .recursionError)
        let fString =
            "f'" + String(repeating: "{x}", count: 10_000)
            + String(repeating: "z", count: 1_000_000) + "'"
        #expect(outcome(fString) == nil)
    }

    @Test func megabyteLinesOfManyTokensParse() {
        let flatList = "x = [" + String(repeating: "1, ", count: 300_000) + "]"
        #expect(outcome(flatList) == nil)
        let manyStatements = String(repeating: "a = b; ", count: 150_000)
        #expect(outcome(manyStatements) == nil)
        let longCall =
            "f(" + String(repeating: "k=v, ", count: 1) + String(repeating: "a, ", count: 300_000)
            + ")"
        #expect(outcome(longCall)?.message == "positional argument follows keyword argument")
    }

    @Test func randomEditsOfTheFixturesNeverCrash() throws {
        var sources: [[Character]] = []
        for name in Fixtures.programs(in: "ast") {
            sources.append(Array(try Fixtures.text("ast/\(name).py")))
        }
        try #require(!sources.isEmpty)
        let alphabet = Array("()[]{}:;,.=+-*/%@'\"#\\\n\t abcxyz019_fr!<>&|^~€é`$")
        var generator = SeededGenerator(seed: 2024)
        var parsed = 0
        var failed = 0
        for round in 0..<6000 {
            var text = sources[round % sources.count]
            let edits = Int.random(in: 1...4, using: &generator)
            for _ in 0..<edits {
                let position = text.isEmpty ? 0 : Int.random(in: 0..<text.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0 where !text.isEmpty:
                    text.remove(at: position)
                case 1 where text.count > 1:
                    let other = Int.random(in: 0..<text.count, using: &generator)
                    text.swapAt(position, other)
                default:
                    text.insert(alphabet.randomElement(using: &generator) ?? "x", at: position)
                }
            }
            let source = String(text)
            if let error = outcome(source) {
                failed += 1
                #expect(error.line >= 1 && !error.message.isEmpty)
            } else {
                parsed += 1
            }
            #expect(highlightTokens(source).map(\.text).joined() == source)
        }
        #expect(parsed > 0 && failed > 0)
    }
}
