/// Reads `PackedBlocks` bytes in place, value by value, as `BlockPacker` wrote them: what
/// the HTML renderer, the readable text and the unpacker share. Bytes that end early read as
/// zeros and empty strings, never a trap.
struct PackedCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func blockTag() -> PackedBlockTag? {
        guard position < bytes.count, let tag = PackedBlockTag(rawValue: bytes[position]) else { return nil }
        position += 1
        return tag
    }

    mutating func inlineTag() -> PackedInlineTag? {
        guard position < bytes.count, let tag = PackedInlineTag(rawValue: bytes[position]) else { return nil }
        position += 1
        return tag
    }

    /// The tag of the next block, without moving on.
    func peekBlockTag() -> PackedBlockTag? {
        position < bytes.count ? PackedBlockTag(rawValue: bytes[position]) : nil
    }

    /// A zigzag varint.
    mutating func number() -> Int {
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

    mutating func flag() -> Bool { number() == 1 }

    /// How many values follow: never more than the bytes left could hold.
    mutating func count() -> Int {
        max(0, min(number(), bytes.count - position))
    }

    /// A string's UTF-8 bytes, where they stand.
    mutating func text() -> UnsafeBufferPointer<UInt8> {
        let length = count()
        defer { position += length }
        return UnsafeBufferPointer(rebasing: bytes[position..<position + length])
    }

    mutating func string() -> String {
        String(decoding: text(), as: UTF8.self)
    }

    mutating func location() -> SourceLocation {
        let line = number()
        return SourceLocation(line: line, column: number())
    }

    /// What a list says before its items.
    struct ListHeader {
        var ordered: Bool
        var start: Int
        var tight: Bool
        var hasTasks: Bool
    }

    mutating func listHeader() -> ListHeader {
        let ordered = flag()
        let start = number()
        let tight = flag()
        return ListHeader(ordered: ordered, start: start, tight: tight, hasTasks: flag())
    }

    /// A table's column alignments.
    mutating func alignments() -> [Table.Alignment] {
        (0..<count()).map { _ in PackedBlockTag.alignment(number()) }
    }

    /// What a footnote definition says before its blocks: its number, and their length in bytes.
    mutating func footnoteHeader() -> (number: Int, length: Int) {
        let footnote = number()
        return (footnote, number())
    }

    /// Raw HTML (a block or an inline), never shown: its text and position, passed over.
    mutating func passOverRawHTML() {
        _ = text()
        _ = location()
    }

    /// Moves past `length` bytes (a footnote's blocks, whose length the packer wrote first).
    mutating func skip(_ length: Int) {
        position = min(bytes.count, position + max(length, 0))
    }

    /// The cursor at `offset`, for coming back to bytes passed over.
    func at(_ offset: Int) -> PackedCursor {
        var cursor = self
        cursor.position = min(max(offset, 0), bytes.count)
        return cursor
    }
}
