/// A link or image destination as it stands in a document.
public struct LinkOccurrence: Sendable, Equatable {
    public var destination: String
    public var location: SourceLocation
    public var isImage: Bool
    public var insideInternal: Bool
}

/// A heading anchor of a document.
public struct AnchorOccurrence: Sendable, Equatable {
    public var anchor: String
    public var title: String
    public var level: Int
    public var insideInternal: Bool
}

extension MarkdownDocument {
    /// Every link and image destination, in source order.
    public var links: [LinkOccurrence] { Self.links(in: blocks) }

    /// Every link and image destination of `blocks`, in source order.
    static func links(in blocks: [Block]) -> [LinkOccurrence] {
        var found: [LinkOccurrence] = []
        var walker = MarkdownWalker()
        walker.visitInline = { inline, inside in
            switch inline {
            case .link(let link):
                found.append(LinkOccurrence(destination: link.destination, location: link.location,
                                            isImage: false, insideInternal: inside))
            case .image(let image):
                found.append(LinkOccurrence(destination: image.source, location: image.location,
                                            isImage: true, insideInternal: inside))
            default: break
            }
        }
        walker.walk(blocks)
        return found
    }

    /// Every heading anchor, in source order.
    public var anchors: [AnchorOccurrence] {
        var found: [AnchorOccurrence] = []
        var walker = MarkdownWalker()
        walker.visitBlock = { block, inside in
            if case .heading(let heading) = block {
                found.append(AnchorOccurrence(anchor: heading.anchor, title: PlainText.of(heading.inlines),
                                              level: heading.level, insideInternal: inside))
            }
        }
        walker.walk(blocks)
        return found
    }

    /// Where raw HTML stands in the source (it is never rendered).
    public var rawHTMLLocations: [SourceLocation] {
        var found: [SourceLocation] = []
        var walker = MarkdownWalker()
        walker.visitBlock = { block, _ in if case .htmlBlock(_, let location) = block { found.append(location) } }
        walker.visitInline = { inline, _ in if case .html(_, let location) = inline { found.append(location) } }
        walker.walk(blocks)
        return found
    }

    /// The names of the fill-in fields, each once, in order of first appearance.
    public var placeholderNames: [String] {
        var names: [String] = []
        var walker = MarkdownWalker()
        walker.visitInline = { inline, _ in
            if case .placeholder(let name) = inline, !names.contains(name) { names.append(name) }
        }
        walker.walk(blocks)
        return names
    }
}
