/// Escaping for `href` and `src` values, as libcmark-gfm writes them: letters, digits, the
/// characters URLs keep unescaped (`-_.~`) and the reserved ones (`!#$%()*+,/:;=?@`) stay as
/// they are, so an existing `%XX` is kept; `&` and `'` become HTML entities; every other byte
/// of the UTF-8 text (spaces, `"`, `<`, `\`, `[`, `` ` ``, non-ASCII, ...) becomes `%XX`.
public enum HrefEscaping {
    public static func escape(_ destination: String) -> String {
        var escaped: [UInt8] = []
        escaped.reserveCapacity(destination.utf8.count + 16)
        for byte in destination.utf8 {
            switch byte {
            case _ where isKept(byte): escaped.append(byte)
            case UInt8(ascii: "&"): escaped += Array("&amp;".utf8)
            case UInt8(ascii: "'"): escaped += Array("&#x27;".utf8)
            default: escaped += [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]]
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)
    private static let keptPunctuation = Set("-_.~!#$%()*+,/:;=?@".utf8)

    private static func isKept(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            keptPunctuation.contains(byte)
        }
    }
}
