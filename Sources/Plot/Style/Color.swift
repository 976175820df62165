/// A colour with opacity, channels from 0 to 1.
public struct Color: Sendable, Hashable, CustomStringConvertible {
    /// The red channel.
    public var red: Double
    /// The green channel.
    public var green: Double
    /// The blue channel.
    public var blue: Double
    /// The opacity (1 is opaque).
    public var alpha: Double

    /// Creates a colour from its channels.
    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// Creates an opaque colour from `0xRRGGBB`.
    public init(hex: UInt32) {
        red = Double((hex >> 16) & 0xFF) / 255
        green = Double((hex >> 8) & 0xFF) / 255
        blue = Double(hex & 0xFF) / 255
        alpha = 1
    }

    /// Black.
    public static let black = Color(red: 0, green: 0, blue: 0)
    /// White.
    public static let white = Color(red: 1, green: 1, blue: 1)
    /// Fully transparent (matplotlib's `'none'`).
    public static let none = Color(red: 0, green: 0, blue: 0, alpha: 0)

    /// matplotlib's default colour cycle, tab10: `C0` (blue) to `C9` (cyan).
    public static let cycle: [Color] = [
        0x1F77B4, 0xFF7F0E, 0x2CA02C, 0xD62728, 0x9467BD, 0x8C564B, 0xE377C2, 0x7F7F7F,
        0xBCBD22, 0x17BECF,
    ].map { Color(hex: $0) }

    /// The colour of a one-letter matplotlib name (`b g r c m y k w`), or nil.
    public static func letter(_ letter: Character) -> Color? {
        switch letter {
        case "b": return Color(red: 0, green: 0, blue: 1)
        case "g": return Color(red: 0, green: 0.5, blue: 0)
        case "r": return Color(red: 1, green: 0, blue: 0)
        case "c": return Color(red: 0, green: 0.75, blue: 0.75)
        case "m": return Color(red: 0.75, green: 0, blue: 0.75)
        case "y": return Color(red: 0.75, green: 0.75, blue: 0)
        case "k": return .black
        case "w": return .white
        default: return nil
        }
    }

    /// Parses a colour as matplotlib's `to_rgba` reads a string: a letter, `C0`…, `#rgb`,
    /// `#rrggbb`, `#rrggbbaa`, a grey level such as `'0.5'`, a CSS4 name, `tab:blue`, or
    /// `none`.
    ///
    /// Throws `ValueError: '…' is not a valid value for color`.
    public init(parsing text: String) throws {
        guard let color = Color.parse(text) else {
            throw PlotError.value("'\(text)' is not a valid value for color")
        }
        self = color
    }

    /// The colour a string names, or nil.
    static func parse(_ text: String) -> Color? {
        let name = text.lowercased()
        if name == "none" { return Color.none }
        // One letter is case-sensitive ('B' is no colour); names are not.
        if text.count == 1, let color = letter(text.first ?? " ") { return color }
        if text.hasPrefix("C"), text.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }),
            let index = Int(text.dropFirst())
        {
            return cycle[index % cycle.count]
        }
        if name.hasPrefix("#") { return parseHex(name.dropFirst()) }
        if let level = Double(name), name.allSatisfy({ $0.isNumber || $0 == "." }) {
            return (0...1).contains(level) ? Color(red: level, green: level, blue: level) : nil
        }
        if name.hasPrefix("tab:"), let hex = NamedColors.tableau[String(name.dropFirst(4))] {
            return Color(hex: hex)
        }
        if let hex = NamedColors.css4[name] { return Color(hex: hex) }
        return nil
    }

    private static func parseHex(_ digits: Substring) -> Color? {
        guard digits.allSatisfy(\.isHexDigit) else { return nil }
        var text = String(digits)
        if text.count == 3 || text.count == 4 {
            text = text.map { "\($0)\($0)" }.joined()
        }
        guard text.count == 6 || text.count == 8, let value = UInt64(text, radix: 16) else {
            return nil
        }
        if text.count == 6 { return Color(hex: UInt32(value)) }
        var color = Color(hex: UInt32(value >> 8))
        color.alpha = Double(value & 0xFF) / 255
        return color
    }

    /// The colour with another opacity.
    public func withAlpha(_ alpha: Double) -> Color {
        var copy = self
        copy.alpha = alpha
        return copy
    }

    /// `#rrggbb`, channels rounded as matplotlib's `to_hex` rounds them.
    public var hexString: String {
        var text = "#"
        for channel in [red, green, blue] {
            let byte = Int(saturating: (min(max(channel, 0), 1) * 255).rounded(.toNearestOrEven))
            text += byte < 16 ? "0" + String(byte, radix: 16) : String(byte, radix: 16)
        }
        return text
    }

    /// A short text for debugging and messages.
    public var description: String { alpha == 1 ? hexString : "\(hexString) alpha \(alpha)" }
}

/// The named colours matplotlib knows, read once from the generated tables.
enum NamedColors {
    static let css4 = table(ColorTables.css4)
    static let tableau = table(ColorTables.tableau)

    private static func table(_ text: String) -> [String: UInt32] {
        var result: [String: UInt32] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.count == 2, let value = UInt32(parts[1], radix: 16) {
                result[String(parts[0])] = value
            }
        }
        return result
    }
}
