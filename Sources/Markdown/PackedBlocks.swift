/// A block tree kept as bytes: what a loaded page holds until it is rendered.
///
/// A `[Block]` tree spends a heap object on every node, string and array, several times the
/// size of the text it holds; 100,000 pages of them dominated a build's memory. Packed, a
/// tree takes about as many bytes as its text. `blocks` unpacks a new tree on each call, so
/// a caller that walks a document more than once unpacks it once.
public struct PackedBlocks: Sendable, Equatable {
    let bytes: [UInt8]

    public init(_ blocks: [Block]) {
        var writer = BlockPacker()
        writer.write(blocks)
        // A growing array holds up to twice what it was given: kept for the whole build, the
        // bytes are copied into a buffer of their own size.
        let written = writer.bytes
        bytes = [UInt8](unsafeUninitializedCapacity: written.count) { buffer, count in
            count = buffer.initialize(fromContentsOf: written)
        }
    }

    /// The tree, unpacked.
    public var blocks: [Block] {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = BlockUnpacker(bytes: buffer)
            return reader.blocks()
        }
    }
}

/// The byte that opens each block in `PackedBlocks`; its fields and children follow it. A list
/// of values opens with its count; numbers are zigzag varints, strings a byte count and UTF-8.
enum PackedBlockTag: UInt8 {
    case paragraph, heading, blockQuote, callout, list, codeBlock, htmlBlock, thematicBreak, table, footnoteDefinition
}

/// The byte that opens each inline in `PackedBlocks`.
enum PackedInlineTag: UInt8 {
    case text, softBreak, lineBreak, code, html, emphasis, strong, strikethrough, link, image, footnoteReference,
         placeholder
}
