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

    /// Bytes as `BlockPacker` writes them (or any bytes, to test that reading never traps).
    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The tree, unpacked.
    public var blocks: [Block] {
        withCursor { cursor in BlockUnpacker.blocks(&cursor) }
    }

    /// Runs `body` with a cursor at the start of the bytes.
    func withCursor<Result>(_ body: (inout PackedCursor) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { buffer in
            var cursor = PackedCursor(buffer)
            return body(&cursor)
        }
    }
}

/// The byte that opens each block in `PackedBlocks`; its fields and children follow it. A list
/// of values opens with its count; numbers are zigzag varints, strings a byte count and UTF-8.
/// A list says whether any item is a task before its items; a footnote definition gives the
/// byte length of its blocks before them.
enum PackedBlockTag: UInt8 {
    case paragraph, heading, blockQuote, callout, list, codeBlock, htmlBlock, thematicBreak, table, footnoteDefinition

    /// How a callout's kind, a list item's task state and a table column's alignment are numbered.
    static let calloutKinds = CalloutKind.allCases
    static let taskStates: [ListItem.TaskState?] = [nil, .open, .done]
    static let alignments: [Table.Alignment] = [.none, .left, .center, .right]

    static func calloutKind(_ number: Int) -> CalloutKind {
        calloutKinds.indices.contains(number) ? calloutKinds[number] : .note
    }

    static func taskState(_ number: Int) -> ListItem.TaskState? {
        taskStates.indices.contains(number) ? taskStates[number] : nil
    }

    static func alignment(_ number: Int) -> Table.Alignment {
        alignments.indices.contains(number) ? alignments[number] : .none
    }
}

/// The byte that opens each inline in `PackedBlocks`.
enum PackedInlineTag: UInt8 {
    case text, softBreak, lineBreak, code, html, emphasis, strong, strikethrough, link, image, footnoteReference,
         placeholder
}
