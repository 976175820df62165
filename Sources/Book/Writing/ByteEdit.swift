/// A replacement of a byte range of a file.
struct ByteEdit: Hashable {
    /// The replaced range (empty for an insertion).
    let range: Range<Int>
    /// The new bytes.
    let bytes: [UInt8]

    /// Applies non-overlapping edits in one pass.
    static func apply(_ edits: [ByteEdit], to source: [UInt8]) -> [UInt8] {
        let ordered = edits.sorted {
            ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound)
        }
        var result: [UInt8] = []
        result.reserveCapacity(source.count + ordered.reduce(0) { $0 + $1.bytes.count })
        var position = 0
        for edit in ordered {
            let lower = min(max(edit.range.lowerBound, position), source.count)
            let upper = min(max(edit.range.upperBound, lower), source.count)
            result += source[position..<lower]
            result += edit.bytes
            position = upper
        }
        result += source[position...]
        return result
    }
}
