import Dispatch

extension Array where Element: Sendable {
    /// `map` spread over all cores; results keep the order of the input.
    public func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer {
            // The array returned holds copies: the buffer's own must be released too.
            results.deinitialize()
            results.deallocate()
        }
        nonisolated(unsafe) let output = results
        withoutActuallyEscaping(transform) { transform in
            DispatchQueue.concurrentPerform(iterations: count) { index in
                output[index] = transform(self[index])
            }
        }
        return results.map { $0! }
    }
}

extension Array where Element: Sendable {
    /// `forEach` spread over all cores, for work whose results go elsewhere.
    public func parallelForEach(_ body: @Sendable (Element) -> Void) {
        withoutActuallyEscaping(body) { body in
            DispatchQueue.concurrentPerform(iterations: count) { index in body(self[index]) }
        }
    }
}
