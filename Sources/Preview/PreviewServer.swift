import FlyingFox
import Foundation
import Site

/// A local preview of a site: serves the files of the current in-memory build over HTTP,
/// watches the book's files, rebuilds on change, and makes open pages reload.
///
/// Only the site's own files are served (nothing is read from disk), so no request can reach
/// outside the site. HTML pages get a small script that reloads them after a rebuild and
/// shows a failed rebuild's error over the page; the failure is also written to `log`.
public final class PreviewServer: Sendable {
    /// How the server is set up.
    public struct Configuration: Sendable {
        /// The address to listen on: `127.0.0.1` by default (IPv4 or IPv6 literal).
        public var host: String
        /// The port, or 0 to let the system choose a free one.
        public var port: UInt16
        /// The files and folders to watch (chapters, front page, theme folder).
        public var watchedPaths: [String]
        /// How often to look for changes.
        public var pollInterval: Duration

        /// Makes a configuration.
        public init(
            host: String = "127.0.0.1", port: UInt16 = 3000, watchedPaths: [String] = [],
            pollInterval: Duration = .milliseconds(300)
        ) {
            self.host = host
            self.port = port
            self.watchedPaths = watchedPaths
            self.pollInterval = pollInterval
        }
    }

    /// The settings.
    public let configuration: Configuration
    private let state: PreviewState
    private let rebuild: @Sendable () async throws -> SiteFiles
    private let log: @Sendable (String) -> Void
    private let server: HTTPServer

    /// Makes a server for an initial build; `rebuild` makes a new build after a change and
    /// `log` receives messages for the terminal (rebuilds and their errors).
    public init(
        site: SiteFiles, configuration: Configuration = Configuration(),
        rebuild: @escaping @Sendable () async throws -> SiteFiles,
        log: @escaping @Sendable (String) -> Void = PreviewServer.standardError
    ) throws(PreviewError) {
        self.configuration = configuration
        self.state = PreviewState(files: site)
        self.rebuild = rebuild
        self.log = log
        let handler = PreviewHandler(state: state)
        do {
            if configuration.host.contains(":") {
                server = HTTPServer(
                    address: try .inet6(ip6: configuration.host, port: configuration.port),
                    timeout: 30, logger: .disabled, handler: handler)
            } else {
                server = HTTPServer(
                    address: try .inet(ip4: configuration.host, port: configuration.port),
                    timeout: 30, logger: .disabled, handler: handler)
            }
        } catch {
            throw PreviewError("'\(configuration.host)' is not an IP address to listen on")
        }
    }

    /// Writes a line to standard error.
    public static let standardError: @Sendable (String) -> Void = { message in
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// Serves and watches until the task is cancelled or the server fails.
    public func run() async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await self.server.run() }
            group.addTask { try await self.watch() }
            try await group.next()
            group.cancelAll()
        }
    }

    /// Waits until the server accepts connections and returns the port it listens on.
    public func waitUntilListening(timeout: TimeInterval = 5) async throws -> UInt16 {
        try await server.waitUntilListening(timeout: timeout)
        switch await server.listeningAddress {
        case .ip4(_, let port)?, .ip6(_, let port)?: return port
        default: throw PreviewError("the preview server has no TCP address")
        }
    }

    /// The address and port the server's socket is bound to (as the system reports it), or
    /// `nil` before it listens.
    public var boundAddress: (host: String, port: UInt16)? {
        get async {
            switch await server.listeningAddress {
            case .ip4(let host, let port)?, .ip6(let host, let port)?: return (host, port)
            default: return nil
            }
        }
    }

    /// Stops the server.
    public func stop() async {
        await server.stop(timeout: 1)
    }

    /// Rebuilds now: swaps in the new site, or keeps the last good one and records the error.
    public func rebuildNow() async {
        do {
            let files = try await rebuild()
            await state.replace(with: files)
            log("lit serve: rebuilt (\(files.count) files)")
        } catch {
            let message = "\(error)"
            await state.fail(message)
            log("lit serve: rebuild failed, still serving the last good build:\n\(message)")
        }
    }

    /// The build version pages see (it changes after each rebuild, failed or not).
    public var version: Int {
        get async { await state.version }
    }

    /// Polls the watched paths and rebuilds after a change, once the files are still for a
    /// poll (so an editor's several writes make one rebuild).
    private func watch() async throws {
        let watcher = FileWatcher(paths: configuration.watchedPaths)
        guard !watcher.paths.isEmpty else {
            while !Task.isCancelled { try await Task.sleep(for: .seconds(3600)) }
            return
        }
        var last = watcher.snapshot()
        while !Task.isCancelled {
            try await Task.sleep(for: configuration.pollInterval)
            var now = watcher.snapshot()
            guard now != last else { continue }
            // Debounce: wait until two polls in a row see the same files.
            while true {
                try await Task.sleep(for: configuration.pollInterval / 2)
                let settled = watcher.snapshot()
                if settled == now { break }
                now = settled
            }
            last = now
            await rebuildNow()
        }
    }
}

/// A problem starting the preview server.
public struct PreviewError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public let message: String

    /// Makes an error.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
