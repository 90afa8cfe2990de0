import BuildPipeline
import CasebookCLI
import CasebookTestSupport
import Foundation
import Testing

/// Builds of fixture repositories with real git history.
@Suite struct HistoryBuildTests {
    /// The fixture committed in three steps by three writers, with a rename and a policy edit.
    static func repository() throws -> GitRepository {
        let folder = try Fixture.make()
        let repository = try GitRepository(folder)
        try repository.run(["add", "-A"])
        try repository.run(["commit", "-q", "-m", "Canary subject first import"], author: "Canary Author One",
                           email: "canary.one@example.com", date: "2026-01-05T09:00:00+00:00")
        var policy = Fixture.files["content/policies/late-fee-waiver.md"]!
        policy = policy.replacingOccurrences(of: "At most one waiver per year.", with: "At most two waivers per year.")
        try repository.commit(["content/policies/late-fee-waiver.md": policy],
                              message: "Canary subject allow two waivers", author: "Canary Author Two",
                              email: "canary.two@example.com", date: "2026-02-10T15:30:00+01:00")
        try repository.run(["mv", "content/faq/what-is-an-exception.md", "content/faq/what-is-a-courtesy.md"])
        let movedLinks = [
            "content/policies/late-fee-waiver.md": policy.replacingOccurrences(of: "what-is-an-exception", with: "what-is-a-courtesy"),
        ]
        try repository.commit(movedLinks, message: "Canary subject rename the FAQ", author: "Canary Author Three",
                              email: "canary.three@example.com", date: "2026-03-15T08:00:00-05:00")
        return repository
    }

    @discardableResult
    private func build(_ repository: GitRepository, history: HistoryOptions = HistoryOptions()) -> CommandOutcome {
        Fixture.build(repository.folder, history: history)
    }

    @Test func pagesShowLastUpdatedAndTheirHistoryNewestFirst() throws {
        let repository = try Self.repository()
        defer { repository.folder.remove() }
        let outcome = build(repository)
        #expect(outcome.status == .success, "\(outcome.standardError)")
        #expect(outcome.standardError.isEmpty)
        let staff = Fixture.read(repository.folder, "internal/policies/late-fee-waiver/index.html")
        #expect(staff.contains("Last updated <time datetime=\"2026-03-15\">15 March 2026</time> by Canary Author Three"))
        let three = try #require(staff.range(of: "Canary subject rename the FAQ"))
        let two = try #require(staff.range(of: "Canary subject allow two waivers"))
        let one = try #require(staff.range(of: "Canary subject first import"))
        #expect(three.lowerBound < two.lowerBound && two.lowerBound < one.lowerBound)
        let customers = Fixture.read(repository.folder, "public/policies/late-fee-waiver/index.html")
        #expect(customers.contains("Last updated <time datetime=\"2026-03-15\">15 March 2026</time></p>"))
    }

    @Test func renamesAreFollowed() throws {
        let repository = try Self.repository()
        defer { repository.folder.remove() }
        build(repository)
        let faq = Fixture.read(repository.folder, "internal/faq/what-is-a-courtesy/index.html")
        #expect(faq.contains("Canary subject rename the FAQ"))
        #expect(faq.contains("Canary subject first import"))
    }

    @Test func policiesShowARedlineOfTheirLastChange() throws {
        let repository = try Self.repository()
        defer { repository.folder.remove() }
        build(repository)
        let staff = Fixture.read(repository.folder, "internal/policies/late-fee-waiver/index.html")
        let redline = try #require(staff.range(of: "<details class=\"redline\">"))
        let text = String(staff[redline.lowerBound...])
        // The rename changed a link's target and `related`: the text reads the same.
        #expect(text.contains("<summary>What the last change did <span class=\"redline-date\">(<time datetime=\"2026-03-15\">15 March 2026</time>)</span></summary>"))
        #expect(text.contains("<th scope=\"row\">Related</th><td><del>faq/what-is-an-exception.md</del></td><td><ins>faq/what-is-a-courtesy.md</ins></td>"))
        #expect(text.contains("<p class=\"redline-legend\">The text did not change.</p>"))
    }

    @Test func aBuildOfAnEarlierRevisionUsesThatContentAndItsDates() throws {
        let repository = try Self.repository()
        defer { repository.folder.remove() }
        let before = Fixture.snapshot(repository.folder.url.appendingPathComponent("content"))
        let outcome = build(repository, history: HistoryOptions(revision: "HEAD~1"))
        #expect(outcome.status == .success, "\(outcome.standardError)")
        let files = Fixture.snapshot(repository.folder.url.appendingPathComponent("site"))
        #expect(files["public/faq/what-is-an-exception/index.html"] != nil)
        #expect(files["public/faq/what-is-a-courtesy/index.html"] == nil)
        let staff = Fixture.read(repository.folder, "internal/policies/late-fee-waiver/index.html")
        #expect(staff.contains("Last updated <time datetime=\"2026-02-10\">10 February 2026</time> by Canary Author Two"))
        #expect(!staff.contains("Canary subject rename the FAQ"))
        #expect(Fixture.snapshot(repository.folder.url.appendingPathComponent("content")) == before)
        #expect(try repository.run(["status", "--porcelain", "--", "content"]).isEmpty)
    }

    @Test func anUnknownRevisionIsAnError() throws {
        let repository = try Self.repository()
        defer { repository.folder.remove() }
        let outcome = build(repository, history: HistoryOptions(revision: "no-such-tag"))
        #expect(outcome.status == .contentErrors)
        #expect(outcome.standardError.first == "content:1:1: error: unknown revision 'no-such-tag'")
    }

    @Test func uncommittedEditsAreMarkedOnTheStaffSiteOnly() throws {
        let repository = try Self.repository()
        defer { repository.folder.remove() }
        try repository.folder.write(["content/faq/what-is-a-courtesy.md": "---\ntitle: What is a courtesy?\n---\nEdited.\n\n## How to ask\n"])
        build(repository)
        #expect(Fixture.read(repository.folder, "internal/faq/what-is-a-courtesy/index.html").contains("Uncommitted changes"))
        #expect(!Fixture.read(repository.folder, "internal/policies/late-fee-waiver/index.html").contains("Uncommitted changes"))
        #expect(!Fixture.read(repository.folder, "public/faq/what-is-a-courtesy/index.html").lowercased().contains("uncommitted"))
    }

    @Test func theStaffFooterNamesTheSourceVersionAsGitDoes() throws {
        let repository = try Self.repository()
        defer { repository.folder.remove() }
        build(repository)
        let id = try repository.run(["rev-parse", "HEAD:content/policies/late-fee-waiver.md"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let staff = Fixture.read(repository.folder, "internal/policies/late-fee-waiver/index.html")
        #expect(staff.contains("<code title=\"git cat-file -p \(id)\">\(id.prefix(10))</code>"))
        #expect(!Fixture.read(repository.folder, "public/policies/late-fee-waiver/index.html").contains(String(id.prefix(10))))
    }

    @Test func whatsNewAndTheFeedListChangesNewestFirst() throws {
        let repository = try Self.repository()
        defer { repository.folder.remove() }
        build(repository)
        let feed = Fixture.read(repository.folder, "public/feed.xml")
        #expect(feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">"))
        #expect(feed.contains("<updated>2026-03-15T08:00:00-05:00</updated>"))
        let waiver = try #require(feed.range(of: "<title>Late fee waiver</title>"))
        let category = try #require(feed.range(of: "<title>Billing errors</title>"))
        #expect(waiver.lowerBound < category.lowerBound)
        #expect(!feed.contains("Approval workflow"))
        let staffNews = Fixture.read(repository.folder, "internal/whats-new/index.html")
        #expect(staffNews.contains("Approval workflow"))
        #expect(staffNews.contains("Canary subject rename the FAQ"))
        let publicNews = Fixture.read(repository.folder, "public/whats-new/index.html")
        #expect(publicNews.contains("Late fee waiver"))
        #expect(!publicNews.contains("Approval workflow"))
    }

    @Test func nothingFromGitButDatesReachesThePublicSite() throws {
        let repository = try Self.repository()
        defer { repository.folder.remove() }
        try repository.folder.write(["content/faq/what-is-a-courtesy.md": "---\ntitle: What is a courtesy?\n---\nEdited.\n\n## How to ask\n"])
        build(repository)
        let ids = try repository.run(["log", "--format=%H"]).split(separator: "\n").map(String.init)
        #expect(ids.count == 3)
        var canaries = ["canary author", "canary.one@example.com", "canary.two@", "canary.three@", "canary subject",
                        "uncommitted changes"]
        canaries += ids.flatMap { [$0, String($0.prefix(7))] }
        let publicFiles = Fixture.snapshot(repository.folder.url.appendingPathComponent("site/public"))
        for (path, data) in publicFiles {
            let text = String(decoding: data, as: UTF8.self).lowercased()
            for canary in canaries {
                #expect(!text.contains(canary), "public/\(path) leaks \(canary)")
            }
        }
        let staff = Fixture.snapshot(repository.folder.url.appendingPathComponent("site/internal"))
            .values.map { String(decoding: $0, as: UTF8.self).lowercased() }.joined()
        for canary in ["canary author", "canary subject", String(ids[0].prefix(7))] {
            #expect(staff.contains(canary), "staff site lacks \(canary)")
        }
    }

    @Test func withoutARepositoryTheBuildWarnsOnceAndShowsNoDates() throws {
        let root = try Fixture.make()
        defer { root.remove() }
        let outcome = Fixture.build(root, history: HistoryOptions())
        #expect(outcome.status == .success)
        #expect(outcome.standardError.filter { $0.contains(": warning: ") }.count == 1, "\(outcome.standardError)")
        #expect(outcome.standardError.first?.hasPrefix("content:1:1: warning: ") == true)
        #expect(outcome.standardError.first?.hasSuffix("is not in a git repository, so pages show no dates") == true)
        #expect(!Fixture.read(root, "internal/policies/late-fee-waiver/index.html").contains("Last updated"))
        let required = Fixture.build(root, history: HistoryOptions(required: true))
        #expect(required.status == .contentErrors)
        #expect(required.standardError.first?.contains(": error: ") == true)
    }

    @Test func aShallowCloneWarnsAndPrintsNoDateItCannotVouchFor() throws {
        let repository = try Self.repository()
        defer { repository.folder.remove() }
        let clone = try TemporaryDirectory()
        defer { clone.remove() }
        let cloned = clone.url.appendingPathComponent("shallow")
        try repository.run(["clone", "-q", "--depth", "1", "file://\(repository.folder.url.path)", cloned.path])
        let outcome = Commands.build(root: cloned, output: clone.url.appendingPathComponent("site"),
                                     today: Fixture.today, history: HistoryOptions())
        #expect(outcome.status == .success, "\(outcome.standardError)")
        #expect(outcome.standardError.count == 2)
        #expect(outcome.standardError.first?.contains("warning: this is a shallow clone") == true)
        let staff = (try? String(contentsOf: clone.url.appendingPathComponent("site/internal/policies/approval-workflow/index.html"),
                                 encoding: .utf8)) ?? ""
        #expect(staff.contains("<h1>Approval workflow</h1>"))
        #expect(!staff.contains("Last updated"))
        let required = Commands.build(root: cloned, output: clone.url.appendingPathComponent("site"),
                                      today: Fixture.today, history: HistoryOptions(required: true))
        #expect(required.status == .contentErrors)
    }
}
