/// A legend: a framed box of entries, each a sample of an artist and its label.
public final class Legend {
    /// Where the legend goes in its axes (matplotlib's `loc`).
    public enum Location: String, Sendable, CaseIterable {
        /// The place that hides the least data (matplotlib's `'best'`, code 0).
        case best
        /// Code 1.
        case upperRight = "upper right"
        /// Code 2.
        case upperLeft = "upper left"
        /// Code 3.
        case lowerLeft = "lower left"
        /// Code 4.
        case lowerRight = "lower right"
        /// Code 5 (the same place as `centerRight`).
        case right
        /// Code 6.
        case centerLeft = "center left"
        /// Code 7.
        case centerRight = "center right"
        /// Code 8.
        case lowerCenter = "lower center"
        /// Code 9.
        case upperCenter = "upper center"
        /// Code 10.
        case center

        /// Parses matplotlib's names (`'upper right'`) and codes (`1`).
        ///
        /// Throws matplotlib's `ValueError` listing the valid names.
        public init(parsing text: String) throws {
            if let location = Location(rawValue: text) {
                self = location
                return
            }
            throw PlotError.value(
                "'\(text)' is not a valid value for loc; supported values are "
                    + Location.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", "))
        }

        /// The location of a matplotlib code from 0 to 10, or nil.
        public init?(code: Int) {
            guard code >= 0 && code < Location.allCases.count else { return nil }
            self = Location.allCases[code]
        }
    }

    /// One entry: the artist whose look is sampled, and the label.
    public struct Entry {
        /// The artist shown.
        public var artist: any Artist
        /// The label text.
        public var label: String

        /// Creates an entry.
        public init(artist: any Artist, label: String) {
            self.artist = artist
            self.label = label
        }
    }

    /// The entries, in order.
    public var entries: [Entry]
    /// Where the legend goes.
    public var location: Location
    /// The label font size in points.
    public var fontSize: Double
    /// A title above the entries, or empty.
    public var title: String = ""
    /// How many columns of entries.
    public var columns = 1
    /// Whether the frame is drawn.
    public var showsFrame = true
    /// The frame's opacity (matplotlib's `framealpha`).
    public var frameAlpha = 0.8

    /// Creates a legend.
    public init(entries: [Entry], location: Location = .best, fontSize: Double = 10) {
        self.entries = entries
        self.location = location
        self.fontSize = fontSize
    }
}
