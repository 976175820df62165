import BigInt
import Foundation

/// A numeric operand: a machine int, a big int or a float.
enum Number {
    case int(Int)
    case big(BigInt)
    case float(Double)

    /// The operand of a value, when it is a number (bools count as ints).
    init?(_ value: Value) {
        switch value {
        case .int(let i): self = .int(i)
        case .bool(let b): self = .int(b ? 1 : 0)
        case .float(let d): self = .float(d)
        case .object(let o) where o.kind == .bigint:
            self = .big(unsafeDowncast(o, to: PyBigInt.self).value)
        default: return nil
        }
    }

    var big: BigInt {
        switch self {
        case .int(let i): return BigInt(i)
        case .big(let b): return b
        case .float(let d): return BigInt(d)
        }
    }

    var isFloat: Bool {
        if case .float = self { return true }
        return false
    }
}

extension Runtime {
    /// A value as a float for mixed arithmetic (`OverflowError` for huge ints).
    func toDouble(_ n: Number) throws(PyError) -> Double {
        switch n {
        case .int(let i): return Double(i)
        case .float(let d): return d
        case .big(let b):
            let d = Double(b)
            if d.isInfinite {
                throw error(.overflowError, "int too large to convert to float")
            }
            return d
        }
    }

    /// Arithmetic on two numbers; `nil` when the operator does not apply.
    func numericBinary(_ op: BinaryOp, _ a: Number, _ b: Number) throws(PyError) -> Value? {
        if a.isFloat || b.isFloat {
            return try floatBinary(op, try toDouble(a), try toDouble(b))
        }
        if case .int(let x) = a, case .int(let y) = b {
            return try intBinary(op, x, y)
        }
        return try bigBinary(op, a.big, b.big)
    }

    /// Int arithmetic, promoting to big ints on overflow.
    func intBinary(_ op: BinaryOp, _ x: Int, _ y: Int) throws(PyError) -> Value? {
        switch op {
        case .add:
            let (r, o) = x.addingReportingOverflow(y)
            return o ? Value(BigInt(x) + BigInt(y)) : .int(r)
        case .subtract:
            let (r, o) = x.subtractingReportingOverflow(y)
            return o ? Value(BigInt(x) - BigInt(y)) : .int(r)
        case .multiply:
            let (r, o) = x.multipliedReportingOverflow(by: y)
            return o ? Value(BigInt(x) * BigInt(y)) : .int(r)
        case .trueDivide:
            if y == 0 { throw zeroDivision() }
            return .float(trueDivide(BigInt(x), BigInt(y), small: (x, y)))
        case .floorDivide:
            if y == 0 { throw zeroDivision("integer division or modulo by zero") }
            if x == Int.min && y == -1 { return Value(-BigInt(x)) }
            return .int(floorDiv(x, y))
        case .modulo:
            if y == 0 { throw zeroDivision("integer modulo by zero") }
            if y == -1 { return .int(0) }
            return .int(floorMod(x, y))
        case .power:
            return try intPower(BigInt(x), BigInt(y), smallBase: x, smallExponent: y)
        case .leftShift:
            if y < 0 { throw valueError("negative shift count") }
            if x == 0 { return .int(0) }
            if y < 63 {
                let r = x << y
                if r >> y == x { return .int(r) }
            }
            try checkBits(BigInt(x).bitWidth + y)
            return Value(BigInt(x) << y)
        case .rightShift:
            if y < 0 { throw valueError("negative shift count") }
            if y >= 64 { return .int(x < 0 ? -1 : 0) }
            return .int(x >> y)
        case .bitAnd: return .int(x & y)
        case .bitOr: return .int(x | y)
        case .bitXor: return .int(x ^ y)
        case .matrixMultiply: return nil
        }
    }

    @inline(__always) func floorDiv(_ x: Int, _ y: Int) -> Int {
        let q = x / y
        if (x % y != 0) && ((x < 0) != (y < 0)) { return q - 1 }
        return q
    }

    @inline(__always) func floorMod(_ x: Int, _ y: Int) -> Int {
        let r = x % y
        if r != 0 && ((r < 0) != (y < 0)) { return r + y }
        return r
    }

    /// Correctly rounded int / int (exact for operands below 2**53).
    func trueDivide(_ x: BigInt, _ y: BigInt, small: (Int, Int)?) -> Double {
        if let (a, b) = small, a.magnitude < (1 << 53), b.magnitude < (1 << 53) {
            return Double(a) / Double(b)
        }
        // Scale so that the quotient keeps 64 significant bits, then round once.
        let negative = (x.sign == .minus) != (y.sign == .minus)
        let n = x.magnitude
        let d = y.magnitude
        let shift = Int(d.bitWidth) - Int(n.bitWidth) + 66
        let (q, r) =
            shift >= 0
            ? (n << shift).quotientAndRemainder(dividingBy: d)
            : (n >> -shift).quotientAndRemainder(dividingBy: d)
        var mantissa = q
        if !r.isZero { mantissa |= 1 }  // sticky bit
        var result = Double(mantissa)
        result = scalbn(result, -shift)
        return negative ? -result : result
    }

    /// Raises `MemoryError` when an int would need more bits than the session allows.
    func checkBits(_ bits: Int) throws(PyError) {
        if bits > options.maxStringBytes * 8 / 4 {
            throw error(.memoryError, "")
        }
    }

    func intPower(_ base: BigInt, _ exponent: BigInt, smallBase: Int?, smallExponent: Int?)
        throws(PyError) -> Value
    {
        if exponent.sign == .minus && !exponent.isZero {
            let b = Double(base)
            if b == 0 {
                throw zeroDivision("0.0 cannot be raised to a negative power")
            }
            return try floatBinary(.power, b, Double(exponent)) ?? .none
        }
        if let x = smallBase, let y = smallExponent {
            var result = 1
            var b = x
            var e = y
            var overflow = false
            while e > 0 {
                if e & 1 == 1 {
                    let (r, o) = result.multipliedReportingOverflow(by: b)
                    if o {
                        overflow = true
                        break
                    }
                    result = r
                }
                e >>= 1
                if e > 0 {
                    let (s, o) = b.multipliedReportingOverflow(by: b)
                    if o {
                        overflow = true
                        break
                    }
                    b = s
                }
            }
            if !overflow { return .int(result) }
        }
        if base.isZero || base == 1 { return Value(base) }
        if base == -1 { return .int(exponent % 2 == 0 ? 1 : -1) }
        guard let e = Int(exactly: exponent) else {
            throw error(.memoryError, "")
        }
        let (bits, o) = base.bitWidth.multipliedReportingOverflow(by: e)
        if o { throw error(.memoryError, "") }
        try checkBits(bits)
        return Value(base.power(e))
    }

    /// Big int arithmetic.
    func bigBinary(_ op: BinaryOp, _ x: BigInt, _ y: BigInt) throws(PyError) -> Value? {
        switch op {
        case .add: return Value(x + y)
        case .subtract: return Value(x - y)
        case .multiply:
            try checkBits(x.bitWidth + y.bitWidth)
            return Value(x * y)
        case .trueDivide:
            if y.isZero { throw zeroDivision() }
            let r = trueDivide(x, y, small: nil)
            if r.isInfinite {
                throw error(.overflowError, "integer division result too large for a float")
            }
            return .float(r)
        case .floorDivide, .modulo:
            if y.isZero {
                throw zeroDivision(
                    op == .modulo ? "integer modulo by zero" : "integer division or modulo by zero")
            }
            let (q, r) = bigDivMod(x, y)
            return op == .floorDivide ? Value(q) : Value(r)
        case .power:
            return try intPower(x, y, smallBase: nil, smallExponent: nil)
        case .leftShift:
            if y.sign == .minus && !y.isZero { throw valueError("negative shift count") }
            guard let s = Int(exactly: y) else { throw error(.memoryError, "") }
            try checkBits(x.bitWidth + s)
            return Value(x << s)
        case .rightShift:
            if y.sign == .minus && !y.isZero { throw valueError("negative shift count") }
            guard let s = Int(exactly: y), s < x.bitWidth + 1 else {
                return .int(x.sign == .minus && !x.isZero ? -1 : 0)
            }
            // Floor semantics for negative numbers.
            if x.sign == .minus && !x.isZero {
                return Value(-(((-x) - 1) >> s) - 1)
            }
            return Value(x >> s)
        case .bitAnd: return Value(bitwise(x, y) { $0 & $1 })
        case .bitOr: return Value(bitwise(x, y) { $0 | $1 })
        case .bitXor: return Value(bitwise(x, y) { $0 ^ $1 })
        case .matrixMultiply: return nil
        }
    }

    /// Floor division and modulo of big ints.
    func bigDivMod(_ x: BigInt, _ y: BigInt) -> (BigInt, BigInt) {
        var (q, r) = x.quotientAndRemainder(dividingBy: y)
        if !r.isZero && ((r.sign == .minus) != (y.sign == .minus)) {
            q -= 1
            r += y
        }
        return (q, r)
    }

    /// Two's complement bitwise operations on big ints.
    private func bitwise(_ x: BigInt, _ y: BigInt, _ op: (UInt, UInt) -> UInt) -> BigInt {
        let width = max(x.bitWidth, y.bitWidth) + 1
        let words = (width + UInt.bitWidth - 1) / UInt.bitWidth + 1
        func twos(_ v: BigInt) -> [UInt] {
            var result = [UInt](repeating: 0, count: words)
            let mag = v.magnitude
            for (i, w) in mag.words.enumerated() where i < words {
                result[i] = w
            }
            if v.sign == .minus && !v.isZero {
                var carry: UInt = 1
                for i in 0..<words {
                    let (s, o) = (~result[i]).addingReportingOverflow(carry)
                    result[i] = s
                    carry = o ? 1 : 0
                }
            }
            return result
        }
        let a = twos(x)
        let b = twos(y)
        var r = [UInt](repeating: 0, count: words)
        for i in 0..<words {
            r[i] = op(a[i], b[i])
        }
        let negative = (r[words - 1] >> (UInt.bitWidth - 1)) == 1
        if negative {
            var carry: UInt = 1
            for i in 0..<words {
                let (s, o) = (~r[i]).addingReportingOverflow(carry)
                r[i] = s
                carry = o ? 1 : 0
            }
        }
        let magnitude = BigUInt(words: r)
        return negative ? -BigInt(magnitude) : BigInt(magnitude)
    }

    /// Float arithmetic with Python's errors.
    func floatBinary(_ op: BinaryOp, _ x: Double, _ y: Double) throws(PyError) -> Value? {
        switch op {
        case .add: return .float(x + y)
        case .subtract: return .float(x - y)
        case .multiply: return .float(x * y)
        case .trueDivide:
            if y == 0 { throw zeroDivision("float division by zero") }
            return .float(x / y)
        case .floorDivide:
            if y == 0 { throw zeroDivision("float floor division by zero") }
            return .float(floatDivMod(x, y).0)
        case .modulo:
            if y == 0 { throw zeroDivision("float modulo") }
            return .float(floatDivMod(x, y).1)
        case .power:
            return .float(try floatPower(x, y))
        default:
            return nil
        }
    }

    /// Python's float `divmod`.
    func floatDivMod(_ x: Double, _ y: Double) -> (Double, Double) {
        var mod = fmod(x, y)
        var div = (x - mod) / y
        if mod != 0 {
            if (y < 0) != (mod < 0) {
                mod += y
                div -= 1
            }
        } else {
            mod = copysign(0, y)
        }
        var floorDiv: Double
        if div != 0 {
            floorDiv = div.rounded(.down)
            if div - floorDiv > 0.5 { floorDiv += 1 }
        } else {
            floorDiv = copysign(0, x / y)
        }
        return (floorDiv, mod)
    }

    /// `x ** y` for floats.
    func floatPower(_ x: Double, _ y: Double) throws(PyError) -> Double {
        if y == 0 { return 1 }
        if x.isNaN { return x }
        if x == 0 && y < 0 {
            throw zeroDivision("0.0 cannot be raised to a negative power")
        }
        if x < 0 && y.isFinite && y.rounded() != y {
            throw valueError(
                "complex results are not supported: negative number raised to a fractional power")
        }
        let r = pow(x, y)
        if r.isInfinite && x.isFinite && y.isFinite {
            throw error(.overflowError, "(34, 'Numerical result out of range')")
        }
        return r
    }

    /// Three-way comparison of two numbers (`nil` when unordered, as with NaN).
    func compareNumbers(_ a: Number, _ b: Number) -> Int? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.float(let x), .float(let y)):
            if x.isNaN || y.isNaN { return nil }
            return x < y ? -1 : (x > y ? 1 : 0)
        case (.float(let x), _):
            guard let c = compareFloatInt(x, b.big) else { return nil }
            return c
        case (_, .float(let y)):
            guard let c = compareFloatInt(y, a.big) else { return nil }
            return -c
        default:
            let x = a.big
            let y = b.big
            return x < y ? -1 : (x > y ? 1 : 0)
        }
    }

    /// Exact comparison of a float with an int.
    private func compareFloatInt(_ x: Double, _ y: BigInt) -> Int? {
        if x.isNaN { return nil }
        if x.isInfinite { return x > 0 ? 1 : -1 }
        let whole = x.rounded(.down)
        let w = BigInt(whole)
        if w < y { return -1 }
        if w > y { return 1 }
        return x > whole ? 1 : 0
    }

    /// `abs(n)`.
    func absolute(_ n: Number) -> Value {
        switch n {
        case .int(let i): return i == Int.min ? Value(-BigInt(i)) : .int(abs(i))
        case .big(let b): return Value(b.sign == .minus ? -b : b)
        case .float(let d): return .float(abs(d))
        }
    }

    /// `-n`.
    func negate(_ n: Number) -> Value {
        switch n {
        case .int(let i): return i == Int.min ? Value(-BigInt(i)) : .int(-i)
        case .big(let b): return Value(-b)
        case .float(let d): return .float(-d)
        }
    }

    /// Python's numeric hash (equal numbers hash equal across int and float).
    func numericHash(_ n: Number) -> Int {
        let modulus: UInt64 = (1 << 61) - 1
        switch n {
        case .int(let i):
            var h = Int(UInt64(i.magnitude) % modulus)
            if i < 0 { h = -h }
            return h == -1 ? -2 : h
        case .big(let b):
            let m = b.magnitude % BigUInt(modulus)
            var h = Int(m)
            if b.sign == .minus { h = -h }
            return h == -1 ? -2 : h
        case .float(let d):
            return floatHash(d)
        }
    }

    /// CPython's `_Py_HashDouble`.
    private func floatHash(_ v: Double) -> Int {
        if v.isInfinite { return v > 0 ? 314_159 : -314_159 }
        if v.isNaN { return 0 }
        let modulus: UInt64 = (1 << 61) - 1
        let bits = 61
        let sign: Int = v < 0 ? -1 : 1
        let parts = frexp(abs(v))
        var m = parts.0
        var e = parts.1
        var x: UInt64 = 0
        while m != 0 {
            x = ((x << 28) & modulus) | x >> UInt64(bits - 28)
            m *= 268_435_456.0
            e -= 28
            let y = UInt64(m)
            m -= Double(y)
            x += y
            if x >= modulus { x -= modulus }
        }
        e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits)
        x = ((x << UInt64(e)) & modulus) | x >> UInt64(bits - e)
        var h = Int(bitPattern: UInt(x))
        h *= sign
        return h == -1 ? -2 : h
    }
}

/// Binary operators the runtime evaluates.
public enum BinaryOp: UInt8, Sendable {
    /// `+`
    case add
    /// `-`
    case subtract
    /// `*`
    case multiply
    /// `@`
    case matrixMultiply
    /// `/`
    case trueDivide
    /// `//`
    case floorDivide
    /// `%`
    case modulo
    /// `**`
    case power
    /// `<<`
    case leftShift
    /// `>>`
    case rightShift
    /// `|`
    case bitOr
    /// `^`
    case bitXor
    /// `&`
    case bitAnd

    /// The operator's symbol in error messages.
    var symbol: String {
        switch self {
        case .add: return "+"
        case .subtract: return "-"
        case .multiply: return "*"
        case .matrixMultiply: return "@"
        case .trueDivide: return "/"
        case .floorDivide: return "//"
        case .modulo: return "%"
        case .power: return "**"
        case .leftShift: return "<<"
        case .rightShift: return ">>"
        case .bitOr: return "|"
        case .bitXor: return "^"
        case .bitAnd: return "&"
        }
    }

    /// The forward, reflected and in-place special methods.
    var specials: (SpecialMethod, SpecialMethod, SpecialMethod) {
        switch self {
        case .add: return (.add, .radd, .iadd)
        case .subtract: return (.sub, .rsub, .isub)
        case .multiply: return (.mul, .rmul, .imul)
        case .matrixMultiply: return (.matmul, .rmatmul, .imatmul)
        case .trueDivide: return (.truediv, .rtruediv, .itruediv)
        case .floorDivide: return (.floordiv, .rfloordiv, .ifloordiv)
        case .modulo: return (.mod, .rmod, .imod)
        case .power: return (.pow, .rpow, .ipow)
        case .leftShift: return (.lshift, .rlshift, .ilshift)
        case .rightShift: return (.rshift, .rrshift, .irshift)
        case .bitOr: return (.or, .ror, .ior)
        case .bitXor: return (.xor, .rxor, .ixor)
        case .bitAnd: return (.and, .rand, .iand)
        }
    }
}
