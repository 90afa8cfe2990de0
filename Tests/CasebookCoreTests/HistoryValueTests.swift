import Foundation
import Testing
@testable import CasebookCore

@Suite struct HistoryValueTests {
    @Test(arguments: [
        ("", "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391"),
        ("hello", "b6fc4c620b67d95f953a5c1c1230aaab5db5a1b0"),
    ])
    func blobHashesMatchGit(text: String, id: String) {
        #expect(GitBlobHash.of(Array(text.utf8)) == id)
    }

    @Test func sha1MatchesTheStandardTestVectors() {
        #expect(SHA1.hex(Array("abc".utf8)) == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(SHA1.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
            == "84983e441c3bd26ebaae4aa1f95129e5e54670f1")
    }

    @Test func blobHashesMatchGitAcrossBlockBoundaries() throws {
        for length in [0, 1, 46, 47, 48, 55, 56, 63, 64, 65, 119, 120, 128, 1_000, 10_007] {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            let git = Process()
            git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            git.arguments = ["git", "hash-object", "--stdin"]
            let input = Pipe(), output = Pipe()
            git.standardInput = input
            git.standardOutput = output
            try git.run()
            try input.fileHandleForWriting.write(contentsOf: Data(bytes))
            try input.fileHandleForWriting.close()
            let id = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            git.waitUntilExit()
            #expect(GitBlobHash.of(bytes) == id.trimmingCharacters(in: .whitespacesAndNewlines), "\(length) bytes")
        }
    }

    @Test func timestampsOrderAcrossTimeZones() throws {
        let east = try #require(Timestamp(iso8601: "2026-01-01T10:00:00+02:00"))
        let utc = try #require(Timestamp(iso8601: "2026-01-01T09:00:00Z"))
        #expect(east < utc)
        #expect(east.day == CalendarDay(year: 2026, month: 1, day: 1))
        #expect(utc.secondsSince1970 == 1_767_258_000)
        #expect(Timestamp(iso8601: "yesterday") == nil)
    }

    @Test func wordDiffMarksOnlyWhatChanged() {
        #expect(WordDiff.diff("Agents may waive up to $25 once.", "Agents may waive up to $50 twice.") == [
            .same("Agents may waive up to $"), .deleted("25"), .inserted("50"), .same(" "),
            .deleted("once"), .inserted("twice"), .same("."),
        ])
        #expect(WordDiff.diff("Same text.", "Same text.") == [.same("Same text.")])
        #expect(WordDiff.diff("", "New.") == [.inserted("New.")])
    }

    @Test func wordDiffRebuildsBothTexts() {
        let old = "A fee of $15 applies.\n\n## Limits\n\nOne per year."
        let new = "A fee of $20 applies after 10 days.\n\n## Limits\n\nTwo per year, at most."
        var before = "", after = ""
        for segment in WordDiff.diff(old, new) {
            switch segment {
            case .same(let text): before += text; after += text
            case .deleted(let text): before += text
            case .inserted(let text): after += text
            }
        }
        #expect(before == old)
        #expect(after == new)
    }
}
