import CasebookTestSupport
import Foundation
import Testing

/// Numbers and synonyms in the index files: single digits and amounts are terms, number
/// words meet their digits, and each site's manifest carries the synonyms of `casebook.yml`
/// and where each page type's documents are.
@Suite struct SearchIndexWordsTests {
    static let changes = [
        "casebook.yml": Fixture.files["casebook.yml"]! + """

            search:
              synonyms:
                refund: [money back, reimbursement]
                waive: [the]
            """,
        "content/faq/what-is-an-exception.md": """
            ---
            title: What is an exception?
            summary: A one-time departure from policy.
            categories: [billing-errors]
            ---
            A $5 refund takes 5 to ten days; up to $2,500 in all.
            """,
    ]

    static func withSite(_ body: (TemporaryDirectory) throws -> Void) throws {
        try Fixture.withBuiltSite(changing: changes, body)
    }

    @Test func digitsAmountsAndNumberWordsAreTerms() throws {
        try Self.withSite { root throws in
            #expect(try SearchIndexBuildTests.titles(containing: "5", root, "public") == ["What is an exception?"])
            #expect(try SearchIndexBuildTests.titles(containing: "2500", root, "public") == ["What is an exception?"])
            // "ten" is indexed as 10; its form says so, so that it is found while typed ("te").
            #expect(try SearchIndexBuildTests.titles(containing: "10", root, "public") == ["What is an exception?"])
            #expect(try SearchIndexBuildTests.titles(containing: "ten", root, "public") == [])
            #expect(try SearchIndexBuildTests.term(ofForm: "ten", root, "public") == "10")
            // "one waiver" and "one-time" meet "1".
            #expect(try SearchIndexBuildTests.titles(containing: "1", root, "public") == ["Late fee waiver", "What is an exception?"])
        }
    }

    @Test func eachManifestCarriesTheSynonymsAsQueryTermsAndTheTypes() throws {
        try Self.withSite { root throws in
            var synonyms: [[[[String]]]] = []
            for site in ["internal", "public"] {
                let manifest = try #require(try SearchIndexBuildTests.load(root, site, "manifest") as? [String: Any])
                #expect(manifest["version"] as? Int == 3)
                #expect(manifest["language"] as? String == "en")
                #expect((manifest["numbers"] as? [String: String])?["ten"] == "10")
                // A group whose synonyms are only stop words has nothing to search for: left out.
                let groups = try #require(manifest["synonyms"] as? [[[String]]])
                #expect(groups == [[["refund"], ["money", "back"], ["reimburs"]]])
                // A synonym's word is listed as a form even when no page has it.
                #expect(try SearchIndexBuildTests.term(ofForm: "reimbursement", root, site) == "reimburs")
                synonyms.append(groups)
            }
            #expect(synonyms[0] == synonyms[1])
            let publicTypes = try #require(try SearchIndexBuildTests.load(root, "public", "manifest") as? [String: Any])
            #expect(publicTypes["types"] as? [[AnyHashable]] == [["categories", 0, 2], ["policies", 2, 1], ["faq", 3, 1]])
            let internalTypes = try #require(try SearchIndexBuildTests.load(root, "internal", "manifest") as? [String: Any])
            #expect(internalTypes["types"] as? [[AnyHashable]]
                == [["categories", 0, 2], ["policies", 2, 2], ["faq", 4, 1], ["scripts", 5, 1]])
        }
    }
}
