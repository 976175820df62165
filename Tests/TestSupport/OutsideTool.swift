import Foundation

/// Programs outside the repository that some tests run.
///
/// They are found on `PATH`, never at a path of one machine; `make deps` installs each of them.
public enum OutsideTool {
    /// Every executable called `name` in the folders of `PATH`, in order.
    public static func findAll(_ name: String) -> [String] {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").filter { !$0.isEmpty }.map { "\($0)/\(name)" }
            .filter { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The first `python3` on `PATH` that imports numpy (Debian's `python3-numpy`), or `nil`.
    public static let pythonWithNumpy: String? = findAll("python3").first {
        run($0, ["-c", "import numpy"]) != nil
    }

    /// Runs a program to its end; its standard output, or `nil` when it could not start or
    /// exited with a non-zero status.
    public static func run(_ executable: String, _ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return nil
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// Runs a Python program with `python`; what it printed, or `nil` when it failed.
    public static func runPython(_ python: String, _ program: String) -> String? {
        run(python, ["-c", program])
    }
}
