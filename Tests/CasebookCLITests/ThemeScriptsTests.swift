import CasebookCLI
import CasebookTestSupport
import Foundation
import SiteBuilder
import Testing

/// The theme's scripts are plain files in `assets/`, each loaded by its own `<script>` in
/// `base.mustache`: every one the layout names must reach both sites, and none may be left out.
@Suite struct ThemeScriptsTests {
    /// The asset names `base.mustache` loads (`{{root}}assets/NAME`), in order.
    static func layoutScripts() throws -> [String] {
        let directory = try #require(Theme.defaultDirectory())
        let layout = try String(contentsOf: directory.appendingPathComponent("base.mustache"), encoding: .utf8)
        return ScriptTags.sources(in: layout).map { source in
            #expect(source.hasPrefix("{{root}}assets/"), "\(source) is not a theme asset")
            return String(source.dropFirst("{{root}}assets/".count))
        }
    }

    @Test func everyScriptOfTheLayoutIsInTheBuiltAssetsAndEveryAssetScriptIsLoaded() throws {
        let scripts = try Self.layoutScripts()
        #expect(scripts.first == "casebook.js", "the shared part must load first")
        #expect(Set(scripts).count == scripts.count, "a script is loaded twice: \(scripts)")
        try Fixture.withBuiltSite { root in
            for site in ["internal", "public"] {
                let files = Fixture.snapshot(root.url.appendingPathComponent("site/\(site)"))
                let assetScripts = Set(files.keys.filter { $0.hasPrefix("assets/") && $0.hasSuffix(".js") }
                    .map { String($0.dropFirst("assets/".count)) })
                for name in scripts {
                    #expect(assetScripts.contains(name), "\(site): base.mustache loads assets/\(name), which the site lacks")
                }
                for name in assetScripts.subtracting(scripts) {
                    Issue.record("\(site): assets/\(name) is not loaded by base.mustache")
                }
                // Every page loads exactly these scripts, in this order, from its own depth (the
                // public 404 page from the base URL, as it is served at any address).
                for (path, bytes) in files where path.hasSuffix(".html") {
                    let depth = path.split(separator: "/").count - 1
                    let root = site == "public" && path == "404.html" ? "https://help.test.example/" : String(repeating: "../", count: depth)
                    let prefix = root + "assets/"
                    #expect(ScriptTags.sources(in: String(decoding: bytes, as: UTF8.self)) == scripts.map { prefix + $0 },
                            "\(site)/\(path)")
                }
            }
        }
    }

    @Test func aRepositoryOverridesOneScriptByNameAndKeepsTheOthers() throws {
        let custom = "/* our own search box */\n"
        let root = try Fixture.make(["templates/assets/casebook-search.js": custom])
        defer { root.remove() }
        let outcome = Fixture.build(root)
        #expect(outcome.status == .success, "\(outcome.standardError)")
        let theme = try #require(Theme.defaultDirectory()).appendingPathComponent("assets")
        // casebook-strings.js is written by the build from the strings, not copied from the theme.
        #expect(Fixture.read(root, "public/assets/casebook-strings.js").hasPrefix("/* The words of the theme's scripts"))
        for name in try Self.layoutScripts() where name != "casebook-strings.js" {
            let built = try Data(contentsOf: root.url.appendingPathComponent("site/public/assets/\(name)"))
            let expected = name == "casebook-search.js" ? Data(custom.utf8) : try Data(contentsOf: theme.appendingPathComponent(name))
            #expect(built == expected, "\(name)")
        }
    }

    @Test func aRepositoryLayoutGetsEveryThemeScriptAndItsOwnFromASubfolder() throws {
        let directory = try #require(Theme.defaultDirectory())
        let layout = try String(contentsOf: directory.appendingPathComponent("base.mustache"), encoding: .utf8)
        let ours = "<script src=\"{{root}}assets/js/ours.js\" defer></script>\n</head>"
        let root = try Fixture.make(["templates/base.mustache": layout.replacingOccurrences(of: "</head>", with: ours),
                                     "templates/assets/js/ours.js": "/* ours */\n"])
        defer { root.remove() }
        let outcome = Fixture.build(root)
        #expect(outcome.status == .success, "\(outcome.standardError)")
        #expect(ScriptTags.sources(in: Fixture.read(root, "public/faq/what-is-an-exception/index.html")).last == "../../assets/js/ours.js")
        #expect(Fixture.read(root, "public/assets/js/ours.js") == "/* ours */\n")
        for name in try Self.layoutScripts() {
            #expect(FileManager.default.fileExists(atPath: root.url.appendingPathComponent("site/public/assets/\(name)").path), "\(name)")
        }
    }
}
