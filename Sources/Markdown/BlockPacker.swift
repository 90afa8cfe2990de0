/// Writes a block tree as `PackedBlocks` bytes.
struct BlockPacker {
    private(set) var bytes: [UInt8] = []

    mutating func write(_ blocks: [Block]) {
        write(blocks) { packer, block in packer.write(block) }
    }

    /// A list: its count, then each element.
    private mutating func write<Element>(_ list: [Element], each: (inout BlockPacker, Element) -> Void) {
        write(list.count)
        for element in list { each(&self, element) }
    }

    private mutating func write(_ block: Block) {
        switch block {
        case .paragraph(let inlines):
            open(.paragraph)
            write(inlines)
        case .heading(let heading):
            open(.heading)
            write(heading.level)
            write(heading.anchor)
            write(heading.inlines)
            write(heading.location)
        case .blockQuote(let children):
            open(.blockQuote)
            write(children)
        case .callout(let callout):
            open(.callout)
            write(PackedBlockTag.calloutKinds.firstIndex(of: callout.kind) ?? 0)
            write(callout.blocks)
            write(callout.location)
        case .list(let list):
            open(.list)
            write(list.ordered ? 1 : 0)
            write(list.start)
            write(list.tight ? 1 : 0)
            write(list.items.contains { $0.task != nil } ? 1 : 0)
            write(list.items.count)
            for item in list.items {
                write(PackedBlockTag.taskStates.firstIndex(of: item.task) ?? 0)
                write(item.blocks)
            }
        case .codeBlock(let info, let code):
            open(.codeBlock)
            write(info)
            write(code)
        case .htmlBlock(let html, let location):
            open(.htmlBlock)
            write(html)
            write(location)
        case .thematicBreak:
            open(.thematicBreak)
        case .table(let table):
            open(.table)
            write(table.alignments) { packer, alignment in packer.write(PackedBlockTag.alignments.firstIndex(of: alignment) ?? 0) }
            write(cells: table.header)
            write(table.rows.count)
            for row in table.rows { write(cells: row) }
        case .footnoteDefinition(let number, let children):
            open(.footnoteDefinition)
            write(number)
            // The length of its blocks first: the renderer passes over a footnote and comes back to it.
            var inner = BlockPacker()
            inner.write(children)
            write(inner.bytes.count)
            bytes += inner.bytes
        }
    }

    private mutating func write(cells: [[Inline]]) {
        write(cells) { packer, cell in packer.write(cell) }
    }

    private mutating func write(_ inlines: [Inline]) {
        write(inlines) { packer, inline in packer.write(inline) }
    }

    private mutating func write(_ inline: Inline) {
        switch inline {
        case .text(let text):
            open(.text)
            write(text)
        case .softBreak: open(.softBreak)
        case .lineBreak: open(.lineBreak)
        case .code(let code):
            open(.code)
            write(code)
        case .html(let html, let location):
            open(.html)
            write(html)
            write(location)
        case .emphasis(let children):
            open(.emphasis)
            write(children)
        case .strong(let children):
            open(.strong)
            write(children)
        case .strikethrough(let children):
            open(.strikethrough)
            write(children)
        case .link(let link):
            open(.link)
            write(link.destination)
            write(link.title)
            write(link.children)
            write(link.location)
        case .image(let image):
            open(.image)
            write(image.source)
            write(image.title)
            write(image.alt)
            write(image.location)
        case .footnoteReference(let number):
            open(.footnoteReference)
            write(number)
        case .placeholder(let name):
            open(.placeholder)
            write(name)
        }
    }

    private mutating func open(_ tag: PackedBlockTag) { bytes.append(tag.rawValue) }
    private mutating func open(_ tag: PackedInlineTag) { bytes.append(tag.rawValue) }

    private mutating func write(_ location: SourceLocation) {
        write(location.line)
        write(location.column)
    }

    private mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            write(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// A zigzag varint: seven bits a byte, low bits first, the high bit set on all but the last.
    private mutating func write(_ number: Int) {
        var rest = UInt64(bitPattern: Int64((number << 1) ^ (number >> (Int.bitWidth - 1))))
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }
}
