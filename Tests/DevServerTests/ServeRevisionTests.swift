import BuildPipeline
import CasebookCore
import CasebookTestSupport
@testable import DevServer
import Foundation
import Testing

/// `casebook serve --rev X` serves the content as it stood at X, not the working tree.
@Suite struct ServeRevisionTests {
    static let policy = "content/policies/late-fee-waiver.md"

    static func waiver(upTo limit: String) -> String {
        "---\ntitle: Late fee waiver\nsummary: Once a year.\naudience: public\nowner: Billing\ncategories: [billing-errors]\n"
            + "authority:\n  - { role: Agent, up_to: \"\(limit)\" }\n---\nAn agent may waive up to \(limit).\n"
    }

    @Test func aRevisionIsServedAsItStoodThenAndStaysSoAfterAnEdit() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try GitRepository(folder)
        var files = DevServerTests.files
        files[Self.policy] = Self.waiver(upTo: "$25")
        try repository.commit(files, message: "Agents waive up to $25", date: "2026-01-05T09:00:00+00:00")
        try repository.run(["tag", "x"])
        try repository.commit([Self.policy: Self.waiver(upTo: "$40")], message: "Agents waive up to $40",
                              date: "2026-02-05T09:00:00+00:00")

        let session = PreviewSession(root: folder.url, today: CalendarDay(year: 2026, month: 6, day: 1),
                                     history: HistoryOptions(revision: "x")) { _ in }
        #expect(await session.rebuild())
        let page = "internal/policies/late-fee-waiver/index.html"
        let served = String(decoding: await session.store.file(page) ?? [], as: UTF8.self)
        #expect(served.contains("An agent may waive up to $25."))
        #expect(!served.contains("$40"))

        // A save in the working tree does not change what revision x holds.
        try folder.write([Self.policy: Self.waiver(upTo: "$60")])
        #expect(await session.rebuild(changed: [folder.url.appendingPathComponent(Self.policy).path]))
        let after = String(decoding: await session.store.file(page) ?? [], as: UTF8.self)
        #expect(after.contains("An agent may waive up to $25."))
        #expect(!after.contains("$40") && !after.contains("$60"))
    }
}
