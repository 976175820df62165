import Foundation
import Interpreter
import Testing

/// Thousands of mutated and random sources: every run must end in a result or a Python
/// error, never a crash, a hang or an internal error.
@Suite struct RobustnessTests {
    /// A small deterministic generator (xorshift64*), seeded per test.
    struct Generator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state ^= state >> 12
            state ^= state << 25
            state ^= state >> 27
            return state &* 2_685_821_657_736_338_717
        }

        mutating func below(_ n: Int) -> Int {
            n <= 0 ? 0 : Int(next() % UInt64(n))
        }

        mutating func pick<T>(_ items: [T]) -> T {
            items[below(items.count)]
        }
    }

    static let vocabulary: [String] = [
        "def", "class", "return", "if", "elif", "else", "for", "while", "in", "not", "and", "or",
        "try", "except", "finally", "raise", "with", "as", "lambda", "yield", "import", "from",
        "global", "nonlocal", "pass", "break", "continue", "del", "assert", "is", "None", "True",
        "False", "x", "y", "f", "self", "print", "len", "range", "list", "dict", "super", "(", ")",
        "[", "]", "{", "}", ":", ",", ".", ";", "=", "==", "+", "-", "*", "**", "/", "//", "%",
        "@", "<", ">", "<=", "!=", "+=", "-=", "->", "*args", "**kw", "0", "1", "2.5", "10**9",
        "'s'", "\"t\"", "f'{x}'", "...", "\n", "\n    ", "\n        ", " ", "#c", "\\", "\t",
    ]

    static func corpus() -> [String] {
        FixtureSupport.programs.compactMap { path in
            let url = FixtureSupport.programsFolder.appendingPathComponent(path)
            return (try? String(contentsOf: url, encoding: .utf8)).map {
                FixtureSupport.cells(of: $0).joined(separator: "\n")
            }
        }
    }

    static func mutate(_ source: String, _ g: inout Generator) -> String {
        var lines = source.components(separatedBy: "\n")
        var chars = Array(source)
        switch g.below(8) {
        case 0 where !chars.isEmpty:
            let start = g.below(chars.count)
            let length = min(chars.count - start, 1 + g.below(12))
            chars.removeSubrange(start..<(start + length))
            return String(chars)
        case 1 where !lines.isEmpty:
            let i = g.below(lines.count)
            lines.insert(lines[i], at: g.below(lines.count))
            return lines.joined(separator: "\n")
        case 2 where lines.count > 1:
            let i = g.below(lines.count)
            let j = g.below(lines.count)
            lines.swapAt(i, j)
            return lines.joined(separator: "\n")
        case 3 where !chars.isEmpty:
            let token = g.pick(vocabulary)
            chars.insert(contentsOf: " " + token + " ", at: g.below(chars.count))
            return String(chars)
        case 4 where !chars.isEmpty:
            chars[g.below(chars.count)] = g.pick(Array("()[]{}:;,.=+-*/%<>!@#\\'\"\n\t 0x_"))
            return String(chars)
        case 5 where !lines.isEmpty:
            lines.remove(at: g.below(lines.count))
            return lines.joined(separator: "\n")
        case 6 where !lines.isEmpty:
            let i = g.below(lines.count)
            lines[i] = String(repeating: " ", count: g.below(9)) + lines[i].drop { $0 == " " }
            return lines.joined(separator: "\n")
        default:
            return String(chars.prefix(g.below(chars.count + 1)))
        }
    }

    static func soup(_ g: inout Generator) -> String {
        var out = ""
        for _ in 0..<(1 + g.below(40)) {
            out += g.pick(vocabulary) + (g.below(3) == 0 ? "" : " ")
        }
        return out
    }

    static func options() -> SessionOptions {
        var o = SessionOptions()
        o.timeLimit = 0.05
        o.maxCollectionItems = 1 << 15
        o.maxStringBytes = 1 << 16
        o.outputLimit = 4096
        return o
    }

    private func check(_ sources: [String]) {
        var session = Session(options: Self.options())
        var internalErrors: [String] = []
        for (i, source) in sources.enumerated() {
            if i % 250 == 0 {
                session.close()
                session = Session(options: Self.options())
            }
            let outcome = session.run(source)
            if let e = outcome.error {
                if e.type.isEmpty || e.type == "SystemError" {
                    internalErrors.append("\(e.description) in:\n\(source)")
                }
            }
        }
        session.close()
        #expect(internalErrors.isEmpty, "\(internalErrors.prefix(3).joined(separator: "\n---\n"))")
    }

    @Test func mutatedProgramsEndInAResultOrAPythonError() {
        var g = Generator(state: 0x9E37_79B9_7F4A_7C15)
        let corpus = Self.corpus()
        #expect(!corpus.isEmpty)
        var sources: [String] = []
        for _ in 0..<3000 {
            var source = g.pick(corpus)
            for _ in 0..<(1 + g.below(3)) {
                source = Self.mutate(source, &g)
            }
            sources.append(source)
        }
        check(sources)
    }

    @Test func randomTokenSoupEndsInAResultOrAPythonError() {
        var g = Generator(state: 0xD1B5_4A32_D192_ED03)
        check((0..<3000).map { _ in Self.soup(&g) })
    }
}
