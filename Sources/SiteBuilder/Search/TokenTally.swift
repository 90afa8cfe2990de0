import Foundation

/// Sums a weight per distinct token of one document, keeping the tokens' bytes in one buffer
/// and finding them by an FNV-1a hash, so that no string is made for each occurrence; strings
/// are made once per distinct token, when the tally is read (`SearchIndex` stems each).
struct TokenTally: TokenSink {
    private struct Entry {
        var start: Int
        var length: Int
        var hash: UInt64
        var weight: Int
    }

    private var bytes: [UInt8] = []
    private var entries: [Entry] = []
    /// Open addressing: an index into `entries`, or -1; the count is a power of two.
    private var slots = [Int](repeating: -1, count: 256)

    /// The weight each token taken now adds.
    var weight = 0

    init() {
        bytes.reserveCapacity(4_096)
        entries.reserveCapacity(128)
    }

    mutating func take(_ token: UnsafeBufferPointer<UInt8>) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in token { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let index = slots[slot]
            let entry = entries[index]
            if entry.hash == hash, entry.length == token.count, sameBytes(at: entry.start, as: token) {
                entries[index].weight += weight
                return
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = entries.count
        entries.append(Entry(start: bytes.count, length: token.count, hash: hash, weight: weight))
        bytes.append(contentsOf: token)
        if entries.count * 2 > slots.count { grow() }
    }

    private func sameBytes(at start: Int, as token: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { stored in
            guard let base = stored.baseAddress, let other = token.baseAddress else { return token.isEmpty }
            return memcmp(base + start, other, token.count) == 0
        }
    }

    private mutating func grow() {
        slots = [Int](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = index
        }
    }

    /// Each distinct token's bytes (valid during the call) with its summed weight, in the order first seen.
    func forEach(_ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
        bytes.withUnsafeBufferPointer { stored in
            for entry in entries {
                body(UnsafeBufferPointer(rebasing: stored[entry.start..<entry.start + entry.length]), entry.weight)
            }
        }
    }
}
