#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An executable installed in the same folder as the running one, such as `lit-serve` beside
/// `lit`.
public struct SiblingExecutable {
    /// The executable's file name.
    public var name: String

    /// Names the sibling.
    public init(_ name: String) {
        self.name = name
    }

    /// The sibling's path: the folder of the running executable (symbolic links resolved, so
    /// a `lit` linked into `/usr/local/bin` finds the build folder), then `name`.
    public func path() -> String? {
        guard let own = Self.runningExecutable() else { return nil }
        guard let slash = own.lastIndex(of: "/") else { return nil }
        return String(own[..<slash]) + "/" + name
    }

    /// Replaces this process with the sibling run with `arguments`; returns only with an
    /// error message when the sibling is missing or cannot be started.
    public func replaceProcess(arguments: [String]) -> String {
        guard let path = path() else {
            return "cannot find the folder of the running executable to start \(name)"
        }
        guard access(path, X_OK) == 0 else {
            return "\(name) is missing beside this lit (\(path)); build it with "
                + "'swift build --product \(name)'"
        }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        execv(path, argv)
        let reason = String(cString: strerror(errno))
        for pointer in argv { free(pointer) }
        return "cannot start \(path): \(reason)"
    }

    private static func runningExecutable() -> String? {
        #if os(Linux)
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
            guard count > 0 else { return nil }
            return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #else
            return CommandLine.arguments.first
        #endif
    }
}
