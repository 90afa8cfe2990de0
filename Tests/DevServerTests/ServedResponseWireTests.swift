@testable import DevServer
import Testing

/// Responses as they go on the wire.
struct ServedResponseWireTests {
    static func wire(_ response: ServedResponse, closing: Bool = false) -> String {
        String(decoding: response.wireBytes(closing: closing), as: UTF8.self)
    }

    @Test func aResponseGetsItsLengthAndSaysWhenTheConnectionCloses() {
        let response = ServedResponse(status: 404, headers: ["Content-Type": "text/plain"], body: Array("gone".utf8))
        #expect(Self.wire(response) == "HTTP/1.1 404 Not Found\r\nContent-Length: 4\r\nContent-Type: text/plain\r\n\r\ngone")
        #expect(Self.wire(response, closing: true).contains("\r\nConnection: close\r\n"))
        #expect(!Self.wire(ServedResponse(status: 304, headers: [:], body: [])).contains("Content-Length"))
    }

    @Test func aLineBreakInAHeaderValueCannotStartAnotherHeader() {
        let response = ServedResponse(status: 302, headers: ["Location": "/a\r\nSet-Cookie: taken=1"], body: [])
        #expect(!Self.wire(response).contains("\r\nSet-Cookie"))
    }
}
