import Foundation
import TestSupport
import Testing

@testable import Preview

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The machine's IPv4 addresses other than loopback ones.
func nonLoopbackIPv4Addresses() -> [String] {
    var list: UnsafeMutablePointer<ifaddrs>?
    guard getifaddrs(&list) == 0, let first = list else { return [] }
    defer { freeifaddrs(list) }
    var addresses: [String] = []
    var cursor: UnsafeMutablePointer<ifaddrs>? = first
    while let entry = cursor {
        defer { cursor = entry.pointee.ifa_next }
        guard let address = entry.pointee.ifa_addr,
            address.pointee.sa_family == sa_family_t(AF_INET)
        else { continue }
        var host = [CChar](repeating: 0, count: Int(NI_MAXHOST))
        let named = getnameinfo(
            address, socklen_t(MemoryLayout<sockaddr_in>.size), &host, socklen_t(host.count),
            nil, 0, NI_NUMERICHOST)
        guard named == 0 else { continue }
        let text = String(
            decoding: host.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if !text.hasPrefix("127.") { addresses.append(text) }
    }
    return addresses
}

@Suite(.serialized) struct PreviewBindingTests {
    @Test func listensOnLoopbackOnlyByDefault() async throws {
        try await PreviewFixture.with { fixture in
            let bound = try #require(await fixture.server.boundAddress)
            #expect(bound.host == "127.0.0.1")
            #expect(bound.port == fixture.port)
            #expect(try await fixture.get("/").status == 200)
            // The machine's other addresses do not reach it.
            for address in nonLoopbackIPv4Addresses() {
                await #expect(throws: RawHTTP.Failure.self, "\(address)") {
                    _ = try await RawHTTP.fetch("/", port: fixture.port, host: address)
                }
            }
        }
    }

    @Test func neverServesSymbolicLinksBesideTheBook() async throws {
        try await PreviewFixture.with { fixture in
            let folder = fixture.folder.path
            try FileManager.default.createSymbolicLink(
                atPath: folder + "/passwd.html", withDestinationPath: "/etc/passwd")
            try FileManager.default.createSymbolicLink(
                atPath: folder + "/top", withDestinationPath: "/")
            try FileManager.default.createSymbolicLink(
                atPath: folder + "/linked.md", withDestinationPath: "/etc/hostname")
            _ = try await fixture.waitForVersion(after: 1)
            for target in [
                "/passwd.html", "/top/etc/passwd", "/linked.md", "/linked.html",
                "/top/%2e%2e/etc/passwd", "/%2e%2e%2ftop", "/.%2E/.%2E/etc/passwd",
                "/%c0%ae%c0%ae/etc/passwd", "/index.html/..", "/index.html/../../x",
            ] {
                let status = try await fixture.get(target).status
                #expect(status == 404, "\(target)")
            }
            #expect(try await fixture.get("/1.1-first.html").status == 200)
        }
    }
}
