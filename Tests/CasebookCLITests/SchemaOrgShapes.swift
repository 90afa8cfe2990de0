import Foundation

/// Reading a page's JSON-LD and checking it against the shapes schema.org and search engines
/// expect of a `FAQPage` and a `BreadcrumbList`: each check lists what is wrong, nothing when
/// the object has the shape.
enum SchemaOrgShapes {
    /// The text of every `<script type="application/ld+json">` element of `html`, as written.
    static func scripts(in html: String) -> [String] {
        let opening = "<script type=\"application/ld+json\">"
        var texts: [String] = []
        var rest = html[...]
        while let start = rest.range(of: opening), let end = rest[start.upperBound...].range(of: "</script>") {
            texts.append(String(rest[start.upperBound..<end.lowerBound]))
            rest = rest[end.upperBound...]
        }
        return texts
    }

    /// Every JSON-LD object of `html`, parsed; an unparsable one is left out (compare with `scripts`).
    static func objects(in html: String) -> [[String: Any]] {
        scripts(in: html).compactMap { text in
            (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
        }
    }

    /// The JSON-LD objects of `html` whose `@type` is `type`.
    static func objects(of type: String, in html: String) -> [[String: Any]] {
        objects(in: html).filter { $0["@type"] as? String == type }
    }

    /// `@context` schema.org, `@type` FAQPage, `mainEntity` a non-empty list of `Question`s, each
    /// with a non-empty `name` and an `acceptedAnswer` that is an `Answer` with non-empty `text`.
    static func faqPageProblems(_ object: [String: Any]) -> [String] {
        var problems = header(object, type: "FAQPage")
        guard let questions = object["mainEntity"] as? [[String: Any]], !questions.isEmpty else {
            return problems + ["mainEntity is not a non-empty list of objects"]
        }
        for (index, question) in questions.enumerated() {
            if question["@type"] as? String != "Question" { problems.append("mainEntity[\(index)] is not a Question") }
            if !isText(question["name"]) { problems.append("mainEntity[\(index)].name is not a non-empty text") }
            guard let answer = question["acceptedAnswer"] as? [String: Any] else {
                problems.append("mainEntity[\(index)].acceptedAnswer is not an object")
                continue
            }
            if answer["@type"] as? String != "Answer" { problems.append("mainEntity[\(index)].acceptedAnswer is not an Answer") }
            if !isText(answer["text"]) { problems.append("mainEntity[\(index)].acceptedAnswer.text is not a non-empty text") }
        }
        return problems
    }

    /// `@context` schema.org, `@type` BreadcrumbList, `itemListElement` a non-empty list of
    /// `ListItem`s numbered from 1, each with a non-empty `name` and an absolute `item` address.
    static func breadcrumbListProblems(_ object: [String: Any]) -> [String] {
        var problems = header(object, type: "BreadcrumbList")
        guard let items = object["itemListElement"] as? [[String: Any]], !items.isEmpty else {
            return problems + ["itemListElement is not a non-empty list of objects"]
        }
        for (index, item) in items.enumerated() {
            if item["@type"] as? String != "ListItem" { problems.append("itemListElement[\(index)] is not a ListItem") }
            if item["position"] as? Int != index + 1 { problems.append("itemListElement[\(index)].position is not \(index + 1)") }
            if !isText(item["name"]) { problems.append("itemListElement[\(index)].name is not a non-empty text") }
            let address = item["item"] as? String ?? ""
            if !(address.hasPrefix("https://") || address.hasPrefix("http://")) {
                problems.append("itemListElement[\(index)].item is not an absolute address")
            }
        }
        return problems
    }

    /// The questions and answers of a `FAQPage`.
    static func questions(of object: [String: Any]) -> [(name: String, answer: String)] {
        (object["mainEntity"] as? [[String: Any]] ?? []).map { question in
            (question["name"] as? String ?? "",
             (question["acceptedAnswer"] as? [String: Any])?["text"] as? String ?? "")
        }
    }

    /// The names and addresses of a `BreadcrumbList`.
    static func steps(of object: [String: Any]) -> [(name: String, item: String)] {
        (object["itemListElement"] as? [[String: Any]] ?? []).map { ($0["name"] as? String ?? "", $0["item"] as? String ?? "") }
    }

    private static func header(_ object: [String: Any], type: String) -> [String] {
        var problems: [String] = []
        if object["@context"] as? String != "https://schema.org" { problems.append("@context is not https://schema.org") }
        if object["@type"] as? String != type { problems.append("@type is not \(type)") }
        return problems
    }

    private static func isText(_ value: Any?) -> Bool {
        guard let text = value as? String else { return false }
        return !text.allSatisfy(\.isWhitespace)
    }
}
