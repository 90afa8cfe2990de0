/// The request line and the headers of one HTTP/1.0 or HTTP/1.1 request.
struct RequestHead {
    var method: String
    /// The request target as sent: the path, still percent-encoded, and any `?query`.
    var target: String
    /// 0 for HTTP/1.0, 1 for HTTP/1.1.
    var minorVersion: Int
    /// Header values by lowercased name; a header sent more than once has its values joined by ", ".
    var headers: [String: String]

    var path: String { String(target.prefix { $0 != "?" }) }

    var query: String {
        guard let mark = target.firstIndex(of: "?") else { return "" }
        return String(target[target.index(after: mark)...])
    }

    /// Whether the client lets the connection carry another request after this one.
    var keepsConnectionOpen: Bool {
        let options = (headers["connection"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        return minorVersion == 1 ? !options.contains("close") : options.contains("keep-alive")
    }

    /// Whether a body follows the head. The server never reads one, so it closes the connection after answering.
    var announcesBody: Bool {
        headers["transfer-encoding"] != nil || (headers["content-length"].map { $0 != "0" } ?? false)
    }

    /// Parses a head's request line and header lines, each ending in CRLF or LF.
    init(parsing bytes: ArraySlice<UInt8>) throws(RequestRejection) {
        var lines = bytes.split(separator: .lf, omittingEmptySubsequences: false).map { line in
            line.last == .cr ? line.dropLast() : line
        }
        if lines.last?.isEmpty == true { lines.removeLast() }
        guard let requestLine = lines.first else { throw .malformed }
        let parts = requestLine.split(separator: .space, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].allSatisfy(\.isTokenCharacter), !parts[0].isEmpty,
              !parts[1].isEmpty, parts[1].allSatisfy(\.isVisibleASCII) else { throw .malformed }
        method = String(decoding: parts[0], as: UTF8.self)
        target = String(decoding: parts[1], as: UTF8.self)
        minorVersion = try Self.minorVersion(parts[2])
        headers = [:]
        for line in lines.dropFirst() {
            let (name, value) = try Self.header(line)
            headers[name] = headers[name].map { $0 + ", " + value } ?? value
        }
    }

    private static func minorVersion(_ version: ArraySlice<UInt8>) throws(RequestRejection) -> Int {
        switch String(decoding: version, as: UTF8.self) {
        case "HTTP/1.1": return 1
        case "HTTP/1.0": return 0
        case let other where other.hasPrefix("HTTP/"): throw .versionNotSupported
        default: throw .malformed
        }
    }

    /// A header line's lowercased name and its value without surrounding spaces and tabs.
    /// Lines folded onto the next (starting with a space) and spaces before the colon are refused.
    private static func header(_ line: ArraySlice<UInt8>) throws(RequestRejection) -> (String, String) {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
              line[..<colon].allSatisfy(\.isTokenCharacter) else { throw .malformed }
        let afterColon = line[line.index(after: colon)...]
        let start = afterColon.firstIndex { !$0.isBlank } ?? afterColon.endIndex
        let end = afterColon.lastIndex { !$0.isBlank }.map { $0 + 1 } ?? start
        let value = line[start..<end]
        guard !value.contains(where: { ($0 < .space && $0 != .tab) || $0 == 0x7F }) else { throw .malformed }
        return (String(decoding: line[..<colon], as: UTF8.self).lowercased(), String(decoding: value, as: UTF8.self))
    }
}
