import Foundation

/// JSON that may stand as it is inside an HTML `<script>` element (JSON-LD): `<`, `>` and `&`
/// are written as `\u003c`, `\u003e` and `\u0026`, so no `</script>` or `<!--` can end or
/// change the element, and U+2028 and U+2029 as `\u2028` and `\u2029`, which some older
/// JavaScript parsers take for line ends. Each is an escape inside a JSON string (JSON's own
/// punctuation uses none of them), so the text still parses to the same value. Keys are
/// sorted, so the same value always gives the same bytes.
public enum ScriptJSON {
    /// The value as script-safe JSON.
    public static func encode<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return escape(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// JSON text with the characters above escaped.
    public static func escape(_ json: String) -> String {
        var escaped = ""
        escaped.unicodeScalars.reserveCapacity(json.unicodeScalars.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": escaped += "\\u003c"
            case ">": escaped += "\\u003e"
            case "&": escaped += "\\u0026"
            case "\u{2028}": escaped += "\\u2028"
            case "\u{2029}": escaped += "\\u2029"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
