/// How `Figure.svg(_:)` writes a figure.
public struct SVGOptions: Sendable, Equatable {
    /// Which part of the figure the SVG shows.
    public enum Bounds: Sendable, Equatable {
        /// The whole figure, at its size.
        case figure
        /// Everything drawn plus `padding` points on each side, as Jupyter's inline backend
        /// saves figures (`bbox_inches='tight'`, 0.1 inch = 7.2 points).
        case tight(padding: Double)
    }

    /// Which part of the figure the SVG shows.
    public var bounds: Bounds
    /// A colour painted behind the figure, or nil for none (the page shows through).
    public var background: Color?

    /// Options: the whole figure with a transparent background by default.
    public init(bounds: Bounds = .figure, background: Color? = nil) {
        self.bounds = bounds
        self.background = background
    }

    /// The inline backend's choice: tight bounds with 0.1 inch of padding.
    public static let inline = SVGOptions(bounds: .tight(padding: 7.2))
}
