import Commands
import Dispatch
import Foundation
import Preview
import Publish
import Runner
import Site

/// `lit serve`: builds the book in memory, serves it over HTTP for a local preview, rebuilds
/// when a chapter, the front page or the theme changes, and makes open pages reload.
///
/// It listens on `127.0.0.1` unless another host is given, serves only the files of the
/// build (nothing is read from disk, so no path or symbolic link reaches outside the site)
/// and runs until the process is interrupted. Exit status: 2 when the first build fails or
/// the address cannot be listened on.
public struct ServeAction: Sendable {
    /// What to build.
    public var builder: SiteBuilder
    /// The address to listen on.
    public var host: String
    /// The port, or 0 for any free one.
    public var port: UInt16

    /// Makes the action.
    public init(builder: SiteBuilder, host: String = "127.0.0.1", port: UInt16 = 3000) {
        self.builder = builder
        self.host = host
        self.port = port
    }

    /// Builds once and makes the server (not yet running); throws the first build's errors.
    public func makeServer(
        pollInterval: Duration = .milliseconds(300),
        log: @escaping @Sendable (String) -> Void = PreviewServer.standardError
    ) throws -> PreviewServer {
        let builder = self.builder
        let first = builder.build()
        for line in first.diagnostics + first.cellErrors { log(line) }
        guard let files = first.files, !first.hasInputProblems else {
            throw PreviewError("the book has errors; nothing to serve")
        }
        return try PreviewServer(
            site: files,
            configuration: .init(
                host: host, port: port, watchedPaths: builder.watchedPaths,
                pollInterval: pollInterval),
            rebuild: {
                let build = await Self.offTheCooperativePool { builder.build() }
                for line in build.cellErrors { log(line) }
                guard let files = build.files, !build.hasInputProblems else {
                    throw SiteError(build.diagnostics.joined(separator: "\n"))
                }
                return files
            }, log: log)
    }

    /// Serves until the process is interrupted; returns the exit status when it cannot start
    /// or the server fails.
    public func perform(console: Console) -> CommandStatus {
        let server: PreviewServer
        do {
            server = try makeServer()
        } catch {
            console.writeError("lit serve: error: \(error)\n")
            console.flush()
            return .usage
        }
        let host = self.host.contains(":") ? "[\(self.host)]" : self.host
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            let serving = Task { try await server.run() }
            do {
                let port = try await server.waitUntilListening()
                console.write(
                    "lit serve: serving at http://\(host):\(port)/ (rebuilds on change; "
                        + "Ctrl-C stops)\n")
                console.flush()
                try await serving.value
            } catch {
                serving.cancel()
                outcome.fail("lit serve: error: \(error)")
            }
            done.signal()
        }
        done.wait()
        if let message = outcome.message {
            console.writeError(message + "\n")
            console.flush()
            return .usage
        }
        return .success
    }

    /// Runs blocking work (the book runner waits on its worker threads) on a thread of its
    /// own, so the server's tasks keep answering meanwhile.
    static func offTheCooperativePool<T: Sendable>(_ work: @escaping @Sendable () -> T) async
        -> T
    {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: work()) }.start()
        }
    }
}

/// The error a serving task ended with, handed to the waiting thread.
private final class Outcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: String?

    func fail(_ message: String) {
        lock.withLock { stored = message }
    }

    var message: String? {
        lock.withLock { stored }
    }
}
