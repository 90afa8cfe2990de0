import Foundation

/// The `src` of each `<script>` element in a page or template, in order.
public enum ScriptTags {
    public static func sources(in html: String) -> [String] {
        html.matches(of: try! Regex(#"<script\b[^>]*\bsrc="([^"]*)""#)).compactMap { $0.output[1].substring.map(String.init) }
    }
}
