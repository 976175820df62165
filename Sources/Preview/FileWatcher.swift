import Foundation

/// Notices changes to files and folders by polling their modification times and sizes.
struct FileWatcher: Sendable {
    /// A file's modification time and size, enough to notice an edit.
    struct Stamp: Hashable, Sendable {
        let modified: Date?
        let size: Int?
    }

    /// The watched paths: files, and folders watched with everything in them.
    let paths: [String]

    /// The current stamps of every watched file (a folder's files, recursively, skipping
    /// hidden ones); a missing path has no entry, so its creation or removal is a change.
    func snapshot() -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                stamps[path] = Self.stamp(path)
                guard let enumerator = manager.enumerator(atPath: path) else { continue }
                while let name = enumerator.nextObject() as? String {
                    if name.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                        continue
                    }
                    let full = (path as NSString).appendingPathComponent(name)
                    stamps[full] = Self.stamp(full)
                }
            } else {
                stamps[path] = Self.stamp(path)
            }
        }
        return stamps
    }

    private static func stamp(_ path: String) -> Stamp {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let isDirectory = attributes?[.type] as? FileAttributeType == .typeDirectory
        return Stamp(
            modified: attributes?[.modificationDate] as? Date,
            size: isDirectory ? nil : (attributes?[.size] as? NSNumber)?.intValue)
    }
}
