import Interpreter
import Layers
import Tensors

/// This engine's encoding of Python objects inside `.npy` files of `dtype=object` (numpy uses
/// a pickle there, which this engine doesn't have).
///
/// The data after the `.npy` header is `LITOBJ1\n` followed by one encoded object per array
/// element, in row-major order. An object is a tag byte and its content, integers
/// little-endian:
///
/// - `N` `None`; `T` `True`; `F` `False`;
/// - `i` an int (8 bytes); `f` a float (8 bytes, IEEE bits);
/// - `s` a str (4-byte length, UTF-8 bytes);
/// - `l` a list, `t` a tuple (4-byte count, objects); `d` a dict (4-byte count, key and
///   value objects in order);
/// - `E` a `tf.Tensor` (or a `tf.Variable`, stored as its value), `A` a numpy array, `S` a
///   numpy scalar: 8-byte length, then a complete numeric `.npy` file.
enum ObjectCodec {
    /// The marker that starts the data.
    static let marker = Array("LITOBJ1\n".utf8)
}

extension Engine {
    /// The bytes of an object-array `.npy` file.
    func encodeObjectArray(_ array: ObjectArray) throws(PyError) -> [UInt8] {
        var bytes = NpyFormat.header(
            NpyFormat.Header(descr: "|O", fortranOrder: false, shape: array.shape))
        bytes += ObjectCodec.marker
        for item in array.items {
            try encodeObject(item, into: &bytes, depth: 0)
        }
        return bytes
    }

    private func encodeObject(_ value: Value, into bytes: inout [UInt8], depth: Int)
        throws(PyError)
    {
        guard depth < 200 else {
            throw rt.error(.recursionError, "maximum recursion depth exceeded while saving")
        }
        switch value {
        case .none: bytes.append(UInt8(ascii: "N"))
        case .bool(let b): bytes.append(UInt8(ascii: b ? "T" : "F"))
        case .int(let i):
            bytes.append(UInt8(ascii: "i"))
            append(UInt64(bitPattern: Int64(i)), 8, &bytes)
        case .float(let d):
            bytes.append(UInt8(ascii: "f"))
            append(d.bitPattern, 8, &bytes)
        case .str(let s):
            bytes.append(UInt8(ascii: "s"))
            let utf8 = Array(s.value.utf8)
            append(UInt64(utf8.count), 4, &bytes)
            bytes += utf8
        case .object(let o):
            if let list = value.asList {
                try encodeSequence(UInt8(ascii: "l"), list.items, &bytes, depth)
            } else if let tuple = value.asTuple {
                try encodeSequence(UInt8(ascii: "t"), tuple.items, &bytes, depth)
            } else if let dict = value.asDict {
                bytes.append(UInt8(ascii: "d"))
                let items = dict.orderedItems
                append(UInt64(items.count), 4, &bytes)
                for (k, v) in items {
                    try encodeObject(k, into: &bytes, depth: depth + 1)
                    try encodeObject(v, into: &bytes, depth: depth + 1)
                }
            } else if let t = receiverTensor(value) {
                let inst = value.asInstance
                let tag: String
                if let cls = inst?.cls, cls.isSubclass(of: classes.ndarray) {
                    tag = "A"
                } else if let cls = inst?.cls, cls.isSubclass(of: classes[.numpyGeneric]) {
                    tag = "S"
                } else {
                    tag = "E"
                }
                bytes.append(UInt8(ascii: Unicode.Scalar(tag) ?? "E"))
                let file = NpyFormat.encode(t)
                append(UInt64(file.count), 8, &bytes)
                bytes += file
            } else if o.kind == .bigint {
                throw valueError("this engine can't save ints beyond 64 bits in .npy files")
            } else {
                throw typeError(
                    "this engine can save None, bools, numbers, strs, lists, tuples, dicts, "
                        + "tensors and arrays in object arrays, not '\(rt.typeName(value))'")
            }
        default:
            break
        }
    }

    private func encodeSequence(
        _ tag: UInt8, _ items: [Value], _ bytes: inout [UInt8], _ depth: Int
    ) throws(PyError) {
        bytes.append(tag)
        append(UInt64(items.count), 4, &bytes)
        for item in items {
            try encodeObject(item, into: &bytes, depth: depth + 1)
        }
    }

    private func append(_ value: UInt64, _ size: Int, _ bytes: inout [UInt8]) {
        for k in 0..<size {
            bytes.append(UInt8(truncatingIfNeeded: value >> (8 * k)))
        }
    }

    /// The object array of a file this engine wrote.
    func decodeObjectArray(_ header: NpyFormat.Header, _ bytes: [UInt8], dataStart: Int)
        throws(PyError) -> ObjectArray
    {
        var reader = ByteReader(bytes: bytes, position: dataStart)
        guard reader.take(ObjectCodec.marker.count) == ObjectCodec.marker else {
            throw rt.error(
                .valueError,
                "this object array was not written by this engine (numpy's pickles can't be "
                    + "read here)")
        }
        let count = header.shape.reduce(1) { $0.multipliedReportingOverflow(by: $1).partialValue }
        var items: [Value] = []
        for _ in 0..<max(0, count) {
            items.append(try decodeObject(&reader, depth: 0))
        }
        return ObjectArray(shape: header.shape, items: items)
    }

    private func decodeObject(_ reader: inout ByteReader, depth: Int) throws(PyError) -> Value {
        let corrupt = rt.error(.valueError, "the object array data is corrupt")
        guard depth < 200, let tag = reader.take(1)?.first else { throw corrupt }
        switch Character(Unicode.Scalar(tag)) {
        case "N": return .none
        case "T": return .bool(true)
        case "F": return .bool(false)
        case "i":
            guard let word = reader.word(8) else { throw corrupt }
            return .int(Int(Int64(bitPattern: word)))
        case "f":
            guard let word = reader.word(8) else { throw corrupt }
            return .float(Double(bitPattern: word))
        case "s":
            guard let n = reader.word(4), let text = reader.take(Int(n)) else { throw corrupt }
            return Value(String(decoding: text, as: UTF8.self))
        case "l", "t":
            guard let n = reader.word(4), Int(n) <= reader.remaining else { throw corrupt }
            var items: [Value] = []
            for _ in 0..<Int(n) { items.append(try decodeObject(&reader, depth: depth + 1)) }
            return tag == UInt8(ascii: "l") ? rt.list(items) : rt.tuple(items)
        case "d":
            guard let n = reader.word(4), Int(n) <= reader.remaining else { throw corrupt }
            var pairs: [(Value, Value)] = []
            for _ in 0..<Int(n) {
                let key = try decodeObject(&reader, depth: depth + 1)
                let value = try decodeObject(&reader, depth: depth + 1)
                pairs.append((key, value))
            }
            return try rt.dict(keysAndValues: pairs)
        case "E", "A", "S":
            guard let n = reader.word(8), n <= UInt64(reader.remaining),
                let file = reader.take(Int(n))
            else { throw corrupt }
            let t: Tensor
            do {
                let (header, start) = try NpyFormat.readHeader(file)
                t = try NpyFormat.decodeTensor(header, file, dataStart: start)
            } catch {
                throw corrupt
            }
            if tag == UInt8(ascii: "A") { return wrapArray(t) }
            if tag == UInt8(ascii: "S") { return wrapScalar(t) }
            return wrap(t)
        default:
            throw corrupt
        }
    }
}

/// Reads bytes in order.
struct ByteReader {
    let bytes: [UInt8]
    var position: Int

    /// The bytes left.
    var remaining: Int { bytes.count - position }

    /// The next `count` bytes, or `nil` past the end.
    mutating func take(_ count: Int) -> [UInt8]? {
        guard count >= 0, count <= remaining else { return nil }
        defer { position += count }
        return Array(bytes[position..<(position + count)])
    }

    /// A little-endian integer of `size` bytes.
    mutating func word(_ size: Int) -> UInt64? {
        guard let b = take(size) else { return nil }
        return b.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * $1.offset) }
    }
}
