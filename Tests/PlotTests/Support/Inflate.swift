/// A small inflater (stored and fixed-Huffman deflate blocks, what `PNGEncoder` writes) and
/// PNG reader, so the tests can read back the images the SVG embeds.
enum Inflate {
    struct Failure: Error {}

    /// The raw bytes of a zlib stream.
    static func zlib(_ data: [UInt8]) throws -> [UInt8] {
        guard data.count >= 6, data[0] == 0x78 else { throw Failure() }
        var reader = BitReader(bytes: Array(data.dropFirst(2)))
        var out: [UInt8] = []
        var last = false
        while !last {
            last = try reader.bits(1) == 1
            switch try reader.bits(2) {
            case 0:
                reader.alignToByte()
                let length = try reader.bits(16)
                _ = try reader.bits(16)
                for _ in 0..<length { out.append(UInt8(try reader.bits(8))) }
            case 1:
                while true {
                    let symbol = try reader.fixedSymbol()
                    if symbol < 256 {
                        out.append(UInt8(symbol))
                    } else if symbol == 256 {
                        break
                    } else {
                        let length = try reader.length(symbol)
                        let distance = try reader.distance()
                        guard distance <= out.count else { throw Failure() }
                        for _ in 0..<length { out.append(out[out.count - distance]) }
                    }
                }
            default:
                throw Failure()
            }
        }
        return out
    }

    /// The size and RGBA pixels of a PNG written by `PNGEncoder` (filters None, Sub and Up).
    static func png(_ data: [UInt8]) throws -> (width: Int, height: Int, rgba: [UInt8]) {
        var offset = 8
        var width = 0
        var height = 0
        var compressed: [UInt8] = []
        func number(_ at: Int) -> Int {
            Int(data[at]) << 24 | Int(data[at + 1]) << 16 | Int(data[at + 2]) << 8
                | Int(data[at + 3])
        }
        while offset + 8 <= data.count {
            let length = number(offset)
            let type = String(decoding: data[(offset + 4)..<(offset + 8)], as: UTF8.self)
            let body = Array(data[(offset + 8)..<(offset + 8 + length)])
            if type == "IHDR" {
                width = number(offset + 8)
                height = number(offset + 12)
            } else if type == "IDAT" {
                compressed += body
            }
            offset += 12 + length
        }
        let raw = try zlib(compressed)
        let stride = width * 4
        var rgba: [UInt8] = []
        for row in 0..<height {
            let filter = raw[row * (stride + 1)]
            for index in 0..<stride {
                let byte = raw[row * (stride + 1) + 1 + index]
                let left = index >= 4 ? rgba[row * stride + index - 4] : 0
                let up = row > 0 ? rgba[(row - 1) * stride + index] : 0
                switch filter {
                case 0: rgba.append(byte)
                case 1: rgba.append(byte &+ left)
                case 2: rgba.append(byte &+ up)
                default: throw Failure()
                }
            }
        }
        return (width, height, rgba)
    }

    private struct BitReader {
        let bytes: [UInt8]
        var position = 0

        mutating func bits(_ count: Int) throws -> Int {
            var value = 0
            for bit in 0..<count {
                guard position / 8 < bytes.count else { throw Failure() }
                if bytes[position / 8] & (1 << (position % 8)) != 0 { value |= 1 << bit }
                position += 1
            }
            return value
        }

        mutating func alignToByte() {
            position = (position + 7) / 8 * 8
        }

        /// A Huffman code read most significant bit first.
        mutating func code(_ count: Int, after prefix: Int = 0, of prefixLength: Int = 0) throws
            -> Int
        {
            var value = prefix
            for _ in prefixLength..<count { value = value << 1 | (try bits(1)) }
            return value
        }

        mutating func fixedSymbol() throws -> Int {
            let seven = try code(7)
            if seven <= 0x17 { return seven + 256 }
            let eight = try code(8, after: seven, of: 7)
            if eight >= 0x30 && eight <= 0xBF { return eight - 0x30 }
            if eight >= 0xC0 && eight <= 0xC7 { return eight - 0xC0 + 280 }
            let nine = try code(9, after: eight, of: 8)
            return nine - 0x190 + 144
        }

        mutating func length(_ symbol: Int) throws -> Int {
            let bases = [
                3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99,
                115, 131, 163, 195, 227, 258,
            ]
            let extra = [
                0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5,
                0,
            ]
            let index = symbol - 257
            return bases[index] + (try bits(extra[index]))
        }

        mutating func distance() throws -> Int {
            let code = try code(5)
            let bases = [
                1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025,
                1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
            ]
            let extra = [
                0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11,
                12, 12, 13, 13,
            ]
            return bases[code] + (try bits(extra[code]))
        }
    }
}
