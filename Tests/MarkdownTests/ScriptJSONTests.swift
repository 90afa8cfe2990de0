import Foundation
import HTMLEscaping
import Testing

/// JSON for `<script type="application/ld+json">`: nothing in a value can end the element,
/// open a comment or break a line for an old parser, and the text parses to the same value.
@Suite struct ScriptJSONTests {
    @Test func charactersThatCouldEndTheScriptAreEscaped() throws {
        let text = "a </script><!-- & b\u{2028}c\u{2029}d \"quoted\" /path é"
        let json = try ScriptJSON.encode(["text": text])
        #expect(json == #"{"text":"a \u003c/script\u003e\u003c!-- \u0026 b\u2028c\u2029d \"quoted\" /path é"}"#)
        let decoded = try JSONDecoder().decode([String: String].self, from: Data(json.utf8))
        #expect(decoded == ["text": text])
    }

    @Test func keysAreSortedSoTheBytesAreTheSame() throws {
        let json = try ScriptJSON.encode(["b": 1, "a": 2, "@c": 3])
        #expect(json == #"{"@c":3,"a":2,"b":1}"#)
    }
}
