import FlyingSocks
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Serves a `SiteResponder` over HTTP/1.1 on FlyingSocks' non-blocking sockets.
///
/// Each connection is a task of its own that reads request heads within `RequestLimits`, so
/// a client that sends too much or too slowly is refused or dropped without delaying anyone
/// else. (FlyingFox's own server reads heads byte by byte with no limit or deadline, in time
/// that grows with the square of the head's length; it offers no way to change that.)
public actor HTTPFrontEnd {
    /// The port the server listens on (the one the system chose when asked for port 0).
    public nonisolated let port: UInt16
    private let listener: Socket
    private let responder: SiteResponder
    private let limits: RequestLimits
    private var serving: Task<Void, any Error>?

    /// Binds and listens at once, so a port that is taken is reported here; connections
    /// wait in the socket's backlog until `run` accepts them.
    /// - Parameter host: an IPv4 or IPv6 address to bind to (`127.0.0.1` keeps the sites on this machine).
    public init(host: String, port: UInt16, responder: SiteResponder, limits: RequestLimits = .standard) throws {
        if host.contains(":") {
            listener = try Self.listening(at: sockaddr_in6.inet6(ip6: host, port: port))
        } else {
            listener = try Self.listening(at: sockaddr_in.inet(ip4: host == "localhost" ? "127.0.0.1" : host, port: port))
        }
        switch try listener.sockname() {
        case .ip4(_, let bound), .ip6(_, let bound): self.port = bound
        default: self.port = port
        }
        self.responder = responder
        self.limits = limits
    }

    /// Accepts and serves connections until stopped.
    public func run() async throws {
        let (listener, responder, limits) = (listener, responder, limits)
        let task = Task { try await Self.serve(listener, responder: responder, limits: limits) }
        serving = task
        try await withTaskCancellationHandler { try await task.value } onCancel: { task.cancel() }
    }

    /// Returns at once: the socket listens from `init` on.
    public func waitUntilListening() async throws {}

    /// Stops accepting, ends every connection and closes the listening socket.
    public func stop() async {
        serving?.cancel()
        _ = await serving?.result
        serving = nil
    }

    private static func listening<Address: SocketAddress>(at address: Address) throws -> Socket {
        let socket = try Socket(domain: Int32(Address.family))
        do {
            try socket.setValue(true, for: .localAddressReuse)
            try socket.bind(to: address)
            try socket.listen()
            return socket
        } catch {
            try? socket.close()
            throw error
        }
    }

    private static func serve(_ listener: Socket, responder: SiteResponder, limits: RequestLimits) async throws {
        defer { try? listener.close() }
        let pool = SocketPool.make()
        try await pool.prepare()
        let listening = try AsyncSocket(socket: listener, pool: pool)
        try await withThrowingDiscardingTaskGroup { group in
            group.addTask { try await pool.run() }
            while !Task.isCancelled {
                let client: AsyncSocket
                do {
                    client = try await listening.accept()
                } catch is CancellationError {
                    break
                } catch {
                    // Out of file descriptors, say: try again shortly rather than stop serving.
                    try await Task.sleep(for: .milliseconds(100))
                    continue
                }
                // Responses go out in one write; send its last segment without waiting for an acknowledgement.
                try? client.socket.setValue(true, for: BoolSocketOption(level: Int32(IPPROTO_TCP), name: TCP_NODELAY))
                group.addTask { await ClientConnection(socket: client, responder: responder, limits: limits).serve() }
            }
            group.cancelAll()
        }
    }
}
