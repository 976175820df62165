import FlyingFox
import Foundation

/// Answers the preview's requests from the current build.
struct PreviewHandler: HTTPHandler {
    let state: PreviewState

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return Self.text(.methodNotAllowed, "method not allowed\n", head: false)
        }
        let head = request.method == .HEAD
        let rawPath = request.target.path(percentEncoded: true)
        if rawPath == ReloadScript.versionPath {
            return await versionResponse(head: head)
        }
        guard let path = SitePath.resolve(rawPath), let file = await state.file(path) else {
            return Self.text(.notFound, "not found\n", head: head)
        }
        let type = ContentTypes.forPath(path)
        let body =
            type.hasPrefix("text/html")
            ? ReloadScript.inject(into: file.bytes, version: file.version) : file.bytes
        return HTTPResponse(
            statusCode: .ok,
            headers: [
                .contentType: type, .init("Cache-Control"): "no-store",
                .init("X-Content-Type-Options"): "nosniff",
                .contentLength: String(body.count),
            ],
            body: head ? Data() : Data(body))
    }

    private func versionResponse(head: Bool) async -> HTTPResponse {
        let version = await state.version
        let error = await state.error
        var json = "{\"version\":\(version),\"error\":"
        if let error {
            let data = (try? JSONEncoder().encode(error)) ?? Data("\"rebuild failed\"".utf8)
            json += String(decoding: data, as: UTF8.self)
        } else {
            json += "null"
        }
        json += "}"
        return HTTPResponse(
            statusCode: .ok,
            headers: [
                .contentType: "application/json; charset=utf-8",
                .init("Cache-Control"): "no-store",
            ],
            body: head ? Data() : Data(json.utf8))
    }

    private static func text(_ status: HTTPStatusCode, _ text: String, head: Bool)
        -> HTTPResponse
    {
        HTTPResponse(
            statusCode: status,
            headers: [
                .contentType: "text/plain; charset=utf-8", .init("Cache-Control"): "no-store",
            ],
            body: head ? Data() : Data(text.utf8))
    }
}
