/// One example of the GitHub Flavored Markdown spec (`spec.txt`): its Markdown and the section
/// it stands in. The spec's expected HTML is not used: both renderers get the same parse.
struct SpecExample {
    var number: Int
    var section: String
    var markdown: String

    private static let fence = String(repeating: "`", count: 32)

    /// The examples of a spec file, numbered as the spec numbers them; `disabled` ones are skipped
    /// but still counted, so numbers match the spec's own.
    static func examples(inSpec text: String) -> [SpecExample] {
        var examples: [SpecExample] = []
        var section = ""
        var number = 0
        var markdownLines: [Substring]?
        var enabled = true
        var inOutput = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if var lines = markdownLines {
                if line.hasPrefix(fence) {
                    if enabled {
                        let markdown = lines.map { $0 + "\n" }.joined().replacingOccurrences(of: "→", with: "\t")
                        examples.append(SpecExample(number: number, section: section, markdown: markdown))
                    }
                    markdownLines = nil
                } else if line == "." {
                    inOutput = true
                } else if !inOutput {
                    lines.append(line)
                    markdownLines = lines
                }
            } else if line.hasPrefix(fence + " example") {
                number += 1
                enabled = !line.split(separator: " ").contains("disabled")
                inOutput = false
                markdownLines = []
            } else if line.hasPrefix("#") {
                section = line.drop { $0 == "#" }.trimmingPrefix(" ").description
            }
        }
        return examples
    }
}
