import CasebookCore
import Testing
@testable import GitHistory

@Suite struct GitLogParserTests {
    /// Two commits as `git log -M --name-status -z` prints them in `GitLogParser.format`.
    static let log: [UInt8] = {
        var bytes: [UInt8] = []
        func add(_ text: String) { bytes += Array(text.utf8) }
        add("\u{1E}bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\u{1F}Ana Writer\u{1F}ana@example.com\u{1F}2026-02-01T10:00:00+01:00\u{1F}Rename; tidy\0\n")
        add("R091\0content/faq/old.md\0content/faq/new.md\0M\0content/policies/a.md\0")
        add("\u{1E}aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\u{1F}Bo Editor\u{1F}bo@example.com\u{1F}2026-01-01T09:00:00Z\u{1F}First\0\n")
        add("A\0content/faq/old.md\0A\0content/policies/a.md\0")
        return bytes
    }()

    @Test func readsCommitsAndTheirChanges() throws {
        let entries = GitLogParser.parse(Self.log)
        #expect(entries.count == 2)
        let newest = try #require(entries.first)
        #expect(newest.commit.author == "Ana Writer")
        #expect(newest.commit.email == "ana@example.com")
        #expect(newest.commit.subject == "Rename; tidy")
        #expect(newest.commit.date.iso8601 == "2026-02-01T10:00:00+01:00")
        #expect(newest.commit.shortID == "bbbbbbb")
        #expect(newest.changes == [
            GitLogParser.Change(status: "R", path: "content/faq/new.md", from: "content/faq/old.md"),
            GitLogParser.Change(status: "M", path: "content/policies/a.md", from: nil),
        ])
    }

    @Test func historiesFollowRenamesAndKnowThePreviousRevision() throws {
        let histories = HistoryIndex.build(GitLogParser.parse(Self.log))
        let faq = try #require(histories["content/faq/new.md"])
        #expect(faq.commits.map(\.author) == ["Ana Writer", "Bo Editor"])
        #expect(faq.created?.iso8601 == "2026-01-01T09:00:00Z")
        #expect(faq.updated?.iso8601 == "2026-02-01T10:00:00+01:00")
        // `./`: the paths are relative to the content repository, which may be a folder in the git repository.
        #expect(faq.newestRevision == "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb:./content/faq/new.md")
        #expect(faq.previousRevision == "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa:./content/faq/old.md")
        #expect(histories["content/faq/old.md"] == nil)
    }

    @Test func datesFromAShallowBoundaryAreLeftUnknown() throws {
        let boundary: Set<String> = ["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"]
        let histories = HistoryIndex.build(GitLogParser.parse(Self.log), shallowBoundaries: boundary)
        let policy = try #require(histories["content/policies/a.md"])
        #expect(policy.updated?.iso8601 == "2026-02-01T10:00:00+01:00")
        #expect(policy.created == nil)
        let onlyBoundary = HistoryIndex.build(Array(GitLogParser.parse(Self.log).dropFirst()), shallowBoundaries: boundary)
        #expect(onlyBoundary["content/policies/a.md"]?.updated == nil)
    }

    @Test func catFileBatchOutputIsSplitPerRequest() {
        let output = Array("1111 blob 3\nabc\n2222 missing\n3333 blob 0\n\n".utf8)
        #expect(PreviousRevisions.parseBatch(output) == [Array("abc".utf8), nil, []])
    }
}
