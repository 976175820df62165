import Foundation

extension FigureDescription {
    /// The description as compact JSON with sorted keys: deterministic, and lossless
    /// (an array whose values are all exact `Float`s is written with float precision and
    /// tagged `{"f32": […]}`; NaN and infinities are written `"nan"`, `"inf"`, `"-inf"`).
    public func encoded() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    /// Reads a description written by `encoded()`.
    ///
    /// Throws `ValueError` naming what is wrong with the text.
    public init(decoding text: String) throws {
        do {
            self = try JSONDecoder().decode(FigureDescription.self, from: Data(text.utf8))
        } catch {
            throw PlotError.value("not a figure description: \(error)")
        }
    }
}

extension SeriesDescription {
    private enum CodingKeys: String, CodingKey {
        case kind, label, style, text, x, y, extra
    }

    /// Encodes the series with its number arrays in compact form.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(label, forKey: .label)
        try container.encodeIfPresent(style, forKey: .style)
        try container.encodeIfPresent(text, forKey: .text)
        try container.encode(NumberArray(x), forKey: .x)
        try container.encode(NumberArray(y), forKey: .y)
        if !extra.isEmpty {
            try container.encode(extra.mapValues(NumberArray.init), forKey: .extra)
        }
    }

    /// Decodes a series written by `encode(to:)`.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(String.self, forKey: .kind)
        label = try container.decodeIfPresent(String.self, forKey: .label)
        style = try container.decodeIfPresent(String.self, forKey: .style)
        text = try container.decodeIfPresent(String.self, forKey: .text)
        x = try container.decode(NumberArray.self, forKey: .x).values
        y = try container.decode(NumberArray.self, forKey: .y).values
        extra =
            try container.decodeIfPresent([String: NumberArray].self, forKey: .extra)?.mapValues(
                \.values) ?? [:]
    }
}

/// Numbers as JSON: a plain array, or `{"f32": […]}` when every value is an exact `Float`
/// (written with `Float`'s shortest digits, read back through `Float`); non-finite values
/// as strings.
struct NumberArray: Codable {
    let values: [Double]

    init(_ values: [Double]) {
        self.values = values
    }

    private enum Keys: String, CodingKey {
        case f32
    }

    func encode(to encoder: Encoder) throws {
        let isFloat =
            !values.isEmpty && values.allSatisfy { !$0.isFinite || Double(Float($0)) == $0 }
        if isFloat {
            var keyed = encoder.container(keyedBy: Keys.self)
            var container = keyed.nestedUnkeyedContainer(forKey: .f32)
            for value in values { try Self.encode(value, float: true, into: &container) }
        } else {
            var container = encoder.unkeyedContainer()
            for value in values { try Self.encode(value, float: false, into: &container) }
        }
    }

    private static func encode(
        _ value: Double, float: Bool, into container: inout UnkeyedEncodingContainer
    ) throws {
        if value.isNaN {
            try container.encode("nan")
        } else if value.isInfinite {
            try container.encode(value > 0 ? "inf" : "-inf")
        } else if float {
            try container.encode(Float(value))
        } else {
            try container.encode(value)
        }
    }

    init(from decoder: Decoder) throws {
        if let keyed = try? decoder.container(keyedBy: Keys.self), keyed.contains(.f32) {
            var container = try keyed.nestedUnkeyedContainer(forKey: .f32)
            values = try Self.decodeAll(&container).map { $0.isFinite ? Double(Float($0)) : $0 }
        } else {
            var container = try decoder.unkeyedContainer()
            values = try Self.decodeAll(&container)
        }
    }

    private static func decodeAll(_ container: inout UnkeyedDecodingContainer) throws -> [Double] {
        var values: [Double] = []
        while !container.isAtEnd {
            if let number = try? container.decode(Double.self) {
                values.append(number)
            } else {
                switch try container.decode(String.self) {
                case "nan": values.append(.nan)
                case "inf": values.append(.infinity)
                case "-inf": values.append(-.infinity)
                case let other:
                    throw DecodingError.dataCorruptedError(
                        in: container, debugDescription: "'\(other)' is not a number")
                }
            }
        }
        return values
    }
}
