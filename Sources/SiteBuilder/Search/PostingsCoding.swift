/// Postings as the browser reads them (`docs/search-index.md`, "Term shards"): pairs of
/// document-number gap and weight, each a base-32 varint in a 64-character alphabet.
enum PostingsCoding {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")

    /// `postings` must be sorted by document number, weights 1...31.
    static func encode(_ postings: [(document: Int, weight: Int)]) -> String {
        var text = ""
        text.reserveCapacity(postings.count * 2)
        var previous = 0
        for posting in postings {
            appendVarint(posting.document - previous, to: &text)
            appendVarint(posting.weight, to: &text)
            previous = posting.document
        }
        return text
    }

    private static func appendVarint(_ number: Int, to text: inout String) {
        var rest = number
        repeat {
            let low = rest & 31
            rest >>= 5
            text.append(alphabet[rest > 0 ? low + 32 : low])
        } while rest > 0
    }

    /// The inverse of `encode`, for tests.
    static func decode(_ text: String) -> [(document: Int, weight: Int)] {
        var numbers: [Int] = []
        var value = 0
        var shift = 0
        for character in text {
            guard let digit = alphabet.firstIndex(of: character) else { return [] }
            value |= (digit & 31) << shift
            if digit >= 32 {
                shift += 5
            } else {
                numbers.append(value)
                value = 0
                shift = 0
            }
        }
        var postings: [(document: Int, weight: Int)] = []
        var document = 0
        for pair in stride(from: 0, to: numbers.count - 1, by: 2) {
            document += numbers[pair]
            postings.append((document, numbers[pair + 1]))
        }
        return postings
    }
}
