/// Text made of runs on the baseline or raised as a superscript, such as `10` with `−2`
/// raised: all the typesetting tick labels of a log axis need.
public struct RichText: Sendable, Hashable, CustomStringConvertible {
    /// A stretch of text on one baseline.
    public struct Run: Sendable, Hashable {
        /// The characters.
        public var text: String
        /// Whether the run is raised and smaller (an exponent).
        public var isSuperscript: Bool

        /// Creates a run.
        public init(_ text: String, superscript: Bool = false) {
            self.text = text
            isSuperscript = superscript
        }
    }

    /// The runs, in reading order.
    public var runs: [Run]

    /// Plain text on the baseline.
    public init(_ plain: String) {
        runs = plain.isEmpty ? [] : [Run(plain)]
    }

    /// Text made of runs.
    public init(runs: [Run]) {
        self.runs = runs.filter { !$0.text.isEmpty }
    }

    /// The text split at its line breaks (`\n`), one rich text a line.
    public var lines: [RichText] {
        var lines: [[Run]] = [[]]
        for run in runs {
            let pieces = run.text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, piece) in pieces.enumerated() {
                if index > 0 { lines.append([]) }
                if !piece.isEmpty {
                    lines[lines.count - 1].append(
                        Run(String(piece), superscript: run.isSuperscript))
                }
            }
        }
        return lines.map { RichText(runs: $0) }
    }

    /// Whether there is nothing to show.
    public var isEmpty: Bool { runs.isEmpty }

    /// The characters of all runs, superscripts written after `^`.
    public var description: String {
        runs.map { $0.isSuperscript ? "^" + $0.text : $0.text }.joined()
    }
}
