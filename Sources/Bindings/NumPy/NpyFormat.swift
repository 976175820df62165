import Foundation
import Tensors

/// Reads and writes numpy's `.npy` files (format version 1.0 when writing; 1.0, 2.0 and 3.0
/// when reading).
///
/// A file is the magic `\x93NUMPY`, the version, the header length (little-endian), and a
/// header that is a Python dict literal — `{'descr': '<f4', 'fortran_order': False, 'shape':
/// (2, 3), }` — padded with spaces and a newline so that the data starts at a multiple of 64
/// bytes, then the elements in row-major order. Numeric arrays use `<f4`, `<f8`, `<i4`,
/// `<i8` and `|b1`, which `numpy.load` reads.
///
/// Arrays of Python objects (`descr` `|O`) hold a pickle in real numpy. This engine has no
/// pickle: its object arrays hold the bytes of ``ObjectCodec`` instead (they start with
/// `LITOBJ1\n`), which only this engine reads back; numpy fails on them with an unpickling
/// error.
enum NpyFormat {
    /// The file's first bytes.
    static let magic: [UInt8] = [0x93] + Array("NUMPY".utf8)

    /// What a header describes.
    struct Header: Equatable {
        /// The element type code (`<f4`, `|O`, …).
        var descr: String
        /// Whether the data is in column-major order.
        var fortranOrder: Bool
        /// The shape.
        var shape: [Int]
    }

    /// An error reading a file, with numpy's wording where numpy has one.
    struct FormatError: Error, Equatable {
        let message: String
    }

    /// The `descr` of a dtype.
    static func descr(_ dtype: DType) -> String {
        switch dtype {
        case .float32: "<f4"
        case .float64: "<f8"
        case .int32: "<i4"
        case .int64: "<i8"
        case .bool: "|b1"
        }
    }

    /// The bytes of a file holding `tensor`.
    static func encode(_ tensor: Tensor) -> [UInt8] {
        var bytes = header(
            Header(descr: descr(tensor.dtype), fortranOrder: false, shape: tensor.shape))
        switch tensor.storage {
        case .float32(let v): for x in v { append(x.bitPattern, to: &bytes) }
        case .float64(let v): for x in v { append(x.bitPattern, to: &bytes) }
        case .int32(let v): for x in v { append(UInt32(bitPattern: x), to: &bytes) }
        case .int64(let v): for x in v { append(UInt64(bitPattern: x), to: &bytes) }
        case .bool(let v): bytes.append(contentsOf: v.map { $0 ? 1 : 0 })
        }
        return bytes
    }

    /// The header bytes (magic, version 1.0, length, padded dict) for `header`.
    static func header(_ header: Header) -> [UInt8] {
        let shapeText: String
        switch header.shape.count {
        case 0: shapeText = "()"
        case 1: shapeText = "(\(header.shape[0]),)"
        default: shapeText = "(" + header.shape.map(String.init).joined(separator: ", ") + ")"
        }
        var dict =
            "{'descr': '\(header.descr)', 'fortran_order': "
            + "\(header.fortranOrder ? "True" : "False"), 'shape': \(shapeText), }"
        let unpadded = magic.count + 2 + 2 + dict.utf8.count + 1
        let padding = (64 - unpadded % 64) % 64
        dict += String(repeating: " ", count: padding) + "\n"
        var bytes = magic + [1, 0]
        let length = UInt16(dict.utf8.count)
        bytes.append(UInt8(length & 0xff))
        bytes.append(UInt8(length >> 8))
        bytes.append(contentsOf: dict.utf8)
        return bytes
    }

    /// The header of a file and where its data starts.
    static func readHeader(_ bytes: [UInt8]) throws(FormatError) -> (Header, dataStart: Int) {
        guard bytes.count >= 10, Array(bytes[0..<6]) == magic else {
            throw FormatError(
                message: "the file is not a .npy file (it does not start with \\x93NUMPY)")
        }
        let major = bytes[6]
        let lengthStart = 8
        let headerLength: Int
        let headerStart: Int
        switch major {
        case 1:
            headerLength = Int(bytes[lengthStart]) | Int(bytes[lengthStart + 1]) << 8
            headerStart = lengthStart + 2
        case 2, 3:
            guard bytes.count >= 12 else { throw FormatError(message: "truncated .npy header") }
            headerLength = (0..<4).reduce(0) { $0 | Int(bytes[lengthStart + $1]) << (8 * $1) }
            headerStart = lengthStart + 4
        default:
            throw FormatError(
                message: "we only support format version (1,0), (2,0), and (3,0), not "
                    + "(\(major), \(bytes[7]))")
        }
        guard headerStart + headerLength <= bytes.count else {
            throw FormatError(message: "truncated .npy header")
        }
        let text = String(
            decoding: bytes[headerStart..<(headerStart + headerLength)], as: UTF8.self)
        return (try parseHeader(text), headerStart + headerLength)
    }

    /// Parses the header dict (`{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }`).
    static func parseHeader(_ text: String) throws(FormatError) -> Header {
        func value(after key: String) -> Substring? {
            guard let range = text.range(of: "'\(key)':") else { return nil }
            return text[range.upperBound...].drop { $0 == " " }
        }
        guard let descrText = value(after: "descr"), descrText.first == "'",
            let end = descrText.dropFirst().firstIndex(of: "'")
        else {
            throw FormatError(message: "Header does not contain the correct keys: \(text)")
        }
        let descr = String(descrText.dropFirst()[..<end])
        guard let orderText = value(after: "fortran_order") else {
            throw FormatError(message: "Header does not contain the correct keys: \(text)")
        }
        let fortran = orderText.hasPrefix("True")
        guard let shapeText = value(after: "shape"), shapeText.first == "(",
            let close = shapeText.firstIndex(of: ")")
        else {
            throw FormatError(message: "Header does not contain the correct keys: \(text)")
        }
        var shape: [Int] = []
        for part in shapeText.dropFirst()[..<close].split(separator: ",") {
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            guard let n = Int(trimmed), n >= 0 else {
                throw FormatError(message: "shape is not valid: \(shapeText[...close])")
            }
            shape.append(n)
        }
        return Header(descr: descr, fortranOrder: fortran, shape: shape)
    }

    /// The tensor a numeric file holds.
    static func decodeTensor(_ header: Header, _ bytes: [UInt8], dataStart: Int)
        throws(FormatError) -> Tensor
    {
        let (dtype, bigEndian) = try dtype(of: header.descr)
        var count = 1
        for d in header.shape {
            let (product, overflow) = count.multipliedReportingOverflow(by: d)
            guard !overflow else { throw FormatError(message: "the array is too large") }
            count = product
        }
        let (needed, overflow) = count.multipliedReportingOverflow(by: dtype.byteSize)
        guard !overflow, dataStart + needed <= bytes.count else {
            throw FormatError(
                message:
                    "cannot reshape array of size \((bytes.count - dataStart) / dtype.byteSize) "
                    + "into shape \(TensorShape(header.shape).description)")
        }
        let data = bytes[dataStart..<(dataStart + needed)]
        let storage: TensorStorage
        switch dtype {
        case .float32:
            storage = .float32(words(data, 4, bigEndian).map { Float(bitPattern: UInt32($0)) })
        case .float64:
            storage = .float64(words(data, 8, bigEndian).map { Double(bitPattern: $0) })
        case .int32:
            storage = .int32(words(data, 4, bigEndian).map { Int32(bitPattern: UInt32($0)) })
        case .int64:
            storage = .int64(words(data, 8, bigEndian).map { Int64(bitPattern: $0) })
        case .bool:
            storage = .bool(data.map { $0 != 0 })
        }
        guard header.fortranOrder, header.shape.count > 1 else {
            guard let tensor = try? Tensor(shape: header.shape, storage: storage) else {
                throw FormatError(message: "the array is larger than this session's tensor limit")
            }
            return tensor
        }
        // Column-major data: read it as the reversed shape, then reverse the axes.
        guard let reversed = try? Tensor(shape: header.shape.reversed(), storage: storage),
            let transposed = try? reversed.transposed()
        else {
            throw FormatError(message: "the array data does not match its shape")
        }
        return transposed
    }

    /// The dtype of a `descr`, and whether its bytes are big-endian.
    static func dtype(of descr: String) throws(FormatError) -> (DType, Bool) {
        let order = descr.first
        let code =
            order == "<" || order == ">" || order == "|" || order == "="
            ? String(descr.dropFirst()) : descr
        let big = order == ">"
        switch code {
        case "f4": return (.float32, big)
        case "f8": return (.float64, big)
        case "i4": return (.int32, big)
        case "i8": return (.int64, big)
        case "b1", "?": return (.bool, false)
        default:
            throw FormatError(
                message: "this engine reads float32, float64, int32, int64 and bool arrays; "
                    + "the file holds dtype '\(descr)'")
        }
    }

    private static func words(_ data: ArraySlice<UInt8>, _ size: Int, _ bigEndian: Bool)
        -> [UInt64]
    {
        var result: [UInt64] = []
        result.reserveCapacity(data.count / size)
        var index = data.startIndex
        while index + size <= data.endIndex {
            var word: UInt64 = 0
            for k in 0..<size {
                let byte = UInt64(data[index + k])
                word |= bigEndian ? byte << (8 * (size - 1 - k)) : byte << (8 * k)
            }
            result.append(word)
            index += size
        }
        return result
    }

    private static func append<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
        var v = value.littleEndian
        withUnsafeBytes(of: &v) { bytes.append(contentsOf: $0) }
    }
}
