import CasebookCore
import Testing

/// `public.contact` in `casebook.yml`: the "Still need help?" block's details, each optional,
/// checked with diagnostics at their positions, and overridden per key by a language.
@Suite struct ContactConfigurationTests {
    @Test func everyPartIsRead() {
        let yaml = """
        public:
          contact:
            text: Our team answers within a day.
            email: help@example.com
            phone: "+1 (555) 010-0142"
            url: https://example.com/contact
            hours: Monday to Friday, 9 to 5
        """
        let (configuration, diagnostics) = SiteConfigurationLoader.parse(yaml)
        #expect(diagnostics.isEmpty)
        let contact = configuration.public.contact
        #expect(contact == ContactDetails(text: "Our team answers within a day.", email: "help@example.com",
                                          phone: "+1 (555) 010-0142", url: "https://example.com/contact",
                                          hours: "Monday to Friday, 9 to 5"))
        #expect(contact.phoneLink == "+15550100142")
        #expect(configuration.internal.contact.isEmpty)
    }

    @Test func withoutContactThereAreNoDetails() {
        let (configuration, diagnostics) = SiteConfigurationLoader.parse("public:\n  title: Help\n  contact:\n")
        #expect(diagnostics.isEmpty)
        #expect(configuration.public.contact.isEmpty)
        #expect(SiteConfiguration().public.contact.isEmpty)
    }

    @Test func aLanguageOverridesThePartsItSets() {
        let yaml = """
        public:
          contact: { text: Ask us., email: help@example.com, hours: 9 to 5 }
        languages:
          es:
            public:
              title: Ayuda
              contact: { text: Pregúntenos., hours: de 9 a 17 }
        """
        let (configuration, diagnostics) = SiteConfigurationLoader.parse(yaml)
        #expect(diagnostics.isEmpty)
        let spanish = configuration.otherLanguage("es")!
        #expect(configuration.settings(for: .public, in: spanish).contact
            == ContactDetails(text: "Pregúntenos.", email: "help@example.com", hours: "de 9 a 17"))
        #expect(configuration.settings(for: .public, in: configuration.language).contact.text == "Ask us.")
        #expect(configuration.settings(for: .internal, in: spanish).contact.isEmpty)
    }

    @Test func badValuesAreErrorsAtTheirPositions() {
        let yaml = """
        public:
          contact:
            email: mailto:help@example.com
            phone: call us
            url: /contact
            text: [a, b]
        languages:
          es:
            public: { contact: { email: ayuda@ejemplo } }
        """
        let (configuration, diagnostics) = SiteConfigurationLoader.parse(yaml)
        #expect(diagnostics.map(\.description) == [
            "casebook.yml:3:12: error: 'public.contact.email' is the address alone: write 'help@example.com', without 'mailto:'",
            "casebook.yml:4:12: error: 'public.contact.phone' must be a telephone number of digits, spaces and + - ( ) . "
                + "(a '+' only first), not 'call us'",
            "casebook.yml:5:10: error: 'public.contact.url' must be an absolute http or https address, not '/contact'",
            "casebook.yml:6:11: error: 'public.contact.text' must be a single value, not a list or mapping",
            "casebook.yml:9:33: error: 'languages.es.public.contact.email' must be an e-mail address like "
                + "'help@example.com', not 'ayuda@ejemplo'",
        ])
        #expect(configuration.public.contact.isEmpty)
    }

    @Test func unknownEmptyAndMisplacedKeysAreWarnings() {
        let yaml = """
        internal:
          contact: { email: staff@example.com }
        public:
          contact:
            emial: help@example.com
            hours: ""
        """
        let (configuration, diagnostics) = SiteConfigurationLoader.parse(yaml)
        #expect(diagnostics.map(\.description) == [
            "casebook.yml:2:3: warning: unknown 'internal' key 'contact' (contact details are shown on the public site "
                + "only: write them under 'public')",
            "casebook.yml:5:5: warning: unknown 'public.contact' key 'emial'; did you mean 'email'?",
            "casebook.yml:6:12: warning: 'public.contact.hours' is empty, so the contact block leaves it out",
        ])
        #expect(configuration.public.contact.isEmpty)
    }

    @Test func contactMustBeAMapping() {
        let (_, diagnostics) = SiteConfigurationLoader.parse("public:\n  contact: help@example.com\n")
        #expect(diagnostics.map(\.description) == [
            "casebook.yml:2:12: error: 'public.contact' must be a mapping of keys to values",
        ])
    }
}
