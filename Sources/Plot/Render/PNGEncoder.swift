/// Encodes RGBA pixels as a PNG: each row filtered (`Sub`, or `Up` when it repeats the row
/// above) and compressed with run-length deflate (fixed Huffman codes, matches at distance 1),
/// which shrinks the blocky rasters `imshow` produces to a few bytes a row.
enum PNGEncoder {
    /// A PNG of `width` × `height` pixels, `rgba` row-major from the top, 4 bytes a pixel.
    static func encode(width: Int, height: Int, rgba: [UInt8]) -> [UInt8] {
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var header: [UInt8] = []
        header += bigEndian(UInt32(width))
        header += bigEndian(UInt32(height))
        header += [8, 6, 0, 0, 0]  // 8 bits, RGBA, deflate, adaptive filters, no interlace
        chunk("IHDR", header, into: &png)
        let stride = width * 4
        var filtered: [UInt8] = []
        filtered.reserveCapacity((stride + 1) * height)
        for row in 0..<height {
            let start = row * stride
            if row > 0 && rgba[(start - stride)..<start] == rgba[start..<(start + stride)] {
                filtered.append(2)  // Up: the row repeats the one above, all zeros
                filtered += repeatElement(0, count: stride)
            } else {
                filtered.append(1)  // Sub: each byte minus the same channel to its left
                for index in 0..<stride {
                    let left = index >= 4 ? rgba[start + index - 4] : 0
                    filtered.append(rgba[start + index] &- left)
                }
            }
        }
        chunk("IDAT", Deflate.zlib(filtered), into: &png)
        chunk("IEND", [], into: &png)
        return png
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [
            UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF),
            UInt8(value & 0xFF),
        ]
    }

    private static func chunk(_ type: String, _ data: [UInt8], into png: inout [UInt8]) {
        png += bigEndian(UInt32(data.count))
        let typed = Array(type.utf8) + data
        png += typed
        png += bigEndian(crc32(typed))
    }

    private static let crcTable: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    private static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data { crc = crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}

/// A zlib stream compressed with one fixed-Huffman deflate block whose only matches repeat
/// the previous byte (run-length encoding in deflate's terms).
enum Deflate {
    static func zlib(_ data: [UInt8]) -> [UInt8] {
        var bits = BitWriter()
        bits.bytes = [0x78, 0x01]
        bits.write(1, count: 1)  // final block
        bits.write(1, count: 2)  // fixed Huffman codes
        var index = 0
        while index < data.count {
            let byte = data[index]
            bits.literal(Int(byte))
            index += 1
            // Copies of the byte just written, in matches of up to 258.
            while true {
                var run = 0
                while index + run < data.count && data[index + run] == byte && run < 258 {
                    run += 1
                }
                guard run >= 3 else { break }
                bits.match(length: run)
                index += run
            }
        }
        bits.literal(256)  // end of block
        var out = bits.finish()
        let checksum = adler32(data)
        out += [
            UInt8(checksum >> 24), UInt8((checksum >> 16) & 0xFF), UInt8((checksum >> 8) & 0xFF),
            UInt8(checksum & 0xFF),
        ]
        return out
    }

    private static func adler32(_ data: [UInt8]) -> UInt32 {
        var a: UInt32 = 1
        var b: UInt32 = 0
        for byte in data {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        return b << 16 | a
    }

    /// Deflate's length codes: the first length of each code 257…285 and its extra bits.
    private static let lengthBases: [(base: Int, extra: Int)] = [
        (3, 0), (4, 0), (5, 0), (6, 0), (7, 0), (8, 0), (9, 0), (10, 0), (11, 1), (13, 1), (15, 1),
        (17, 1),
        (19, 2), (23, 2), (27, 2), (31, 2), (35, 3), (43, 3), (51, 3), (59, 3), (67, 4), (83, 4),
        (99, 4),
        (115, 4), (131, 5), (163, 5), (195, 5), (227, 5), (258, 0),
    ]

    private struct BitWriter {
        var bytes: [UInt8] = []
        private var buffer: UInt32 = 0
        private var filled = 0

        /// Writes `count` bits of `value`, least significant first.
        mutating func write(_ value: Int, count: Int) {
            buffer |= UInt32(value) << UInt32(filled)
            filled += count
            while filled >= 8 {
                bytes.append(UInt8(buffer & 0xFF))
                buffer >>= 8
                filled -= 8
            }
        }

        /// Writes a Huffman code, most significant bit first.
        mutating func code(_ value: Int, count: Int) {
            var reversed = 0
            for bit in 0..<count where value & (1 << bit) != 0 {
                reversed |= 1 << (count - 1 - bit)
            }
            write(reversed, count: count)
        }

        /// A literal byte (0…255) or the end-of-block and length symbols (256…287), in the
        /// fixed code.
        mutating func literal(_ symbol: Int) {
            switch symbol {
            case 0...143: code(0x30 + symbol, count: 8)
            case 144...255: code(0x190 + symbol - 144, count: 9)
            case 256...279: code(symbol - 256, count: 7)
            default: code(0xC0 + symbol - 280, count: 8)
            }
        }

        /// A copy of the previous byte `length` times (3…258): the length code, its extra
        /// bits, and distance code 0 (distance 1).
        mutating func match(length: Int) {
            var code = lengthBases.count - 1
            while lengthBases[code].base > length { code -= 1 }
            literal(257 + code)
            if lengthBases[code].extra > 0 {
                write(length - lengthBases[code].base, count: lengthBases[code].extra)
            }
            self.code(0, count: 5)
        }

        mutating func finish() -> [UInt8] {
            if filled > 0 { bytes.append(UInt8(buffer & 0xFF)) }
            return bytes
        }
    }
}

/// Standard base64 (RFC 4648) for data URIs.
enum Base64 {
    private static let alphabet = Array(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func append(_ data: [UInt8], to out: inout [UInt8]) {
        var index = 0
        while index + 2 < data.count {
            let value =
                UInt32(data[index]) << 16 | UInt32(data[index + 1]) << 8 | UInt32(data[index + 2])
            out += [
                alphabet[Int(value >> 18)], alphabet[Int((value >> 12) & 63)],
                alphabet[Int((value >> 6) & 63)],
                alphabet[Int(value & 63)],
            ]
            index += 3
        }
        let rest = data.count - index
        if rest == 1 {
            let value = UInt32(data[index]) << 16
            out += [
                alphabet[Int(value >> 18)], alphabet[Int((value >> 12) & 63)], UInt8(ascii: "="),
                UInt8(ascii: "="),
            ]
        } else if rest == 2 {
            let value = UInt32(data[index]) << 16 | UInt32(data[index + 1]) << 8
            out += [
                alphabet[Int(value >> 18)], alphabet[Int((value >> 12) & 63)],
                alphabet[Int((value >> 6) & 63)],
                UInt8(ascii: "="),
            ]
        }
    }
}
