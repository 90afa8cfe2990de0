@testable import Markdown
import Testing

@Suite("Source locations")
struct SourceLocationTests {
    @Test func linkAndImageLocations() {
        let markdown = """
        Intro.

        See [the policy](../policies/late-fee.md) and
        ![chart](chart.png) or [ref][r].

        [r]: https://example.com
        """
        let links = MarkdownParser.parse(markdown).links
        #expect(links == [
            LinkOccurrence(destination: "../policies/late-fee.md", location: SourceLocation(line: 3, column: 5),
                           isImage: false, insideInternal: false),
            LinkOccurrence(destination: "chart.png", location: SourceLocation(line: 4, column: 1),
                           isImage: true, insideInternal: false),
            LinkOccurrence(destination: "https://example.com", location: SourceLocation(line: 4, column: 24),
                           isImage: false, insideInternal: false),
        ])
    }

    @Test func linksInsideContainersAndInternalCallouts() {
        let markdown = """
        - item [a](a.md)

        > [!INTERNAL]
        > secret [b](b.md)
        >
        > > [!NOTE]
        > > nested [c](c.md)

        | col |
        |-----|
        | [d](d.md) |
        """
        let links = MarkdownParser.parse(markdown).links
        #expect(links.map(\.destination) == ["a.md", "b.md", "c.md", "d.md"])
        #expect(links.map(\.location) == [
            SourceLocation(line: 1, column: 8),
            SourceLocation(line: 4, column: 10),
            SourceLocation(line: 7, column: 12),
            SourceLocation(line: 11, column: 3),
        ])
        #expect(links.map(\.insideInternal) == [false, true, true, false])
    }

    @Test func columnsCountBytesAsCmarkDoes() {
        // libcmark-gfm reports byte columns; CasebookCore turns them into characters.
        let links = MarkdownParser.parse("Café [x](x.md)").links
        #expect(links.map(\.location) == [SourceLocation(line: 1, column: 7)])
    }

    @Test func calloutAndUnknownMarkerLocations() {
        let document = MarkdownParser.parse("Text.\n\n  > [!BOGUS]\n  > x")
        #expect(document.problems == [.unknownCalloutMarker("[!BOGUS]", suggestion: nil, SourceLocation(line: 3, column: 3))])
    }

    /// Hard-wrapped link text is common; the link starts where its '[' stands, not on the line
    /// where its ']' stands.
    @Test func linkWhoseTextIsWrappedOverTwoLines() {
        let document = MarkdownParser.parse("Read [the late fee\nwaiver](../policies/late-fee.md) for details.")
        #expect(document.links.map(\.location) == [SourceLocation(line: 1, column: 6)])
    }

    @Test func imageWhoseAltTextIsWrappedOverTwoLines() {
        let document = MarkdownParser.parse("Read ![a wrapped\nimage alt](chart.png) now.")
        #expect(document.links.map(\.location) == [SourceLocation(line: 1, column: 6)])
    }
}
