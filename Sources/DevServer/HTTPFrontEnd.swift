import FlyingFox
import FlyingSocks
import Foundation

/// Puts a `SiteResponder` on a socket with FlyingFox.
public final class HTTPFrontEnd: Sendable {
    let server: HTTPServer

    /// - Parameter host: an IPv4 or IPv6 address to bind to (`127.0.0.1` keeps the sites on this machine).
    public init(host: String, port: UInt16, responder: SiteResponder) throws {
        let handler = ResponderHandler(responder: responder)
        // Status requests wait up to 25 s for a rebuild; allow them that long.
        let pool = NoDelaySocketPool(base: HTTPServer.defaultPool())
        if host.contains(":") {
            server = HTTPServer(address: try .inet6(ip6: host, port: port), timeout: 60, pool: pool, logger: .disabled,
                                handler: handler)
        } else {
            server = HTTPServer(address: try .inet(ip4: host == "localhost" ? "127.0.0.1" : host, port: port),
                                timeout: 60, pool: pool, logger: .disabled, handler: handler)
        }
    }

    /// Serves until stopped; throws when the address cannot be bound.
    public func run() async throws { try await server.run() }

    public func waitUntilListening() async throws { try await server.waitUntilListening() }

    public func stop() async { await server.stop() }

    /// The port the server listens on (useful when it was asked for port 0).
    public var port: UInt16? {
        get async {
            switch await server.listeningAddress {
            case .ip4(_, let port)?, .ip6(_, let port)?: port
            default: nil
            }
        }
    }
}

private struct ResponderHandler: HTTPHandler {
    let responder: SiteResponder

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        var headers: [String: String] = [:]
        for (name, value) in request.headers { headers[name.rawValue.lowercased()] = value }
        let served = await responder.respond(method: request.method.rawValue, rawPath: request.target.path(),
                                             query: request.target.query(), headers: headers)
        var responseHeaders = HTTPHeaders()
        for (name, value) in served.headers { responseHeaders[HTTPHeader(name)] = value }
        return HTTPResponse(statusCode: HTTPStatusCode(served.status, phrase: Self.phrase(served.status)),
                            headers: responseHeaders, body: Data(served.body))
    }

    static func phrase(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 302: "Found"
        case 304: "Not Modified"
        case 400: "Bad Request"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        default: "Status"
        }
    }
}
