/// A colour bar: a strip of the colour map beside an axes, with the values' ticks.
///
/// matplotlib's `Colorbar` with its defaults: it takes 15% of the parent's width (plus 5% padding) and is 20
/// times as tall as wide.
public final class Colorbar {
    /// The image whose colours the bar explains.
    public let image: ImageArtist
    /// The bar's own axes (ticks on the right).
    public let axes: Axes
    /// The axes the bar was taken from.
    public private(set) weak var parent: Axes?

    /// The bar's label, drawn along its right side.
    public var label: String {
        get { axes.yAxis.label }
        set { axes.yAxis.label = newValue }
    }

    init(image: ImageArtist, axes: Axes, parent: Axes) {
        self.image = image
        self.axes = axes
        self.parent = parent
    }
}

extension Figure {
    /// Adds a colour bar for `image` beside `parent` (matplotlib's `fig.colorbar(im, ax=ax)`).
    ///
    /// Throws `ValueError` when `parent` is not an axes of this figure.
    @discardableResult
    public func colorbar(_ image: ImageArtist, beside parent: Axes) throws -> Colorbar {
        guard axes.contains(where: { $0 === parent }) else {
            throw PlotError.value("The axes of the colorbar must belong to the figure")
        }
        if let old = parent.colorbar { remove(old.axes) }
        let barAxes = addAxes(parent.placement)
        barAxes.colorbarImage = image
        barAxes.xAxis.margin = 0
        barAxes.yAxis.margin = 0
        let bar = Colorbar(image: image, axes: barAxes, parent: parent)
        parent.colorbar = bar
        return bar
    }
}
