import Foundation

/// A language a site is written in: the default one (where the sites are today) or another,
/// whose pages are translations beside their sources and whose sites are built under
/// `/<code>/`.
public struct SiteLanguage: Sendable, Equatable {
    /// A language tag as `casebook.yml` writes it: `en`, `es`, `pt-BR`.
    public var code: String
    /// The language's name in itself, for the language menu ("Español").
    public var name: String
    public var isRightToLeft: Bool
    /// The sites' titles in this language; `nil` keeps the default language's.
    public var internalTitle: String?
    public var publicTitle: String?
    /// The public site's contact details in this language: each part set here takes the place
    /// of the default language's.
    public var publicContact: ContactDetails

    public init(code: String, name: String? = nil, isRightToLeft: Bool? = nil,
                internalTitle: String? = nil, publicTitle: String? = nil, publicContact: ContactDetails = ContactDetails()) {
        self.code = code
        self.name = name ?? Self.nativeName(of: code)
        self.isRightToLeft = isRightToLeft ?? (Locale.Language(identifier: code).characterDirection == .rightToLeft)
        self.internalTitle = internalTitle
        self.publicTitle = publicTitle
        self.publicContact = publicContact
    }

    /// `rtl` or `ltr`, for the `dir` attribute.
    public var direction: String { isRightToLeft ? "rtl" : "ltr" }

    /// The language's name in itself from Foundation's locale data, capitalised; the code
    /// when the data has none.
    static func nativeName(of code: String) -> String {
        guard let name = Locale(identifier: code).localizedString(forLanguageCode: code), let first = name.first else {
            return code
        }
        return first.uppercased() + name.dropFirst()
    }

    /// The language's name as readers of `reader` write it ("inglés" for English in Spanish),
    /// from Foundation's locale data; its own name when the data has none.
    public func name(in reader: String) -> String {
        Locale(identifier: reader).localizedString(forLanguageCode: code) ?? name
    }

    /// A tag of two or three lowercase letters, then subtags of letters and digits (`pt-BR`).
    public static func isValidCode(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count),
              first.allSatisfy({ $0.isASCII && $0.isLowercase }) else { return false }
        return parts.dropFirst().allSatisfy { part in
            (2...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }
}
