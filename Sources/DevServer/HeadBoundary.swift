/// Finds the blank line that ends a request head in bytes that arrive in pieces, looking at
/// each byte once, and notices as soon as the request line or the headers outgrow their limits.
/// Blank lines before the request line are allowed (RFC 9112, section 2.2) and count toward it.
struct HeadBoundary {
    /// Where the head is in the bytes scanned (its request line and header lines, each with
    /// its line break) and the index just past the blank line that closes it.
    struct End {
        var head: Range<Int>
        var next: Int
    }

    let limits: RequestLimits
    private var scanned = 0
    private var headStart: Int?
    private var requestLineEnd: Int?
    private var lineStart = 0

    init(limits: RequestLimits) {
        self.limits = limits
    }

    /// Scans what `bytes` holds beyond the previous call (`bytes` only ever grows at the end);
    /// `nil` while the head is incomplete and within its limits.
    mutating func scan(_ bytes: [UInt8]) throws(RequestRejection) -> End? {
        while scanned < bytes.count {
            let index = scanned
            scanned += 1
            let byte = bytes[index]
            guard let start = headStart else {
                if byte != .cr && byte != .lf { (headStart, lineStart) = (index, index) }
                continue
            }
            guard byte == .lf else { continue }
            let thisLine = lineStart
            lineStart = index + 1
            let lineIsBlank = index == thisLine || (index == thisLine + 1 && bytes[thisLine] == .cr)
            guard let requestLineEnd else {
                requestLineEnd = index
                if index > limits.requestLineBytes { throw .requestLineTooLong }
                continue
            }
            if lineIsBlank { return End(head: start..<thisLine, next: index + 1) }
            if index - requestLineEnd > limits.headerBytes { throw .headersTooLarge }
        }
        if let requestLineEnd {
            if bytes.count - requestLineEnd > limits.headerBytes { throw .headersTooLarge }
        } else if bytes.count > limits.requestLineBytes {
            throw .requestLineTooLong
        }
        return nil
    }
}
