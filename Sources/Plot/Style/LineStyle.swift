/// How a line is drawn: solid, dashed, dash-dotted, dotted or not at all.
public enum LineStyle: String, Sendable, Hashable, CaseIterable {
    /// `'-'`.
    case solid = "-"
    /// `'--'`.
    case dashed = "--"
    /// `'-.'`.
    case dashDot = "-."
    /// `':'`.
    case dotted = ":"
    /// `'None'` (markers only).
    case none = "None"

    /// Parses matplotlib's names and symbols (`'--'`, `'dashed'`, `'None'`, `''`, `' '`).
    ///
    /// Throws matplotlib's `ValueError` listing the supported values.
    public init(parsing text: String) throws {
        switch text {
        case "-", "solid": self = .solid
        case "--", "dashed": self = .dashed
        case "-.", "dashdot": self = .dashDot
        case ":", "dotted": self = .dotted
        case "None", "none", " ", "": self = .none
        default:
            throw PlotError.value(
                "'\(text)' is not a valid value for ls; supported values are '-', '--', '-.', "
                    + "':', 'None', ' ', '', 'solid', 'dashed', 'dashdot', 'dotted'")
        }
    }

    /// The dash pattern in points for a line of `width` points (matplotlib scales its
    /// `lines.*_pattern` by the width), or nil for solid and none.
    public func dashes(width: Double) -> [Double]? {
        let pattern: [Double]
        switch self {
        case .solid, .none: return nil
        case .dashed: pattern = [3.7, 1.6]
        case .dashDot: pattern = [6.4, 1.6, 1, 1.6]
        case .dotted: pattern = [1, 1.65]
        }
        let scale = max(width, 1)
        return pattern.map { $0 * scale }
    }
}
