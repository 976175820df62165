import Testing

@testable import Syntax

/// The highlighting lexer covers every character once and classifies spans sensibly.
@Suite struct HighlighterTests {
    /// The spans of `source` without whitespace, as `kind:text` strings.
    func spans(_ source: String) -> [String] {
        highlightTokens(source).filter { $0.kind != .whitespace }.map { "\($0.kind):\($0.text)" }
    }

    @Test func roundTripsEveryFixtureProgram() throws {
        for folder in ["ast", "syntax-errors"] {
            for name in Fixtures.programs(in: folder) {
                let source = try Fixtures.text("\(folder)/\(name).py")
                let joined = highlightTokens(source).map(\.text).joined()
                #expect(joined == source, "\(folder)/\(name).py")
            }
        }
    }

    @Test func classifiesKeywordsBuiltinsNamesAndDefinitions() {
        #expect(
            spans("def f(x): return len(x) if x else None")
                == [
                    "keyword:def", "definition:f", "punctuation:(", "name:x", "punctuation:)",
                    "punctuation::", "keyword:return", "builtin:len", "punctuation:(", "name:x",
                    "punctuation:)", "keyword:if", "name:x", "keyword:else", "keyword:None",
                ])
    }

    @Test func keepsStringsWholeWithPrefixes() {
        #expect(
            spans("x = f'{a!r:>8}' + rb\"raw\" + '''multi\nline'''")
                == [
                    "name:x", "operator:=", "string:f'{a!r:>8}'", "operator:+", "string:rb\"raw\"",
                    "operator:+", "string:'''multi\nline'''",
                ])
    }

    @Test func classifiesNumbersCommentsAndOperators() {
        #expect(
            spans("y **= 1_000.5e-3 // 0xFF  # note")
                == [
                    "name:y", "operator:**=", "number:1_000.5e-3", "operator://", "number:0xFF",
                    "comment:# note",
                ])
        #expect(
            spans("(n := .5)") == [
                "punctuation:(", "name:n", "operator::=", "number:.5", "punctuation:)",
            ])
    }

    @Test func marksDecoratorsOnlyAtLineStart() {
        #expect(
            spans("@tf.function\ndef g(): a @ b")
                == [
                    "decorator:@tf.function", "keyword:def", "definition:g", "punctuation:(",
                    "punctuation:)", "punctuation::", "name:a", "operator:@", "name:b",
                ])
    }

    @Test func toleratesUnterminatedStringsAndBadCharacters() {
        let source = "s = 'open\nt = \"\"\"never closed\n€ $ ?"
        let tokens = highlightTokens(source)
        #expect(tokens.map(\.text).joined() == source)
        #expect(
            spans(source)
                == [
                    "name:s", "operator:=", "string:'open", "name:t", "operator:=",
                    "string:\"\"\"never closed\n€ $ ?",
                ])
        #expect(spans("x € $ ? `") == ["name:x", "error:€", "error:$", "error:?", "error:`"])
    }

    @Test func keepsCarriageReturnsAndContinuations() {
        let source = "x = 1 + \\\r\n    2\r\nprint(x)\r\n"
        #expect(highlightTokens(source).map(\.text).joined() == source)
        #expect(spans(source).contains("punctuation:\\"))
    }

    @Test func neverFailsOnRandomText() {
        var generator = SeededGenerator(seed: 7)
        let alphabet = Array("ab1_. \n\t'\"#\\(){}[]@+-*/=<>!:;,€é\r$?`fr")
        for _ in 0..<2000 {
            let length = Int.random(in: 0..<40, using: &generator)
            let source = String(
                (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? "a" })
            #expect(highlightTokens(source).map(\.text).joined() == source)
        }
    }
}
