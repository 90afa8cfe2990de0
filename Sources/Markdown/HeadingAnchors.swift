/// Gives every heading a unique, GitHub-style anchor.
///
/// Headings outside `[!INTERNAL]` callouts are numbered first, so the anchors the public
/// site shows never depend on (or hint at) internal headings.
public enum HeadingAnchors {
    /// The GitHub-style slug of a heading text: lowercased, punctuation removed, spaces as hyphens.
    public static func slug(_ text: String) -> String {
        text.utf8.allSatisfy({ $0 < 0x80 }) ? asciiSlug(text) : characterSlug(text)
    }

    /// `slug` on characters, for any text.
    static func characterSlug(_ text: String) -> String {
        var slug = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "-" || character == "_" {
                slug.append(character)
            } else if character == " " {
                slug.append("-")
            }
        }
        return slug.isEmpty ? "section" : slug
    }

    /// `slug` for ASCII text, on its bytes: the same rules.
    static func asciiSlug(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"):
                bytes.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                bytes.append(byte + 0x20)
            case UInt8(ascii: " "):
                bytes.append(UInt8(ascii: "-"))
            default:
                continue
            }
        }
        return bytes.isEmpty ? "section" : String(decoding: bytes, as: UTF8.self)
    }

    static func assign(in blocks: inout [Block]) {
        var used: [String: Int] = [:]
        assign(in: &blocks, insideInternal: false, pass: .outsideInternal, used: &used)
        assign(in: &blocks, insideInternal: false, pass: .insideInternal, used: &used)
    }

    private enum Pass { case outsideInternal, insideInternal }

    private static func assign(in blocks: inout [Block], insideInternal: Bool, pass: Pass, used: inout [String: Int]) {
        for index in blocks.indices {
            switch blocks[index] {
            case .heading(var heading):
                guard (pass == .insideInternal) == insideInternal else { continue }
                heading.anchor = unique(slug(PlainText.of(heading.inlines)), used: &used)
                blocks[index] = .heading(heading)
            case .blockQuote(var children):
                assign(in: &children, insideInternal: insideInternal, pass: pass, used: &used)
                blocks[index] = .blockQuote(children)
            case .callout(var callout):
                assign(in: &callout.blocks, insideInternal: insideInternal || callout.kind == .internal,
                       pass: pass, used: &used)
                blocks[index] = .callout(callout)
            case .list(var list):
                for item in list.items.indices {
                    assign(in: &list.items[item].blocks, insideInternal: insideInternal, pass: pass, used: &used)
                }
                blocks[index] = .list(list)
            case .footnoteDefinition(let number, var children):
                assign(in: &children, insideInternal: insideInternal, pass: pass, used: &used)
                blocks[index] = .footnoteDefinition(number: number, blocks: children)
            default:
                continue
            }
        }
    }

    private static func unique(_ slug: String, used: inout [String: Int]) -> String {
        guard let count = used[slug] else {
            used[slug] = 0
            return slug
        }
        var next = count + 1
        while used["\(slug)-\(next)"] != nil { next += 1 }
        used[slug] = next
        used["\(slug)-\(next)"] = 0
        return "\(slug)-\(next)"
    }
}
