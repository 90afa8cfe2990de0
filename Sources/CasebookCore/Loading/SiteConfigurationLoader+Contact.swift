import Foundation
import Yams

extension SiteConfigurationLoader {
    /// The parts of a contact mapping, each optional.
    static let contactKeys = ["text", "email", "phone", "url", "hours"]

    /// `public.contact` (or `languages.<code>.public.contact`): `text`, `email`, `phone`, `url`
    /// and `hours`, each a single value. A part that is empty is left out, with a warning; one
    /// that cannot be a link (an address without `@`, a number without digits, a relative URL)
    /// is an error.
    static func contact(_ node: Node, key: String, reader: inout YAMLReader) -> ContactDetails {
        var contact = ContactDetails()
        if reader.isNull(node) { return contact }
        guard let entries = reader.entries(of: node, describing: "'\(key)'") else { return contact }
        for entry in entries {
            let name = "\(key).\(entry.key)"
            guard contactKeys.contains(entry.key) else {
                reader.unknownKey(entry, known: contactKeys, in: "'\(key)'")
                continue
            }
            guard let value = reader.string(entry.value, key: name) else { continue }
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else {
                reader.warning("'\(name)' is empty, so the contact block leaves it out", at: entry.value)
                continue
            }
            if let problem = contactProblem(entry.key, trimmed) {
                reader.error("'\(name)' \(problem)", at: entry.value)
                continue
            }
            switch entry.key {
            case "text": contact.text = trimmed
            case "email": contact.email = trimmed
            case "phone": contact.phone = trimmed
            case "url": contact.url = trimmed
            default: contact.hours = trimmed
            }
        }
        return contact
    }

    /// Why a part's value cannot be used, or `nil`.
    private static func contactProblem(_ part: String, _ value: String) -> String? {
        switch part {
        case "email":
            if value.lowercased().hasPrefix("mailto:") {
                return "is the address alone: write '\(value.dropFirst("mailto:".count))', without 'mailto:'"
            }
            let halves = value.split(separator: "@", omittingEmptySubsequences: false)
            let isAddress = halves.count == 2 && !halves[0].isEmpty && halves[1].contains(".")
                && !halves[1].hasPrefix(".") && !halves[1].hasSuffix(".")
                && !value.contains(where: { $0.isWhitespace || "<>\"(),;:[]\\?#%/".contains($0) })
            return isAddress ? nil : "must be an e-mail address like 'help@example.com', not '\(value)'"
        case "phone":
            let allowed = value.allSatisfy { ($0.isASCII && $0.isNumber) || " +-().".contains($0) }
            let digits = value.filter { $0.isASCII && $0.isNumber }.count
            return allowed && digits >= 3 && !value.dropFirst().contains("+") ? nil
                : "must be a telephone number of digits, spaces and + - ( ) . (a '+' only first), not '\(value)'"
        case "url":
            let lowered = value.lowercased()
            let isAbsolute = (lowered.hasPrefix("https://") || lowered.hasPrefix("http://"))
                && !value.contains(where: \.isWhitespace) && value.split(separator: "/").count >= 2
            return isAbsolute ? nil : "must be an absolute http or https address, not '\(value)'"
        default:
            return nil
        }
    }
}

