@testable import CasebookCore
import Testing

@Suite("SourceText")
struct SourceTextTests {
    private func decode(_ bytes: [UInt8]) -> Result<String, SourceText.InvalidEncoding> {
        SourceText.decode(bytes)
    }

    @Test func plainUTF8IsUnchanged() {
        #expect(decode(Array("Café\nüber\n".utf8)) == .success("Café\nüber\n"))
    }

    @Test func byteOrderMarkIsRemoved() {
        #expect(decode([0xEF, 0xBB, 0xBF] + Array("---\ntitle: A".utf8)) == .success("---\ntitle: A"))
    }

    @Test func onlyALeadingByteOrderMarkIsRemoved() {
        #expect(decode(Array("a\u{FEFF}b".utf8)) == .success("a\u{FEFF}b"))
    }

    @Test(arguments: [
        ("a\r\nb\r\n", "a\nb\n"),
        ("a\rb\r", "a\nb\n"),
        ("a\r\n\r\nb", "a\n\nb"),
        ("a\n\r\nb\r\rc", "a\n\nb\n\nc"),
        ("no breaks", "no breaks"),
    ])
    func lineEndingsAreNormalised(input: String, expected: String) {
        #expect(decode(Array(input.utf8)) == .success(expected))
    }

    @Test func byteOrderMarkAndCRLFTogether() {
        #expect(decode([0xEF, 0xBB, 0xBF] + Array("---\r\ntitle: A\r\n---\r\n".utf8)) == .success("---\ntitle: A\n---\n"))
    }

    /// Bytes, then where the first bad byte stands (1-based, columns in characters).
    static let invalidFiles: [([UInt8], Int, Int)] = {
        func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }
        var cases: [([UInt8], Int, Int)] = []
        cases.append(([0xFF], 1, 1))
        cases.append((utf8("abc") + [0x80], 1, 4))
        cases.append((utf8("ab\ncé") + [0xFF] + utf8("x"), 2, 3))
        cases.append((utf8("line 1\nline 2\nüé ") + [0xC0, 0x80], 3, 4))
        cases.append((utf8("abc") + [0xE2, 0x82], 1, 4))
        cases.append((utf8("x") + [0xED, 0xA0, 0x80], 1, 2))
        cases.append((utf8("a\r\nb") + [0xFE], 2, 2))
        cases.append(([0xEF, 0xBB, 0xBF] + utf8("ab") + [0xFF], 1, 3))
        cases.append((utf8("ok €\nthen") + [0xF5, 0x80, 0x80, 0x80], 2, 5))
        return cases
    }()

    @Test(arguments: invalidFiles)
    func invalidUTF8IsLocated(bytes: [UInt8], line: Int, column: Int) {
        #expect(decode(bytes) == .failure(SourceText.InvalidEncoding(line: line, column: column)))
    }

    /// A lone CR is a line break (the decoded text has LF there), so it counts as one
    /// when locating bad bytes too.
    @Test func invalidUTF8AfterClassicMacLineBreaksIsOnTheRightLine() {
        #expect(decode(Array("a\rb\r".utf8) + [0xFF]) == .failure(SourceText.InvalidEncoding(line: 3, column: 1)))
    }
}
