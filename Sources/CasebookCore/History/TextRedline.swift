import Markdown

/// What a change did to a page's readable text, block by block, so it reads like the page:
/// blocks added or removed whole, and in a block that was edited, the words added or removed.
public struct TextRedline: Sendable, Hashable {
    /// One block of the newer version, or of the older one for a block that was removed.
    public struct Block: Sendable, Hashable {
        public enum Change: Sendable, Hashable { case same, inserted, deleted, edited }
        public var block: ReadableBlock
        public var change: Change
        /// The block's words: one segment for a whole block, the word diff for an edited one.
        public var segments: [WordDiff.Segment]
    }

    public var blocks: [Block]

    /// Whether anything a reader sees changed.
    public var hasChanges: Bool { blocks.contains { $0.change != .same } }

    public init(before: [ReadableBlock], after: [ReadableBlock]) {
        var blocks: [Block] = []
        var deleted: [ReadableBlock] = [], inserted: [ReadableBlock] = []
        for step in SequenceDiff.steps(before, after) {
            switch step {
            case .deleted(let block): deleted.append(block)
            case .inserted(let block): inserted.append(block)
            case .same(let block):
                blocks += Self.pairing(deleted, inserted)
                deleted = []
                inserted = []
                blocks.append(Block(block: block, change: .same, segments: [.same(block.text)]))
            }
        }
        self.blocks = blocks + Self.pairing(deleted, inserted)
    }

    /// The blocks between two unchanged ones: each removed block is matched with the first
    /// added block after the last match that stands in the same place and keeps at least half
    /// of the shorter one's words; a match is an edited block, the rest are removed or added whole.
    private static func pairing(_ deleted: [ReadableBlock], _ inserted: [ReadableBlock]) -> [Block] {
        var result: [Block] = []
        var next = 0
        for old in deleted {
            let match = inserted[next...].indices.lazy.compactMap { index -> (Int, [WordDiff.Segment])? in
                let new = inserted[index]
                guard new.kind == old.kind, new.context == old.context, new.depth == old.depth else { return nil }
                let segments = WordDiff.diff(old.text, new.text)
                return sharesMost(segments) ? (index, segments) : nil
            }.first
            guard let (index, segments) = match else {
                result.append(Block(block: old, change: .deleted, segments: [.deleted(old.text)]))
                continue
            }
            result += inserted[next..<index].map { Block(block: $0, change: .inserted, segments: [.inserted($0.text)]) }
            result.append(Block(block: inserted[index], change: .edited, segments: segments))
            next = index + 1
        }
        result += inserted[next...].map { Block(block: $0, change: .inserted, segments: [.inserted($0.text)]) }
        return result
    }

    /// Whether the letters and digits both versions keep are at least half of the shorter version's.
    private static func sharesMost(_ segments: [WordDiff.Segment]) -> Bool {
        func letters(_ text: String) -> Int { text.reduce(0) { $0 + ($1.isLetter || $1.isNumber ? 1 : 0) } }
        var kept = 0, removed = 0, added = 0
        for segment in segments {
            switch segment {
            case .same(let text): kept += letters(text)
            case .deleted(let text): removed += letters(text)
            case .inserted(let text): added += letters(text)
            }
        }
        return kept > 0 && kept * 2 >= kept + min(removed, added)
    }
}
