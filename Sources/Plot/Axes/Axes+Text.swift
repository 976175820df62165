extension Axes {
    /// Writes `text` with its anchor at `(x, y)` (matplotlib's `ax.text`).
    ///
    /// The text is left-aligned on the baseline, in data coordinates unless told otherwise.
    /// Text does not change the limits.
    @discardableResult
    public func text(
        _ x: Double, _ y: Double, _ text: String, coordinates: Coordinates = .data,
        fontSize: Double? = nil,
        color: Color = .black
    ) -> TextArtist {
        let artist = TextArtist(
            x: x, y: y, text: text, coordinates: coordinates, fontSize: fontSize ?? style.fontSize,
            color: color)
        add(artist)
        return artist
    }

    /// Shows or hides grid lines (matplotlib's `grid`); nil `visible` toggles them, as
    /// `grid()` with no arguments does.
    public func setGrid(
        _ visible: Bool? = nil, axes directions: [Axis.Direction] = [.x, .y],
        includesMinor: Bool = false,
        style gridStyle: GridStyle? = nil
    ) {
        for direction in directions {
            let axis = self.axis(direction)
            let show = visible ?? (axis.grid == nil)
            if show {
                var style = gridStyle ?? axis.grid ?? GridStyle()
                style.includesMinor = includesMinor
                axis.grid = style
            } else {
                axis.grid = nil
            }
        }
    }

    /// Makes a legend of the labelled artists (matplotlib's `legend()` with no handles), as
    /// they are now: artists added later are not in it.
    ///
    /// With no labelled artist, matplotlib's logged message is kept in the figure's
    /// warnings and the legend is empty.
    @discardableResult
    public func legend(location: Legend.Location = .best, fontSize: Double? = nil) -> Legend {
        let entries = legendCandidates().compactMap { artist -> Legend.Entry? in
            guard isLegendLabel(artist.label), let label = artist.label else { return nil }
            return Legend.Entry(artist: artist, label: label)
        }
        if entries.isEmpty {
            warnings.log(
                "No artists with labels found to put in legend.  Note that artists whose label start with an "
                    + "underscore are ignored when legend() is called with no argument.")
        }
        let legend = Legend(
            entries: entries, location: location, fontSize: fontSize ?? style.legendFontSize)
        self.legend = legend
        return legend
    }

    /// Makes a legend labelling the artists in order with `labels` (matplotlib's
    /// `legend(['a', 'b'])`), labelled or not.
    @discardableResult
    public func legend(labels: [String], location: Legend.Location = .best, fontSize: Double? = nil)
        -> Legend
    {
        let entries = zip(legendCandidates(), labels).map { Legend.Entry(artist: $0, label: $1) }
        let legend = Legend(
            entries: entries, location: location, fontSize: fontSize ?? style.legendFontSize)
        self.legend = legend
        return legend
    }

    /// Makes a legend of the given entries.
    @discardableResult
    public func legend(
        entries: [Legend.Entry], location: Legend.Location = .best, fontSize: Double? = nil
    )
        -> Legend
    {
        let legend = Legend(
            entries: entries, location: location, fontSize: fontSize ?? style.legendFontSize)
        self.legend = legend
        return legend
    }

    /// The artists a legend may show, in matplotlib's order: lines, patches and collections
    /// as added, then the containers of `bar`.
    private func legendCandidates() -> [any Artist] {
        let children = artists.filter {
            !($0 is TextArtist) && !($0 is ImageArtist) && ($0 as? Bars)?.kind != .bar
        }
        let containers = artists.filter { ($0 as? Bars)?.kind == .bar }
        return children + containers
    }
}
