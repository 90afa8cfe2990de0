/// Reads `PackedBlocks` bytes back into a block tree. The bytes come only from `BlockPacker`;
/// should they ever end early, what is missing reads as empty rather than trapping.
struct BlockUnpacker {
    let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func blocks() -> [Block] {
        let count = self.count()
        var blocks: [Block] = []
        blocks.reserveCapacity(count)
        for _ in 0..<count {
            guard let block = block() else { break }
            blocks.append(block)
        }
        return blocks
    }

    private mutating func block() -> Block? {
        guard position < bytes.count, let tag = PackedBlockTag(rawValue: bytes[position]) else { return nil }
        position += 1
        switch tag {
        case .paragraph:
            return .paragraph(inlines())
        case .heading:
            let level = number()
            let inlines = inlines()
            let anchor = string()
            return .heading(Heading(level: level, inlines: inlines, anchor: anchor, location: location()))
        case .blockQuote:
            return .blockQuote(blocks())
        case .callout:
            let kinds = CalloutKind.allCases
            let index = number()
            let kind = kinds.indices.contains(index) ? kinds[index] : .note
            let children = blocks()
            return .callout(Callout(kind: kind, blocks: children, location: location()))
        case .list:
            let ordered = number() == 1
            let start = number()
            let tight = number() == 1
            let count = self.count()
            var items: [ListItem] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                let task: ListItem.TaskState? = switch number() {
                case 1: .open
                case 2: .done
                default: nil
                }
                items.append(ListItem(task: task, blocks: blocks()))
            }
            return .list(List(ordered: ordered, start: start, tight: tight, items: items))
        case .codeBlock:
            let info = string()
            return .codeBlock(info: info, code: string())
        case .htmlBlock:
            let html = string()
            return .htmlBlock(html, location())
        case .thematicBreak:
            return .thematicBreak
        case .table:
            let alignments = (0..<count()).map { _ in
                let index = number()
                return BlockPacker.alignments.indices.contains(index) ? BlockPacker.alignments[index] : .none
            }
            let header = cells()
            let rows = (0..<count()).map { _ in cells() }
            return .table(Table(alignments: alignments, header: header, rows: rows))
        case .footnoteDefinition:
            let number = number()
            return .footnoteDefinition(number: number, blocks: blocks())
        }
    }

    private mutating func cells() -> [[Inline]] {
        (0..<count()).map { _ in inlines() }
    }

    private mutating func inlines() -> [Inline] {
        let count = self.count()
        var inlines: [Inline] = []
        inlines.reserveCapacity(count)
        for _ in 0..<count {
            guard let inline = inline() else { break }
            inlines.append(inline)
        }
        return inlines
    }

    private mutating func inline() -> Inline? {
        guard position < bytes.count, let tag = PackedInlineTag(rawValue: bytes[position]) else { return nil }
        position += 1
        switch tag {
        case .text: return .text(string())
        case .softBreak: return .softBreak
        case .lineBreak: return .lineBreak
        case .code: return .code(string())
        case .html:
            let html = string()
            return .html(html, location())
        case .emphasis: return .emphasis(inlines())
        case .strong: return .strong(inlines())
        case .strikethrough: return .strikethrough(inlines())
        case .link:
            let destination = string()
            let title = string()
            let children = inlines()
            return .link(Link(destination: destination, title: title, children: children, location: location()))
        case .image:
            let source = string()
            let title = string()
            let alt = inlines()
            return .image(Image(source: source, title: title, alt: alt, location: location()))
        case .footnoteReference: return .footnoteReference(number())
        case .placeholder: return .placeholder(string())
        }
    }

    /// How many values follow: never more than the bytes left could hold.
    private mutating func count() -> Int {
        max(0, min(number(), bytes.count - position))
    }

    private mutating func location() -> SourceLocation {
        let line = number()
        return SourceLocation(line: line, column: number())
    }

    private mutating func string() -> String {
        let length = count()
        let end = position + length
        defer { position = end }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<end]), as: UTF8.self)
    }

    private mutating func number() -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if shift < 64 { value |= UInt64(byte & 0x7F) << shift }
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: (value >> 1) ^ (0 &- (value & 1))))
    }
}
