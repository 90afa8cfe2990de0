/// One of the other languages a page is, or should be, written in, and how its translation
/// stands there: for the staff site only.
public struct PageTranslation: Sendable, Equatable {
    public var language: SiteLanguage
    public var state: TranslationState
}
