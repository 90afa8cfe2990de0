import Foundation

/// Gives each policy without an `owner` the owners CODEOWNERS names for its file, and reports
/// the policies that have neither.
enum OwnerAssignment {
    static func assign(_ content: inout LoadedContent, layout: RepositoryLayout) {
        let (codeOwners, diagnostics) = CodeOwnersFile.load(layout)
        content.diagnostics.append(contentsOf: diagnostics)
        for index in content.pages.indices where content.pages[index].key.type == .policies {
            let page = content.pages[index]
            if page.owner != nil { continue }
            if let codeOwners, let match = codeOwners.owners(of: page.key.sourcePath), !match.owners.isEmpty {
                content.pages[index].owner = PolicyOwner(name: match.owners.joined(separator: ", "),
                                                         source: .codeOwners(path: codeOwners.path, line: match.line))
                continue
            }
            let hint = codeOwners.map { " or a rule for this file in \($0.path)" } ?? " or a CODEOWNERS rule for this file"
            content.diagnostics.append(Diagnostic(.error, page.key.sourcePath,
                "missing 'owner': a policy names the team or role accountable for it (add 'owner:'\(hint))"))
        }
    }
}
