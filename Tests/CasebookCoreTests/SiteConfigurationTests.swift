import Foundation
@testable import CasebookCore
import Testing

@Suite("Site configuration")
struct SiteConfigurationTests {
    @Test func emptyFileGivesTheDefaults() {
        let (configuration, diagnostics) = SiteConfigurationLoader.parse("")
        #expect(diagnostics == [])
        #expect(configuration == SiteConfiguration())
        #expect(configuration.title == "Casebook")
        #expect(configuration.internal == SiteConfiguration.SiteSettings(title: "Casebook Staff Guide", baseURL: nil))
        #expect(configuration.public == SiteConfiguration.SiteSettings(title: "Casebook Help Center", baseURL: nil))
        #expect(configuration.defaultAudience == [:])
        for type in PageType.allCases {
            #expect(configuration.audience(forPageOf: type) == .internal)
        }
    }

    @Test func commentOnlyFileGivesTheDefaults() {
        let (configuration, diagnostics) = SiteConfigurationLoader.parse("# nothing configured yet\n")
        #expect(diagnostics == [])
        #expect(configuration == SiteConfiguration())
    }

    @Test func titleSetsBothSiteTitles() {
        let (configuration, diagnostics) = SiteConfigurationLoader.parse("title: Example Co.")
        #expect(diagnostics == [])
        #expect(configuration.title == "Example Co.")
        #expect(configuration.internal.title == "Example Co. Staff Guide")
        #expect(configuration.public.title == "Example Co. Help Center")
        #expect(configuration.settings(for: .public).title == "Example Co. Help Center")
        #expect(configuration.settings(for: .internal).title == "Example Co. Staff Guide")
    }

    @Test func fullConfiguration() {
        let yaml = """
        title: Example Co.
        internal:
          title: Example Co. Staff Guide (beta)
          base_url: https://guide.example.internal/
        public:
          title: Example Co. Help Center
          base_url: https://help.example.com/support
        defaults:
          faq: { audience: public }
          categories: { audience: public }
          policies:
            audience: internal
        """
        let (configuration, diagnostics) = SiteConfigurationLoader.parse(yaml)
        #expect(diagnostics == [])
        #expect(configuration == SiteConfiguration(
            title: "Example Co.",
            internalSite: SiteConfiguration.SiteSettings(title: "Example Co. Staff Guide (beta)",
                                                         baseURL: "https://guide.example.internal/"),
            publicSite: SiteConfiguration.SiteSettings(title: "Example Co. Help Center",
                                                       baseURL: "https://help.example.com/support/"),
            defaultAudience: [.faq: .public, .categories: .public, .policies: .internal]))
        #expect(configuration.audience(forPageOf: .faq) == .public)
        #expect(configuration.audience(forPageOf: .categories) == .public)
        #expect(configuration.audience(forPageOf: .policies) == .internal)
        #expect(configuration.audience(forPageOf: .scripts) == .internal)
    }

    @Test(arguments: [
        ("https://help.example.com", "https://help.example.com/"),
        ("https://help.example.com/", "https://help.example.com/"),
        ("http://localhost:8080/docs", "http://localhost:8080/docs/"),
    ])
    func baseURLEndsWithASlash(written: String, expected: String) {
        let (configuration, diagnostics) = SiteConfigurationLoader.parse("public:\n  base_url: \(written)")
        #expect(diagnostics == [])
        #expect(configuration.public.baseURL == expected)
        #expect(configuration.internal.baseURL == nil)
    }

    @Test(arguments: ["help.example.com", "ftp://help.example.com/", "/help/"])
    func invalidBaseURL(written: String) {
        let (configuration, diagnostics) = SiteConfigurationLoader.parse("title: X\npublic:\n  base_url: \(written)")
        #expect(diagnostics.map(\.description) == [
            "casebook.yml:3:13: error: 'base_url' must be an absolute http or https address, not '\(written)'",
        ])
        #expect(configuration.public.baseURL == nil)
    }

    @Test func unknownKeysAreWarnings() {
        let yaml = """
        titel: Example
        public:
          base-url: https://help.example.com/
        defaults:
          faqs: { audience: public }
          scripts: { audiance: public }
        colour: blue
        """
        let (configuration, diagnostics) = SiteConfigurationLoader.parse(yaml)
        #expect(diagnostics.map(\.description) == [
            "casebook.yml:1:1: warning: unknown configuration key 'titel'; did you mean 'title'?",
            "casebook.yml:3:3: warning: unknown 'public' key 'base-url'; did you mean 'base_url'?",
            "casebook.yml:5:3: warning: unknown 'defaults' key 'faqs'; did you mean 'faq'?",
            "casebook.yml:6:14: warning: unknown 'defaults.scripts' key 'audiance'; did you mean 'audience'?",
            "casebook.yml:7:1: warning: unknown configuration key 'colour'",
        ])
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
        #expect(configuration == SiteConfiguration())
    }

    @Test func invalidValues() {
        let yaml = """
        title: [a, b]
        internal: just a string
        defaults:
          faq: { audience: everyone }
        """
        let (_, diagnostics) = SiteConfigurationLoader.parse(yaml)
        #expect(diagnostics.map(\.description) == [
            "casebook.yml:1:8: error: 'title' must be a single value, not a list or mapping",
            "casebook.yml:2:11: error: 'internal' must be a mapping of keys to values",
            "casebook.yml:4:20: error: 'audience' must be 'public' or 'internal', not 'everyone'",
        ])
    }

    @Test func invalidYAMLIsAnErrorAtItsPosition() {
        let (configuration, diagnostics) = SiteConfigurationLoader.parse("title: A\npublic: [unclosed\n")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.path == "casebook.yml")
        #expect(diagnostics.first?.message.hasPrefix("invalid YAML: ") == true)
        #expect(configuration == SiteConfiguration())
    }

    @Test func notAMapping() {
        let (_, diagnostics) = SiteConfigurationLoader.parse("- a\n- b\n")
        #expect(diagnostics.map(\.description) == ["casebook.yml:1:1: error: casebook.yml must be a mapping of keys to values"])
    }

    @Test func loadWithoutAFileGivesTheDefaults() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let (configuration, diagnostics) = SiteConfigurationLoader.load(RepositoryLayout(root: root))
        #expect(diagnostics == [])
        #expect(configuration == SiteConfiguration())

        try Data([0xEF, 0xBB, 0xBF] + Array("title: Shop\r\npublic:\r\n  base_url: https://x.example\r\n".utf8))
            .write(to: root.appendingPathComponent("casebook.yml"))
        let (loaded, loadDiagnostics) = SiteConfigurationLoader.load(RepositoryLayout(root: root))
        #expect(loadDiagnostics == [])
        #expect(loaded.title == "Shop")
        #expect(loaded.public.baseURL == "https://x.example/")

        try Data(Array("title: Sh".utf8) + [0xFF]).write(to: root.appendingPathComponent("casebook.yml"))
        let (_, invalidDiagnostics) = SiteConfigurationLoader.load(RepositoryLayout(root: root))
        #expect(invalidDiagnostics.map(\.description) == ["casebook.yml:1:10: error: the file is not valid UTF-8"])
    }
}
