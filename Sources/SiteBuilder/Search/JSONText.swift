/// Minimal, deterministic JSON writing for the search files (strings, arrays, sorted objects).
enum JSONText {
    static func string(_ value: String) -> String {
        // Most text needs no escaping: no quote, backslash, control character or U+2028/2029 (0xE2 lead byte).
        if !(value.utf8.withContiguousStorageIfAvailable { $0.contains(where: needsEscaping) } ?? value.utf8.contains(where: needsEscaping)) {
            return "\"" + value + "\""
        }
        var out = "\""
        out.reserveCapacity(value.utf8.count + 2)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2
    }

    static func array(_ items: [String]) -> String {
        "[" + items.joined(separator: ",") + "]"
    }

    /// An object of already-encoded values, keys sorted.
    static func object(_ members: [String: String]) -> String {
        "{" + members.keys.sorted().map { string($0) + ":" + members[$0]! }.joined(separator: ",") + "}"
    }
}
