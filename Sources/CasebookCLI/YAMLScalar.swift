/// Writes a string as a YAML scalar in front matter that `casebook new` writes.
enum YAMLScalar {
    /// `text` as it is when it reads back as the same string, else double-quoted.
    static func text(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || " -,.()'".unicodeScalars.contains($0) }
        if plain, let first = text.first, first.isLetter { return text }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
