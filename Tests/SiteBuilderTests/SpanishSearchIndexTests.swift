import CasebookCore
import CasebookTestSupport
import Foundation
@testable import SiteBuilder
import Testing

/// A help center in Spanish: its index is made with Snowball's Spanish stemmer and Spanish
/// stop words and number words, and lists the word forms the browser looks terms up by.
/// The index is also kept in `Tests/Fixtures/search-index-es/` for the browser test
/// (`Tests/Browser/test_search.py`); run with `CASEBOOK_UPDATE_FIXTURES=1` to write it again.
@Suite struct SpanishSearchIndexTests {
    static let files = [
        "casebook.yml": "title: Ayuda\ndefaults:\n  faq: { audience: public }\n  categories: { audience: public }\n",
        "content/categories/facturacion.md": "---\ntitle: Facturación\nsummary: Cargos y reembolsos.\n---\nErrores en una factura.\n",
        "content/faq/cuanto-tarda-un-reembolso.md": """
            ---
            title: ¿Cuánto tarda un reembolso?
            summary: El reembolso llega a su tarjeta en diez días hábiles.
            categories: [facturacion]
            ---
            Si el cargo fue un error, le devolvemos el dinero una vez.
            """,
        "content/faq/puedo-pagar-a-plazos.md": """
            ---
            title: ¿Puedo pagar a plazos?
            summary: Sí, en tres o seis meses.
            categories: [facturacion]
            ---
            Los pagos mensuales no tienen cargos.
            """,
    ]

    static let spanish = SearchLanguage(code: "es")
    static let fixtureFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/search-index-es")

    /// The public view of a repository of `files`.
    static func view(_ files: [String: String]) throws -> AudienceView {
        let root = try TemporaryDirectory(files)
        defer { root.remove() }
        let (graph, diagnostics) = ContentRepository.load(RepositoryLayout(root: root.url))
        #expect(diagnostics.all.isEmpty)
        return AudienceView(graph: graph, audience: .public)
    }

    /// The index files (path under `search/` → contents) of a kept index.
    static func files(of index: SearchIndex) -> [String: String] {
        var files: [String: String] = [:]
        index.writeFiles { files[String($0.dropFirst("search/".count))] = $1 }
        return files
    }

    /// The data a search file hands to `casebookSearchLoaded`.
    static func data(_ text: String?) throws -> Any {
        let text = try #require(text)
        let json = text.drop { $0 != "," }.dropFirst().dropLast(3)  // casebookSearchLoaded("name",DATA);\n
        return try JSONSerialization.jsonObject(with: Data(json.utf8))
    }

    @Test func aPluralFindsItsSingularThroughTheirTerm() throws {
        let files = Self.files(of: SearchIndex(view: try Self.view(Self.files), language: Self.spanish, strings: DefaultStrings.spanish))
        let manifest = try #require(try Self.data(files["manifest.js"]) as? [String: Any])
        #expect(manifest["language"] as? String == "es")
        #expect((manifest["stopWords"] as? [String])?.contains("el") == true)
        #expect((manifest["numbers"] as? [String: String])?["diez"] == "10")
        // "reembolso" and "reembolsos" are both forms of the term "reembols", in shard "r".
        let shard = try #require(try Self.data(files["t/72.js"]) as? [String: [String: String]])
        #expect(shard["forms"]?["reembolso"] == "reembols")
        #expect(shard["forms"]?["reembolsos"] == "reembols")
        let postings = try #require(shard["terms"]?["reembols"])
        // Documents in site order: the category (0), then the FAQ entries (1, 2).
        #expect(PostingsCoding.decode(postings).map(\.document) == [0, 1])
        // A stop word is no term; "diez" is 10.
        let e = try #require(try Self.data(files["t/65.js"]) as? [String: [String: String]])
        #expect(e["terms"]?["el"] == nil)
        let digits = try #require(try Self.data(files["t/31.js"]) as? [String: [String: String]])
        #expect(digits["terms"]?["10"] != nil)
    }

    @Test func theStreamedIndexIsTheKeptOne() throws {
        let view = try Self.view(Self.files)
        var streamed: [String: String] = [:]
        SearchIndex.writeFiles(of: view, language: Self.spanish, strings: DefaultStrings.spanish) { streamed[String($0.dropFirst("search/".count))] = $1 }
        #expect(streamed == Self.files(of: SearchIndex(view: view, language: Self.spanish, strings: DefaultStrings.spanish)))
    }

    @Test func anEditedPageLeavesTheIndexANewBuildWouldMake() throws {
        var index = SearchIndex(view: try Self.view(Self.files), language: Self.spanish, strings: DefaultStrings.spanish)
        var edited = Self.files
        let path = "content/faq/puedo-pagar-a-plazos.md"
        edited[path] = edited[path]!.replacingOccurrences(of: "Los pagos mensuales no tienen cargos.", with: "Las cuotas llegan cada mes.")
        let view = try Self.view(edited)
        let page = try #require(view.pages.first { $0.key.id == "puedo-pagar-a-plazos" })
        let replaced = index.replace(page, view: view)
        let change = try #require(replaced)
        // "pagos" and "mensuales" left with the page, "cuotas" and "llegan" came.
        #expect(change.entries.isSuperset(of: ["pagos", "mensuales", "cuotas", "llegan"]))
        #expect(!change.entries.contains("cargos"))
        #expect(Self.files(of: index) == Self.files(of: SearchIndex(view: view, language: Self.spanish, strings: DefaultStrings.spanish)))
    }

    @Test func theBrowserFixtureIsTheIndexTheBuildMakes() throws {
        let files = Self.files(of: SearchIndex(view: try Self.view(Self.files), language: Self.spanish, strings: DefaultStrings.spanish))
        if ProcessInfo.processInfo.environment["CASEBOOK_UPDATE_FIXTURES"] == "1" {
            try? FileManager.default.removeItem(at: Self.fixtureFolder)
            for (path, contents) in files {
                let url = Self.fixtureFolder.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(contents.utf8).write(to: url)
            }
        }
        var fixture: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(at: Self.fixtureFolder, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "js" else { continue }
            let prefix = Self.fixtureFolder.standardizedFileURL.path.count + 1
            let path = String(url.standardizedFileURL.path.dropFirst(prefix))
            fixture[path] = try String(contentsOf: url, encoding: .utf8)
        }
        #expect(fixture == files, "Tests/Fixtures/search-index-es is out of date: run the tests with CASEBOOK_UPDATE_FIXTURES=1")
    }
}
