import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A minimal HTTP/1.1 client over a raw loopback socket, so tests can send request targets
/// exactly as written (URL libraries would clean `..` and encodings away first).
public enum RawHTTP {
    /// A response: status code, headers (names lowercased) and body.
    public struct Response: Sendable {
        /// The status code.
        public let status: Int
        /// The headers, names lowercased.
        public let headers: [String: String]
        /// The body.
        public let body: Data

        /// The body as UTF-8 text.
        public var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// Why a request got no response.
    public struct Failure: Error, CustomStringConvertible {
        /// What failed.
        public let description: String
    }

    /// Sends the request from a thread of its own and waits for the response without holding
    /// a thread of the cooperative pool (which the server under test needs to answer).
    public static func fetch(
        _ target: String, port: UInt16, method: String = "GET", host: String = "127.0.0.1"
    ) async throws -> Response {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(
                    with: Result { try request(target, port: port, method: method, host: host) })
            }.start()
        }
    }

    /// Sends `method target` to `host`:`port` and reads the whole response.
    public static func request(
        _ target: String, port: UInt16, method: String = "GET", host: String = "127.0.0.1"
    ) throws
        -> Response
    {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(description: "socket() failed") }
        defer { close(descriptor) }
        // Generous: under ThreadSanitizer on two busy cores the server, which shares the
        // cooperative thread pool with the tests running beside it, can take many seconds to
        // answer; a server that never answers still fails the test.
        var timeout = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(
            descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr(host)
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw Failure(description: "connect() failed") }
        let request =
            "\(method) \(target) HTTP/1.1\r\nHost: \(host):\(port)\r\nConnection: close\r\n\r\n"
        let bytes = Array(request.utf8)
        guard send(descriptor, bytes, bytes.count, 0) == bytes.count else {
            throw Failure(description: "send() failed")
        }
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count <= 0 { break }
            received.append(contentsOf: buffer[0..<count])
            if let response = parse(received), response.complete { return response.value }
        }
        guard let response = parse(received) else {
            throw Failure(description: "no HTTP response for \(target)")
        }
        return response.value
    }

    private static func parse(_ data: Data) -> (value: Response, complete: Bool)? {
        let separator = Data("\r\n\r\n".utf8)
        guard let end = data.range(of: separator) else { return nil }
        let head = String(decoding: data[..<end.lowerBound], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else { return nil }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased()
            headers[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let body = data[end.upperBound...]
        let length = headers["content-length"].flatMap { Int($0) }
        let complete = length.map { body.count >= $0 } ?? false
        return (Response(status: status, headers: headers, body: Data(body)), complete)
    }
}
