import FlyingSocks
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One client's connection: answers its requests in turn with the responder, each head read
/// within the limits, until the client asks to close, a request is refused or the client
/// stays silent past the deadline.
struct ClientConnection {
    let socket: AsyncSocket
    let responder: SiteResponder
    let limits: RequestLimits

    /// Serves the connection to its end, then closes the socket.
    func serve() async {
        defer { try? socket.close() }
        var reader = RequestHeadReader(socket: socket, limits: limits)
        do {
            while let head = try await reader.nextHead() {
                let response = await responder.respond(method: head.method, rawPath: head.path, query: head.query,
                                                       headers: head.headers)
                let staysOpen = head.keepsConnectionOpen && !head.announcesBody
                try await socket.write(response.wireBytes(closing: !staysOpen))
                if !staysOpen {
                    await discardWhatIsStillComing()
                    return
                }
            }
        } catch let rejection as RequestRejection {
            guard (try? await socket.write(rejection.response.wireBytes(closing: true))) != nil else { return }
            await discardWhatIsStillComing()
        } catch {
            // The client left or the socket failed: there is no one to answer.
        }
    }

    /// Lets a client that is still sending (a body, or a head past the limits) read the last
    /// response: closing a socket with unread bytes resets the connection, which can destroy
    /// the response before the client reads it. So this stops writing and reads and drops
    /// what arrives, until the client closes, 1 s passes or 4 MB have come.
    private func discardWhatIsStillComing() async {
        _ = shutdown(socket.socket.file.rawValue, Int32(SHUT_WR))
        let deadline = ContinuousClock.now + .seconds(1)
        var discarded = 0
        while discarded < 4 << 20 {
            guard let chunk = try? await withDeadline(deadline, { [socket] in try await socket.read(atMost: 64 * 1024) }) else { return }
            discarded += chunk.count
        }
    }
}
