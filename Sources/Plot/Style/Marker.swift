/// A marker drawn at each data point.
public enum Marker: String, Sendable, Hashable, CaseIterable {
    /// `'o'`: a circle.
    case circle = "o"
    /// `'.'`: a small dot.
    case point = "."
    /// `','`: a one-pixel dot.
    case pixel = ","
    /// `'x'`: a diagonal cross.
    case x = "x"
    /// `'+'`: an upright cross.
    case plus = "+"
    /// `'s'`: a square.
    case square = "s"
    /// `'^'`: a triangle pointing up.
    case triangleUp = "^"
    /// `'v'`: a triangle pointing down.
    case triangleDown = "v"
    /// `'<'`: a triangle pointing left.
    case triangleLeft = "<"
    /// `'>'`: a triangle pointing right.
    case triangleRight = ">"
    /// `'D'`: a diamond.
    case diamond = "D"
    /// `'d'`: a thin diamond.
    case thinDiamond = "d"
    /// `'*'`: a star.
    case star = "*"
    /// `'p'`: a pentagon.
    case pentagon = "p"
    /// `'h'`: a hexagon with a vertex up.
    case hexagon = "h"
    /// `'H'`: a hexagon with a side up.
    case hexagonFlat = "H"
    /// `'8'`: an octagon.
    case octagon = "8"
    /// `'P'`: a filled plus.
    case filledPlus = "P"
    /// `'X'`: a filled cross.
    case filledX = "X"
    /// `'|'`: a vertical line.
    case verticalLine = "|"
    /// `'_'`: a horizontal line.
    case horizontalLine = "_"
    /// `'1'`: a tripod pointing down.
    case triDown = "1"
    /// `'2'`: a tripod pointing up.
    case triUp = "2"
    /// `'3'`: a tripod pointing left.
    case triLeft = "3"
    /// `'4'`: a tripod pointing right.
    case triRight = "4"

    /// Parses a marker symbol; `'None'`, `'none'`, `' '` and `''` mean no marker (nil).
    ///
    /// Throws `ValueError: Unrecognized marker style '…'`.
    public static func parse(_ text: String) throws -> Marker? {
        if ["None", "none", " ", ""].contains(text) { return nil }
        guard let marker = Marker(rawValue: text) else {
            throw PlotError.value("Unrecognized marker style '\(text)'")
        }
        return marker
    }

    /// Whether the marker is only strokes (no face to fill).
    public var isStrokeOnly: Bool {
        switch self {
        case .x, .plus, .verticalLine, .horizontalLine, .triDown, .triUp, .triLeft, .triRight:
            return true
        default:
            return false
        }
    }
}
