/// The Philox4x32-10 counter-based bit generator (Salmon et al., "Parallel random numbers: as
/// easy as 1, 2, 3", SC 2011), as TensorFlow and Random123 implement it.
///
/// A block of four 32-bit outputs is a pure function of a 128-bit counter and a 64-bit key:
/// ten rounds, each multiplying two counter words by fixed odd constants, splitting the 64-bit
/// products into high and low halves, and mixing the high halves with the other words and
/// the key; the key is bumped by two Weyl constants between rounds. Only integer operations
/// are used, so the bits are the same on every platform.
enum Philox {
    private static let m0: UInt64 = 0xD251_1F53
    private static let m1: UInt64 = 0xCD9E_8D57
    private static let w0: UInt32 = 0x9E37_79B9
    private static let w1: UInt32 = 0xBB67_AE85

    /// The four output words for `counter` under `key`.
    static func block(
        _ counter: (UInt32, UInt32, UInt32, UInt32), key: (UInt32, UInt32)
    ) -> (UInt32, UInt32, UInt32, UInt32) {
        var c = counter
        var k = key
        for round in 0..<10 {
            if round > 0 {
                k.0 &+= w0
                k.1 &+= w1
            }
            let p0 = m0 &* UInt64(c.0)
            let p1 = m1 &* UInt64(c.2)
            c = (
                UInt32(truncatingIfNeeded: p1 >> 32) ^ c.1 ^ k.0,
                UInt32(truncatingIfNeeded: p1),
                UInt32(truncatingIfNeeded: p0 >> 32) ^ c.3 ^ k.1,
                UInt32(truncatingIfNeeded: p0)
            )
        }
        return c
    }
}
