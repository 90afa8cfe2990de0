/// An inline element of a parsed Markdown document.
public enum Inline: Sendable, Equatable {
    case text(String)
    case softBreak
    case lineBreak
    case code(String)
    /// Raw inline HTML from the source; never rendered.
    case html(String, SourceLocation)
    case emphasis([Inline])
    case strong([Inline])
    case strikethrough([Inline])
    case link(Link)
    case image(Image)
    case footnoteReference(Int)
    /// A fill-in field such as `[specific request]` in a script.
    case placeholder(String)
}

/// A link as written in the source; the destination is resolved when rendering.
public struct Link: Sendable, Equatable {
    public var destination: String
    public var title: String
    public var children: [Inline]
    public var location: SourceLocation

    public init(destination: String, title: String = "", children: [Inline], location: SourceLocation) {
        self.destination = destination
        self.title = title
        self.children = children
        self.location = location
    }
}

/// An image as written in the source; `alt` holds its description.
public struct Image: Sendable, Equatable {
    public var source: String
    public var title: String
    public var alt: [Inline]
    public var location: SourceLocation

    public init(source: String, title: String = "", alt: [Inline], location: SourceLocation) {
        self.source = source
        self.title = title
        self.alt = alt
        self.location = location
    }
}
