import Tensors

/// The lit weights file (format version 1), documented in `WEIGHTS-FORMAT.md` beside this
/// file: magic `LITWGHT\0`, a `u32` version, a `u32` count, a manifest of names, dtypes and
/// shapes, then the raw little-endian data of every weight.
///
/// ```swift
/// let bytes = WeightsFile.encode(model.weights)
/// let saved = try WeightsFile.decode(bytes, source: "model.weights")
/// ```
public enum WeightsFile {
    /// One weight read from a file.
    public struct Entry: Sendable, Equatable {
        /// The variable's name when saved.
        public var name: String
        /// The saved value.
        public var value: Tensor
    }

    /// The 8 magic bytes.
    static let magic: [UInt8] = Array("LITWGHT".utf8) + [0]
    /// The format version this build writes and reads.
    public static let version: UInt32 = 1

    /// The file's bytes for `variables`.
    public static func encode(_ variables: [Variable]) -> [UInt8] {
        var bytes = magic
        append(version, to: &bytes)
        append(UInt32(variables.count), to: &bytes)
        for variable in variables {
            let name = Array(variable.name.utf8)
            append(UInt32(name.count), to: &bytes)
            bytes += name
            bytes.append(code(of: variable.dtype))
            append(UInt32(variable.shape.count), to: &bytes)
            for dimension in variable.shape {
                append(UInt64(bitPattern: Int64(dimension)), to: &bytes)
            }
        }
        for variable in variables {
            appendElements(of: variable.value, to: &bytes)
        }
        return bytes
    }

    /// The weights stored in `bytes`; `source` names the file in messages.
    ///
    /// - Throws: `ValueError` for a file that isn't a weights file, has another version, is
    ///   truncated or has trailing bytes.
    public static func decode(_ bytes: [UInt8], source: String) throws -> [Entry] {
        var reader = Reader(bytes: bytes, source: source)
        guard bytes.count >= magic.count, Array(bytes[0..<magic.count]) == magic else {
            throw LayerError(.value, "\(source) is not a lit weights file (bad magic number).")
        }
        reader.offset = magic.count
        let fileVersion = try reader.u32()
        guard fileVersion == version else {
            throw LayerError(
                .value,
                "\(source) has format version \(fileVersion); this build reads version "
                    + "\(version).")
        }
        let count = Int(try reader.u32())
        var manifest: [(name: String, dtype: DType, shape: [Int])] = []
        for _ in 0..<count {
            let nameLength = Int(try reader.u32())
            let name = String(decoding: try reader.take(nameLength), as: UTF8.self)
            let dtype = try reader.dtype()
            let rank = Int(try reader.u32())
            var shape: [Int] = []
            for _ in 0..<rank {
                let dimension = Int64(bitPattern: try reader.u64())
                guard dimension >= 0, dimension < Int64(Int32.max) else {
                    throw LayerError(.value, "\(source) is corrupt: bad dimension \(dimension).")
                }
                shape.append(Int(dimension))
            }
            manifest.append((name, dtype, shape))
        }
        var entries: [Entry] = []
        for item in manifest {
            let value = try reader.tensor(item.dtype, item.shape)
            entries.append(Entry(name: item.name, value: value))
        }
        guard reader.offset == bytes.count else {
            throw LayerError(
                .value, "\(source) has \(bytes.count - reader.offset) unexpected bytes at its end.")
        }
        return entries
    }

    static func code(of dtype: DType) -> UInt8 {
        switch dtype {
        case .float32: 0
        case .float64: 1
        case .int32: 2
        case .int64: 3
        case .bool: 4
        }
    }

    private static func append(_ value: UInt32, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }

    private static func append(_ value: UInt64, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }

    private static func appendElements(of tensor: Tensor, to bytes: inout [UInt8]) {
        switch tensor.storage {
        case .float32(let v): for x in v { append(x.bitPattern, to: &bytes) }
        case .float64(let v): for x in v { append(x.bitPattern, to: &bytes) }
        case .int32(let v): for x in v { append(UInt32(bitPattern: x), to: &bytes) }
        case .int64(let v): for x in v { append(UInt64(bitPattern: x), to: &bytes) }
        case .bool(let v): bytes += v.map { $0 ? 1 : 0 }
        }
    }

    /// Reads little-endian values, failing with a truncation error past the end.
    private struct Reader {
        let bytes: [UInt8]
        let source: String
        var offset = 0

        mutating func take(_ count: Int) throws -> ArraySlice<UInt8> {
            guard count >= 0, count <= bytes.count - offset else {
                throw LayerError(
                    .value,
                    "\(source) is truncated: needed \(count) more bytes at offset \(offset), "
                        + "found \(bytes.count - offset).")
            }
            defer { offset += count }
            return bytes[offset..<offset + count]
        }

        mutating func u32() throws -> UInt32 {
            try take(4).reversed().reduce(0) { $0 << 8 | UInt32($1) }
        }

        mutating func u64() throws -> UInt64 {
            try take(8).reversed().reduce(0) { $0 << 8 | UInt64($1) }
        }

        mutating func dtype() throws -> DType {
            let code = try take(1).first ?? 255
            guard let dtype = DType.allCases.first(where: { WeightsFile.code(of: $0) == code })
            else {
                throw LayerError(.value, "\(source) is corrupt: unknown dtype code \(code).")
            }
            return dtype
        }

        mutating func tensor(_ dtype: DType, _ shape: [Int]) throws -> Tensor {
            var count = 1
            for dimension in shape {
                let (product, overflow) = count.multipliedReportingOverflow(by: dimension)
                guard !overflow else { throw LayerError(.value, "\(source) is corrupt.") }
                count = product
            }
            let (needed, overflow) = count.multipliedReportingOverflow(by: dtype.byteSize)
            guard !overflow, needed <= bytes.count - offset else {
                throw LayerError(
                    .value,
                    "\(source) is truncated: needed \(needed) bytes of data at offset \(offset), "
                        + "found \(bytes.count - offset).")
            }
            switch dtype {
            case .float32:
                var values: [Float] = []
                values.reserveCapacity(count)
                for _ in 0..<count { values.append(Float(bitPattern: try u32())) }
                return try Tensor(shape: shape, scalars: values)
            case .float64:
                var values: [Double] = []
                values.reserveCapacity(count)
                for _ in 0..<count { values.append(Double(bitPattern: try u64())) }
                return try Tensor(shape: shape, scalars: values)
            case .int32:
                var values: [Int32] = []
                for _ in 0..<count { values.append(Int32(bitPattern: try u32())) }
                return try Tensor(shape: shape, scalars: values)
            case .int64:
                var values: [Int64] = []
                for _ in 0..<count { values.append(Int64(bitPattern: try u64())) }
                return try Tensor(shape: shape, scalars: values)
            case .bool:
                let raw = try take(count)
                return try Tensor(shape: shape, scalars: raw.map { $0 != 0 })
            }
        }
    }
}
