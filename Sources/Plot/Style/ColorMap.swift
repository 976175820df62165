/// A colour map: 256 colours that values from 0 to 1 pick from, and the colours for NaN
/// (bad), below 0 (under) and above 1 (over); matplotlib's own tables.
public struct ColorMap: Sendable, Equatable {
    /// The map's name, such as `viridis` or `gray_r`.
    public let name: String
    /// The 256 colours as matplotlib paints images with them (channels truncated to bytes).
    let imageBytes: [UInt32]
    /// The 256 colours as matplotlib writes them for shapes (channels rounded).
    let vectorColors: [UInt32]
    /// The colour of NaN values.
    public let bad: Color
    /// The colour of values below the range.
    public let under: Color
    /// The colour of values above the range.
    public let over: Color

    /// The names of the maps this library has, without their reversed `_r` forms.
    public static var names: [String] { ColorMapTable.shared.order }

    /// The default map, `viridis`.
    public static var viridis: ColorMap {
        // The table always holds viridis; the fallback only satisfies the type checker.
        (try? ColorMap(named: "viridis")) ?? ColorMap(gray: ())
    }

    /// The map called `name`; a name ending in `_r` is the map reversed.
    ///
    /// Throws matplotlib's `ValueError` for an unknown name (and `NotImplementedError` for a
    /// map matplotlib has and this library does not).
    public init(named name: String) throws {
        let reversed = name.hasSuffix("_r")
        let base = reversed ? String(name.dropLast(2)) : name
        guard let entry = ColorMapTable.shared.maps[base] else {
            if matplotlibColormapNames.contains(name) {
                throw PlotError.notImplemented("the '\(name)' colour map")
            }
            throw PlotError.value(
                "'\(name)' is not a valid value for cmap; supported values are "
                    + matplotlibColormapNames.map { "'\($0)'" }.joined(separator: ", "))
        }
        self.name = name
        imageBytes = reversed ? entry.imageBytes.reversed() : entry.imageBytes
        vectorColors = reversed ? entry.vectorColors.reversed() : entry.vectorColors
        bad = entry.bad
        under = reversed ? entry.over : entry.under
        over = reversed ? entry.under : entry.over
    }

    /// A grey ramp, used only if the generated table were broken.
    private init(gray: Void) {
        name = "gray"
        imageBytes = (0..<256).map { UInt32($0) * 0x010101 }
        vectorColors = (0..<256).map { UInt32($0) * 0x010101 }
        bad = .none
        under = .black
        over = .white
    }

    /// The entry index of a normalized value: 0…255, -1 under, 256 over, nil for NaN.
    @inline(__always)
    static func index(_ fraction: Double) -> Int? {
        guard !fraction.isNaN else { return nil }
        if fraction < 0 { return -1 }
        if fraction > 1 { return 256 }
        return min(Int(fraction * 256), 255)
    }

    /// The colour of a normalized value (0 to 1), as for vector shapes.
    public func color(_ fraction: Double) -> Color {
        guard let index = Self.index(fraction) else { return bad }
        if index < 0 { return under }
        if index > 255 { return over }
        return Color(hex: vectorColors[index])
    }

    /// The image bytes (r, g, b, a) of a normalized value, as matplotlib paints images.
    func pixel(_ fraction: Double) -> (UInt8, UInt8, UInt8, UInt8) {
        func bytes(_ color: Color) -> (UInt8, UInt8, UInt8, UInt8) {
            (
                UInt8(color.red * 255), UInt8(color.green * 255), UInt8(color.blue * 255),
                UInt8(color.alpha * 255)
            )
        }
        guard let index = Self.index(fraction) else { return bytes(bad) }
        if index < 0 { return bytes(under) }
        if index > 255 { return bytes(over) }
        let rgb = imageBytes[index]
        return (UInt8(rgb >> 16), UInt8((rgb >> 8) & 0xFF), UInt8(rgb & 0xFF), 255)
    }

}

/// Every colour map name matplotlib 3.7 knows, sorted.
let matplotlibColormapNames: [String] = ColorTables.matplotlibNames.split(whereSeparator: {
    $0 == " " || $0 == "\n"
}).map(String.init)

/// The generated colour map table, parsed once.
final class ColorMapTable: Sendable {
    struct Entry: Sendable {
        let imageBytes: [UInt32]
        let vectorColors: [UInt32]
        let bad: Color
        let under: Color
        let over: Color
    }

    let maps: [String: Entry]
    let order: [String]

    static let shared = ColorMapTable(ColorTables.colormaps)

    private init(_ text: String) {
        var maps: [String: Entry] = [:]
        var order: [String] = []
        let lines = text.split(separator: "\n").map { $0.split(separator: " ") }
        var index = 0
        func rgba(_ text: Substring) -> Color {
            let value = UInt32(text, radix: 16) ?? 0
            var color = Color(hex: value >> 8)
            color.alpha = Double(value & 0xFF) / 255
            return color
        }
        while index + 257 < lines.count, lines[index].count == 1 {
            let name = String(lines[index][0])
            var bytes: [UInt32] = []
            var vector: [UInt32] = []
            for line in lines[(index + 1)...(index + 256)] where line.count == 2 {
                bytes.append(UInt32(line[0], radix: 16) ?? 0)
                vector.append(UInt32(line[1], radix: 16) ?? 0)
            }
            let extras = lines[index + 257]
            if bytes.count == 256, extras.count == 3 {
                maps[name] = Entry(
                    imageBytes: bytes, vectorColors: vector, bad: rgba(extras[0]),
                    under: rgba(extras[1]), over: rgba(extras[2]))
                order.append(name)
            }
            index += 258
        }
        self.maps = maps
        self.order = order
    }
}
