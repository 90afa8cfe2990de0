@testable import CasebookCore
import Markdown
import Testing

@Suite struct BodyLineIndexTests {
    @Test func bytePositionsBecomeFileLinesAndCharacterColumns() {
        // The body starts on file line 5; "é" is two bytes, "👍🏽" eight.
        var index = BodyLineIndex(body: "Intro.\ncafé [a](a.md)\n👍🏽 [b](b.md)\n", firstLine: 5)
        #expect(index.filePosition(of: SourceLocation(line: 1, column: 1)) == FilePosition(line: 5, column: 1))
        #expect(index.filePosition(of: SourceLocation(line: 2, column: 7)) == FilePosition(line: 6, column: 6))
        #expect(index.filePosition(of: SourceLocation(line: 3, column: 10)) == FilePosition(line: 7, column: 3))
    }

    @Test func positionsOnOneLineMayComeInAnyOrder() {
        var index = BodyLineIndex(body: "é [a](a) é [b](b) é [c](c)", firstLine: 1)
        let columns = [24, 1, 14, 14, 4].map { index.filePosition(of: SourceLocation(line: 1, column: $0)).column }
        #expect(columns == [21, 1, 12, 12, 3])
    }

    @Test func aPositionPastTheBodyKeepsItsColumn() {
        var index = BodyLineIndex(body: "One line", firstLine: 3)
        #expect(index.filePosition(of: SourceLocation(line: 4, column: 2)) == FilePosition(line: 6, column: 2))
        #expect(index.filePosition(of: SourceLocation(line: 1, column: 40)) == FilePosition(line: 3, column: 9))
        #expect(index.filePosition(of: SourceLocation(line: 0, column: 0)) == FilePosition(line: 3, column: 1))
    }
}
