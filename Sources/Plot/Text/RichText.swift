/// Text made of runs, each upright or italic, on the baseline or raised or lowered.
///
/// Runs may carry space before them. It is what tick labels of log axes (`10` with `−2`
/// raised) and the mathtext subset (`$x_1^2$`) set.
public struct RichText: Sendable, Hashable, CustomStringConvertible {
    /// Where a run sits relative to the baseline.
    public enum Shift: Sendable, Hashable {
        /// On the baseline, full size.
        case none
        /// Raised and smaller (an exponent).
        case superscript
        /// Lowered and smaller (an index).
        case `subscript`
    }

    /// A stretch of text set one way.
    public struct Run: Sendable, Hashable {
        /// The characters.
        public var text: String
        /// Where the run sits.
        public var shift: Shift
        /// Whether the run is italic (math variables).
        public var isItalic: Bool
        /// Space before the run, in ems of the text's size (around math operators).
        public var spaceBefore: Double

        /// Creates a run.
        public init(
            _ text: String, shift: Shift = .none, italic: Bool = false, spaceBefore: Double = 0
        ) {
            self.text = text
            self.shift = shift
            isItalic = italic
            self.spaceBefore = spaceBefore
        }

        /// Whether the run is raised as a superscript.
        public var isSuperscript: Bool { shift == .superscript }
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
                guard !piece.isEmpty else { continue }
                var part = run
                part.text = String(piece)
                if index > 0 { part.spaceBefore = 0 }
                lines[lines.count - 1].append(part)
            }
        }
        return lines.map { RichText(runs: $0) }
    }

    /// Whether there is nothing to show.
    public var isEmpty: Bool { runs.isEmpty }

    /// The characters of all runs, superscripts written after `^` and subscripts after `_`.
    public var description: String {
        runs.map { run in
            switch run.shift {
            case .none: return run.text
            case .superscript: return "^" + run.text
            case .`subscript`: return "_" + run.text
            }
        }.joined()
    }
}
