#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The C math library's functions for one floating-point element type, so generic kernels
/// specialize to `expf` or `exp` without dynamic dispatch.
protocol FloatMath: TensorNumeric, BinaryFloatingPoint {
    static func cPow(_ x: Self, _ y: Self) -> Self
    static func cExp(_ x: Self) -> Self
    static func cLog(_ x: Self) -> Self
    static func cSin(_ x: Self) -> Self
    static func cCos(_ x: Self) -> Self
    static func cTanh(_ x: Self) -> Self
    static func cFmod(_ x: Self, _ y: Self) -> Self
    static func cErf(_ x: Self) -> Self
    static func cLog1p(_ x: Self) -> Self
    static func cExpm1(_ x: Self) -> Self
}

extension Float: FloatMath {
    static func cPow(_ x: Float, _ y: Float) -> Float { powf(x, y) }
    static func cExp(_ x: Float) -> Float { expf(x) }
    static func cLog(_ x: Float) -> Float { logf(x) }
    static func cSin(_ x: Float) -> Float { sinf(x) }
    static func cCos(_ x: Float) -> Float { cosf(x) }
    static func cTanh(_ x: Float) -> Float { tanhf(x) }
    static func cFmod(_ x: Float, _ y: Float) -> Float { fmodf(x, y) }
    static func cErf(_ x: Float) -> Float { erff(x) }
    static func cLog1p(_ x: Float) -> Float { log1pf(x) }
    static func cExpm1(_ x: Float) -> Float { expm1f(x) }
}

extension Double: FloatMath {
    static func cPow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
    static func cExp(_ x: Double) -> Double { exp(x) }
    static func cLog(_ x: Double) -> Double { log(x) }
    static func cSin(_ x: Double) -> Double { sin(x) }
    static func cCos(_ x: Double) -> Double { cos(x) }
    static func cTanh(_ x: Double) -> Double { tanh(x) }
    static func cFmod(_ x: Double, _ y: Double) -> Double { fmod(x, y) }
    static func cErf(_ x: Double) -> Double { erf(x) }
    static func cLog1p(_ x: Double) -> Double { log1p(x) }
    static func cExpm1(_ x: Double) -> Double { expm1(x) }
}

/// The integer element types, for generic integer kernels.
protocol IntegerElement: TensorNumeric, FixedWidthInteger, SignedInteger {}

extension Int32: IntegerElement {}
extension Int64: IntegerElement {}
