import CasebookCore
import Foundation
import TemplateEngine

/// One language's words for the sites, from the theme's strings files: what templates read as
/// `{{t.…}}`, and what the build writes itself (type names, statuses, counts, dates). Keys are
/// dotted (`nav.home`); in a value, `{name}` stands for an argument; a count is a key with
/// `one` (for 1) and `other` under it.
public struct StringTable: Sendable {
    /// The language code, e.g. `en` or `es`.
    public let language: String
    let values: [String: String]
    /// The locale dates and numbers are written for: the `locale` string, else the language.
    let locale: Locale
    /// Its identifier as written, e.g. `en-GB`, for the browser.
    let localeName: String
    private let dayStyle: Date.FormatStyle

    public init(language: String, values: [String: String]) {
        self.language = language
        self.values = values
        localeName = values["locale"].flatMap { $0.isEmpty ? nil : $0 } ?? language
        locale = Locale(identifier: localeName)
        dayStyle = Date.FormatStyle(date: .long, time: .omitted, locale: locale, calendar: CalendarDay.calendar,
                                    timeZone: CalendarDay.calendar.timeZone)
    }

    /// The words of `key` with each `{name}` of `arguments` filled in; the key itself when the
    /// table has none (loading the theme reports a language missing one of the reference's).
    public func text(_ key: String, _ arguments: [String: String] = [:]) -> String {
        Self.fill(values[key] ?? key, arguments)
    }

    /// `key.one` for 1, else `key.other`, with `{count}` the number as the locale writes it.
    public func count(_ key: String, _ number: Int, _ arguments: [String: String] = [:]) -> String {
        var arguments = arguments
        arguments["count"] = self.number(number)
        return text("\(key).\(number == 1 ? "one" : "other")", arguments)
    }

    /// A whole number as the locale writes it: `1,200` in English, `1200` in Spanish.
    public func number(_ number: Int) -> String {
        number.formatted(.number.locale(locale))
    }

    /// A day as the locale writes it in full: `1 June 2025`, `1 de junio de 2025`.
    public func day(_ day: CalendarDay) -> String {
        day.date.formatted(dayStyle)
    }

    /// The strings under `prefix.` with that prefix taken off, e.g. the `js` strings.
    func strings(under prefix: String) -> [String: String] {
        var result: [String: String] = [:]
        for (key, value) in values where key.hasPrefix(prefix + ".") { result[String(key.dropFirst(prefix.count + 1))] = value }
        return result
    }

    /// Every string as nested objects for templates (`t.nav.home`), with `{site}` the site's title.
    func templateObject(siteTitle: String) -> TemplateObject {
        var root: TemplateObject = [:]
        for (key, value) in values {
            Self.insert(.text(Self.fill(value, ["site": siteTitle])), at: key.split(separator: ".").map(String.init)[...],
                        into: &root)
        }
        return root
    }

    private static func insert(_ value: TemplateValue, at path: ArraySlice<String>, into object: inout TemplateObject) {
        guard let first = path.first else { return }
        if path.count == 1 {
            if object[first] == nil { object[first] = value }
            return
        }
        var child: TemplateObject
        if case .object(let existing)? = object[first] { child = existing } else { child = [:] }
        insert(value, at: path.dropFirst(), into: &child)
        object[first] = .object(child)
    }

    /// Replaces each `{name}` of `arguments` in one pass, so a value is never read again.
    private static func fill(_ text: String, _ arguments: [String: String]) -> String {
        guard !arguments.isEmpty, text.contains("{") else { return text }
        var result = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            if let close = rest[open...].firstIndex(of: "}"), let value = arguments[String(rest[rest.index(after: open)..<close])] {
                result += value
                rest = rest[rest.index(after: close)...]
            } else {
                result += "{"
                rest = rest[rest.index(after: open)...]
            }
        }
        return result + rest
    }
}
