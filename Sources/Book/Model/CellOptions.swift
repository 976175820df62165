/// The options written after `python` in a cell's info string, such as ```` ```python norun ````.
///
/// The supported words are:
/// - `norun`: the cell is shown but never run; its output block, if any, is kept as written
///   and not checked.
/// - `raises`: the cell is expected to stop with an exception; its recorded output ends with the
///   exception's `Type: message` line. Without it an exception fails `lit test`.
/// - `nocheck`: the cell runs and its output is recorded, but `lit test` does not compare it
///   (for outputs that change from run to run, such as timings).
/// - `hide`: the cell runs and is checked, but the site shows neither its code nor its output
///   (setup cells).
/// - `hide-output`: the site shows the code but not the output.
/// - `tolerance=X`: the relative tolerance for numbers when this cell's output is checked,
///   instead of the default `1e-6` (`X` is a non-negative decimal such as `1e-4`).
///
/// Any other word, a repeated word, and `norun` together with `raises`, `nocheck` or
/// `tolerance=` are errors.
public struct CellOptions: Hashable, Sendable {
    /// The cell is shown but not run.
    public var norun = false
    /// The cell is expected to raise an exception.
    public var raises = false
    /// The cell's output is recorded but not compared.
    public var nocheck = false
    /// The site shows neither the code nor the output.
    public var hide = false
    /// The site shows the code but not the output.
    public var hideOutput = false
    /// The relative tolerance for this cell's numbers, or `nil` for the doc-test default.
    public var tolerance: Double?

    /// Makes options with every switch off.
    public init() {}

    /// The words the reader accepts, for messages and documentation.
    public static let supportedWords = [
        "norun", "raises", "nocheck", "hide", "hide-output", "tolerance=X",
    ]

    /// The options as they are spelled in an info string, in canonical order.
    public var words: [String] {
        var words: [String] = []
        if norun { words.append("norun") }
        if raises { words.append("raises") }
        if nocheck { words.append("nocheck") }
        if hide { words.append("hide") }
        if hideOutput { words.append("hide-output") }
        if let tolerance { words.append("tolerance=\(tolerance)") }
        return words
    }
}

/// How an info string classifies a fenced code block.
enum CodeBlockRole: Equatable {
    /// A cell, with the options after `python` (still to be validated).
    case cell
    /// A recorded output block; `extraOffset` locates unexpected words after `output`.
    case output(extraOffset: Int?)
    /// Any other code block, shown as it is.
    case plain

    /// Classifies a code block by its info string: `python …` is a cell, `output` an output.
    init(info: String) {
        // The common spellings skip splitting the info string.
        if info == "python" {
            self = .cell
            return
        }
        if info == "output" {
            self = .output(extraOffset: nil)
            return
        }
        let words = InfoWords(info)
        switch words.first?.text {
        case "python": self = .cell
        case "output": self = .output(extraOffset: words.dropFirst().first?.offset)
        default: self = .plain
        }
    }
}

/// The words of an info string with their UTF-8 offsets.
struct InfoWords: RandomAccessCollection {
    /// One word and where it starts.
    struct Word: Equatable {
        let text: String
        let offset: Int
    }

    private let words: [Word]

    init(_ info: String) {
        var words: [Word] = []
        var current: [UInt8] = []
        var start = 0
        for (offset, byte) in info.utf8.enumerated() {
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                if !current.isEmpty {
                    words.append(
                        Word(text: String(decoding: current, as: UTF8.self), offset: start))
                    current.removeAll()
                }
            } else {
                if current.isEmpty { start = offset }
                current.append(byte)
            }
        }
        if !current.isEmpty {
            words.append(Word(text: String(decoding: current, as: UTF8.self), offset: start))
        }
        self.words = words
    }

    var startIndex: Int { words.startIndex }
    var endIndex: Int { words.endIndex }
    subscript(position: Int) -> Word { words[position] }
}

extension CellOptions {
    /// Parses the words after `python` in a cell's info string, or reports the first problem.
    static func parse(info: String) -> Result<CellOptions, CellOptionProblemError> {
        var options = CellOptions()
        if info == "python" { return .success(options) }
        var seen: Set<String> = []
        var norunOffset: Int?
        var conflictOffset: Int?
        for word in InfoWords(info).dropFirst() {
            let key = word.text.hasPrefix("tolerance=") ? "tolerance=" : word.text
            if seen.contains(key) {
                return .failure(.init(word.offset, "cell option '\(key)' is given twice"))
            }
            seen.insert(key)
            switch key {
            case "norun":
                options.norun = true
                norunOffset = word.offset
            case "raises":
                options.raises = true
                conflictOffset = conflictOffset ?? word.offset
            case "nocheck":
                options.nocheck = true
                conflictOffset = conflictOffset ?? word.offset
            case "hide": options.hide = true
            case "hide-output": options.hideOutput = true
            case "tolerance=":
                let text = word.text.dropFirst("tolerance=".count)
                guard let value = Double(text), value.isFinite, value >= 0,
                    text.allSatisfy({ "0123456789.eE+-".contains($0) })
                else {
                    return .failure(
                        .init(
                            word.offset,
                            "cell option 'tolerance=' needs a non-negative number, "
                                + "not '\(text)'"))
                }
                options.tolerance = value
                conflictOffset = conflictOffset ?? word.offset
            default:
                let supported = supportedWords.joined(separator: ", ")
                return .failure(
                    .init(
                        word.offset,
                        "unknown cell option '\(word.text)' (supported: \(supported))"))
            }
        }
        if let norunOffset, let conflictOffset {
            let offset = max(norunOffset, conflictOffset)
            return .failure(
                .init(
                    offset,
                    "cell option 'norun' cannot be combined with 'raises', 'nocheck' or "
                        + "'tolerance=': a cell that does not run has nothing to check"))
        }
        return .success(options)
    }
}

/// A cell option problem as an `Error`, so it can travel in a `Result`.
struct CellOptionProblemError: Error, Equatable {
    let offset: Int
    let message: String

    init(_ offset: Int, _ message: String) {
        self.offset = offset
        self.message = message
    }
}
