import FlyingSocks

/// Reads request heads from a client's socket into a buffer bounded by `RequestLimits`,
/// keeping any bytes past a head (the next, pipelined request) for the following call.
struct RequestHeadReader {
    let socket: AsyncSocket
    let limits: RequestLimits
    private var buffer: [UInt8] = []

    init(socket: AsyncSocket, limits: RequestLimits) {
        self.socket = socket
        self.limits = limits
    }

    /// The next request head; `nil` when the client closes the connection, or stays silent
    /// until the deadline, before starting one.
    /// - Throws: a `RequestRejection` for a head that outgrows the limits, is malformed or is
    ///   unfinished at the deadline; the socket's error when reading fails.
    mutating func nextHead() async throws -> RequestHead? {
        let deadline = ContinuousClock.now + limits.headDeadline
        var boundary = HeadBoundary(limits: limits)
        while true {
            if let end = try boundary.scan(buffer) {
                let head = try RequestHead(parsing: buffer[end.head])
                buffer.removeFirst(end.next)
                return head
            }
            do {
                buffer += try await withDeadline(deadline) { [socket] in try await socket.read(atMost: 16 * 1024) }
            } catch is DeadlinePassed {
                if buffer.isEmpty { return nil }
                throw RequestRejection.timedOut
            } catch SocketError.disconnected {
                return nil
            }
        }
    }
}
