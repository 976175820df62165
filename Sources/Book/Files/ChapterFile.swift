import Foundation

/// Reading a chapter file, and replacing it atomically so that an interrupted write never
/// leaves half a chapter.
enum ChapterFile {
    /// Reads a whole regular file.
    static func read(path: String) throws(ChapterError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw ChapterError(path: path, message: "cannot read the file: \(lastError())")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw ChapterError(path: path, message: "cannot read the file: \(lastError())")
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw ChapterError(path: path, message: "is not a regular file")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(status.st_size))
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { raw in
                Foundation.read(descriptor, raw.baseAddress, raw.count)
            }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw ChapterError(path: path, message: "cannot read the file: \(lastError())")
            }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return bytes
    }

    /// Replaces the file at `path` with `bytes` through a temporary file in the same folder and
    /// a rename, keeping the file's permissions.
    ///
    /// Refuses, changing nothing, when the file is read-only or no longer holds `expected`
    /// (someone edited it since it was read). A symbolic link is followed: its target is
    /// replaced and the link stays. Returns `false`, writing nothing, when the file already
    /// holds `bytes` (another run recorded the same outputs first).
    ///
    /// The check and the rename happen under an exclusive `flock` on the chapter's folder, so
    /// two updates of the same chapter at once don't both pass the check: the second waits,
    /// then finds the file changed (or already updated) and says so. Under the same lock,
    /// temporary files an earlier update left behind (it was killed before its rename) are
    /// removed.
    @discardableResult
    static func replace(path: String, expected: [UInt8], with bytes: [UInt8])
        throws(ChapterError) -> Bool
    {
        let target = resolvedPath(path)
        var status = stat()
        guard stat(target, &status) == 0 else {
            throw ChapterError(path: path, message: "cannot write the file: \(lastError())")
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw ChapterError(path: path, message: "is not a regular file")
        }
        // Checked by hand: rename() would replace a read-only file, and root passes access().
        guard status.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH) != 0, access(target, W_OK) == 0
        else {
            throw ChapterError(
                path: path, message: "is read-only; nothing was written")
        }
        let parent = (target as NSString).deletingLastPathComponent
        let directory = parent.isEmpty ? "." : parent
        let name = (target as NSString).lastPathComponent
        // The folder, not the file, is locked: the rename gives the chapter a new inode, and a
        // writer waiting on the old one would otherwise hold its lock beside a newcomer's.
        let lock = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard lock >= 0 else {
            throw ChapterError(path: path, message: "cannot open its folder: \(lastError())")
        }
        defer { close(lock) }
        while flock(lock, LOCK_EX) != 0 {
            guard errno == EINTR else {
                throw ChapterError(path: path, message: "cannot lock its folder: \(lastError())")
            }
        }
        defer { flock(lock, LOCK_UN) }
        removeLeftovers(of: name, in: directory)
        let current = try read(path: target)
        if current == bytes { return false }
        guard current == expected else {
            throw ChapterError(
                path: path,
                message: "changed on disk since it was read; nothing was written (run again)")
        }
        var template = Array((directory + "/" + temporaryPrefix(of: name) + "XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard descriptor >= 0 else {
            throw ChapterError(
                path: path,
                message: "cannot create a temporary file next to it: \(lastError())")
        }
        let temporary = String(
            decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var failure: String?
        if !writeAll(bytes, to: descriptor) {
            failure = "cannot write the temporary file: \(lastError())"
        } else if fchmod(descriptor, status.st_mode & 0o7777) != 0 {
            failure = "cannot set the temporary file's permissions: \(lastError())"
        } else if fsync(descriptor) != 0 {
            failure = "cannot flush the temporary file: \(lastError())"
        }
        // Keeping the owner is best effort: only root may give a file to someone else.
        _ = fchown(descriptor, status.st_uid, status.st_gid)
        if close(descriptor) != 0, failure == nil {
            failure = "cannot close the temporary file: \(lastError())"
        }
        if failure == nil, rename(temporary, target) != 0 {
            failure = "cannot move the new text into place: \(lastError())"
        }
        if let failure {
            unlink(temporary)
            throw ChapterError(path: path, message: "\(failure); the file is unchanged")
        }
        syncDirectory(directory)
        return true
    }

    /// The start of the name of a temporary file that replaces the chapter `name`.
    static func temporaryPrefix(of name: String) -> String {
        ".\(name).lit-"
    }

    /// Removes the temporary files of `name` left in `directory` by killed updates.
    ///
    /// They are the prefix and `mkstemp`'s six characters, left when an update was killed
    /// between writing and renaming. Only runs under the folder's lock, when no other update
    /// of the folder is writing one.
    private static func removeLeftovers(of name: String, in directory: String) {
        let prefix = temporaryPrefix(of: name)
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory)
        else { return }
        for entry in entries
        where entry.hasPrefix(prefix) && entry.utf8.count == prefix.utf8.count + 6 {
            let path = directory + "/" + entry
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { continue }
            unlink(path)
        }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { raw in
                write(descriptor, raw.baseAddress.map { $0 + written }, raw.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            written += count
        }
        return true
    }

    private static func syncDirectory(_ directory: String) {
        let descriptor = open(directory, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    private static func resolvedPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func lastError() -> String {
        String(cString: strerror(errno))
    }
}
