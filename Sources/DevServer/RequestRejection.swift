/// Why a request is answered with an error before it reaches the responder; the connection
/// closes after the answer.
enum RequestRejection: Error, Equatable {
    /// The request line or a header line is not HTTP/1.x syntax.
    case malformed
    /// The head was begun but not finished before the deadline.
    case timedOut
    /// The request line is longer than the limit.
    case requestLineTooLong
    /// The header lines are larger than the limit.
    case headersTooLarge
    /// The request names an HTTP version other than 1.0 and 1.1.
    case versionNotSupported

    var response: ServedResponse {
        switch self {
        case .malformed: SiteResponder.text(400, "Bad request: this is not an HTTP/1.1 request head.")
        case .timedOut: SiteResponder.text(408, "The request head did not arrive in time.")
        case .requestLineTooLong: SiteResponder.text(414, "The request line is too long.")
        case .headersTooLarge: SiteResponder.text(431, "The request headers are too large.")
        case .versionNotSupported: SiteResponder.text(505, "Only HTTP/1.0 and HTTP/1.1 are served.")
        }
    }
}
