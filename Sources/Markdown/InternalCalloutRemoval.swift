/// Takes `[!INTERNAL]` callouts out of a block tree, and the footnotes only they referred to.
/// The parser's safety net behind `InternalCalloutCut`, and the public version of documents
/// built by hand.
enum InternalCalloutRemoval {
    static func removing(from blocks: [Block]) -> [Block] {
        var kept = removeInternal(from: blocks)
        FootnoteNumbering.renumber(&kept)
        return kept
    }

    static func containsInternal(_ blocks: [Block]) -> Bool {
        var found = false
        MarkdownWalker(visitBlock: { block, _ in
            if case .callout(let callout) = block, callout.kind == .internal { found = true }
        }).walk(blocks)
        return found
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
