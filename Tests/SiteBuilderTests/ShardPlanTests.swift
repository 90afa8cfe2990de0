@testable import SiteBuilder
import CasebookTestSupport
import Testing

/// The terms are cut into shards as `docs/search-index.md` says ("Term shards").
@Suite struct ShardPlanTests {
    /// The cut made group by group, as the index made it before `ShardPlan` (from each term's
    /// postings as a JSON string): terms grouped by prefix, a group over `shardBytes` split
    /// one letter further, its short terms kept.
    static func reference(_ terms: [String: String], prefixLength: Int = 1,
                          into shards: inout [String: [String: String]], split: inout Set<String>) {
        var groups: [String: [String: String]] = [:]
        for (term, postings) in terms { groups[String(term.prefix(prefixLength)), default: [:]][term] = postings }
        for (key, group) in groups {
            let size = group.reduce(0) { $0 + $1.key.utf8.count + $1.value.utf8.count + 4 }
            guard size > ShardPlan.shardBytes, prefixLength < ShardPlan.maximumKeyLength,
                  group.keys.contains(where: { $0.count > prefixLength }) else {
                shards[key] = group
                continue
            }
            split.insert(key)
            let short = group.filter { $0.key.count <= prefixLength }
            if !short.isEmpty { shards[key] = short }
            reference(group.filter { $0.key.count > prefixLength }, prefixLength: prefixLength + 1, into: &shards, split: &split)
        }
    }

    /// Terms of 1 to 6 letters, most starting with `a` or `ab` so that those groups split,
    /// with postings strings of up to 60 characters (one letter that is not ASCII too).
    static func randomTerms(using generator: inout SeededGenerator) -> [String: EncodedPostings] {
        let letters = Array("abcdeé")
        var terms: [String: EncodedPostings] = [:]
        for _ in 0..<Int.random(in: 500...3_000, using: &generator) {
            var term = ["a", "ab", ""].randomElement(using: &generator)!
            for _ in 0..<Int.random(in: 1...5, using: &generator) { term.append(letters.randomElement(using: &generator)!) }
            var list = EncodedPostings()
            for document in 0..<Int.random(in: 1...30, using: &generator) { list.append(document: document, weight: 31) }
            terms[term] = list
        }
        return terms
    }

    static func expectSameAsReference(_ plan: ShardPlan, _ terms: [String: EncodedPostings],
                                      sourceLocation: SourceLocation = #_sourceLocation) {
        var shards: [String: [String: String]] = [:]
        var split = Set<String>()
        Self.reference(terms.mapValues { JSONText.string($0.text) }, into: &shards, split: &split)
        #expect(plan.split == split, sourceLocation: sourceLocation)
        #expect(plan.keys == Set(shards.keys), sourceLocation: sourceLocation)
        for (key, members) in shards {
            for term in members.keys { #expect(plan.key(of: term) == key, sourceLocation: sourceLocation) }
        }
    }

    @Test func theCutIsTheGroupByGroupCut() {
        var generator = SeededGenerator(seed: 4)
        var splitsOfTwoLetters = 0
        for _ in 0..<40 {
            let terms = Self.randomTerms(using: &generator)
            let plan = ShardPlan(terms, forms: [:])
            Self.expectSameAsReference(plan, terms)
            splitsOfTwoLetters += plan.split.filter { $0.count == 2 }.count
        }
        #expect(splitsOfTwoLetters > 0)
    }

    @Test func replanningSomeInitialsIsPlanningAgain() {
        var generator = SeededGenerator(seed: 5)
        for _ in 0..<40 {
            var terms = Self.randomTerms(using: &generator)
            var plan = ShardPlan(terms, forms: [:])
            // Terms starting with one letter come and go, as when a page is replaced.
            let initial = ["a", "b", "é"].randomElement(using: &generator)!
            let changed = Self.randomTerms(using: &generator).filter { $0.key.hasPrefix(initial) }
            terms = terms.filter { !$0.key.hasPrefix(initial) || Bool.random(using: &generator) }.merging(changed) { $1 }
            plan.replan(initials: [initial], in: terms, forms: [:])
            Self.expectSameAsReference(plan, terms)
            #expect(plan == ShardPlan(terms, forms: [:]))
        }
    }
}
