import Foundation
import Markdown
import Yams

/// Decodes the YAML front matter of one page into `FrontMatter`, with a diagnostic at the
/// exact position of every problem.
enum FrontMatterDecoder {
    static func decode(_ yaml: String, type: PageType, path: String) -> (FrontMatter, [Diagnostic]) {
        // The YAML starts on line 2 of the file, after the opening '---'.
        var reader = YAMLReader(path: path, lineOffset: 1)
        var frontMatter = FrontMatter()
        guard let entries = reader.topLevelEntries(of: yaml, describing: "front matter") else {
            return (frontMatter, reader.diagnostics)
        }
        var titleNode: Node?
        for entry in entries {
            guard let key = FrontMatterKey(rawValue: entry.key) else {
                let known = FrontMatterKey.allCases.map(\.rawValue)
                if isMisspeltAudience(entry.key) {
                    reader.unknownKey(entry, known: known, in: "front-matter", as: .error,
                                      because: "a misspelt audience is an error: the page would get the default audience")
                } else {
                    reader.unknownKey(entry, known: known, in: "front-matter")
                }
                continue
            }
            guard key.appliesTo.contains(type) else {
                let types = PageType.allCases.filter { key.appliesTo.contains($0) }.map(\.rawValue)
                reader.warning("'\(key.rawValue)' applies only to \(types.joined(separator: ", ")); ignored here",
                               at: entry.keyNode)
                continue
            }
            if key == .title { titleNode = entry.value }
            let (line, column) = reader.position(of: entry.keyNode)
            frontMatter.keyPositions[key.rawValue] = FilePosition(line: line, column: column)
            read(key, entry.value, into: &frontMatter, reader: &reader)
        }
        if let titleNode {
            if case .scalar = titleNode, frontMatter.title.trimmingCharacters(in: .whitespaces).isEmpty {
                reader.error("'title' is empty", at: titleNode)
            }
        } else {
            reader.error("missing 'title': every page needs one", line: 1, column: 1)
        }
        if let owner = frontMatter.owner, owner.trimmingCharacters(in: .whitespaces).isEmpty {
            frontMatter.owner = nil
        }
        return (frontMatter, reader.diagnostics)
    }

    private static func read(_ key: FrontMatterKey, _ value: Node, into frontMatter: inout FrontMatter,
                             reader: inout YAMLReader) {
        let name = key.rawValue
        switch key {
        case .title: frontMatter.title = reader.string(value, key: name) ?? ""
        case .summary: frontMatter.summary = reader.string(value, key: name)
        case .audience:
            if reader.isNull(value) {
                reader.error("'audience' is empty: write 'public' or 'internal'", at: value)
            } else {
                frontMatter.audience = reader.choice(value, key: name, as: Audience.self)
            }
        case .categories: frontMatter.categories = reader.stringList(value, key: name)
        case .related: frontMatter.related = reader.stringList(value, key: name)
        case .tags: frontMatter.tags = reader.stringList(value, key: name).map(\.value)
        case .owner: frontMatter.owner = reader.string(value, key: name)
        case .effective: frontMatter.effective = reader.day(value, key: name)
        case .reviewBy: frontMatter.reviewBy = reader.day(value, key: name)
        case .authority: frontMatter.authority = authority(value, reader: &reader)
        case .scope: frontMatter.scope = reader.choice(value, key: name, as: PolicyScope.self)
        case .steps: frontMatter.steps = reader.stringList(value, key: name).map(\.value)
        case .outcome: frontMatter.outcome = reader.choice(value, key: name, as: ScriptOutcome.self)
        case .order: frontMatter.order = reader.integer(value, key: name)
        }
    }

    /// A key one or two edits from `audience`, in any case (`audiance`, `Audience`): a page
    /// that meant to say who may read it, and would otherwise get the default audience.
    private static func isMisspeltAudience(_ key: String) -> Bool {
        EditDistance.between(key.lowercased(), FrontMatterKey.audience.rawValue) <= 2
    }

    private static func authority(_ node: Node, reader: inout YAMLReader) -> [AuthorityGrant] {
        if reader.isNull(node) { return [] }
        guard case .sequence(let items) = node else {
            reader.error("'authority' must be a list of entries like { role: Supervisor, up_to: \"$100\" }", at: node)
            return []
        }
        return items.compactMap { item -> AuthorityGrant? in
            guard let entries = reader.entries(of: item, describing: "each 'authority' entry") else { return nil }
            var role: String?
            var upTo: String?
            var when: String?
            var position = FilePosition.start
            for entry in entries {
                switch entry.key {
                case "role":
                    role = reader.string(entry.value, key: "role")
                    let (line, column) = reader.position(of: entry.value)
                    position = FilePosition(line: line, column: column)
                case "up_to": upTo = reader.string(entry.value, key: "up_to")
                case "when": when = reader.string(entry.value, key: "when")
                default: reader.unknownKey(entry, known: ["role", "up_to", "when"], in: "authority")
                }
            }
            guard let role, !role.isEmpty else {
                reader.error("an 'authority' entry needs a 'role'", at: item)
                return nil
            }
            guard let upTo, !upTo.isEmpty else {
                reader.error("the 'authority' entry for '\(role)' needs 'up_to' (an amount, or 'no limit')", at: item)
                return nil
            }
            if let situation = when, situation.trimmingCharacters(in: .whitespaces).isEmpty {
                reader.error("the 'authority' entry for '\(role)' has an empty 'when': name the situation, or leave 'when' out", at: item)
                return nil
            }
            return AuthorityGrant(role: role, upTo: upTo, when: when, position: position)
        }
    }
}
