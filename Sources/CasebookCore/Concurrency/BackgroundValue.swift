import Foundation

/// A value computed on a thread of its own, started at once; `value` waits for it.
///
/// A thread of its own, not a task on Dispatch's shared pool: the work it is for mostly
/// waits (on git), and a task waiting in the pool holds a place that the pages being parsed
/// on every core need, while the parsing holds every place it can get, so each kept the
/// other waiting.
public final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    private var result: Value?
    private let done = DispatchSemaphore(value: 0)

    public init(_ compute: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            result = compute()
            done.signal()
        }
        thread.start()
    }

    /// The computed value, waiting for it if need be.
    public var value: Value {
        done.wait()
        done.signal()
        return result!
    }
}
