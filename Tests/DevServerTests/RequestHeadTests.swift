@testable import DevServer
import Testing

/// Finding and parsing request heads, without a socket.
struct RequestHeadTests {
    static func head(_ text: String, limits: RequestLimits = .standard) throws -> RequestHead? {
        let bytes = Array(text.utf8)
        var boundary = HeadBoundary(limits: limits)
        guard let end = try boundary.scan(bytes) else { return nil }
        return try RequestHead(parsing: bytes[end.head])
    }

    @Test func aHeadIsParsedWithItsPathQueryAndHeaders() throws {
        let head = try #require(try Self.head("GET /internal/a%20b/?x=1&y=2 HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept:  text/html \r\nAccept: */*\r\n\r\n"))
        #expect(head.method == "GET")
        #expect(head.path == "/internal/a%20b/")
        #expect(head.query == "x=1&y=2")
        #expect(head.headers == ["host": "127.0.0.1", "accept": "text/html, */*"])
        #expect(head.keepsConnectionOpen)
        #expect(!head.announcesBody)
    }

    @Test func bareLineFeedsAndBlankLinesBeforeTheRequestLineAreAccepted() throws {
        let head = try #require(try Self.head("\r\n\nHEAD / HTTP/1.0\nConnection: keep-alive\n\n"))
        #expect(head.method == "HEAD")
        #expect(head.minorVersion == 0)
        #expect(head.keepsConnectionOpen)
    }

    @Test func anIncompleteHeadWaitsForMoreBytes() throws {
        #expect(try Self.head("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n") == nil)
    }

    @Test func theScanPicksUpWhereItLeftOff() throws {
        var boundary = HeadBoundary(limits: .standard)
        var bytes = Array("GET / HTTP/1.1\r\nHost: x\r".utf8)
        #expect(try boundary.scan(bytes) == nil)
        bytes += Array("\n\r\nGET /next".utf8)
        let end = try #require(try boundary.scan(bytes))
        #expect(end.next == bytes.count - "GET /next".utf8.count)
    }

    @Test(arguments: [
        ("GET / HTTP/1.1\r\nHost : x\r\n\r\n", RequestRejection.malformed),
        ("GET / HTTP/1.1\r\nHost: x\r\n folded\r\n\r\n", .malformed),
        ("GET  / HTTP/1.1\r\n\r\n", .malformed),
        ("GET /\u{7F} HTTP/1.1\r\n\r\n", .malformed),
        ("G(T / HTTP/1.1\r\n\r\n", .malformed),
        ("GET / HTTP/2.0\r\n\r\n", .versionNotSupported),
        ("GET / FTP\r\n\r\n", .malformed),
    ])
    func malformedHeadsAreRefused(_ text: String, _ rejection: RequestRejection) {
        #expect(throws: rejection) { try Self.head(text) }
    }

    @Test func limitsAreNoticedBeforeTheHeadEnds() {
        let limits = RequestLimits(requestLineBytes: 64, headerBytes: 128)
        #expect(throws: RequestRejection.requestLineTooLong) { try Self.head("GET /" + String(repeating: "a", count: 100), limits: limits) }
        #expect(throws: RequestRejection.headersTooLarge) {
            try Self.head("GET / HTTP/1.1\r\nX: " + String(repeating: "a", count: 200), limits: limits)
        }
        #expect(throws: RequestRejection.requestLineTooLong, "blank lines before the request line count toward it") {
            try Self.head(String(repeating: "\r\n", count: 100), limits: limits)
        }
    }
}
