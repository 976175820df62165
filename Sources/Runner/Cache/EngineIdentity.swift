#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Foundation
#endif

/// Text that names the engine producing results: the lit version and the running
/// executable's size and modification time, so a rebuilt `lit` invalidates stored results.
public enum EngineIdentity {
    /// The identity of the running executable.
    public static func current() -> String {
        var identity = "lit \(LitVersion.current)"
        guard let path = executablePath() else { return identity + "; executable unknown" }
        var status = stat()
        guard stat(path, &status) == 0 else { return identity + "; executable unknown" }
        #if os(Linux)
            let modified = status.st_mtim
        #else
            let modified = status.st_mtimespec
        #endif
        identity += "; \(status.st_size) bytes; modified \(modified.tv_sec).\(modified.tv_nsec)"
        return identity
    }

    private static func executablePath() -> String? {
        #if os(Linux)
            return "/proc/self/exe"
        #else
            return Bundle.main.executablePath ?? CommandLine.arguments.first
        #endif
    }
}
