import Foundation
@testable import ReaderSync
import Synchronization
import Testing

@Suite struct BoundedHandOffTests {
    private struct Broken: Error, Equatable {}

    /// Runs `produce` on a thread of its own, as the feed reader does.
    private func startProducer(_ produce: @escaping @Sendable () -> Void) {
        Thread(block: produce).start()
    }

    @Test func theConsumerGetsEveryValueInOrderThenTheFailure() async throws {
        let handOff = BoundedHandOff<Int, Broken>(capacity: 2)
        startProducer {
            for value in 0..<500 {
                guard handOff.send(value) else { return }
            }
            handOff.finish(throwing: Broken())
        }
        var received: [Int] = []
        await #expect(throws: Broken()) {
            while let value = try await handOff.next() {
                received.append(value)
            }
        }
        #expect(received == Array(0..<500))
    }

    /// Waits up to 2 s for `count` to reach `target`, then 100 ms more in
    /// which it must not move past it; returns the count then.
    private func settle(_ count: borrowing Atomic<Int>, at target: Int) async throws -> Int {
        for _ in 0..<100 where count.load(ordering: .sequentiallyConsistent) < target {
            try await Task.sleep(for: .milliseconds(20))
        }
        try await Task.sleep(for: .milliseconds(100))
        return count.load(ordering: .sequentiallyConsistent)
    }

    @Test func theProducerWaitsWhileCapacityValuesAreUntaken() async throws {
        let handOff = BoundedHandOff<Int, Broken>(capacity: 3)
        let sent = Atomic(0)
        startProducer {
            for value in 0..<10 {
                guard handOff.send(value) else { return }
                sent.add(1, ordering: .sequentiallyConsistent)
            }
            handOff.finish()
        }
        #expect(try await settle(sent, at: 3) == 3)
        #expect(try await handOff.next() == 0)
        #expect(try await settle(sent, at: 4) == 4)
    }

    @Test func cancellingStopsTheProducerAtItsNextSend() async throws {
        let handOff = BoundedHandOff<Int, Broken>(capacity: 1)
        let refused = Atomic(-1)
        let done = Atomic(false)
        startProducer {
            for value in 0..<100 {
                guard handOff.send(value) else {
                    refused.store(value, ordering: .sequentiallyConsistent)
                    break
                }
            }
            done.store(true, ordering: .sequentiallyConsistent)
        }
        #expect(try await handOff.next() == 0)
        handOff.cancel()
        for _ in 0..<100 where !done.load(ordering: .sequentiallyConsistent) {
            try await Task.sleep(for: .milliseconds(20))
        }
        let producerEnded = done.load(ordering: .sequentiallyConsistent)
        let firstRefused = refused.load(ordering: .sequentiallyConsistent)
        #expect(producerEnded)
        #expect(firstRefused >= 1)
    }
}
