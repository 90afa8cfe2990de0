import Yams

extension SiteConfigurationLoader {
    /// The `search` settings: `synonyms`, a mapping of a word or phrase to the list of words
    /// and phrases search takes for it (and for one another). Every entry must hold a letter
    /// or a digit, and every key must list at least one synonym.
    static func searchSynonyms(_ node: Node, reader: inout YAMLReader) -> [[String]] {
        guard let settings = reader.entries(of: node, describing: "'search'") else { return [] }
        var groups: [[String]] = []
        for setting in settings {
            guard setting.key == "synonyms" else {
                reader.unknownKey(setting, known: ["synonyms"], in: "'search'")
                continue
            }
            guard let entries = reader.entries(of: setting.value, describing: "'search.synonyms'") else { continue }
            for entry in entries {
                let key = "search.synonyms.\(entry.key)"
                guard isSearchable(entry.key) else {
                    reader.error("'\(entry.key)' has no letter or digit to search for", at: entry.keyNode)
                    continue
                }
                let synonyms = reader.stringList(entry.value, key: key)
                let searchable = synonyms.filter { synonym in
                    guard isSearchable(synonym.value) else {
                        reader.error("'\(key)': '\(synonym.value)' has no letter or digit to search for",
                                     line: synonym.line, column: synonym.column)
                        return false
                    }
                    return true
                }
                if reader.isNull(entry.value) || entry.value.sequence?.isEmpty == true {
                    reader.error("'\(key)' must list at least one word or phrase", at: entry.value)
                }
                if !searchable.isEmpty { groups.append([entry.key] + searchable.map(\.value)) }
            }
        }
        return groups
    }

    /// Whether a text holds a letter or a number (Unicode categories L and N), which search
    /// makes words of.
    private static func isSearchable(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .decimalNumber, .letterNumber, .otherNumber: true
            default: false
            }
        }
    }
}
