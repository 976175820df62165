/// The measures of one glyph in font units: how far it advances the pen and its control box.
public struct GlyphMetrics: Sendable, Hashable {
    /// The advance width.
    public var advance: Int
    /// The left edge of the control box.
    public var xMin: Int
    /// The bottom of the control box (negative below the baseline).
    public var yMin: Int
    /// The right edge of the control box.
    public var xMax: Int
    /// The top of the control box.
    public var yMax: Int

    /// Creates glyph metrics.
    public init(advance: Int, xMin: Int, yMin: Int, xMax: Int, yMax: Int) {
        self.advance = advance
        self.xMin = xMin
        self.yMin = yMin
        self.xMax = xMax
        self.yMax = yMax
    }
}

/// The size of a laid-out line of text in points, as matplotlib measures it.
public struct TextExtent: Sendable, Hashable {
    /// The advance width.
    public var width: Double
    /// From the lowest to the highest ink (control box) of the glyphs.
    public var height: Double
    /// How far the ink reaches below the baseline.
    public var descent: Double

    /// Creates an extent.
    public init(width: Double, height: Double, descent: Double) {
        self.width = width
        self.height = height
        self.descent = descent
    }
}

/// Advance widths, glyph boxes and pair kerning of a font, enough to lay out labels the way
/// matplotlib lays them out with FreeType (unhinted outlines; kerning rounded to the
/// eighth-pixel grid of matplotlib's hinting factor).
public struct FontMetrics: Sendable {
    /// Font units per em.
    public let unitsPerEm: Int
    /// The font's ascender in font units.
    public let ascender: Int
    /// The font's descender in font units (negative).
    public let descender: Int
    /// The measures used for a character the table lacks.
    public let missingGlyph: GlyphMetrics
    private let glyphs: [UInt32: GlyphMetrics]
    private let kerning: [UInt64: Int]

    /// Builds metrics from the generated text tables (see `DejaVuSansMetrics.swift`).
    init(
        unitsPerEm: Int, ascender: Int, descender: Int, missingGlyph: GlyphMetrics,
        glyphs: String, kerning: String
    ) {
        self.unitsPerEm = unitsPerEm
        self.ascender = ascender
        self.descender = descender
        self.missingGlyph = missingGlyph
        var table: [UInt32: GlyphMetrics] = [:]
        for line in glyphs.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count == 6, let code = UInt32(fields[0], radix: 16) else { continue }
            let numbers = fields.dropFirst().compactMap { Int($0) }
            guard numbers.count == 5 else { continue }
            table[code] = GlyphMetrics(
                advance: numbers[0], xMin: numbers[1], yMin: numbers[2], xMax: numbers[3],
                yMax: numbers[4])
        }
        var pairs: [UInt64: Int] = [:]
        for line in kerning.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count == 3, let left = UInt32(fields[0], radix: 16),
                let right = UInt32(fields[1], radix: 16), let value = Int(fields[2])
            else { continue }
            pairs[UInt64(left) << 32 | UInt64(right)] = value
        }
        self.glyphs = table
        self.kerning = pairs
    }

    /// The metrics of one character.
    public func glyph(_ scalar: Unicode.Scalar) -> GlyphMetrics {
        glyphs[scalar.value] ?? missingGlyph
    }

    /// The kerning between two characters in font units.
    public func kerning(_ left: Unicode.Scalar, _ right: Unicode.Scalar) -> Int {
        kerning[UInt64(left.value) << 32 | UInt64(right.value)] ?? 0
    }

    /// The extent of one line of text at `size` points.
    public func measure(_ text: String, size: Double) -> TextExtent {
        let scale = size / Double(unitsPerEm)
        var pen = 0.0
        var top = -Double.infinity
        var bottom = Double.infinity
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if let previous {
                let adjustment = Double(kerning(previous, scalar)) * scale
                // FreeType grid-fits kerning; matplotlib measures at 8× horizontal resolution.
                pen += (adjustment * 8).rounded() / 8
            }
            let metrics = glyph(scalar)
            top = max(top, Double(metrics.yMax) * scale)
            bottom = min(bottom, Double(metrics.yMin) * scale)
            pen += Double(metrics.advance) * scale
            previous = scalar
        }
        guard top >= bottom else { return TextExtent(width: 0, height: 0, descent: 0) }
        return TextExtent(width: pen, height: top - bottom, descent: -bottom)
    }

    /// The extent of rich text at `size` points.
    ///
    /// Superscripts and subscripts are 70% as large, raised by 38% or lowered by 27% of the
    /// size, as matplotlib's mathtext sets `10^{-2}` and `x_1` in DejaVu Sans; italic runs
    /// take the upright advances (DejaVu Sans Oblique slants the same glyphs).
    public func measure(_ text: RichText, size: Double) -> TextExtent {
        var width = 0.0
        var top = -Double.infinity
        var bottom = Double.infinity
        for run in text.runs {
            width += run.spaceBefore * size
            let offset = Typesetting.offset(run.shift, size: size)
            if run.shift == .none {
                let extent = measure(run.text, size: size)
                width += extent.width
                top = max(top, extent.height - extent.descent)
                bottom = min(bottom, -extent.descent)
            } else {
                let extent = measure(run.text, size: size * Typesetting.scriptScale)
                width +=
                    size * Typesetting.scriptGap + extent.width + size * Typesetting.scriptTrail
                top = max(top, offset + extent.height - extent.descent)
                bottom = min(bottom, offset - extent.descent)
            }
        }
        guard top >= bottom else { return TextExtent(width: 0, height: 0, descent: 0) }
        return TextExtent(width: width, height: top - bottom, descent: -bottom)
    }
}

/// How scripts are set, as fractions of the font size.
enum Typesetting {
    /// The size of a superscript or subscript.
    static let scriptScale = 0.7
    /// How far a superscript's baseline is raised.
    static let superscriptRaise = 0.383
    /// How far a subscript's baseline is lowered.
    static let subscriptDrop = 0.273
    /// The space before a script.
    static let scriptGap = 0.01
    /// The space mathtext leaves after a script.
    static let scriptTrail = 0.033

    /// The baseline offset of a run (up is positive).
    static func offset(_ shift: RichText.Shift, size: Double) -> Double {
        switch shift {
        case .none: return 0
        case .superscript: return size * superscriptRaise
        case .`subscript`: return -size * subscriptDrop
        }
    }
}
