import CasebookCLI
import CasebookCore
import CasebookTestSupport
import Foundation
import Testing

/// `casebook new` with titles and folders that are not the happy path: it writes a readable
/// file name or refuses with a message of its own, never a raw system error.
@Suite struct NewPageInputTests {
    static func new(_ root: TemporaryDirectory, _ title: String, id: String? = nil) -> CommandOutcome {
        Commands.new(root: root.url, type: .faq, title: title, id: id, today: Fixture.today)
    }

    @Test(arguments: ["", "   ", "\t\n"])
    func anEmptyTitleIsRefused(_ title: String) throws {
        let root = try Fixture.make()
        defer { root.remove() }
        let outcome = Self.new(root, title)
        #expect(outcome.status == .usage)
        #expect(outcome.standardError == ["error: the title is empty: give the page a title, e.g. casebook new faq \"Refunds after a move\""])
        #expect(!FileManager.default.fileExists(atPath: root.url.appendingPathComponent("content/faq/page.md").path))
    }

    @Test(arguments: [("Café refunds", "content/faq/cafe-refunds.md"),
                      ("Возврат", "content/faq/vozvrat.md"),
                      ("Straße für Ærø", "content/faq/strasse-fur-aero.md"),
                      ("Ελληνικά", "content/faq/ellenika.md")])
    func aNonASCIITitleGetsAReadableFileName(_ title: String, _ path: String) throws {
        let root = try Fixture.make()
        defer { root.remove() }
        let outcome = Self.new(root, title)
        #expect(outcome.standardOutput == ["Wrote \(path)"], "\(outcome.standardError)")
        let text = try String(contentsOf: root.url.appendingPathComponent(path), encoding: .utf8)
        #expect(text.contains(title))
    }

    @Test func aTitleWithNothingToSpellAFileNameWithAsksForAnID() throws {
        let root = try Fixture.make()
        defer { root.remove() }
        let refused = Self.new(root, "🙂🙂")
        #expect(refused.status == .usage)
        #expect(refused.standardError == ["error: no file name can be made from the title '🙂🙂': "
            + "give one with --id ID (lowercase letters, digits and hyphens, e.g. --id refunds-after-a-move)"])
        let named = Self.new(root, "🙂🙂", id: "smile")
        #expect(named.standardOutput == ["Wrote content/faq/smile.md"])
    }

    @Test func anIDOfTheWrongFormIsRefused() throws {
        let root = try Fixture.make()
        defer { root.remove() }
        let outcome = Self.new(root, "Refunds", id: "Refunds Now")
        #expect(outcome.status == .usage)
        #expect(outcome.standardError == ["error: --id 'Refunds Now' is not a page id: use lowercase letters, digits and "
            + "hyphens, starting with a letter or digit (e.g. 'refunds-now')"])
    }

    @Test func aFileInTheWayIsNamed() throws {
        let root = try Fixture.make(["content/scripts/granting-an-exception.md": "", "content/scripts": "not a folder"])
        defer { root.remove() }
        let outcome = Commands.new(root: root.url, type: .scripts, title: "Saying no", today: Fixture.today)
        #expect(outcome.status == .failure)
        #expect(outcome.standardError == ["error: cannot create the folder content/scripts: a file of that name is in the way; "
            + "nothing was written"])
    }

    @Test(.enabled(if: getuid() != 0, "root may write anywhere"))
    func aReadOnlyFolderIsNamed() throws {
        let root = try Fixture.make()
        defer { root.remove() }
        let faq = root.url.appendingPathComponent("content/faq").path
        chmod(faq, 0o555)
        defer { chmod(faq, 0o755) }
        let outcome = Self.new(root, "Locked out")
        #expect(outcome.status == .failure)
        #expect(outcome.standardError == ["error: cannot write content/faq/locked-out.md: Permission denied; nothing was written"])
    }

    @Test func newParsesAnID() throws {
        #expect(throws: Never.self) { try CasebookCommand.parseAsRoot(["new", "faq", "Возврат", "--id", "refunds"]) }
    }
}
