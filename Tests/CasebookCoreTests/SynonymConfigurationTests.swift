@testable import CasebookCore
import Testing

/// `search.synonyms` in `casebook.yml`: groups in the file's order, and every way of writing
/// them wrong reported where it is written.
@Suite("Synonym configuration")
struct SynonymConfigurationTests {
    @Test func groupsKeepTheFilesOrderWithTheKeyFirst() {
        let yaml = """
        search:
          synonyms:
            refund: [money back, reimbursement]
            waive:
              - forgive
              - write off
        """
        let (configuration, diagnostics) = SiteConfigurationLoader.parse(yaml)
        #expect(diagnostics == [])
        #expect(configuration.synonyms == [["refund", "money back", "reimbursement"], ["waive", "forgive", "write off"]])
        #expect(configuration == SiteConfiguration(synonyms: configuration.synonyms))
    }

    @Test func noSearchKeyMeansNoSynonyms() {
        #expect(SiteConfigurationLoader.parse("title: X").0.synonyms == [])
        #expect(SiteConfigurationLoader.parse("search:\n  synonyms: {}\n").1 == [])
    }

    @Test func badValuesAreErrorsAtTheirPosition() {
        let yaml = """
        search:
          synonyms:
            refund: money back
            waive: []
            "--": [x1]
            credit: [goodwill, "…", [nested]]
            deny:
          colour: blue
        """
        let (configuration, diagnostics) = SiteConfigurationLoader.parse(yaml)
        #expect(diagnostics.map(\.description) == [
            "casebook.yml:3:13: error: 'search.synonyms.refund' must be a list: write [money back]",
            "casebook.yml:4:12: error: 'search.synonyms.waive' must list at least one word or phrase",
            "casebook.yml:5:5: error: '--' has no letter or digit to search for",
            "casebook.yml:6:29: error: each entry of 'search.synonyms.credit' must be a single value",
            "casebook.yml:6:24: error: 'search.synonyms.credit': '…' has no letter or digit to search for",
            "casebook.yml:7:10: error: 'search.synonyms.deny' must list at least one word or phrase",
            "casebook.yml:8:3: warning: unknown 'search' key 'colour'",
        ])
        #expect(configuration.synonyms == [["credit", "goodwill"]])
    }

    @Test func searchAndSynonymsMustBeMappings() {
        let (_, diagnostics) = SiteConfigurationLoader.parse("search: [a]\n")
        #expect(diagnostics.map(\.description) == ["casebook.yml:1:9: error: 'search' must be a mapping of keys to values"])
        let (_, listed) = SiteConfigurationLoader.parse("search:\n  synonyms: [refund, money back]\n")
        #expect(listed.map(\.description) == [
            "casebook.yml:2:13: error: 'search.synonyms' must be a mapping of keys to values",
        ])
    }
}
