/// Thrown by `withDeadline` when the deadline comes before the operation ends.
struct DeadlinePassed: Error {}

/// Runs `operation`, cancelling it at `deadline` and throwing `DeadlinePassed` instead.
/// The operation must end soon after it is cancelled (socket waits do).
func withDeadline<Result: Sendable>(_ deadline: ContinuousClock.Instant,
                                    _ operation: @escaping @Sendable () async throws -> Result) async throws -> Result {
    try await withThrowingTaskGroup(of: Result.self) { group in
        group.addTask(operation: operation)
        group.addTask {
            try await Task.sleep(until: deadline, clock: .continuous)
            throw DeadlinePassed()
        }
        defer { group.cancelAll() }
        guard let first = try await group.next() else { throw DeadlinePassed() }
        return first
    }
}
