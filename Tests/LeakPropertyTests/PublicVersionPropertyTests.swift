import LeakProperties
import Testing

/// The public version of a page equals the page with its internal callouts replaced by an
/// empty block, over thousands of generated pages (fixed seeds, so a failure reproduces).
@Suite("Public version property")
struct PublicVersionPropertyTests {
    static let seeds: [UInt64] = Array(1...8)

    @Test(arguments: seeds)
    func publicVersionEqualsTheSourceWithoutItsInternalCallouts(seed: UInt64) {
        var generator = CalloutDocumentGenerator(SeededChoices(seed: seed))
        var callouts = 0
        for _ in 0..<400 {
            let page = generator.page()
            callouts += page.internalCallouts
            if let failure = PublicVersionInvariant.check(page, placeholders: seed % 2 == 0) {
                Issue.record(Comment(rawValue: failure))
                return
            }
        }
        #expect(callouts > 400, "the generator makes internal callouts")
    }
}
