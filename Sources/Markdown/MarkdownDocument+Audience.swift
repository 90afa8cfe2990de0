extension MarkdownDocument {
    /// The document as the public may read it: every `[!INTERNAL]` callout removed,
    /// wherever it stands, and footnotes that only internal text referred to dropped.
    public func removingInternalCallouts() -> MarkdownDocument {
        var kept = Self.removeInternal(from: blocks)
        FootnoteNumbering.renumber(&kept)
        return MarkdownDocument(blocks: kept, problems: problems)
    }

    private static func removeInternal(from blocks: [Block]) -> [Block] {
        blocks.compactMap { block -> Block? in
            switch block {
            case .callout(var callout):
                guard callout.kind != .internal else { return nil }
                callout.blocks = removeInternal(from: callout.blocks)
                return .callout(callout)
            case .blockQuote(let children):
                return .blockQuote(removeInternal(from: children))
            case .list(var list):
                for index in list.items.indices {
                    list.items[index].blocks = removeInternal(from: list.items[index].blocks)
                }
                return .list(list)
            case .footnoteDefinition(let number, let children):
                return .footnoteDefinition(number: number, blocks: removeInternal(from: children))
            default:
                return block
            }
        }
    }
}
