import BuildPipeline
import CasebookCore
import CasebookTestSupport
import Foundation
import Testing

/// A build into a folder writes its search index without keeping it (each document bucket
/// as soon as it is full); its files must be those of the index a build into memory keeps
/// for `casebook serve`, and that index must still take in an edit as a full build would.
@Suite struct StreamedSearchIndexTests {
    /// 600 public FAQ entries of words from one vocabulary, most starting with `st`, so that
    /// shards split to three letters and the documents fill about a hundred buckets.
    static let files: [String: String] = {
        var generator = Lehmer(seed: 11)
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let starts = ["st", "st", "st", "sa", "b", "m", "r"]
        let vocabulary = (0..<2_500).map { _ in
            starts[generator.next(starts.count)] + String((0..<2 + generator.next(5)).map { _ in letters[generator.next(letters.count)] })
        }
        var files = ["casebook.yml": "title: Search\n"]
        for index in 0..<600 {
            let words = (0..<150).map { _ in vocabulary[generator.next(vocabulary.count)] }
            files["content/faq/entry-\(index).md"] = """
                ---
                title: Entry \(index) \(words[0])
                audience: public
                ---
                \(words[1..<80].joined(separator: " "))

                ## \(words[80..<84].joined(separator: " "))

                \(words[84...].joined(separator: " "))
                """
        }
        return files
    }()

    /// Numbers that are the same on every run.
    struct Lehmer {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static func searchFiles(_ files: [String: [UInt8]]) -> [String: [UInt8]] {
        files.filter { $0.key.contains("/search/") }
    }

    @Test func aBuildIntoAFolderWritesTheFilesOfTheKeptIndex() throws {
        let root = try TemporaryDirectory(Self.files)
        defer { root.remove() }
        let history = HistoryOptions(enabled: false)
        let kept = try #require(SiteBuild.run(root: root.url, today: Fixture.today, history: history).tree)
        let output = root.url.appendingPathComponent("site")
        #expect(SiteBuild.run(root: root.url, today: Fixture.today, history: history, destination: .folder(output)).writeFailure == nil)
        let streamed = Fixture.snapshot(output).mapValues { Array($0) }
        let keptSearch = Self.searchFiles(kept.files)
        #expect(Set(keptSearch.keys).symmetricDifference(Self.searchFiles(streamed).keys).isEmpty)
        for (path, contents) in keptSearch where streamed[path] != contents {
            Issue.record("\(path) differs between the kept index and the streamed one")
        }
        // The corpus does what it is for: three-letter shards and many buckets on both sites.
        #expect(keptSearch.keys.contains { $0.hasPrefix("public/search/t/") && $0.count == "public/search/t/737461.js".count })
        #expect(keptSearch.keys.filter { $0.hasPrefix("internal/search/d/") }.count > 50)
    }

    @Test func theKeptIndexTakesInAnEditAsAFullBuildWould() throws {
        let root = try TemporaryDirectory(Self.files)
        defer { root.remove() }
        let history = HistoryOptions(enabled: false)
        let builder = IncrementalBuild(root: root.url, today: Fixture.today, history: history)
        #expect(builder.build().tree != nil)
        let page = "content/faq/entry-300.md"
        // A body of other words: terms leave the page, come to it, change weight, and one is new.
        let path = try IncrementalBuildTests.edit(root, page) { text in
            let words = text.split(separator: "\n").last!.split(separator: " ")
            return text.replacingOccurrences(of: String(text.split(separator: "\n").last!),
                                             with: (words.dropFirst(20) + words.prefix(5) + ["stzzzq"]).joined(separator: " "))
        }
        let result = builder.build(changed: [path])
        #expect(builder.lastKind == .pages([PageKey(type: .faq, id: "entry-300")]))
        IncrementalBuildTests.expectSameAsFullBuild(result, root.url, history: history)
    }
}
