/// `assets/casebook-strings.js`, which the build writes for each site: the words the theme's
/// scripts show (the `js` strings, keys without `js.`) and the locale, as
/// `window.Casebook.strings`. `base.mustache` loads it right after `casebook.js`.
enum StringsScript {
    /// Its name under `assets/`.
    static let name = "casebook-strings.js"

    static func render(_ strings: StringTable) -> String {
        var entries = strings.strings(under: "js")
        entries["locale"] = strings.localeName
        let members = entries.sorted { $0.key < $1.key }.map { "  \(JSONText.string($0.key)): \(JSONText.string($0.value))" }
        return "/* The words of the theme's scripts, from templates/strings/\(strings.language).yml (written by the build). */\n"
            + "window.Casebook.strings = {\n" + members.joined(separator: ",\n") + "\n};\n"
    }
}
