import Foundation

/// The text of a blockquote's first line reduced to what a reader sees, for deciding whether
/// it is a callout marker: Unicode compatibility forms folded (full-width `［！ＩＮＴＥＲＮＡＬ］`),
/// invisible, format and whitespace characters removed, Greek and Cyrillic letters that look
/// like Latin ones read as those, lowercased.
enum MarkerText {
    static func normalize<Text: StringProtocol>(_ text: Text) -> String {
        var result = String.UnicodeScalarView()
        for scalar in String(text).precomposedStringWithCompatibilityMapping.unicodeScalars
        where !isInvisible(scalar) && scalar != " " {
            result.append(latinLookalikes[scalar] ?? scalar)
        }
        return String(result).lowercased()
    }

    /// Whitespace other than the plain space, and characters drawn as nothing (format,
    /// control, default-ignorable: zero-width space, soft hyphen, byte-order mark, ...).
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return scalar != " " && (properties.isWhitespace || properties.isDefaultIgnorableCodePoint
            || properties.generalCategory == .format || properties.generalCategory == .control)
    }

    /// Letters of other scripts that are drawn like a Latin letter (upper and lower case).
    private static let latinLookalikes: [Unicode.Scalar: Unicode.Scalar] = {
        let pairs: [(String, Unicode.Scalar)] = [
            ("АаΑα", "a"), ("ВΒ", "b"), ("СсϹϲ", "c"), ("Ԁԁ", "d"), ("ЕеΕε", "e"), ("НΗһҺ", "h"),
            ("ІіΙιıɪ", "i"), ("Јј", "j"), ("КкΚκ", "k"), ("ӀӏʟΙ", "l"), ("МΜм", "m"), ("Νɴ", "n"),
            ("ОоΟο", "o"), ("РрΡρ", "p"), ("Ԛԛ", "q"), ("ʀ", "r"), ("Ѕѕ", "s"), ("ТтΤτᴛ", "t"),
            ("УуΥυ", "y"), ("Ԝԝ", "w"), ("ХхΧχ", "x"), ("Ζ", "z"), ("ᴀ", "a"), ("ᴇ", "e"),
        ]
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (lookalikes, latin) in pairs {
            for scalar in lookalikes.unicodeScalars where table[scalar] == nil { table[scalar] = latin }
        }
        return table
    }()
}
