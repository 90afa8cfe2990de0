/// The tokens of a text for search, exactly as the browser makes them (`docs/search-index.md`,
/// "Words"), in every language; `SearchWords` makes terms of them. The theme's
/// `casebook-search-text.js` splits text the same way; `Tests/Fixtures/search-stems.json`
/// holds the cases both must pass.
public enum SearchText {
    /// The lowercased runs of letters and digits (Unicode categories L and N, as `\p{L}\p{N}`
    /// in JavaScript), two characters or longer, or a single digit 0–9. A comma between a
    /// digit and exactly three digits groups thousands and joins them: `$2,500` is `2500`.
    public static func tokens(_ text: String) -> [String] {
        var list = TokenList()
        scan(text, into: &list)
        return list.tokens
    }

    /// Hands `sink` the UTF-8 bytes of each token of `text`, without making a string of each
    /// (the index's hot path; no closures, so no captured state to check at run time).
    static func scan<Sink: TokenSink>(_ text: String, into sink: inout Sink) {
        var current: [UInt8] = []
        current.reserveCapacity(64)
        var length = 0
        var text = text
        let isASCII = text.withUTF8 { bytes in bytes.allSatisfy { $0 < 0x80 } }
        if isASCII {
            text.withUTF8 { scanASCII($0, into: &sink, lowercased: &current) }
            return
        }
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if scalar.isASCII {
                let value = UInt8(scalar.value)
                switch value {
                case 0x61...0x7A, 0x30...0x39:
                    current.append(value)
                    length += 1
                    continue
                case 0x41...0x5A:
                    current.append(value + 0x20)
                    length += 1
                    continue
                case UInt8(ascii: ","):
                    if length > 0, isThousandsComma(at: index, count: scalars.count, digit: { isDigit(scalars[$0]) }) { continue }
                default:
                    break
                }
            } else if isWordScalar(scalar) {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { current.append(contentsOf: UTF8.encode(lower)!) }
                length += 1
                continue
            }
            endToken(&current, length: length, into: &sink)
            length = 0
        }
        endToken(&current, length: length, into: &sink)
    }

    /// What each ASCII byte is to the tokenizer: 0 between words, 1 a lowercase letter or
    /// digit, 2 an uppercase letter.
    private static let asciiClasses: [UInt8] = (0..<128).map { byte -> UInt8 in
        switch byte {
        case 0x61...0x7A, 0x30...0x39: 1
        case 0x41...0x5A: 2
        default: 0
        }
    }

    /// `scan` for ASCII text: a token without uppercase letters is handed over in place, the
    /// others lowercased into `lowercased`.
    private static func scanASCII<Sink: TokenSink>(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout Sink,
                                                   lowercased: inout [UInt8]) {
        asciiClasses.withUnsafeBufferPointer { classes in
            var index = 0
            let count = bytes.count
            while index < count {
                while index < count, classes[Int(bytes[index])] == 0 { index += 1 }
                let start = index
                var mustCopy = false
                while index < count {
                    let kind = classes[Int(bytes[index])]
                    if kind == 0 {
                        guard index > start, bytes[index] == UInt8(ascii: ","),
                              isThousandsComma(at: index, count: count, digit: { isDigitByte(bytes[$0]) }) else { break }
                        mustCopy = true
                    }
                    mustCopy = mustCopy || kind == 2
                    index += 1
                }
                guard index - start >= 2 || (index - start == 1 && isDigitByte(bytes[start])) else { continue }
                let token = UnsafeBufferPointer(rebasing: bytes[start..<index])
                if !mustCopy {
                    sink.take(token)
                    continue
                }
                lowercased.removeAll(keepingCapacity: true)
                for byte in token where byte != UInt8(ascii: ",") {
                    lowercased.append(classes[Int(byte)] == 2 ? byte + 0x20 : byte)
                }
                lowercased.withUnsafeBufferPointer { sink.take($0) }
            }
        }
    }

    /// Hands over the token in `current` (`length` characters) when it is two characters or
    /// longer or a single digit, and empties it.
    @inline(__always)
    private static func endToken<Sink: TokenSink>(_ current: inout [UInt8], length: Int, into sink: inout Sink) {
        if length >= 2 || (length == 1 && current.count == 1 && isDigitByte(current[0])) {
            current.withUnsafeBufferPointer { sink.take($0) }
        }
        current.removeAll(keepingCapacity: true)
    }

    /// Whether the comma at `index`, in a token whose last character is before it, separates
    /// thousands: a digit before it and exactly three digits after it (`digit` says whether
    /// the character at a position is an ASCII digit).
    @inline(__always)
    private static func isThousandsComma(at index: Int, count: Int, digit: (Int) -> Bool) -> Bool {
        guard index > 0, index + 3 < count, digit(index - 1), digit(index + 1), digit(index + 2), digit(index + 3)
        else { return false }
        return index + 4 == count || !digit(index + 4)
    }

    private static func isDigitByte(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}

/// What takes the tokens of a text from `SearchText.scan`, as UTF-8 bytes valid during the call.
protocol TokenSink {
    mutating func take(_ token: UnsafeBufferPointer<UInt8>)
}

/// The tokens as strings, in order.
struct TokenList: TokenSink {
    var tokens: [String] = []

    mutating func take(_ token: UnsafeBufferPointer<UInt8>) {
        tokens.append(String(decoding: token, as: UTF8.self))
    }
}
