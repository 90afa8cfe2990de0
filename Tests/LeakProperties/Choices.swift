/// Where a generator's decisions come from: a seeded pseudo-random sequence for property
/// tests, or a fuzzer's bytes so that coverage guidance steers the documents.
public protocol Choices {
    /// A number in `0..<upperBound` (`upperBound` > 0).
    mutating func next(_ upperBound: Int) -> Int
}

extension Choices {
    /// True about once in `odds` times.
    public mutating func chance(_ odds: Int) -> Bool { next(odds) == 0 }

    public mutating func pick<Element>(_ elements: [Element]) -> Element { elements[next(elements.count)] }
}

/// SplitMix64: small, fast, and the same sequence for the same seed on every machine.
public struct SeededChoices: Choices {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next(_ upperBound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        mixed ^= mixed >> 31
        return Int(mixed % UInt64(upperBound))
    }
}

/// Decisions read from a fuzzer's input, one byte each; zeros once the bytes run out, so
/// every input makes a (finite) document.
public struct ByteChoices: Choices {
    private let bytes: [UInt8]
    private var position = 0

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    public mutating func next(_ upperBound: Int) -> Int {
        guard position < bytes.count else { return 0 }
        defer { position += 1 }
        return Int(bytes[position]) % upperBound
    }
}
