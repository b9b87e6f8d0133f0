import Testing

/// Polls `condition` every 10 ms, failing the test after 5 s.
func waitUntil(_ condition: @Sendable () -> Bool) async throws {
    let deadline = ContinuousClock.now + .seconds(5)
    while !condition() {
        try #require(ContinuousClock.now < deadline, "condition never became true")
        try await Task.sleep(for: .milliseconds(10))
    }
}
