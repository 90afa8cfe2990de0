import CasebookTestSupport
import Foundation
import Testing

/// The search index files each site gets, read back as the browser reads them.
@Suite struct SearchIndexBuildTests {
    /// The data a search file hands to `casebookSearchLoaded(name, data)`.
    static func load(_ root: TemporaryDirectory, _ site: String, _ name: String) throws -> Any? {
        let text = Fixture.read(root, "\(site)/search/\(name).js")
        guard !text.isEmpty else { return nil }
        let prefix = "casebookSearchLoaded(\"\(name)\","
        #expect(text.hasPrefix(prefix) && text.hasSuffix(");\n"), "\(site)/search/\(name).js")
        let json = text.dropFirst(prefix.count).dropLast(3)
        return try JSONSerialization.jsonObject(with: Data(json.utf8))
    }

    /// The shard that holds a term or word form in a site's index, found as the browser finds it.
    static func shard(of entry: String, _ root: TemporaryDirectory, _ site: String) throws -> [String: [String: String]]? {
        let manifest = try #require(try load(root, site, "manifest") as? [String: Any])
        let split = Set(manifest["split"] as? [String] ?? [])
        var key = String(entry.prefix(1))
        while split.contains(key), entry.count > key.count, key.count < 3 { key = String(entry.prefix(key.count + 1)) }
        let hex = key.utf8.map { String(format: "%02x", $0) }.joined()
        return try load(root, site, "t/\(hex)") as? [String: [String: String]]
    }

    /// The term a word form has in a site's index, `nil` when the form is not listed.
    static func term(ofForm form: String, _ root: TemporaryDirectory, _ site: String) throws -> String? {
        try shard(of: form, root, site)?["forms"]?[form]
    }

    /// The postings of `term` in a site's index, as document titles, found as the browser finds them.
    static func titles(containing term: String, _ root: TemporaryDirectory, _ site: String) throws -> [String] {
        let manifest = try #require(try load(root, site, "manifest") as? [String: Any])
        guard let postings = try shard(of: term, root, site)?["terms"]?[term] else { return [] }
        let buckets = try #require(manifest["buckets"] as? [Int])
        var documents: [[Any]] = []
        for index in buckets.indices { documents += try #require(try load(root, site, "d/\(index)") as? [[Any]]) }
        #expect(documents.count == manifest["docCount"] as? Int)
        return decode(postings).compactMap { documents[$0][0] as? String }
    }

    /// Document numbers of a postings string (`docs/search-index.md`).
    static func decode(_ postings: String) -> [Int] {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        var numbers: [Int] = [], value = 0, shift = 0
        for character in postings {
            let digit = alphabet.firstIndex(of: character)!
            value |= (digit & 31) << shift
            if digit >= 32 { shift += 5 } else { numbers.append(value); value = 0; shift = 0 }
        }
        var document = 0
        return stride(from: 0, to: numbers.count, by: 2).map { document += numbers[$0]; return document }
    }

    @Test func eachSiteIndexesWhatItShows() throws {
        try Fixture.withBuiltSite { root in
            #expect(try Self.titles(containing: "waiv", root, "public") == ["Late fee waiver"])
            #expect(try Self.titles(containing: "waiver", root, "public") == ["Late fee waiver", "What is an exception?"])
            // Each word form whose term differs from it is listed with its term, in the shard of the form.
            #expect(try Self.term(ofForm: "waive", root, "public") == "waiv")
            #expect(try Self.term(ofForm: "waiver", root, "public") == nil)
            // "workflow" is only in an internal policy: the staff index has it, the public one does not.
            #expect(try Self.titles(containing: "workflow", root, "internal") == ["Approval workflow", "Granting an exception"])
            #expect(try Self.titles(containing: "workflow", root, "public") == [])
            let documents = try #require(try Self.load(root, "public", "d/0") as? [[Any]])
            let waiver = try #require(documents.first { $0[0] as? String == "Late fee waiver" })
            #expect(waiver[1] as? String == "policies/late-fee-waiver/index.html")
            #expect(waiver[2] as? String == "Policy")
            #expect(waiver[3] as? String == "Billing errors")
            #expect(waiver[4] as? String == "When we waive a late fee.")
            #expect((waiver[5] as? String)?.hasPrefix("We waive a fee once a year.") == true)
        }
    }

    @Test func theResultsPageIsOnBothSitesAndEveryPageLinksToIt() throws {
        try Fixture.withBuiltSite { root in
            for site in ["internal", "public"] {
                #expect(Fixture.read(root, "\(site)/search/index.html").contains("<title>Search ·"))
                #expect(Fixture.read(root, "\(site)/policies/late-fee-waiver/index.html")
                    .contains("action=\"../../search/index.html\""))
            }
        }
    }
}
