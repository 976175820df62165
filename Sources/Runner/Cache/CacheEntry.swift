import Book

/// The stored form of a chapter's results: its key, then every cell's result, as a sequence
/// of length-prefixed fields (`name length\n` then the bytes and `\n`).
///
/// The format never needs escaping, and any damage (a cut, a flipped byte in a length or a
/// name) makes ``decode(_:)`` return `nil`, so a corrupt entry is simply ignored.
enum CacheEntry {
    /// The format's version; an entry of another version is not read.
    static let version = "1"

    /// The bytes of an entry.
    static func encode(key: CacheKey, results: [Int: CellResult]) -> [UInt8] {
        var writer = FieldWriter()
        writer.add("lit-cache", version)
        writer.add("path", key.path)
        writer.add("engine", key.engine)
        writer.add("seed", key.seed)
        writer.add("limits", key.limits)
        writer.add("cells", key.cells)
        writer.add("results", String(results.count))
        for (index, result) in results.sorted(by: { $0.key < $1.key }) {
            writer.add("index", String(index))
            writer.add("duration", String(result.duration))
            writer.add("printed", result.printed)
            writer.add("display", result.display)
            if let error = result.error {
                writer.add("error", error.type)
                writer.add("message", error.message)
                writer.add("line", error.line.map(String.init))
                writer.add("column", error.column.map(String.init))
            } else {
                writer.add("error", nil)
            }
        }
        writer.add("end", "")
        return writer.bytes
    }

    /// The key and results stored in `bytes`, or `nil` when they are not a whole entry.
    static func decode(_ bytes: [UInt8]) -> (key: CacheKey, results: [Int: CellResult])? {
        var reader = FieldReader(bytes: bytes)
        guard reader.value("lit-cache") == version,
            let path = reader.value("path"), let engine = reader.value("engine"),
            let seed = reader.value("seed"), let limits = reader.value("limits"),
            let cells = reader.value("cells"),
            let countText = reader.value("results"), let count = Int(countText), count >= 0
        else { return nil }
        var results: [Int: CellResult] = [:]
        for _ in 0..<count {
            guard let indexText = reader.value("index"), let index = Int(indexText),
                let durationText = reader.value("duration"),
                let duration = Double(durationText),
                let printed = reader.value("printed"),
                let display = reader.optionalValue("display"),
                let errorType = reader.optionalValue("error")
            else { return nil }
            var error: CellRunError?
            if let type = errorType {
                guard let message = reader.value("message"),
                    let line = reader.optionalValue("line"),
                    let column = reader.optionalValue("column")
                else { return nil }
                error = CellRunError(
                    type: type, message: message, line: line.flatMap { Int($0) },
                    column: column.flatMap { Int($0) })
            }
            results[index] = CellResult(
                printed: printed, display: display, error: error, duration: duration)
        }
        guard reader.value("end") == "", reader.isAtEnd else { return nil }
        let key = CacheKey(path: path, engine: engine, seed: seed, limits: limits, cells: cells)
        return (key, results)
    }
}

/// Appends length-prefixed fields.
private struct FieldWriter {
    private(set) var bytes: [UInt8] = []

    /// A field with a value: `name length\nvalue\n`.
    mutating func add(_ name: String, _ value: String) {
        bytes += name.utf8
        bytes += " \(value.utf8.count)\n".utf8
        bytes += value.utf8
        bytes.append(UInt8(ascii: "\n"))
    }

    /// A field that may be absent: `name -\n` for `nil`.
    mutating func add(_ name: String, _ value: String?) {
        guard let value else {
            bytes += "\(name) -\n".utf8
            return
        }
        add(name, value as String)
    }
}

/// Reads the fields ``FieldWriter`` wrote, in order.
private struct FieldReader {
    let bytes: [UInt8]
    var offset = 0

    var isAtEnd: Bool { offset == bytes.count }

    /// The value of the next field, which must be called `name` and be present.
    mutating func value(_ name: String) -> String? {
        guard let value = optionalValue(name) else { return nil }
        return value
    }

    /// The value of the next field called `name`: `.some(nil)` when it is marked absent,
    /// `nil` when the bytes are not such a field.
    mutating func optionalValue(_ name: String) -> String?? {
        let nameBytes = Array(name.utf8)
        let end = offset + nameBytes.count
        guard end < bytes.count, bytes[offset..<end].elementsEqual(nameBytes),
            bytes[end] == UInt8(ascii: " ")
        else { return nil }
        var cursor = end + 1
        if cursor + 1 < bytes.count, bytes[cursor] == UInt8(ascii: "-"),
            bytes[cursor + 1] == UInt8(ascii: "\n")
        {
            offset = cursor + 2
            return .some(nil)
        }
        var length = 0
        let digitsStart = cursor
        while cursor < bytes.count, bytes[cursor] >= UInt8(ascii: "0"),
            bytes[cursor] <= UInt8(ascii: "9"), cursor - digitsStart < 12
        {
            length = length * 10 + Int(bytes[cursor] - UInt8(ascii: "0"))
            cursor += 1
        }
        guard cursor > digitsStart, cursor < bytes.count, bytes[cursor] == UInt8(ascii: "\n")
        else { return nil }
        let start = cursor + 1
        let stop = start + length
        guard stop < bytes.count, bytes[stop] == UInt8(ascii: "\n") else { return nil }
        guard let text = String(validating: bytes[start..<stop], as: UTF8.self) else { return nil }
        offset = stop + 1
        return .some(text)
    }
}
