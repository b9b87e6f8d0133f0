import Foundation

/// Hands values from one producing thread to one async consumer, holding at
/// most `capacity` of them: the producer blocks while the consumer is behind,
/// so memory stays bounded however fast the producer is.
///
/// The producer calls ``send(_:)`` for each value, then ``finish(throwing:)``
/// once. The consumer awaits ``next()`` until it returns nil, or calls
/// ``cancel()`` to stop the producer at its next ``send(_:)``.
final class BoundedHandOff<Element: Sendable, Failure: Error>: @unchecked Sendable {
    // Every stored property below is guarded by `condition`.
    private let condition = NSCondition()
    private let capacity: Int
    private var buffer: [Element] = []
    private var end: Result<Void, Failure>?
    private var cancelled = false
    private var waitingConsumer: CheckedContinuation<Result<Element?, Failure>, Never>?

    /// A hand-off that holds at most `capacity` values not yet taken.
    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// Producer: hands `element` over, first waiting while `capacity` values
    /// are untaken. Returns false, dropping `element`, once the consumer has
    /// cancelled.
    func send(_ element: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while buffer.count >= capacity && !cancelled {
            condition.wait()
        }
        guard !cancelled else { return false }
        if let consumer = waitingConsumer {
            waitingConsumer = nil
            consumer.resume(returning: .success(element))
        } else {
            buffer.append(element)
        }
        return true
    }

    /// Producer: no more values; `failure` is thrown to the consumer after the
    /// values already handed over.
    func finish(throwing failure: Failure? = nil) {
        condition.lock()
        defer { condition.unlock() }
        let end: Result<Void, Failure> = failure.map { .failure($0) } ?? .success(())
        self.end = end
        if let consumer = waitingConsumer {
            waitingConsumer = nil
            consumer.resume(returning: end.map { nil })
        }
    }

    /// Consumer: the next value, or nil after the last one.
    /// - throws: the failure the producer finished with, after every value.
    func next() async throws(Failure) -> Element? {
        let result = await withCheckedContinuation { (continuation: CheckedContinuation<Result<Element?, Failure>, Never>) in
            condition.lock()
            defer { condition.unlock() }
            if !buffer.isEmpty {
                let element = buffer.removeFirst()
                condition.signal()
                continuation.resume(returning: .success(element))
            } else if let end {
                continuation.resume(returning: end.map { nil })
            } else {
                waitingConsumer = continuation
            }
        }
        return try result.get()
    }

    /// Consumer: takes nothing more; the producer's next ``send(_:)`` returns false.
    func cancel() {
        condition.lock()
        defer { condition.unlock() }
        cancelled = true
        buffer.removeAll()
        condition.broadcast()
    }
}
