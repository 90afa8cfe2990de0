/// The bytes HTTP/1.1 syntax singles out, and the classes of bytes it allows where.
extension UInt8 {
    static let cr = UInt8(ascii: "\r")
    static let lf = UInt8(ascii: "\n")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")

    private static let tokenSymbols = Array("!#$%&'*+-.^_`|~".utf8)

    /// A character allowed in a method or a header name (RFC 9110, section 5.6.2).
    var isTokenCharacter: Bool {
        switch self {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        default: Self.tokenSymbols.contains(self)
        }
    }

    /// A space or a tab, the whitespace allowed around a header value.
    var isBlank: Bool { self == .space || self == .tab }

    /// A printable ASCII character other than the space, as a request target is made of.
    var isVisibleASCII: Bool { self > .space && self < 0x7F }
}
