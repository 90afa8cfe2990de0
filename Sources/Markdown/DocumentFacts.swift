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

/// What validation and the site ask of a document's tree, found in one walk when the
/// document is made, so that a packed tree need not be unpacked to answer.
struct DocumentFacts: Sendable, Equatable {
    var links: [LinkOccurrence] = []
    var anchors: [AnchorOccurrence] = []
    var rawHTMLLocations: [SourceLocation] = []
    var placeholderNames: [String] = []

    init(_ blocks: [Block]) {
        var facts = Self()
        var walker = MarkdownWalker()
        walker.visitBlock = { block, inside in
            switch block {
            case .heading(let heading):
                facts.anchors.append(AnchorOccurrence(anchor: heading.anchor, title: PlainText.of(heading.inlines),
                                                      level: heading.level, insideInternal: inside))
            case .htmlBlock(_, let location):
                facts.rawHTMLLocations.append(location)
            default: break
            }
        }
        walker.visitInline = { inline, inside in
            switch inline {
            case .link(let link):
                facts.links.append(LinkOccurrence(destination: link.destination, location: link.location,
                                                  isImage: false, insideInternal: inside))
            case .image(let image):
                facts.links.append(LinkOccurrence(destination: image.source, location: image.location,
                                                  isImage: true, insideInternal: inside))
            case .html(_, let location):
                facts.rawHTMLLocations.append(location)
            case .placeholder(let name):
                if !facts.placeholderNames.contains(name) { facts.placeholderNames.append(name) }
            default: break
            }
        }
        walker.walk(blocks)
        self = facts
    }

    private init() {}
}
