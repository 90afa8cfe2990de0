import CasebookCore
import Foundation
import Testing

/// `parallelMap` and `parallelForEach` spread work over all cores.
@Suite struct ParallelMapTests {
    /// Counts its instances alive.
    final class Tracked: Sendable {
        static let alive = Counter()
        init() { Self.alive.add(1) }
        deinit { Self.alive.add(-1) }
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func add(_ amount: Int) { lock.withLock { count += amount } }
        var value: Int { lock.withLock { count } }
    }

    @Test func resultsKeepTheOrderOfTheInput() {
        let numbers = Array(0..<10_000)
        #expect(numbers.parallelMap { $0 * 2 } == numbers.map { $0 * 2 })
    }

    @Test func resultsAreReleasedWithTheArrayReturned() {
        let before = Tracked.alive.value
        do {
            let results = Array(0..<1_000).parallelMap { _ in Tracked() }
            #expect(Tracked.alive.value == before + results.count)
        }
        #expect(Tracked.alive.value == before)
    }
}
