/// Front matter for fuzzed pages: the ways of writing (and miswriting) `audience`, and
/// whether the page was really written to be public.
public struct FrontMatterVariant: Sendable {
    /// The lines between the `---` fences.
    public var yaml: String
    /// True only when the writer meant the page for customers, in a way the contract accepts:
    /// `audience: public`, or no audience at all on a type configured public by default.
    public var meantPublic: Bool

    /// The ways `audience` is written; FAQ entries default to public in the fuzzed configuration.
    static let audienceLines: [(String, Bool)] = [
        ("audience: public", true), ("audience: internal", false), ("", true), ("audience:", false),
        ("audience: ''", false), ("audience: ~", false), ("audiance: public", false), ("Audience: public", false),
        ("audence: internal", false), ("audienc: internal", false), ("audience: Public", false),
        ("audience: [public]", false), ("<<: {audience: public}", false), ("audience: public\naudience: internal", false),
        ("audience: \"public\"", true), ("audience: internal # staff", false), ("audience: publik", false),
    ]

    public static func make<Source: Choices>(_ choices: inout Source) -> FrontMatterVariant {
        let (audience, meantPublic) = choices.pick(audienceLines)
        var lines = ["title: Fuzzed question"]
        if !audience.isEmpty { lines.append(audience) }
        if choices.chance(2) { lines.append("summary: How a fee is waived") }
        if choices.chance(3) { lines.append("tags: [\(GeneratedPage.canary)tag]") }
        if choices.chance(3) { lines.append("owner: \(GeneratedPage.canary)owner") }
        // Staff-only keys of policies (ignored on a FAQ entry, with a warning): never in the page.
        if choices.chance(4) { lines.append("steps: [\(GeneratedPage.canary)step]") }
        if choices.chance(4) {
            lines.append("authority:\n  - { role: Agent, up_to: any amount, when: \(GeneratedPage.canary)situation }")
        }
        return FrontMatterVariant(yaml: lines.joined(separator: "\n"), meantPublic: meantPublic)
    }
}
