import CasebookCLI
import CasebookTestSupport
import Foundation
import Testing

/// The answer kit's inputs (`steps`, `scope`, an authority row's `when` and `up_to`) are staff
/// only. Property: for generated repositories (policies public or internal, general or
/// specific, with situations and steps, linked to scripts either way or not at all), no file
/// of the public site holds any of them, while the staff site shows them all.
@Suite struct StaffOnlyFieldsPropertyTests {
    static let categories = ["billing-errors", "loyalty-recognition"]

    /// A repository of three policies and two scripts; every staff-only value is a canary
    /// `canaryNNN` (letters and digits only, so the search index would keep it whole).
    static func repository(seed: UInt64) -> (files: [String: String], canaries: [String]) {
        var random = SeededGenerator(seed: seed)
        var canaries: [String] = []
        func canary() -> String {
            let word = "canary\(seed)x\(canaries.count)"
            canaries.append(word)
            return word
        }
        var files: [String: String] = [:]
        for index in 0..<3 {
            let audience = random.chance(2) ? "public" : "internal"
            let cats = categories.filter { _ in !random.chance(3) }
            var lines = ["title: Policy \(index)", "summary: Policy \(index).", "audience: \(audience)", "owner: Team",
                         "categories: [\(cats.joined(separator: ", "))]"]
            if random.chance(2) { lines.append("scope: general") }
            if random.chance(3) { lines.append("related: [scripts/script-\(random.below(2)).md]") }
            if !random.chance(3) {
                lines.append("steps:")
                for _ in 0...random.below(3) { lines.append("  - \"Do \(canary()) now.\"") }
            }
            if !random.chance(4) {
                lines.append("authority:")
                for row in 0...random.below(3) {
                    let measure = ["$\(10 * (row + 1))", "any amount", "\(row + 5) days"][random.below(3)]
                    let amount = "\(measure) \(canary())"
                    let when = random.chance(2) ? ", when: \"\(canary()) happened\"" : ""
                    lines.append("  - { role: \"Role \(row) \(canary())\", up_to: \"\(amount)\"\(when) }")
                }
            }
            // A public page may link to an (internal) script only from an internal callout.
            let link = "See [the script](../scripts/script-\(random.below(2)).md)."
            let body = random.chance(2) ? (audience == "public" ? "Policy text.\n\n> [!INTERNAL]\n> \(link)" : link) : "Policy text."
            files["content/policies/policy-\(index).md"] = "---\n\(lines.joined(separator: "\n"))\n---\n\(body)\n"
        }
        for index in 0..<2 {
            let outcome = ["grant", "deny", "inform"][random.below(3)]
            let related = random.chance(2) ? "\nrelated: [policies/policy-\(random.below(3)).md]" : ""
            files["content/scripts/script-\(index).md"] = """
                ---
                title: Script \(index)
                summary: Script \(index).
                outcome: \(outcome)
                categories: [\(categories[random.below(2)])]\(related)
                ---
                > Hello [customer name], about [fee amount].
                """
        }
        return (files, canaries)
    }

    @Test(arguments: 1...12)
    func staffOnlyFieldsNeverReachThePublicSite(seed: Int) throws {
        let (files, canaries) = Self.repository(seed: UInt64(seed))
        let root = try Fixture.make(files)
        defer { root.remove() }
        let outcome = Fixture.build(root)
        try #require(outcome.status == .success, "\(outcome.standardError)")
        let site = root.url.appendingPathComponent("site")
        var publicText = ""
        let publicFiles = Fixture.snapshot(site.appendingPathComponent("public"))
        // The handbook holds every public policy's body at once: it must be among the files read.
        #expect(publicFiles.keys.contains("handbook/index.html"))
        for (path, data) in publicFiles {
            publicText += path.lowercased() + "\n" + String(decoding: data, as: UTF8.self).lowercased()
        }
        var staffText = ""
        for (_, data) in Fixture.snapshot(site.appendingPathComponent("internal")) {
            staffText += String(decoding: data, as: UTF8.self).lowercased()
        }
        for canary in canaries {
            #expect(!publicText.contains(canary), "seed \(seed): the public site shows \(canary)")
            #expect(staffText.contains(canary), "seed \(seed): the staff site lacks \(canary)")
        }
    }
}
