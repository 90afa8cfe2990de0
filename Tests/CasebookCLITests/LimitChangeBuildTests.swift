import BuildPipeline
import CasebookTestSupport
import Foundation
import Testing

/// A change to an approval limit is the change a reviewer most needs to see: the policy page
/// and the governance page say so, and the redline shows it, on the staff site only.
@Suite struct LimitChangeBuildTests {
    static let waiver = "content/policies/late-fee-waiver.md"

    /// The fixture committed, then a commit that changes the Supervisor's limit and nothing else.
    static func repository() throws -> GitRepository {
        let repository = try GitRepository(try Fixture.make())
        try repository.run(["add", "-A"])
        try repository.run(["commit", "-q", "-m", "Import"], date: "2026-04-01T09:00:00+00:00")
        let raised = Fixture.files[waiver]!.replacingOccurrences(of: "up_to: \"$100\"", with: "up_to: \"$150\"")
        try repository.commit([waiver: raised], message: "Raise the supervisor limit", date: "2026-04-02T16:00:00+02:00")
        return repository
    }

    static func staffPolicy(_ repository: GitRepository) -> String {
        Fixture.read(repository.folder, "internal/policies/late-fee-waiver/index.html")
    }

    static func governance(_ repository: GitRepository) -> String {
        Fixture.read(repository.folder, "internal/governance/index.html")
    }

    static let committedBadge = "<span class=\"limit-changed\">Limit changed on <time datetime=\"2026-04-02\">2 April 2026</time></span>"

    @Test func aLimitOnlyChangeIsMarkedOnThePolicyAndListedOnTheGovernancePage() throws {
        let repository = try Self.repository()
        defer { repository.folder.remove() }
        let outcome = Fixture.build(repository.folder, history: HistoryOptions())
        #expect(outcome.status == .success, "\(outcome.standardError)")

        let policy = Self.staffPolicy(repository)
        #expect(policy.contains("<div class=\"fact fact-internal\"><dt>Approval limits</dt><dd>\(Self.committedBadge)</dd></div>"))
        let redline = try #require(policy.range(of: "<details class=\"redline\">")).lowerBound
        let panel = String(policy[redline...]).components(separatedBy: "</details>")[0]
        #expect(panel.contains("<span class=\"limit-changed\">Approval limit changed</span>"))
        #expect(panel.contains("<tr data-change=\"changed\" class=\"redline-authority\"><th scope=\"row\">Approval: Supervisor</th>"
            + "<td><del>$100</del></td><td><ins>$150</ins></td></tr>"))
        #expect(panel.contains("The text did not change."))
        #expect(!panel.contains("Approval: Agent"))

        let governance = Self.governance(repository)
        #expect(governance.contains("<h2 id=\"governance-limits-title\">Approval limits changed</h2>"))
        #expect(governance.contains("<li><a href=\"../policies/late-fee-waiver/index.html\">Late fee waiver</a>: \(Self.committedBadge)</li>"))
        #expect(!governance.contains("Approval workflow</a>: <span class=\"limit-changed\">"))
        #expect(!Fixture.read(repository.folder, "internal/policies/approval-workflow/index.html").contains("limit-changed"))

        for (path, data) in Fixture.snapshot(repository.folder.url.appendingPathComponent("site/public")) where !path.hasSuffix(".css") {
            let text = String(decoding: data, as: UTF8.self).lowercased()
            for leak in ["limit changed", "limit-changed", "redline", "$150", "what the last change did"] {
                #expect(!text.contains(leak), "public/\(path) shows \(leak)")
            }
        }
    }

    @Test func anUncommittedLimitChangeSaysSo() throws {
        let repository = try Self.repository()
        defer { repository.folder.remove() }
        let edited = Fixture.files[Self.waiver]!.replacingOccurrences(of: "up_to: \"$100\"", with: "up_to: \"$150\"")
            .replacingOccurrences(of: "up_to: \"$25\"", with: "up_to: \"$30\"")
        try repository.folder.write([Self.waiver: edited])
        Fixture.build(repository.folder, history: HistoryOptions())
        let badge = "<span class=\"limit-changed\">Limit changed in an uncommitted edit</span>"
        let policy = Self.staffPolicy(repository)
        #expect(policy.contains(badge))
        // The last change is the uncommitted edit: the commit before it raised the Supervisor's limit.
        #expect(policy.contains("<th scope=\"row\">Approval: Agent</th><td><del>$25</del></td><td><ins>$30</ins></td>"))
        #expect(!policy.contains("Approval: Supervisor"))
        #expect(Self.governance(repository).contains("Late fee waiver</a>: \(badge)</li>"))
    }

    @Test func aLaterChangeToTheTextIsTheLastChangeInstead() throws {
        let repository = try Self.repository()
        defer { repository.folder.remove() }
        let reworded = Fixture.files[Self.waiver]!.replacingOccurrences(of: "up_to: \"$100\"", with: "up_to: \"$150\"")
            .replacingOccurrences(of: "At most one waiver per year.", with: "At most one waiver in a year.")
        try repository.commit([Self.waiver: reworded], message: "Reword", date: "2026-04-03T09:00:00+00:00")
        Fixture.build(repository.folder, history: HistoryOptions())
        let policy = Self.staffPolicy(repository)
        #expect(!policy.contains("limit-changed"))
        #expect(policy.contains("At most one waiver <del>per</del><ins>in a</ins> year."))
        #expect(!Self.governance(repository).contains("limit-changed"))
    }

    /// The redline reads a previous revision, internal callouts and all: none of it may reach
    /// the public site, though the staff redline shows it removed.
    @Test func anInternalCalloutOfThePreviousRevisionStaysOffThePublicSite() throws {
        let folder = try Fixture.make()
        let repository = try GitRepository(folder)
        defer { folder.remove() }
        let withCallout = Fixture.files[Self.waiver]! + "\n\n> [!INTERNAL]\n> CANARY-PREVIOUS-CALLOUT canaryprevioustoken\n"
        try repository.commit([Self.waiver: withCallout], message: "Import", date: "2026-04-01T09:00:00+00:00")
        let without = Fixture.files[Self.waiver]!.replacingOccurrences(of: "up_to: \"$100\"", with: "up_to: \"$150\"")
        try repository.commit([Self.waiver: without], message: "Drop the note", date: "2026-04-02T09:00:00+00:00")
        let outcome = Fixture.build(folder, history: HistoryOptions())
        #expect(outcome.status == .success, "\(outcome.standardError)")
        #expect(Self.staffPolicy(repository).contains(
            "<span class=\"redline-context\">Internal — staff only:</span> <del>CANARY-PREVIOUS-CALLOUT canaryprevioustoken</del>"))
        for (path, data) in Fixture.snapshot(folder.url.appendingPathComponent("site/public")) {
            let text = String(decoding: data, as: UTF8.self).lowercased()
            #expect(!text.contains("canary-previous-callout") && !text.contains("canaryprevioustoken"), "public/\(path) leaks it")
        }
    }
}
