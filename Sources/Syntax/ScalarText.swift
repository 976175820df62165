/// Fast conversion of Unicode scalars to `String`, for the lexers' hot paths (the generic
/// `String.UnicodeScalarView` appends are many times slower).
enum ScalarText {
    /// The string of a run of scalars.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        scalars.withUnsafeBufferPointer { buffer in
            var isASCII = true
            for scalar in buffer where scalar.value >= 128 {
                isASCII = false
                break
            }
            if isASCII {
                return String(unsafeUninitializedCapacity: buffer.count) { bytes in
                    for index in 0..<buffer.count {
                        bytes[index] = UInt8(truncatingIfNeeded: buffer[index].value)
                    }
                    return buffer.count
                }
            }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(buffer.count * 2)
            for scalar in buffer { appendUTF8(scalar, to: &bytes) }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// The string of an array of scalars.
    static func string(_ scalars: [Unicode.Scalar]) -> String {
        string(scalars[...])
    }

    /// Appends the UTF-8 encoding of a scalar.
    @inline(__always)
    static func appendUTF8(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let v = scalar.value
        if v < 0x80 {
            bytes.append(UInt8(v))
        } else if v < 0x800 {
            bytes.append(UInt8(0xC0 | (v >> 6)))
            bytes.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            bytes.append(UInt8(0xE0 | (v >> 12)))
            bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            bytes.append(UInt8(0xF0 | (v >> 18)))
            bytes.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (v & 0x3F)))
        }
    }
}
