import Foundation

/// An HTTP answer before it goes on the wire.
public struct ServedResponse: Sendable {
    public var status: Int
    public var headers: [String: String]
    public var body: [UInt8]
}

/// Answers requests from a `SiteStore`: both sites under `/internal/` and `/public/`, the
/// serve script and its status feed under `/_casebook/`. Nothing outside the built sites is
/// ever read: a path is looked up in the store, after any `..` has been refused.
public struct SiteResponder: Sendable {
    let store: SiteStore
    /// How long a status request waits for the next build before answering anyway.
    var statusTimeout: Double = 25

    public init(store: SiteStore) {
        self.store = store
    }

    /// - Parameters:
    ///   - rawPath: the request target's path, still percent-encoded.
    ///   - headers: request headers, names lowercased.
    public func respond(method: String, rawPath: String, query: String, headers: [String: String]) async -> ServedResponse {
        guard method == "GET" || method == "HEAD" else {
            return Self.text(405, "Only GET and HEAD are served.", extra: ["Allow": "GET, HEAD"])
        }
        guard let path = Self.safePath(rawPath) else {
            return Self.text(400, "Bad path: it must not leave the site.")
        }
        var response = await answer(path: path, query: query, headers: headers)
        if method == "HEAD" {
            response.headers["Content-Length"] = String(response.body.count)
            response.body = []
        }
        return response
    }

    /// The decoded path, or `nil` when it is malformed or has a `.` or `..` segment (encoded or not).
    static func safePath(_ rawPath: String) -> String? {
        guard rawPath.hasPrefix("/"), !rawPath.contains("\\"),
              let decoded = rawPath.removingPercentEncoding, !decoded.contains("\0"), !decoded.contains("\\") else { return nil }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: false)
        guard !segments.contains(where: { $0 == ".." || $0 == "." }) else { return nil }
        return decoded
    }

    private func answer(path: String, query: String, headers: [String: String]) async -> ServedResponse {
        switch path {
        case "/":
            return Self.redirect("/internal/")
        case "/internal", "/public":
            return Self.redirect(path + "/")
        case ServeScript.path:
            return ServedResponse(status: 200, headers: ["Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "no-cache"],
                                  body: Array(ServeScript.source.utf8))
        case "/_casebook/status":
            let since = Self.queryValue("since", in: query).flatMap(Int.init) ?? -1
            let status = await store.status(after: since, timeout: statusTimeout)
            let body = (try? JSONEncoder().encode(status)).map(Array.init) ?? []
            return ServedResponse(status: 200, headers: ["Content-Type": "application/json", "Cache-Control": "no-store"], body: body)
        default:
            break
        }
        let parts = path.dropFirst().split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard let site = parts.first.map(String.init), site == "internal" || site == "public" else {
            return Self.text(404, "Not found: the sites are under /internal/ and /public/.")
        }
        var file = String(path.dropFirst())
        if file.hasSuffix("/") { file += "index.html" }
        if await !store.contains(file), await store.contains(file + "/index.html") {
            return Self.redirect(path + "/")
        }
        guard var body = await store.file(file) else {
            let notFound = await store.file("\(site)/404.html") ?? Array("Not found".utf8)
            return ServedResponse(status: 404, headers: ["Content-Type": "text/html; charset=utf-8"],
                                  body: await withServeScript(notFound, file: file, site: site))
        }
        let type = Self.contentType(of: file)
        if type.hasPrefix("text/html") { body = await withServeScript(body, file: file, site: site) }
        let lastModified = Self.httpDate(await store.lastBuild)
        let etag = "\"" + Self.fingerprint(body) + "\""
        var responseHeaders = ["Content-Type": type, "ETag": etag, "Last-Modified": lastModified, "Cache-Control": "no-cache"]
        if let match = headers["if-none-match"] {
            if match.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == etag || $0.trimmingCharacters(in: .whitespaces) == "*" }) {
                return ServedResponse(status: 304, headers: responseHeaders, body: [])
            }
        } else if let since = headers["if-modified-since"], since == lastModified {
            return ServedResponse(status: 304, headers: responseHeaders, body: [])
        }
        responseHeaders["Content-Length"] = String(body.count)
        return ServedResponse(status: 200, headers: responseHeaders, body: body)
    }

    /// Adds the serve script to an HTML page, telling it which audience this is and where the
    /// same page is on the other site (if it is there).
    private func withServeScript(_ html: [UInt8], file: String, site: String) async -> [UInt8] {
        let other = site == "internal" ? "public" : "internal"
        let counterpart = other + file.dropFirst(site.count)
        let exists = await store.contains(counterpart)
        let tag = "<script src=\"\(ServeScript.path)\" data-audience=\"\(site)\" data-counterpart=\"/\(counterpart)\""
            + " data-counterpart-exists=\"\(exists)\" defer></script>"
        let page = String(decoding: html, as: UTF8.self)
        guard let head = page.range(of: "</head>") else { return Array((page + tag).utf8) }
        return Array(page.replacingCharacters(in: head.lowerBound..<head.lowerBound, with: tag).utf8)
    }

    static func contentType(of file: String) -> String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        if name == "feed.xml" { return "application/atom+xml; charset=utf-8" }
        switch name.split(separator: ".").last.map({ $0.lowercased() }) ?? "" {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "xml": return "application/xml; charset=utf-8"
        case "txt", "md": return "text/plain; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "ico": return "image/x-icon"
        case "pdf": return "application/pdf"
        default: return "application/octet-stream"
        }
    }

    /// A short FNV-1a hash of the bytes, for ETags.
    static func fingerprint(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }

    static func httpDate(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.string(from: date)
    }

    static func queryValue(_ name: String, in query: String) -> String? {
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.first == Substring(name) { return parts.count > 1 ? String(parts[1]) : "" }
        }
        return nil
    }

    static func redirect(_ location: String) -> ServedResponse {
        ServedResponse(status: 302, headers: ["Location": location, "Content-Type": "text/plain"], body: Array("See \(location)".utf8))
    }

    static func text(_ status: Int, _ message: String, extra: [String: String] = [:]) -> ServedResponse {
        var headers = ["Content-Type": "text/plain; charset=utf-8"]
        headers.merge(extra) { $1 }
        return ServedResponse(status: status, headers: headers, body: Array(message.utf8))
    }
}
