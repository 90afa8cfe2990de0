/// Postings as the browser reads them (`docs/search-index.md`, "Term shards"): pairs of
/// document-number gap and weight, each a base-32 varint in a 64-character alphabet.
enum PostingsCoding {
    /// The alphabet as ASCII bytes: a digit's value is its place.
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// Each byte's digit value, or -1 for a byte outside the alphabet.
    private static let digitValues: [Int8] = {
        var values = [Int8](repeating: -1, count: 256)
        for (value, byte) in alphabet.enumerated() { values[Int(byte)] = Int8(value) }
        return values
    }()

    /// Appends `number` (not negative) as a varint, the low 5 bits first.
    static func appendVarint(_ number: Int, to text: inout String) {
        var rest = number
        repeat {
            let low = rest & 31
            rest >>= 5
            text.unicodeScalars.append(Unicode.Scalar(alphabet[rest > 0 ? low + 32 : low]))
        } while rest > 0
    }

    /// The postings a string holds; empty for a string that is not postings.
    static func decode(_ text: String) -> [(document: Int, weight: Int)] {
        var postings: [(document: Int, weight: Int)] = []
        var document = 0
        var gap: Int?
        var value = 0
        var shift = 0
        for byte in text.utf8 {
            let digit = Int(digitValues[Int(byte)])
            guard digit >= 0 else { return [] }
            value |= (digit & 31) << shift
            if digit >= 32 {
                shift += 5
                continue
            }
            if let read = gap {
                document += read
                postings.append((document, value))
                gap = nil
            } else {
                gap = value
            }
            value = 0
            shift = 0
        }
        return postings
    }
}

/// One term's postings as written (`PostingsCoding`), grown a document at a time in
/// increasing document order: the last document is kept to write the next one's gap.
struct EncodedPostings: Sendable {
    private(set) var text = ""
    private(set) var lastDocument = 0

    init() {}

    /// `postings` must be sorted by document number, weights 1...31.
    init(_ postings: [(document: Int, weight: Int)]) {
        for posting in postings { append(document: posting.document, weight: posting.weight) }
    }

    /// Adds `document`, which must come after every document already in the list.
    mutating func append(document: Int, weight: Int) {
        PostingsCoding.appendVarint(document - lastDocument, to: &text)
        PostingsCoding.appendVarint(weight, to: &text)
        lastDocument = document
    }
}
