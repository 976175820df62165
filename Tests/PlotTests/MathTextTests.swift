import Testing

@testable import Plot

/// The mathtext subset: which strings are math, and how their spans are set.
@Suite struct MathTextTests {
    @Test func onlyAnEvenCountOfUnescapedDollarsMakesMath() {
        #expect(MathText.parse("price in $").description == "price in $")
        #expect(MathText.parse("\\$5 and \\$6").description == "\\$5 and \\$6")
        #expect(MathText.parse("$x$ costs \\$5").description == "x costs $5")
    }

    @Test func variablesAreItalicAndScriptsShift() {
        let text = MathText.parse("$x_1^2$")
        #expect(text.runs.map(\.text) == ["x", "1", "2"])
        #expect(text.runs.map(\.isItalic) == [true, false, false])
        #expect(text.runs.map(\.shift) == [.none, .`subscript`, .superscript])
        // The superscript starts back where the subscript did.
        #expect(text.runs[2].spaceBefore < 0)
    }

    @Test func symbolsFunctionsAndOperators() {
        let text = MathText.parse("$\\sin(\\alpha) \\leq 2\\pi - x$")
        #expect(text.description == "sin(α)≤2π−x")
        let spaced = text.runs.filter { $0.spaceBefore > 0 }.map(\.text)
        #expect(spaced == ["≤", "2", "−", "x"])
        #expect(
            MathText.parse("$-1$").runs.allSatisfy { $0.spaceBefore == 0 },
            "a leading minus is unary")
    }

    @Test func romanGroupsAndUnknownCommands() {
        #expect(MathText.parse("$\\mathrm{loss}$").runs.map(\.isItalic) == [false])
        #expect(MathText.parse("$\\foo{x}$").description == "\\foox")
        #expect(MathText.parse("$f'(x)$").description == "f′(x)")
    }
}
