import Testing
@testable import TemplateEngine

/// Renders `template` (named "main") with `context`, among `partials`.
private func render(_ template: String, _ context: TemplateObject = [:], partials: [String: String] = [:]) -> String {
    let library = TemplateLibrary(sources: partials.merging(["main": template]) { _, main in main })
    #expect(library.errors.isEmpty, "\(library.errors)")
    return String(decoding: library.render("main", context), as: UTF8.self)
}

/// The five character references undone on UTF-8 bytes (strings compare and cut by grapheme,
/// and a combining mark after `;` or `"` would hide the character from a string search).
private func unescapedBytes(_ bytes: [UInt8]) -> [UInt8] {
    let references: [(String, UInt8)] = [("&lt;", 0x3C), ("&gt;", 0x3E), ("&quot;", 0x22), ("&#39;", 0x27), ("&amp;", 0x26)]
    var result: [UInt8] = []
    var index = 0
    outer: while index < bytes.count {
        for (reference, byte) in references where bytes[index...].starts(with: reference.utf8) {
            result.append(byte)
            index += reference.utf8.count
            continue outer
        }
        result.append(bytes[index])
        index += 1
    }
    return result
}

@Suite struct TemplateRenderingTests {
    @Test func variablesAreEscapedUnlessTripled() {
        let context: TemplateObject = ["name": "<b>Tom & \"Jo\" 'x'</b>"]
        #expect(render("{{name}}", context) == "&lt;b&gt;Tom &amp; &quot;Jo&quot; &#39;x&#39;&lt;/b&gt;")
        #expect(render("{{{name}}}|{{&name}}", context) == "<b>Tom & \"Jo\" 'x'</b>|<b>Tom & \"Jo\" 'x'</b>")
    }

    @Test func escapingWorksOnBytesSoACombiningMarkCannotHideAQuote() {
        #expect(render("<a title=\"{{t}}\">", ["t": "\"\u{301} onclick=x"]) == "<a title=\"&quot;\u{301} onclick=x\">")
    }

    @Test func anEscapedValueCannotLeaveItsAttributeWhateverItHolds() {
        // Attacker text: markup characters mixed with combining marks, invisible and multi-byte
        // characters; escaped, none of the five may appear raw, and unescaping gives it back.
        var generator = SystemRandomNumberGenerator()
        let pieces = ["<", ">", "&", "\"", "'", "\u{301}", "\u{200B}", "é", "日", "🎉", "x", " ", "&amp;", "\u{FE0F}"]
        for _ in 0..<2_000 {
            let value = (0..<Int.random(in: 0...16, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let html = render("<a title=\"{{v}}\">", ["v": .text(value)])
            let inside = Array(html.utf8.dropFirst("<a title=\"".utf8.count).dropLast("\">".utf8.count))
            #expect(!inside.contains { Array("<>\"'".utf8).contains($0) }, "\(value.debugDescription)")
            #expect(unescapedBytes(inside) == Array(value.utf8))
        }
    }

    @Test func dottedNamesAndTheStack() {
        let context: TemplateObject = ["site": ["title": "Help"], "items": [["name": "a"], ["name": "b", "site": "shadow"]]]
        #expect(render("{{site.title}}", context) == "Help")
        #expect(render("{{#items}}{{name}}:{{site.title}};{{/items}}", context) == "a:Help;b:;")
        #expect(render("{{missing.title}}{{site.missing}}", context) == "")
        #expect(render("{{#items}}{{.name}}{{/items}}", context) == "ab")
    }

    @Test func sectionsFollowTheirValue() {
        let context: TemplateObject = ["yes": true, "no": false, "empty": [], "text": "", "zero": 0, "list": ["x", "y"]]
        #expect(render("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{#empty}}E{{/empty}}{{#missing}}M{{/missing}}", context) == "Y")
        #expect(render("{{^yes}}Y{{/yes}}{{^no}}N{{/no}}{{^empty}}E{{/empty}}{{^missing}}M{{/missing}}", context) == "NEM")
        #expect(render("{{#text}}T{{/text}}{{#zero}}{{.}}{{/zero}}", context) == "T0")
        #expect(render("{{#list}}<{{.}}>{{/list}}", context) == "<x><y>")
    }

    @Test func positionTransformsInsideARepeatedSection() {
        let context: TemplateObject = ["list": ["a", "b", "c"]]
        #expect(render("{{#list}}{{.}}{{^last()}}, {{/last()}}{{/list}}", context) == "a, b, c")
        #expect(render("{{#list}}{{#first()}}[{{/first()}}{{index()}}{{/list}}", context) == "[012")
        #expect(render("{{#list}}{{#even()}}{{.}}{{/even()}}{{/list}}", context) == "ac")
        #expect(render("{{count(list)}} {{uppercased(name)}}", ["list": ["a"], "name": "ok"]) == "1 OK")
    }

    @Test func aTagAloneOnItsLineTakesTheLineWithIt() {
        let template = "<ul>\n  {{#list}}\n  <li>{{.}}</li>\n  {{/list}}\n</ul>\n{{! a comment }}\nend"
        #expect(render(template, ["list": ["a", "b"]]) == "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\nend")
        #expect(render("a {{#yes}}b{{/yes}} c\n", ["yes": true]) == "a b c\n")
        #expect(render("x\r\n{{#yes}}\r\ny\r\n{{/yes}}\r\n", ["yes": true]) == "x\r\ny\r\n")
    }

    @Test func partialsAndIndentation() {
        let partials = ["item": "<li>{{.}}</li>\n<li>again</li>\n"]
        #expect(render("<ul>\n  {{>item}}\n</ul>", ["name": "x"], partials: partials)
                == "<ul>\n  <li></li>\n  <li>again</li>\n</ul>")
        #expect(render("[{{>item}}]", [:], partials: ["item": "p"]) == "[p]")
    }

    @Test func inheritanceFillsBlocksAndTheOutermostFillWins() {
        let partials = [
            "base": "<title>{{$title}}Default{{/title}}</title>\n<main>\n{{$main}}{{/main}}\n</main>\n",
            "layout": "{{<base}}{{$title}}Layout{{/title}}{{$main}}layout main{{/main}}{{/base}}",
        ]
        #expect(render("{{<base}}\n{{$main}}\nBody {{x}}\n{{/main}}\n{{/base}}\n", ["x": "1"], partials: partials)
                == "<title>Default</title>\n<main>\nBody 1\n\n</main>\n")
        #expect(render("{{<layout}}{{$title}}Page{{/title}}{{/layout}}", [:], partials: partials)
                == "<title>Page</title>\n<main>\nlayout main\n</main>\n")
    }

    @Test func delimitersCanBeChanged() {
        #expect(render("{{=<% %>=}}<% name %> {{name}}", ["name": "n"]) == "n {{name}}")
    }

    @Test func syntaxErrorsSayWhere() {
        let cases: [(String, Int, Int, String)] = [
            ("line\n  {{#open}} never closed", 2, 25, "{{open}} is not closed: expected {{/open}}"),
            ("{{#a}}{{/b}}", 1, 7, "expected {{/a}} but found {{/b}}"),
            ("{{/a}}", 1, 1, "{{/a}} closes no section"),
            ("{{nope(x)}}", 1, 3, "unknown transform nope()"),
            ("{{name", 1, 7, "expected }} after name"),
            ("{{<base}}{{x}}{{/base}}", 1, 15, "only {{$block}} fills may stand inside {{<base}}"),
        ]
        for (template, line, column, message) in cases {
            let error = TemplateLibrary(sources: ["t": template]).errors["t"]
            #expect(error?.line == line, "\(template)")
            #expect(error?.column == column, "\(template)")
            #expect(error?.message.hasPrefix(message) == true, "\(template): \(error?.message ?? "no error")")
        }
    }

    @Test func aTemplateThatIncludesItselfIsAnError() {
        let library = TemplateLibrary(sources: ["a": "{{#x}}{{>b}}{{/x}}", "b": "{{<a}}{{/a}}", "c": "{{>c}}", "d": "{{>a}}"])
        #expect(library.errors.keys.sorted() == ["a", "b", "c"])
        #expect(library.errors["a"]?.message == "the template includes itself: a → b → a")
        #expect(library.errors["c"]?.message == "the template includes itself: c → c")
    }

    @Test func aVeryLongChainOfInclusionsIsAnErrorNotACrash() {
        var sources: [String: String] = [:]
        for index in 0..<5_000 { sources["t\(index)"] = "{{>t\(index + 1)}}" }
        sources["t5000"] = "end"
        let library = TemplateLibrary(sources: sources)
        #expect(library.errors["t0"]?.message.hasPrefix("the template includes templates that include others more than") == true)
        #expect(library.errors["t4950"] == nil)
        #expect(String(decoding: library.render("t4950", [:]), as: UTF8.self) == "end")
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let depth = 100_000
        let source = String(repeating: "{{#a}}", count: depth) + String(repeating: "{{/a}}", count: depth)
        #expect(TemplateLibrary(sources: ["t": source]).errors["t"]?.message.hasPrefix("sections are nested deeper than") == true)
    }

    @Test func parsingNeverTrapsOnArbitraryBytes() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["{{", "}}", "{{{", "#", "^", "/", ">", "<", "$", "=", "!", "&", "a", ".", "(", ")", " ", "\n", "\r", "é", "x"]
        for _ in 0..<2_000 {
            let source = (0..<Int.random(in: 0...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let library = TemplateLibrary(sources: ["t": source, "a": "{{>a}}"])
            if library.contains("t") { _ = library.render("t", ["a": ["a": "x"]]) }
        }
    }
}
