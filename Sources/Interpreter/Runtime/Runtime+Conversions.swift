import BigInt
import Foundation

extension Runtime {
    /// `int(x)` for one argument.
    func toInt(_ v: Value) throws(PyError) -> Value {
        switch v {
        case .int: return v
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return try floatToInt(d)
        case .str(let s): return try parseInt(s.value, base: 10)
        case .object(let o):
            if o.kind == .bigint { return v }
            if o.kind == .instance {
                for m in [SpecialMethod.int, .index] {
                    if let r = try callSpecial(m, on: v, []) {
                        guard Number(r) != nil, !(Number(r)?.isFloat ?? true) else {
                            throw typeError("__\(m)__ returned non-int (type \(typeName(r)))")
                        }
                        if case .bool(let b) = r { return .int(b ? 1 : 0) }
                        return r
                    }
                }
                if let trunc = try attributeIfPresent(v, "__trunc__") {
                    return try call(trunc)
                }
            }
        default: break
        }
        throw typeError(
            "int() argument must be a string, a bytes-like object or a real number, not "
                + "'\(typeName(v))'")
    }

    /// `int(float)`.
    func floatToInt(_ d: Double) throws(PyError) -> Value {
        if d.isNaN { throw valueError("cannot convert float NaN to integer") }
        if d.isInfinite { throw error(.overflowError, "cannot convert float infinity to integer") }
        let t = d.rounded(.towardZero)
        if let i = Int(exactly: t) { return .int(i) }
        return Value(BigInt(t))
    }

    /// Parses an int literal the way `int(text, base)` does.
    func parseInt(_ text: String, base: Int) throws(PyError) -> Value {
        let invalid = valueError(
            "invalid literal for int() with base \(base): \(quoteString(text))")
        var s = Substring(text).drop { $0.isWhitespace }
        while let last = s.last, last.isWhitespace {
            s = s.dropLast()
        }
        var negative = false
        if let f = s.first, f == "+" || f == "-" {
            negative = f == "-"
            s = s.dropFirst()
        }
        var b = base
        let lower = s.lowercased()
        var hadPrefix = false
        if (b == 16 || b == 0) && lower.hasPrefix("0x") {
            b = 16
            hadPrefix = true
        } else if (b == 8 || b == 0) && lower.hasPrefix("0o") {
            b = 8
            hadPrefix = true
        } else if (b == 2 || b == 0) && lower.hasPrefix("0b") {
            b = 2
            hadPrefix = true
        }
        if hadPrefix { s = s.dropFirst(2) }
        let decimalOfBaseZero = b == 0
        if b == 0 { b = 10 }
        // Single underscores between digits (or right after a base prefix).
        var digits = ""
        var previousUnderscore = !hadPrefix
        for ch in s {
            if ch == "_" {
                if previousUnderscore { throw invalid }
                previousUnderscore = true
                continue
            }
            previousUnderscore = false
            guard let d = digitValue(ch), d < b else { throw invalid }
            digits.append(ch)
        }
        if previousUnderscore || digits.isEmpty { throw invalid }
        if decimalOfBaseZero && digits.first == "0" && digits.contains(where: { $0 != "0" }) {
            throw invalid
        }
        if digits.count > 4300 && b == 10 {
            throw valueError(
                "Exceeds the limit (4300 digits) for integer string conversion: value has "
                    + "\(digits.count) digits; use sys.set_int_max_str_digits() to increase the limit"
            )
        }
        if let i = Int(digits, radix: b) {
            return .int(negative ? -i : i)
        }
        guard let big = BigInt(digits, radix: b) else { throw invalid }
        return Value(negative ? -big : big)
    }

    private func digitValue(_ ch: Character) -> Int? {
        guard let a = ch.asciiValue else { return nil }
        switch a {
        case 48...57: return Int(a) - 48
        case 97...122: return Int(a) - 87
        case 65...90: return Int(a) - 55
        default: return nil
        }
    }

    /// `float(x)`.
    func toFloat(_ v: Value) throws(PyError) -> Double {
        switch v {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .str(let s):
            if let d = parseFloat(s.value) { return d }
            throw valueError("could not convert string to float: \(quoteString(s.value))")
        case .object(let o):
            if o.kind == .bigint {
                return try toDouble(.big(unsafeDowncast(o, to: PyBigInt.self).value))
            }
            if o.kind == .instance {
                if let r = try callSpecial(.float, on: v, []) {
                    guard case .float(let d) = r else {
                        throw typeError(
                            "\(typeName(v)).__float__ returned non-float (type \(typeName(r)))")
                    }
                    return d
                }
                if let r = try callSpecial(.index, on: v, []), let n = Number(r) {
                    return try toDouble(n)
                }
            }
        default: break
        }
        throw typeError("float() argument must be a string or a real number, not '\(typeName(v))'")
    }

    /// Parses a float the way `float(text)` does.
    func parseFloat(_ text: String) -> Double? {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var body = Substring(t)
        var sign = 1.0
        if let f = body.first, f == "+" || f == "-" {
            sign = f == "-" ? -1 : 1
            body = body.dropFirst()
        }
        switch body.lowercased() {
        case "inf", "infinity": return sign * Double.infinity
        case "nan": return Double.nan
        default: break
        }
        var cleaned = ""
        var previous: Character = " "
        for (i, ch) in body.enumerated() {
            if ch == "_" {
                guard i > 0, previous.isNumber else { return nil }
                previous = ch
                continue
            }
            if previous == "_" && !ch.isNumber { return nil }
            guard ch.isASCII,
                ch.isNumber || ch == "." || ch == "e" || ch == "E" || ch == "+" || ch == "-"
            else { return nil }
            cleaned.append(ch)
            previous = ch
        }
        if previous == "_" || cleaned.isEmpty { return nil }
        guard let d = Double(cleaned) else { return nil }
        return sign * d
    }

    /// An int argument for a builtin (`__index__` accepted), with CPython's message.
    func intArgument(_ v: Value, _ what: String = "") throws(PyError) -> Int {
        if let i = try indexValue(v) { return i }
        if case .float = v {
            throw typeError("'float' object cannot be interpreted as an integer")
        }
        throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
    }
}
