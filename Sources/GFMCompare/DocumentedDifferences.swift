/// Where Casebook's HTML differs from cmark's on purpose, as the README documents it, written as
/// rewrites that bring both to one form: our additions are taken out of our HTML, our policy
/// (links with other schemes dropped) is applied to cmark's, and line breaks between list and
/// table tags are ignored on both sides. Raw HTML is taken out of cmark's tree (`CMarkHTML`).
enum DocumentedDifferences {
    static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    /// The site's scheme rule, without the site: a destination with a scheme other than
    /// `allowedSchemes` is dropped, anything else is written as it is.
    static let resolveLink: @Sendable (String) -> String? = { destination in
        scheme(of: destination).map { allowedSchemes.contains($0.lowercased()) ? destination : nil } ?? destination
    }

    static func normalize(ours html: String) -> String {
        var html = html
        html.replace(try! Regex(#"<h([1-6]) id="[^"]*">"#)) { "<h\($0.output[1].substring ?? "")>" }
        html.replace(try! Regex(#" <a class="heading-anchor" href="[^"]*" aria-label="Link to this section">#</a></h"#),
                     with: "</h")
        html.replace("<hr>", with: "<hr />")
        html.replace("<br>", with: "<br />")
        html.replace(#" loading="lazy">"#, with: " />")
        html.replace("&#39;", with: "'")
        html.replace(#"<div class="table-wrap"><table>"#, with: "<table>")
        html.replace("</table></div>", with: "</table>")
        html.replace(#" scope="col""#, with: "")
        html.replace(try! Regex(#" style="text-align: (left|center|right)""#)) { " align=\"\($0.output[1].substring ?? "")\"" }
        html.replace(#" class="task-list">"#, with: ">")
        html.replace(#"<li class="task-item"><input type="checkbox" disabled checked aria-label="Checklist item"> "#,
                     with: #"<li><input type="checkbox" checked="" disabled="" /> "#)
        html.replace(#"<li class="task-item"><input type="checkbox" disabled aria-label="Checklist item"> "#,
                     with: #"<li><input type="checkbox" disabled="" /> "#)
        return withoutLineBreaksBetweenTags(html)
    }

    static func normalize(cmark html: String) -> String {
        var html = html
        html.replace(try! Regex(#"(?s)<a href="([^"]*)"(?: title="[^"]*")?>(.*?)</a>"#)) { match in
            let href = String(match.output[1].substring ?? "")
            let text = match.output[2].substring ?? ""
            return resolveLink(href) == nil ? String(text) : String(match.output[0].substring ?? "")
        }
        html.replace(try! Regex(#"<img src="([^"]*)" alt="([^"]*)"(?: title="[^"]*")? />"#)) { match in
            let source = String(match.output[1].substring ?? "")
            let alt = match.output[2].substring ?? ""
            return resolveLink(source) == nil ? String(alt) : String(match.output[0].substring ?? "")
        }
        return withoutLineBreaksBetweenTags(html)
    }

    /// cmark starts a list item's blocks and a table's cells on lines of their own; we do not,
    /// and we end a tight item's text with a line break. Browsers show both alike.
    private static func withoutLineBreaksBetweenTags(_ html: String) -> String {
        var html = html
        for (from, to) in [("<li>\n", "<li>"), ("\n</li>", "</li>"), ("<tr>\n", "<tr>"), ("</th>\n", "</th>"), ("</td>\n", "</td>")] {
            html.replace(from, with: to)
        }
        return html
    }

    /// `https` in `https://...`: letters, digits, `+`, `.` and `-` before a colon, starting with a letter.
    private static func scheme(of destination: String) -> String? {
        guard let colon = destination.firstIndex(of: ":") else { return nil }
        let scheme = destination[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }) else { return nil }
        return String(scheme)
    }
}
