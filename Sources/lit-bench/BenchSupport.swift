import Foundation

/// Small timing and reporting helpers shared by every benchmark suite.
enum Bench {
    /// Runs `body` `repeats` times and returns the best wall-clock time of one run, in seconds.
    static func best(repeats: Int = 5, _ body: () throws -> Void) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<max(1, repeats) {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            best = min(best, elapsed)
        }
        return best
    }

    /// Runs a Python program with `python3` (or `$LIT_BENCH_PYTHON`) and returns what it
    /// printed, or `nil` when Python or a module it imports is missing.
    static func python(_ program: String) -> String? {
        let interpreter = ProcessInfo.processInfo.environment["LIT_BENCH_PYTHON"] ?? "python3"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [interpreter, "-c", program]
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
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Prints a section title.
    static func section(_ title: String) {
        print("\n== \(title)")
    }

    /// Prints one figure as an aligned `name  value` row.
    static func row(_ name: String, _ value: String) {
        let padded = name.count < 44 ? name + String(repeating: " ", count: 44 - name.count) : name
        print("  \(padded) \(value)")
    }

    /// Formats a number with a fixed count of decimals.
    static func fixed(_ value: Double, _ decimals: Int = 2) -> String {
        String(format: "%.\(decimals)f", value)
    }
}
