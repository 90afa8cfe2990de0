extension ContentLinter {
    /// A translation whose source changed after its last change (at the translation), and
    /// a public page with no translation into one of the other languages (at the page).
    static func translationDiagnostics(_ graph: ContentGraph) -> [Diagnostic] {
        let configuration = graph.configuration
        let source = configuration.language.name
        var diagnostics: [Diagnostic] = []
        for language in configuration.otherLanguages {
            for page in graph.pages {
                switch graph.translationState(of: page.key, in: language.code) {
                case .current:
                    continue
                case .outdated(let since):
                    let when = switch since {
                    case .committed(let date): "changed on \(date.day.iso)"
                    case .uncommitted: "has uncommitted changes"
                    }
                    diagnostics.append(Diagnostic(.warning, page.key.sourcePath(in: language.code), rule: .translationOutdated,
                        "outdated translation: the \(source) page (\(page.key.sourcePath)) \(when) after this translation's "
                        + "last change; the staff page shows what changed"))
                case .missing:
                    guard page.audience == .public else { continue }
                    diagnostics.append(Diagnostic(.note, page.key.sourcePath, rule: .translationMissing,
                        "no translation into \(language.name) (\(language.code)) of this public page: start one with "
                        + "'casebook new --lang \(language.code) \(page.key.type.rawValue)/\(page.key.id)'"))
                }
            }
        }
        return diagnostics
    }
}
