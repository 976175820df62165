/// A Python str: an immutable sequence of Unicode code points.
///
/// Indexing by code point is O(1) for ASCII text and, after a one-time conversion, for any
/// text. The hash is computed once.
public final class PyStr: PyObject {
    /// The text.
    public let value: String
    private var cachedHash: Int = 0
    private var hashComputed = false
    private var cachedCount: Int = -1
    private var cachedScalars: [Unicode.Scalar]?
    /// Whether the session's intern table handed out this object (names, literals).
    var isInterned = false

    /// Creates a str.
    public init(_ value: String) {
        self.value = value
        super.init(kind: .str)
    }

    /// The number of code points (`len`).
    public var count: Int {
        if cachedCount >= 0 { return cachedCount }
        let utf8Count = value.utf8.count
        var n = utf8Count
        if !isASCII(utf8Count) {
            n = value.unicodeScalars.count
        }
        cachedCount = n
        return n
    }

    private func isASCII(_ utf8Count: Int) -> Bool {
        var ascii = true
        var s = value
        s.withUTF8 { buffer in
            for byte in buffer where byte >= 0x80 {
                ascii = false
                break
            }
        }
        return ascii
    }

    /// Whether every character is ASCII (so code point index = byte index).
    public var isASCIIText: Bool { count == value.utf8.count }

    /// The code points, for indexing non-ASCII text.
    public var scalars: [Unicode.Scalar] {
        if let cached = cachedScalars { return cached }
        let array = Array(value.unicodeScalars)
        cachedScalars = array
        return array
    }

    /// The code point at a valid index.
    public func scalar(at index: Int) -> Unicode.Scalar {
        if isASCIIText {
            let utf8 = value.utf8
            let byte = utf8[utf8.index(utf8.startIndex, offsetBy: index)]
            return Unicode.Scalar(byte)
        }
        return scalars[index]
    }

    /// The text of code points `start..<end` (valid, clamped indices).
    public func substring(_ start: Int, _ end: Int) -> String {
        if end <= start { return "" }
        if isASCIIText {
            let utf8 = value.utf8
            let lower = utf8.index(utf8.startIndex, offsetBy: start)
            let upper = utf8.index(lower, offsetBy: end - start)
            return String(value[lower..<upper])
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[start..<end])
        return String(result)
    }

    /// The hash scripts see (stable within a process, never -1).
    @inline(__always) public var pythonHash: Int {
        if hashComputed { return cachedHash }
        return computeHash()
    }

    /// Computes and caches ``pythonHash``.
    @inline(never) private func computeHash() -> Int {
        // FNV-1a over the UTF-8 bytes, then a final mix.
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var s = value
        s.withUTF8 { buffer in
            for byte in buffer {
                h = (h ^ UInt64(byte)) &* 0x100_0000_01b3
            }
        }
        h ^= h >> 29
        h = h &* 0xbf58_476d_1ce4_e5b9
        h ^= h >> 32
        var result = Int(bitPattern: UInt(h))
        if result == -1 { result = -2 }
        cachedHash = result
        hashComputed = true
        return result
    }

    /// Code-point equality (Python compares code points, not canonical equivalence).
    public static func == (lhs: PyStr, rhs: PyStr) -> Bool {
        if lhs === rhs { return true }
        if lhs.hashComputed && rhs.hashComputed && lhs.cachedHash != rhs.cachedHash {
            return false
        }
        return utf8Equal(lhs.value, rhs.value)
    }
}

/// Byte-wise equality of two strings' UTF-8 forms.
func utf8Equal(_ a: String, _ b: String) -> Bool {
    var x = a
    var y = b
    if x.utf8.count != y.utf8.count { return false }
    return x.withUTF8 { bx in
        y.withUTF8 { by in
            bx.elementsEqual(by)
        }
    }
}

/// Python's ordering of strings: by code points.
func codePointLess(_ a: String, _ b: String) -> Bool {
    // UTF-8 byte order equals code point order.
    var x = a
    var y = b
    return x.withUTF8 { bx in
        y.withUTF8 { by in
            bx.lexicographicallyPrecedes(by)
        }
    }
}
