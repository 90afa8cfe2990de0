import Yams

/// Reads a theme's strings file (`templates/strings/<language>.yml`): nested YAML mappings
/// whose leaves are the words, flattened to dotted keys (`nav.home`), each with the position
/// it was written at. A leaf that is a list, or a key that is not a plain word, is an error.
public enum StringsFileReader {
    /// The strings of the file's text; `path` is how diagnostics name the file.
    public static func read(_ text: String, path: String) -> (strings: [String: Located<String>], diagnostics: [Diagnostic]) {
        var reader = YAMLReader(path: path, lineOffset: 0)
        var strings: [String: Located<String>] = [:]
        if let entries = reader.topLevelEntries(of: text, describing: "a strings file") {
            collect(entries, prefix: "", into: &strings, reader: &reader)
        }
        return (strings, reader.diagnostics)
    }

    private static func collect(_ entries: [YAMLReader.Entry], prefix: String, into strings: inout [String: Located<String>],
                                reader: inout YAMLReader) {
        for entry in entries {
            let key = prefix + entry.key
            guard !entry.key.isEmpty, !entry.key.contains("."), !entry.key.contains(where: \.isWhitespace) else {
                reader.error("a string's key must be a word without dots or spaces, not '\(entry.key)'", at: entry.keyNode)
                continue
            }
            switch entry.value {
            case .mapping:
                if let nested = reader.entries(of: entry.value, describing: "'\(key)'") {
                    collect(nested, prefix: key + ".", into: &strings, reader: &reader)
                }
            case .scalar(let scalar):
                let (line, column) = reader.position(of: entry.value)
                strings[key] = Located(reader.isNull(entry.value) ? "" : scalar.string, line: line, column: column)
            default:
                reader.error("the string '\(key)' must be text or a mapping of strings, not a list", at: entry.value)
            }
        }
    }
}
