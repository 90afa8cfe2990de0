@testable import DevServer
import Foundation
import Testing

/// `casebook serve` against clients that send too much, too slowly or nonsense: each is
/// refused or dropped on its own, and other clients are served meanwhile.
@Suite(.serialized, .timeLimit(.minutes(1))) struct HostileClientTests {
    static let page = "GET /internal/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"

    /// Sends `request` on a new connection and returns all the server answers before closing it.
    static func exchange(_ request: String, with server: DevServerTests.Running) async throws -> String {
        let connection = try await RawConnection.open(port: server.port)
        defer { connection.close() }
        await connection.send(request)
        return await connection.readUntilClosed()
    }

    @Test func aRequestLineOverEightKilobytesGets414() async throws {
        let server = try await DevServerTests.start()
        defer { Task { await server.stop() } }
        for length in [9_000, 65_536] {
            let path = "/internal/" + String(repeating: "a", count: length)
            let response = try await Self.exchange("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", with: server)
            #expect(RawConnection.status(of: response) == 414, "\(length)-byte path")
        }
        let ordinary = try await Self.exchange(Self.page, with: server)
        #expect(RawConnection.status(of: ordinary) == 200)
    }

    @Test func headersOverThirtyTwoKilobytesGet431() async throws {
        let server = try await DevServerTests.start()
        defer { Task { await server.stop() } }
        let oneHugeHeader = "X-Huge: " + String(repeating: "a", count: 40_000) + "\r\n"
        let manyHeaders = (0..<2_000).map { "X-Header-\($0): some value\r\n" }.joined()
        for headers in [oneHugeHeader, manyHeaders] {
            let response = try await Self.exchange("GET /internal/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\(headers)\r\n", with: server)
            #expect(RawConnection.status(of: response) == 431)
        }
    }

    @Test func anUnknownMethodGets405() async throws {
        let server = try await DevServerTests.start()
        defer { Task { await server.stop() } }
        let response = try await Self.exchange("BREW /internal/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", with: server)
        #expect(RawConnection.status(of: response) == 405)
        #expect(response.contains("\r\nAllow: GET, HEAD\r\n"))
    }

    @Test func clientsSendingOneMegabyteHeadersDoNotDelayAnother() async throws {
        let server = try await DevServerTests.start()
        defer { Task { await server.stop() } }
        let hugeRequest = Array("GET /internal/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Huge: ".utf8)
            + [UInt8](repeating: UInt8(ascii: "a"), count: 1 << 20) + Array("\r\n\r\n".utf8)
        // Two at once: with one, a second core could still serve the page.
        let hostile = try await [RawConnection.open(port: server.port), RawConnection.open(port: server.port)]
        let answers = hostile.map { connection in
            Task {
                await connection.send(hugeRequest)
                return await connection.readUntilClosed()
            }
        }
        try await Task.sleep(for: .milliseconds(100))

        let clock = ContinuousClock()
        let started = clock.now
        let response = try await withDeadline(started + .seconds(10)) {
            try await Self.exchange(Self.page, with: server)
        }
        #expect(RawConnection.status(of: response) == 200)
        #expect(clock.now - started < .seconds(1))
        for answer in answers { #expect(RawConnection.status(of: await answer.value) == 431) }
        for connection in hostile { connection.close() }
    }

    @Test func aHeadNotFinishedInTimeGets408AndAnIdleConnectionIsClosed() async throws {
        let server = try await DevServerTests.start(limits: RequestLimits(headDeadline: .milliseconds(300)))
        defer { Task { await server.stop() } }

        // A slow-loris client: a header line every 50 ms, never the blank line that ends the head.
        let slow = try await RawConnection.open(port: server.port)
        defer { slow.close() }
        let trickle = Task {
            guard await slow.send("GET /internal/ HTTP/1.1\r\n") else { return }
            for line in 0..<200 {
                try await Task.sleep(for: .milliseconds(50))
                guard await slow.send("X-Line-\(line): more\r\n") else { return }
            }
        }
        let clock = ContinuousClock()
        let started = clock.now
        let answer = try await withDeadline(started + .seconds(10)) { await slow.readUntilClosed() }
        trickle.cancel()
        #expect(RawConnection.status(of: answer) == 408)
        #expect(clock.now - started < .seconds(5), "dropped at the deadline, not when the client gave up")

        let idle = try await RawConnection.open(port: server.port)
        defer { idle.close() }
        let silence = try await withDeadline(clock.now + .seconds(10)) { await idle.readUntilClosed() }
        #expect(silence == "", "an idle connection is closed without an answer")
    }
}
