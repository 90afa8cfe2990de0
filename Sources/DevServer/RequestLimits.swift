/// How much a client may send before its request is refused, and how long it may take.
public struct RequestLimits: Sendable {
    /// The longest request line (method, target and version), in bytes; longer gets `414`.
    public var requestLineBytes: Int
    /// The most bytes of header lines after the request line; more gets `431`.
    public var headerBytes: Int
    /// How long a client has to send a whole request head, counted from the moment the
    /// server starts waiting for it (when the connection opens, or after the previous
    /// response). A head begun but unfinished by then gets `408`; an idle connection is closed.
    public var headDeadline: Duration

    public init(requestLineBytes: Int = 8 * 1024, headerBytes: Int = 32 * 1024, headDeadline: Duration = .seconds(10)) {
        self.requestLineBytes = requestLineBytes
        self.headerBytes = headerBytes
        self.headDeadline = headDeadline
    }

    /// 8 KB for the request line, 32 KB of headers, 10 s to send them.
    public static let standard = RequestLimits()
}
