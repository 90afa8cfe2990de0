import Dispatch

/// A value computed on another thread, started at once; `value` waits for it.
public final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    private var result: Value?
    private let group = DispatchGroup()

    public init(_ compute: @escaping @Sendable () -> Value) {
        group.enter()
        DispatchQueue.global().async {
            self.result = compute()
            self.group.leave()
        }
    }

    /// The computed value, waiting for it if need be.
    public var value: Value {
        group.wait()
        return result!
    }
}
