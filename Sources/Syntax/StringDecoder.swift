/// Resolves backslash escapes in the body of a string literal, as Python 3.11 does.
enum StringDecoder {
    /// A malformed escape: CPython's `(unicode error) ...` message, without location.
    struct EscapeError: Error {
        /// The message, in CPython's words.
        var message: String
    }

    /// Decodes `body`; raw bodies keep their backslashes (only `\<newline>` pairs stay too).
    static func decode(_ body: ArraySlice<Unicode.Scalar>, isRaw: Bool) throws(EscapeError)
        -> String
    {
        if isRaw || !body.contains("\\") {
            return ScalarText.string(body)
        }
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(body.count)
        var index = body.startIndex
        // CPython reports byte positions after writing each non-ASCII character as `\UXXXXXXXX`.
        var position = 0
        while index < body.endIndex {
            let c = body[index]
            guard c == "\\" else {
                result.append(c)
                position += c.isASCII ? 1 : 10
                index += 1
                continue
            }
            let escapeStart = position
            index += 1
            guard index < body.endIndex else {
                result.append("\\")
                break
            }
            let e = body[index]
            index += 1
            position += 2
            switch e {
            case "\n": break
            case "\\": result.append("\\")
            case "'": result.append("'")
            case "\"": result.append("\"")
            case "a": result.append("\u{07}")
            case "b": result.append("\u{08}")
            case "f": result.append("\u{0C}")
            case "n": result.append("\n")
            case "r": result.append("\r")
            case "t": result.append("\t")
            case "v": result.append("\u{0B}")
            case "0"..."7":
                var value = e.value - 48
                var count = 1
                while count < 3, index < body.endIndex, body[index].value >= 48,
                    body[index].value <= 55
                {
                    value = value * 8 + body[index].value - 48
                    index += 1
                    position += 1
                    count += 1
                }
                result.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            case "x", "u", "U":
                let width = e == "x" ? 2 : e == "u" ? 4 : 8
                var value: UInt32 = 0
                var count = 0
                while count < width, index < body.endIndex, let digit = hexValue(body[index]) {
                    value = value &* 16 &+ digit
                    index += 1
                    count += 1
                }
                position += count
                guard count == width else {
                    let name = e == "x" ? "\\xXX" : e == "u" ? "\\uXXXX" : "\\UXXXXXXXX"
                    throw codecError(escapeStart, position - 1, "truncated \(name) escape")
                }
                guard let scalar = Unicode.Scalar(value) else {
                    if value <= 0x10FFFF {
                        // A lone surrogate: Python keeps it; Swift strings cannot.
                        result.append("\u{FFFD}")
                        continue
                    }
                    throw codecError(escapeStart, position - 1, "illegal Unicode character")
                }
                result.append(scalar)
            case "N":
                guard index < body.endIndex, body[index] == "{" else {
                    throw codecError(escapeStart, position - 1, "malformed \\N character escape")
                }
                index += 1
                position += 1
                var name: [Unicode.Scalar] = []
                var closed = false
                while index < body.endIndex {
                    let n = body[index]
                    index += 1
                    position += n.isASCII ? 1 : 10
                    if n == "}" {
                        closed = true
                        break
                    }
                    name.append(n)
                }
                guard closed, !name.isEmpty else {
                    throw codecError(escapeStart, position - 1, "malformed \\N character escape")
                }
                guard let scalar = scalar(named: ScalarText.string(name)) else {
                    throw codecError(escapeStart, position - 1, "unknown Unicode character name")
                }
                result.append(scalar)
            default:
                // Unknown escapes stay as written (Python warns, but keeps them).
                result.append("\\")
                result.append(e)
                position += e.isASCII ? 0 : 9
            }
        }
        return ScalarText.string(result)
    }

    private static func codecError(_ start: Int, _ end: Int, _ reason: String) -> EscapeError {
        EscapeError(
            message:
                "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                + "\(start)-\(end): \(reason)")
    }

    @inline(__always)
    private static func hexValue(_ c: Unicode.Scalar) -> UInt32? {
        let v = c.value
        if v >= 48 && v <= 57 { return v - 48 }
        if v >= 97 && v <= 102 { return v - 87 }
        if v >= 65 && v <= 70 { return v - 55 }
        return nil
    }

    /// Finds a character by its Unicode name or alias, ignoring case (`\N{...}`).
    ///
    /// A linear search of the assigned planes: slow (tens of milliseconds), but only paid by
    /// sources that use `\N{...}`.
    static func scalar(named name: String) -> Unicode.Scalar? {
        let wanted = name.uppercased()
        let ranges: [ClosedRange<UInt32>] = [0x20...0x323AF, 0xE0001...0xE01EF]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let properties = scalar.properties
                if properties.name == wanted || properties.nameAlias == wanted {
                    return scalar
                }
            }
        }
        return nil
    }
}
