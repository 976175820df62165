/// Numeric literals, scanned with CPython 3.11's tokenizer rules and messages.
extension Lexer {
    /// Python refuses decimal integer literals longer than this (`sys.int_info`'s default
    /// `str_digits_check_threshold`); lit applies the same bound to every integer literal.
    static let maximumIntegerDigits = 4300

    private enum Stage {
        case integer, fraction, exponent, imaginary
    }

    @inline(__always)
    private static func isDigit(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        return c.value >= 48 && c.value <= 57
    }

    @inline(__always)
    private static func isHexDigit(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        let v = c.value
        return (v >= 48 && v <= 57) || (v >= 97 && v <= 102) || (v >= 65 && v <= 70)
    }

    /// Reads the next scalar (CPython's `tok_nextc`); `nil` past the end.
    @inline(__always)
    private mutating func nextScalar() -> Unicode.Scalar? {
        let c = peek()
        pos += 1
        return c
    }

    /// Reads digits with single underscores between them (CPython's `tok_decimal_tail`).
    private mutating func decimalTail() throws(SyntaxError) -> Unicode.Scalar? {
        var c: Unicode.Scalar?
        while true {
            repeat { c = nextScalar() } while Lexer.isDigit(c)
            if c != "_" { break }
            c = nextScalar()
            if !Lexer.isDigit(c) {
                pos -= 1
                throw error("invalid decimal literal", before: pos)
            }
        }
        return c
    }

    /// Whether the text at `pos` spells `word` followed by a non-identifier character.
    private func keywordFollows(_ word: String) -> Bool {
        var offset = 0
        for letter in word.unicodeScalars {
            guard peek(offset) == letter else { return false }
            offset += 1
        }
        guard let after = peek(offset) else { return true }
        return !Lexer.isIdentifierContinue(after)
    }

    /// Rejects a number glued to a name (`1abc`).
    ///
    /// The keywords CPython allows there are accepted (`1if x else 2`). `c` has been read;
    /// `pos` is just past it.
    private mutating func verifyEndOfNumber(_ c: Unicode.Scalar?, _ kind: String)
        throws(SyntaxError)
    {
        guard let c else { return }
        let allowed: Bool
        switch c {
        case "a": allowed = keywordFollows("nd")
        case "e": allowed = keywordFollows("lse")
        case "f": allowed = keywordFollows("or")
        case "o": allowed = keywordFollows("r")
        case "n": allowed = keywordFollows("ot")
        case "i":
            let next = peek()
            allowed = next == "f" || next == "n" || next == "s"
        default: allowed = false
        }
        if !allowed && Lexer.isIdentifierContinue(c) {
            pos -= 1
            throw error("invalid \(kind) literal", before: pos)
        }
    }

    /// Reads digits of a prefixed literal (`0x`, `0o`, `0b`) after its prefix.
    private mutating func radixDigits(_ radix: Int, kind: String) throws(SyntaxError) {
        var c = nextScalar()
        func inRadix(_ c: Unicode.Scalar?) -> Bool {
            switch radix {
            case 16: return Lexer.isHexDigit(c)
            case 8: return Lexer.isDigit(c) && (c?.value ?? 0) < 56
            default: return c == "0" || c == "1"
            }
        }
        repeat {
            if c == "_" { c = nextScalar() }
            if !inRadix(c) {
                if radix != 16, let digit = c, Lexer.isDigit(digit) {
                    throw error(
                        "invalid digit '\(Character(digit))' in \(kind) literal", before: pos)
                }
                pos -= 1
                throw error("invalid \(kind) literal", before: pos)
            }
            repeat { c = nextScalar() } while inRadix(c)
        } while c == "_"
        if radix != 16, let digit = c, Lexer.isDigit(digit) {
            throw error("invalid digit '\(Character(digit))' in \(kind) literal", before: pos)
        }
        try verifyEndOfNumber(c, kind)
        pos -= 1
    }

    /// Lexes a number starting at `pos` (a digit, or `.` followed by a digit).
    mutating func lexNumber() throws(SyntaxError) {
        let start = pos
        let startLocation = location(of: pos)
        var c = nextScalar()
        var stage = Stage.integer
        var radix = 10
        if c == "." {
            c = nextScalar()
            stage = .fraction
        } else if c == "0" {
            c = nextScalar()
            if c == "x" || c == "X" {
                radix = 16
                try radixDigits(16, kind: "hexadecimal")
            } else if c == "o" || c == "O" {
                radix = 8
                try radixDigits(8, kind: "octal")
            } else if c == "b" || c == "B" {
                radix = 2
                try radixDigits(2, kind: "binary")
            } else {
                var nonzero = false
                while true {
                    if c == "_" {
                        c = nextScalar()
                        if !Lexer.isDigit(c) {
                            pos -= 1
                            throw error("invalid decimal literal", before: pos)
                        }
                    }
                    if c != "0" { break }
                    c = nextScalar()
                }
                if Lexer.isDigit(c) {
                    nonzero = true
                    c = try decimalTail()
                }
                if c == "." {
                    c = nextScalar()
                    stage = .fraction
                } else if c == "e" || c == "E" {
                    stage = .exponent
                } else if c == "j" || c == "J" {
                    stage = .imaginary
                } else if nonzero {
                    throw SyntaxError(
                        "leading zeros in decimal integer literals are not permitted; "
                            + "use an 0o prefix for octal integers", at: startLocation)
                } else {
                    try verifyEndOfNumber(c, "decimal")
                    pos -= 1
                }
            }
        } else {
            c = try decimalTail()
            if c == "." {
                c = nextScalar()
                stage = .fraction
            } else if c == "e" || c == "E" {
                stage = .exponent
            } else if c == "j" || c == "J" {
                stage = .imaginary
            } else {
                try verifyEndOfNumber(c, "decimal")
                pos -= 1
            }
        }
        var isFloat = stage != .integer
        if stage == .fraction {
            if Lexer.isDigit(c) { c = try decimalTail() }
            if c == "e" || c == "E" {
                stage = .exponent
            } else if c == "j" || c == "J" {
                stage = .imaginary
            } else {
                try verifyEndOfNumber(c, "decimal")
                pos -= 1
            }
        }
        if stage == .exponent {
            let e = c
            c = nextScalar()
            var endsBeforeExponent = false
            if c == "+" || c == "-" {
                c = nextScalar()
                if !Lexer.isDigit(c) {
                    pos -= 1
                    throw error("invalid decimal literal", before: pos)
                }
                c = try decimalTail()
            } else if !Lexer.isDigit(c) {
                pos -= 1
                try verifyEndOfNumber(e, "decimal")
                // `1else`: the number ends before the `e`.
                pos -= 1
                isFloat = text[start..<pos].contains(".")
                endsBeforeExponent = true
            } else {
                c = try decimalTail()
            }
            if !endsBeforeExponent {
                if c == "j" || c == "J" {
                    stage = .imaginary
                } else {
                    try verifyEndOfNumber(c, "decimal")
                    pos -= 1
                }
            }
        }
        if stage == .imaginary {
            c = nextScalar()
            try verifyEndOfNumber(c, "imaginary")
            throw SyntaxError(
                "complex literals are not supported in lit cells", at: startLocation)
        }
        let constant = try numberValue(
            text[start..<pos], radix: radix, isFloat: isFloat, at: startLocation)
        emitNumber(constant, from: startLocation)
    }

    /// Converts the text of a numeric literal to its value.
    private func numberValue(
        _ literal: ArraySlice<Unicode.Scalar>, radix: Int, isFloat: Bool,
        at location: SourceLocation
    ) throws(SyntaxError) -> Constant {
        var digits: [Unicode.Scalar] = []
        digits.reserveCapacity(literal.count)
        for c in literal.dropFirst(radix == 10 ? 0 : 2) where c != "_" { digits.append(c) }
        let spelling = ScalarText.string(digits)
        if isFloat {
            guard let value = Double(spelling) else {
                throw SyntaxError("invalid decimal literal", at: location)
            }
            return .float(value)
        }
        if let value = Int(spelling, radix: radix) { return .int(value) }
        let significant = spelling.utf8.drop(while: { $0 == 48 }).count
        let tooLong =
            BigDigits.decimalDigitBound(count: significant, radix: radix)
            > Lexer.maximumIntegerDigits + 2
        let decimal = tooLong ? spelling : BigDigits.decimalString(spelling, radix: radix)
        if tooLong || decimal.utf8.count > Lexer.maximumIntegerDigits {
            let message =
                radix == 10
                ? "Exceeds the limit (4300 digits) for integer string conversion: value has "
                    + "\(significant) digits; use sys.set_int_max_str_digits() to increase "
                    + "the limit - Consider hexadecimal for huge integer literals to avoid decimal "
                    + "conversion limits."
                : "integer literal too large for lit cells (more than 4300 decimal digits)"
            // CPython reports this one at column 0 of the literal's line.
            throw SyntaxError(
                message, line: location.line, column: radix == 10 ? 0 : location.column)
        }
        return .bigInt(decimal)
    }
}
