/// A matplotlib format string such as `'m--'`, `'g-.'`, `'r:'` or `'bo'`: an optional colour,
/// line style and marker, in any order.
public struct FormatString: Sendable, Hashable {
    /// The colour, if the string names one.
    public var color: Color?
    /// The line style, if the string has one (see `effectiveLineStyle`).
    public var lineStyle: LineStyle?
    /// The marker, if the string has one.
    public var marker: Marker?
    /// Whether the colour came from a one-letter name (matplotlib keeps its alpha as `1`).
    public var colorIsLetter = false

    /// Parses a format string the way matplotlib's `_process_plot_format` does.
    ///
    /// A whole string that is a colour (`'C1'`, `'tab:red'`, `'#ff0000'`, `'0.5'`) is a
    /// colour. Throws `ValueError: '…' is not a valid format string (…)` naming the first
    /// unrecognized character or the repeated kind of symbol.
    public init(_ text: String) throws {
        func invalid(_ reason: String) -> PlotError {
            PlotError.value("'\(text)' is not a valid format string (\(reason))")
        }
        // A string that is a colour as a whole is one, except an integer ('1' is a marker).
        if let color = Color.parse(text), Int(text).map({ String($0) }) != text {
            self.color = color
            colorIsLetter = text.count == 1 && Color.letter(text.first ?? " ") != nil
            return
        }
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let twoCharacters =
                index + 1 < characters.count ? String(characters[index...index + 1]) : ""
            if twoCharacters == "--" || twoCharacters == "-." {
                guard lineStyle == nil else { throw invalid("two linestyle symbols") }
                lineStyle = twoCharacters == "--" ? .dashed : .dashDot
                index += 2
            } else if character == "-" || character == ":" || character == " " {
                guard lineStyle == nil else { throw invalid("two linestyle symbols") }
                lineStyle = character == "-" ? .solid : character == ":" ? .dotted : LineStyle.none
                index += 1
            } else if let symbol = Marker(rawValue: String(character)) {
                guard marker == nil else { throw invalid("two marker symbols") }
                marker = symbol
                index += 1
            } else if let letter = Color.letter(character) {
                guard color == nil else { throw invalid("two color symbols") }
                color = letter
                colorIsLetter = true
                index += 1
            } else if character == "C" && index + 1 < characters.count {
                // matplotlib reads exactly one digit after 'C' with int() (hence the error
                // text), and lets it replace an earlier colour.
                let next = characters[index + 1]
                guard next.isASCII, let digit = next.wholeNumberValue else {
                    throw PlotError.value("invalid literal for int() with base 10: '\(next)'")
                }
                color = Color.cycle[digit % Color.cycle.count]
                colorIsLetter = false
                index += 2
            } else {
                throw invalid("unrecognized character '\(character)'")
            }
        }
    }

    /// The line style the string stands for: its own, none when it has only a marker, else
    /// solid.
    public var effectiveLineStyle: LineStyle {
        lineStyle ?? (marker == nil ? .solid : LineStyle.none)
    }
}
