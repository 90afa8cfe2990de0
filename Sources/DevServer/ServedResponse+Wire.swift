import Foundation

extension ServedResponse {
    /// The response as sent: status line, headers, a blank line, the body. Adds
    /// `Content-Length` when the responder did not set it (a `HEAD` answer has it already),
    /// except to a `304`, and `Connection: close` when `closing`. Line breaks in header
    /// values are dropped, so no value can start a header of its own.
    func wireBytes(closing: Bool) -> Data {
        var fields = headers
        if fields["Content-Length"] == nil && status != 304 {
            fields["Content-Length"] = String(body.count)
        }
        if closing { fields["Connection"] = "close" }
        var head = "HTTP/1.1 \(status) \(Self.reasonPhrase(status))\r\n"
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
            head += name + ": " + value.filter { !$0.isNewline } + "\r\n"
        }
        head += "\r\n"
        return Data(head.utf8) + body
    }

    static func reasonPhrase(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 302: "Found"
        case 304: "Not Modified"
        case 400: "Bad Request"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 408: "Request Timeout"
        case 414: "URI Too Long"
        case 431: "Request Header Fields Too Large"
        case 505: "HTTP Version Not Supported"
        default: "Status"
        }
    }
}
