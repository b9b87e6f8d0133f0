import Foundation
import ReaderHTTP
import Synchronization

/// The event loop of one transport: one multi handle, driven by one thread,
/// runs every transfer of the transport side by side.
///
/// The thread starts with the first transfer and parks in `curl_multi_poll`
/// between network events, libcurl's timers and wake-ups; it ends once
/// ``stop()`` has been called and nothing is left to run. The multi handle is
/// made with the first transfer, so that libcurl loads only when needed, and
/// keeps its connection and DNS caches for the life of the loop.
///
/// Other threads reach the loop only through its locked inbox (transfers to
/// start, transfers to cancel) and `curl_multi_wakeup`; every libcurl call
/// on the multi handle, and on an easy handle while the multi handle drives
/// it, happens on the loop thread.
final class CurlTransferLoop: Sendable {
    /// A transfer handed to the loop with the continuation of the task awaiting it.
    private struct Submission: Sendable {
        /// The configured transfer.
        let transfer: CurlTransfer
        /// Resumed exactly once, when the loop is done with the transfer.
        let continuation: CheckedContinuation<Result<HTTPResponse, TransportError>, Never>

        /// Hands `outcome` to the awaiting task, and the transfer back with it.
        func finish(_ outcome: Result<HTTPResponse, TransportError>) {
            continuation.resume(returning: outcome)
        }
    }

    /// A transfer the multi handle drives, and when the loop gives up on it.
    private struct Running {
        /// The transfer and its continuation.
        let submission: Submission
        /// ``CurlTransfer/totalTimeout`` after the transfer was attached,
        /// plus ``timeoutGrace``.
        let deadline: ContinuousClock.Instant
    }

    /// What other threads share with the loop thread.
    private struct Inbox {
        /// The multi handle, made by the first submission.
        var multi: CurlMultiHandle?
        /// Transfers waiting for the loop thread to start them.
        var arrivals: [Submission] = []
        /// Transfers whose task was cancelled after they were submitted; the
        /// loop ignores those it no longer runs.
        var cancellations: [CurlTransfer] = []
        /// Whether a thread drives the multi handle; set by the arrival that
        /// starts one, cleared only by that thread as it ends.
        var isRunning = false
        /// Whether the transport is gone, so the thread should end once idle.
        var isStopped = false
    }

    /// The longest single wait in `curl_multi_poll`, in milliseconds: an
    /// hour. libcurl cuts every wait short at its own next timeout, so this
    /// only bounds waits while no transfer runs, when there is nothing to do.
    private static let longestWait: Int32 = 3_600_000

    /// How long after its total timeout the loop itself ends a transfer.
    ///
    /// libcurl 7.88 does not time out a transfer it holds back waiting for a
    /// connection (the host is at its limit, or the transfer waits to learn
    /// whether it can multiplex), and then fails it at once when a connection
    /// frees up, however late. So the loop ends such a transfer itself. The
    /// grace lets libcurl's own timer, whose message says how much arrived,
    /// fire first for every transfer it does drive.
    private static let timeoutGrace = Duration.seconds(1)

    /// `CURLMOPT_MAX_HOST_CONNECTIONS` for the multi handle.
    private let maxConnectionsPerHost: Int
    /// `CURLMOPT_MAX_TOTAL_CONNECTIONS` for the multi handle.
    private let maxConnections: Int
    /// The inbox, the one state other threads share with the loop thread.
    private let inbox = Mutex(Inbox())

    /// Creates a loop whose multi handle opens at most `maxConnectionsPerHost`
    /// connections to one host and `maxConnections` in all (0: no limit).
    /// Nothing starts, and libcurl is not loaded, until the first transfer.
    init(maxConnectionsPerHost: Int, maxConnections: Int) {
        self.maxConnectionsPerHost = maxConnectionsPerHost
        self.maxConnections = maxConnections
    }

    /// Runs `transfer` and returns its response or error.
    ///
    /// Cancelling the calling task removes the transfer from the multi
    /// handle, leaving the others running, and returns
    /// ``TransportError/cancelled``; a task cancelled before the call starts
    /// nothing.
    func run(_ transfer: CurlTransfer) async -> Result<HTTPResponse, TransportError> {
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                submit(Submission(transfer: transfer, continuation: continuation))
            }
        } onCancel: {
            cancel(transfer)
        }
    }

    /// Lets the thread end once it has nothing left to run; the transport
    /// calls it when it is released.
    func stop() {
        inbox.withLock { inbox in
            inbox.isStopped = true
            return inbox.isRunning ? inbox.multi : nil
        }?.wakeUp()
    }

    // MARK: - Any thread

    /// What ``submit(_:)`` does once it has released the lock.
    private enum Delivery {
        /// The task was cancelled before the transfer reached the inbox.
        case cancelled
        /// No multi handle could be made.
        case failed(TransportError)
        /// The thread runs: wake it.
        case queued(CurlMultiHandle)
        /// No thread runs yet: start one.
        case queuedForNewThread(CurlMultiHandle)
    }

    /// Puts `submission` in the inbox and wakes the loop thread, starting it
    /// if need be.
    ///
    /// The task's cancellation flag is read under the lock that
    /// ``cancel(_:)`` takes, so a cancellation either finds the transfer
    /// queued or stops it here: none is lost.
    private func submit(_ submission: Submission) {
        let delivery = inbox.withLock { inbox -> Delivery in
            guard !Task.isCancelled else { return .cancelled }
            let multi: CurlMultiHandle
            if let existing = inbox.multi {
                multi = existing
            } else {
                do throws(TransportError) {
                    multi = try CurlMultiHandle(
                        maxConnectionsPerHost: maxConnectionsPerHost, maxConnections: maxConnections)
                } catch {
                    return .failed(error)
                }
                inbox.multi = multi
            }
            inbox.arrivals.append(submission)
            guard !inbox.isRunning else { return .queued(multi) }
            inbox.isRunning = true
            return .queuedForNewThread(multi)
        }
        switch delivery {
        case .cancelled:
            submission.finish(.failure(.cancelled))
        case .failed(let error):
            submission.finish(.failure(error))
        case .queued(let multi):
            multi.wakeUp()
        case .queuedForNewThread(let multi):
            let thread = Thread { [self] in drive(multi) }
            thread.name = "reader.curl"
            thread.start()
        }
    }

    /// Asks the loop thread to remove `transfer`, if it still runs it.
    private func cancel(_ transfer: CurlTransfer) {
        inbox.withLock { inbox -> CurlMultiHandle? in
            // With no thread running, no transfer is queued or attached.
            guard inbox.isRunning else { return nil }
            inbox.cancellations.append(transfer)
            return inbox.multi
        }?.wakeUp()
    }

    // MARK: - Loop thread

    /// The body of the loop thread: starts arrivals, removes cancelled
    /// transfers, lets libcurl work, finishes what is done or past its
    /// deadline, then waits.
    ///
    /// If the multi handle itself fails, every transfer fails with its error
    /// and the thread ends; the next submission starts a new one.
    private func drive(_ multi: CurlMultiHandle) {
        // The transfers the multi handle drives, by their easy handle.
        var attached: [UnsafeMutableRawPointer: Running] = [:]
        do throws(TransportError) {
            while let (arrivals, cancellations) = collectMail(isIdle: attached.isEmpty) {
                for submission in arrivals {
                    do throws(TransportError) {
                        try multi.add(submission.transfer.easy)
                        let deadline = ContinuousClock.now + submission.transfer.totalTimeout + Self.timeoutGrace
                        attached[submission.transfer.easy.raw] = Running(submission: submission, deadline: deadline)
                    } catch {
                        submission.finish(.failure(error))
                    }
                }
                for transfer in cancellations {
                    // The easy handle may already run a later transfer: match the transfer itself.
                    guard let running = attached[transfer.easy.raw], running.submission.transfer === transfer else {
                        continue
                    }
                    attached[transfer.easy.raw] = nil
                    multi.remove(transfer.easy)
                    running.submission.finish(.failure(.cancelled))
                }
                try multi.perform()
                for (easy, result) in multi.finishedTransfers() {
                    guard let running = attached.removeValue(forKey: easy) else { continue }
                    multi.remove(running.submission.transfer.easy)
                    running.submission.finish(running.submission.transfer.outcome(result))
                }
                let now = ContinuousClock.now
                for (easy, running) in attached where running.deadline <= now {
                    attached[easy] = nil
                    multi.remove(running.submission.transfer.easy)
                    let limit = running.submission.transfer.totalTimeout
                    running.submission.finish(.failure(.timedOut("no connection was free within \(limit)")))
                }
                try multi.wait(upTo: Self.milliseconds(until: attached.values.lazy.map(\.deadline).min(), from: now))
            }
        } catch {
            for running in attached.values {
                multi.remove(running.submission.transfer.easy)
                running.submission.finish(.failure(error))
            }
            for submission in abandonInbox() { submission.finish(.failure(error)) }
        }
    }

    /// The milliseconds from `now` to `deadline`, rounded up, at most
    /// ``longestWait``: how long to wait for libcurl before checking deadlines.
    private static func milliseconds(
        until deadline: ContinuousClock.Instant?, from now: ContinuousClock.Instant
    ) -> Int32 {
        guard let deadline else { return longestWait }
        let (seconds, attoseconds) = (deadline - now).components
        guard seconds < Int64(longestWait / 1000) else { return longestWait }
        return Int32(max(0, seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000))
    }

    /// Takes what the inbox holds for the loop thread; `nil`, marking the
    /// thread ended, when the loop is stopped and has nothing left to run.
    private func collectMail(isIdle: Bool) -> (arrivals: [Submission], cancellations: [CurlTransfer])? {
        inbox.withLock { inbox in
            if inbox.isStopped, isIdle, inbox.arrivals.isEmpty {
                inbox.isRunning = false
                return nil
            }
            defer {
                inbox.arrivals = []
                inbox.cancellations = []
            }
            return (inbox.arrivals, inbox.cancellations)
        }
    }

    /// Empties the inbox and marks the thread ended; returns the arrivals it
    /// held, for the thread to fail.
    private func abandonInbox() -> [Submission] {
        inbox.withLock { inbox in
            inbox.isRunning = false
            inbox.cancellations = []
            defer { inbox.arrivals = [] }
            return inbox.arrivals
        }
    }
}
