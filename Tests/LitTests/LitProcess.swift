import Foundation
import TestSupport

/// Runs the built `lit` executable, found next to the test bundle in the build folder.
enum LitProcess {
    /// What a run of `lit` printed and how it ended.
    struct Result {
        var status: Int32
        var output: String
        var errorOutput: String
    }

    /// The `lit` executable next to this test binary.
    static let executable: String = {
        let tests = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = tests.deletingLastPathComponent()
        // A macOS test bundle sits one level deeper than the products.
        while !FileManager.default.isExecutableFile(
            atPath: folder.appendingPathComponent("lit").path),
            folder.path != "/"
        {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("lit").path
    }()

    /// `Tests/LitTests/Fixtures`.
    static let fixtures: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Fixtures"
        ).path
    }()

    /// Runs `lit` with `arguments` in `directory`, with `NO_COLOR` unset unless given.
    static func run(
        _ arguments: [String], in directory: String, environment: [String: String] = [:]
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var variables = ProcessInfo.processInfo.environment
        variables["NO_COLOR"] = nil
        for (name, value) in environment { variables[name] = value }
        process.environment = variables
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let errorData = ReadBox()
        let thread = Thread { errorData.data = errors.fileHandleForReading.readDataToEndOfFile() }
        thread.start()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errorData.done { Thread.sleep(forTimeInterval: 0.001) }
        return Result(
            status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
            errorOutput: String(decoding: errorData.data ?? Data(), as: UTF8.self))
    }
}

/// Carries the standard-error bytes from the reading thread.
private final class ReadBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Data?
    private var finished = false

    var data: Data? {
        get { lock.withLock { stored } }
        set {
            lock.withLock {
                stored = newValue
                finished = true
            }
        }
    }

    var done: Bool { lock.withLock { finished } }
}

/// A temporary folder for one test, removed when the test is done.
final class Workspace {
    private let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder(prefix: "lit-cli-tests")
    }

    /// The folder's path.
    var path: String { folder.path }

    /// Copies the fixture book `name` into the workspace.
    func copyBook(_ name: String) throws {
        try FileManager.default.copyItem(
            atPath: LitProcess.fixtures + "/" + name, toPath: path + "/" + name)
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: path + "/" + relative, encoding: .utf8)
    }

    func write(_ relative: String, _ text: String) throws {
        try text.write(toFile: path + "/" + relative, atomically: true, encoding: .utf8)
    }
}
