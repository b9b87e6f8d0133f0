/// Bounds how many requests of a refresh are on the wire at once, apart from
/// how many sources are in progress: a source that is parsing or storing
/// what it fetched holds no permit, so the network never idles behind the
/// writer.
///
/// Permits go to waiters in the order they asked.
actor RequestGate {
    private let limit: Int
    private var inUse = 0
    private var waiters: [CheckedContinuation<Void, Never>] = []

    /// A gate of `limit` permits.
    init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// Waits for a permit; pair it with ``release()``.
    func acquire() async {
        guard inUse >= limit else {
            inUse += 1
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    /// Hands the permit to the longest waiter, or back to the gate.
    func release() {
        if waiters.isEmpty {
            inUse -= 1
        } else {
            waiters.removeFirst().resume()
        }
    }
}
