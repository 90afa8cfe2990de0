import Foundation
import LeakProperties
import Testing

/// Every input the fuzzer kept (`Tests/Fuzz/corpus`, grown by `scripts/fuzz`) still holds
/// the invariants of `PageFuzzTarget`.
@Suite struct FuzzCorpusReplayTests {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fuzz/corpus")

    static let shards = 8

    /// One shard of the corpus per test case, so that the cores share the replay.
    @Test(arguments: 0..<shards)
    func everyCorpusInputHoldsTheInvariants(shard: Int) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).sorted()
        #expect(names.count > 100, "the corpus is committed")
        for (index, name) in names.enumerated() where index % Self.shards == shard {
            let bytes = try Array(Data(contentsOf: Self.corpus.appendingPathComponent(name)))
            if let failure = PageFuzzTarget.check(bytes) {
                Issue.record(Comment(rawValue: "corpus input \(name):\n\(failure)"))
            }
        }
    }
}
