import Yams

extension SiteConfigurationLoader {
    /// `language`: the tag of the language pages are written in.
    static func defaultLanguage(_ node: Node, reader: inout YAMLReader) -> SiteLanguage? {
        guard let code = reader.string(node, key: "language") else { return nil }
        guard SiteLanguage.isValidCode(code) else {
            reader.error(invalidCode(code, key: "language"), at: node)
            return nil
        }
        return SiteLanguage(code: code)
    }

    /// `languages`: the other languages, each a tag with optional `name`, `dir` and the two
    /// sites' titles (`internal: { title: ... }`, `public: { title: ... }`), and the public
    /// site's contact details in the language (`public: { contact: ... }`).
    static func otherLanguages(_ node: Node, reader: inout YAMLReader) -> [SiteLanguage] {
        guard let entries = reader.entries(of: node, describing: "'languages'") else { return [] }
        return entries.compactMap { entry -> SiteLanguage? in
            guard SiteLanguage.isValidCode(entry.key) else {
                reader.error(invalidCode(entry.key, key: "languages"), at: entry.keyNode)
                return nil
            }
            var language = SiteLanguage(code: entry.key)
            if reader.isNull(entry.value) { return language }
            guard let settings = reader.entries(of: entry.value, describing: "'languages.\(entry.key)'") else { return nil }
            for setting in settings {
                let key = "languages.\(entry.key).\(setting.key)"
                switch setting.key {
                case "name":
                    if let name = reader.string(setting.value, key: key), !name.isEmpty { language.name = name }
                case "dir":
                    switch reader.string(setting.value, key: key) {
                    case "rtl": language.isRightToLeft = true
                    case "ltr": language.isRightToLeft = false
                    case let other?: reader.error("'\(key)' must be 'ltr' or 'rtl', not '\(other)'", at: setting.value)
                    case nil: break
                    }
                case "internal":
                    language.internalTitle = site(setting, reader: &reader, known: ["title"], path: key).title
                case "public":
                    let site = site(setting, reader: &reader, known: ["title", "contact"], path: key)
                    language.publicTitle = site.title
                    language.publicContact = site.contact
                default:
                    reader.unknownKey(setting, known: ["name", "dir", "internal", "public"], in: "'languages.\(entry.key)'")
                }
            }
            return language
        }
    }

    private static func invalidCode(_ code: String, key: String) -> String {
        "'\(key)': '\(code)' is not a language tag: write two or three lowercase letters, "
            + "then any region or script (e.g. 'es', 'pt-BR')"
    }
}
