/// A tick label: the text a reader sees and the string matplotlib keeps for it.
///
/// Scalar labels are plain text (`−0.5`); logarithmic ones are written with a superscript
/// exponent (`10` with `−2` raised), which matplotlib keeps as the mathtext string
/// `$\mathdefault{10^{-2}}$`.
public struct TickLabel: Sendable, Hashable, CustomStringConvertible {
    /// The text as shown.
    public var text: RichText
    /// matplotlib's label string (what `Text.get_text()` returns for the tick label).
    public var matplotlibString: String

    /// A plain text label whose matplotlib string is the text itself.
    public init(_ plain: String) {
        text = RichText(plain)
        matplotlibString = plain
    }

    /// A label shown as `text` and kept by matplotlib as `matplotlibString`.
    public init(text: RichText, matplotlibString: String) {
        self.text = text
        self.matplotlibString = matplotlibString
    }

    /// The empty label of an unlabelled tick.
    public static let empty = TickLabel("")

    /// Whether nothing is shown.
    public var isEmpty: Bool { text.isEmpty }

    /// A short text for debugging and messages.
    public var description: String { matplotlibString }
}

/// One tick of an axis: where it is and what its label says.
public struct Tick: Sendable, Hashable {
    /// The data value of the tick.
    public var value: Double
    /// Its label (empty when unlabelled).
    public var label: TickLabel

    /// Creates a tick.
    public init(value: Double, label: TickLabel) {
        self.value = value
        self.label = label
    }
}

/// The ticks of one axis as drawn: the visible major and minor ticks and the offset text.
public struct AxisTicks: Sendable, Equatable {
    /// Major ticks inside the view.
    public var major: [Tick]
    /// Minor ticks inside the view (a log axis has them; a linear one has none by default).
    public var minor: [Tick]
    /// The offset and scale text shown at the axis' end, such as `1e−5+1`, or empty.
    public var offset: String
}
