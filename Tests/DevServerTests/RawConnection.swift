import FlyingSocks
import Foundation

/// A bare TCP connection to a test server on 127.0.0.1, for requests no HTTP client library
/// would send: huge heads, unknown methods, a head sent a few bytes at a time.
struct RawConnection: Sendable {
    let socket: AsyncSocket

    static func open(port: UInt16) async throws -> RawConnection {
        RawConnection(socket: try await AsyncSocket.connected(to: .inet(ip4: "127.0.0.1", port: port)))
    }

    /// Sends the bytes; `false` when the server closed the connection first.
    @discardableResult
    func send(_ bytes: [UInt8]) async -> Bool {
        do {
            try await socket.write(Data(bytes))
            return true
        } catch {
            return false
        }
    }

    @discardableResult
    func send(_ text: String) async -> Bool { await send(Array(text.utf8)) }

    /// Everything the server sends until it closes the connection.
    func readUntilClosed() async -> String {
        var received: [UInt8] = []
        while let chunk = try? await socket.read(atMost: 65536) { received += chunk }
        return String(decoding: received, as: UTF8.self)
    }

    /// The status code in the first line of `response`, if it is an HTTP/1.1 status line.
    static func status(of response: String) -> Int? {
        let parts = response.prefix { $0 != "\r" && $0 != "\n" }.split(separator: " ")
        guard parts.count >= 2, parts[0] == "HTTP/1.1" else { return nil }
        return Int(parts[1])
    }

    func close() { try? socket.close() }
}
