import Foundation
import CasebookCore

/// The id (file name) `casebook new` gives a page: the one asked for with `--id`, else one made
/// from the title; or why neither will do.
enum NewPageID {
    /// A title or id `casebook new` refuses, with what to do instead.
    struct Refusal: Error {
        var message: String
    }

    static func choose(title: String, requested: String?, type: PageType) -> Result<String, Refusal> {
        let kind = NewPageKind.allCases.first { $0.type == type }?.rawValue ?? type.rawValue
        guard !title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return .failure(Refusal(message:
                "the title is empty: give the page a title, e.g. casebook new \(kind) \"Refunds after a move\""))
        }
        if let requested {
            guard PageKey.isValidID(requested) else {
                let example = PageKey.id(suggestedBy: requested).map { " (e.g. '\($0)')" } ?? ""
                return .failure(Refusal(message: "--id '\(requested)' is not a page id: use lowercase letters, digits "
                    + "and hyphens, starting with a letter or digit\(example)"))
            }
            return .success(requested)
        }
        guard let id = PageKey.id(suggestedBy: title) else {
            return .failure(Refusal(message: "no file name can be made from the title '\(title)': give one with "
                + "--id ID (lowercase letters, digits and hyphens, e.g. --id refunds-after-a-move)"))
        }
        return .success(id)
    }
}
