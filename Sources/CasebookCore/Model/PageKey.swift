import Foundation

/// Names a page: its type (folder) and id (file stem).
public struct PageKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var type: PageType
    public var id: String

    public init(type: PageType, id: String) {
        self.type = type
        self.id = id
    }

    /// The page's path relative to `content/`, as `related` entries name it: `policies/late-fee-waiver.md`.
    public var contentPath: String { "\(type.rawValue)/\(id).md" }

    /// The page's file relative to the repository root, as diagnostics name it.
    public var sourcePath: String { "content/\(contentPath)" }

    /// The file of the page's translation into `language` (`content/faq/x.es.md`), or the
    /// page's own for `nil`.
    public func sourcePath(in language: String?) -> String {
        language.map { "content/\(type.rawValue)/\(id).\($0).md" } ?? sourcePath
    }

    public var description: String { contentPath }

    /// `late-fee.es` → (`late-fee`, `es`): a valid id, a dot, and a language tag.
    public static func translationParts(of stem: String) -> (id: String, language: String)? {
        guard let dot = stem.firstIndex(of: ".") else { return nil }
        let id = String(stem[..<dot])
        let language = String(stem[stem.index(after: dot)...])
        guard isValidID(id), SiteLanguage.isValidCode(language) else { return nil }
        return (id, language)
    }

    /// The source's key and the language of a translation's path relative to `content/`
    /// (`faq/late-fee.es.md` → `faq/late-fee.md`, `es`), if the path has that form.
    public static func translation(contentPath: String) -> (key: PageKey, language: String)? {
        guard let named = PageKey(contentPath: contentPath), let (id, language) = translationParts(of: named.id) else {
            return nil
        }
        return (PageKey(type: named.type, id: id), language)
    }

    /// The key for a path relative to `content/`, if it names a page file by its form.
    public init?(contentPath: String) {
        let parts = contentPath.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let type = PageType(rawValue: String(parts[0])), parts[1].hasSuffix(".md") else {
            return nil
        }
        self.init(type: type, id: String(parts[1].dropLast(3)))
    }

    /// An id of the required form made from a title or file name: "Late Fee (2026)" → `late-fee-2026`,
    /// "Café refunds" → `cafe-refunds`, "Возврат" → `vozvrat`. Other scripts are written in Latin
    /// letters first (ICU's transliteration); `nil` when nothing is left to make an id of ("🙂").
    public static func id(suggestedBy text: String) -> String? {
        let latin = text.applyingTransform(StringTransform("Any-Latin; Latin-ASCII"), reverse: false)
            ?? text.folding(options: .diacriticInsensitive, locale: nil)
        var id = ""
        for scalar in latin.lowercased().unicodeScalars {
            if isLowerAlphanumeric(scalar) {
                id.unicodeScalars.append(scalar)
            } else if !id.isEmpty, !id.hasSuffix("-") {
                id += "-"
            }
        }
        while id.hasSuffix("-") { id.removeLast() }
        return id.isEmpty ? nil : id
    }

    /// Whether an id has the required form `[a-z0-9][a-z0-9-]*`.
    public static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, isLowerAlphanumeric(first) else { return false }
        return id.unicodeScalars.allSatisfy { isLowerAlphanumeric($0) || $0 == "-" }
    }

    private static func isLowerAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    public static func < (lhs: PageKey, rhs: PageKey) -> Bool {
        (lhs.type, lhs.id) < (rhs.type, rhs.id)
    }
}
