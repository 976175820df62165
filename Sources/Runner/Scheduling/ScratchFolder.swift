#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A chapter's own working folder, made fresh under the temporary folder and removed after
/// the chapter unless it is kept.
struct ScratchFolder {
    /// The folder's path.
    let path: String

    /// Makes a new empty folder `lit-<stem>-XXXXXX` under `root`.
    static func make(under root: String, stem: String) throws(KernelError) -> ScratchFolder {
        let safeStem = String(
            stem.unicodeScalars.prefix(40).map { scalar -> Character in
                scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || scalar == "." || scalar == "-" || scalar == "_"
                    ? Character(scalar) : "_"
            })
        var template = Array("\(root)/lit-\(safeStem)-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress else { return false }
            return mkdtemp(base) != nil
        }
        guard made else {
            throw KernelError(
                "cannot make a scratch folder under \(root): \(String(cString: strerror(errno)))")
        }
        let path = String(
            decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return ScratchFolder(path: path)
    }

    /// Removes the folder and everything the cells left in it.
    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
