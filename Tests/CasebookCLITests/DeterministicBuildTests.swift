import CasebookTestSupport
import Foundation
import Testing

/// Building on every core gives the same bytes every time: libcmark-gfm's inline pass, whose
/// special-character tables are process-wide, once corrupted pages when two ran at once.
@Suite struct DeterministicBuildTests {
    /// 300 public FAQ entries, each leaning on tables, strikethrough and autolinks.
    static let files: [String: String] = {
        var files = ["casebook.yml": "title: Determinism\n"]
        for index in 0..<300 {
            files["content/faq/entry-\(index).md"] = """
                ---
                title: Entry \(index)
                audience: public
                ---
                | Fee | Waived up to |
                |-----|-------------:|
                | late | ~~$\(index)~~ $\(index + 5) |

                See www.example.com/help/\(index) or https://example.org/\(index) for ~~old~~ new terms.

                - [x] ~strike~ item \(index)
                """
        }
        return files
    }()

    @Test func repeatedBuildsOfTablesStrikethroughAndAutolinksAreIdentical() throws {
        let root = try TemporaryDirectory(Self.files)
        defer { root.remove() }
        var first: [String: Data]?
        for run in 0..<3 {
            let output = root.url.appendingPathComponent("site-\(run)")
            let outcome = Fixture.build(root, output: output)
            #expect(outcome.status == .success, "\(outcome.standardError)")
            let files = Fixture.snapshot(output)
            guard let reference = first else {
                first = files
                let page = String(decoding: files["public/faq/entry-7/index.html"] ?? Data(), as: UTF8.self)
                #expect(page.contains("<del>$7</del>"))
                #expect(page.contains("<th"))
                #expect(page.contains("href=\"http://www.example.com/help/7\""))
                continue
            }
            #expect(files.keys.sorted() == reference.keys.sorted())
            let differing = files.keys.filter { files[$0] != reference[$0] }.sorted()
            #expect(differing.isEmpty, "run \(run) differs in \(differing.prefix(5))")
        }
    }
}
