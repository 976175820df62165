import Testing

@testable import Syntax

/// Every program in `Fixtures/syntax-errors` fails as CPython 3.11 fails on it.
///
/// The `.err` file next to each holds `Type: message` and `line:column` as real Python reported them (written by
/// `scripts/reference/syntax-errors.py` under `make reference`, never by `make golden`). Programs whose
/// first line is `# lit-expected-deviation: why` have a hand-written `.err` instead.
@Suite struct SyntaxErrorGoldenTests {
    static let programs = Fixtures.programs(in: "syntax-errors")

    @Test func fixtureFolderIsNotEmpty() {
        #expect(Self.programs.count >= 40)
    }

    @Test(arguments: programs)
    func failsLikeCPython(_ name: String) throws {
        let source = try Fixtures.text("syntax-errors/\(name).py")
        let actual: String
        do {
            _ = try parse(source)
            actual = "compiles\n"
        } catch {
            actual = "\(error.description)\n\(error.line):\(error.column)\n"
        }
        let expected = try Fixtures.text("syntax-errors/\(name).err")
        #expect(actual == expected, "\(name).py")
    }
}
