import ReaderHTTP
import Synchronization

/// The idle sessions of one transport, so that a transfer reuses the
/// connections an earlier one left open.
///
/// Transfers that overlap take different sessions; the pool grows to the
/// largest number of transfers that ran at once.
final class CurlSessionPool: Sendable {
    private let idle = Mutex<[CurlSession]>([])

    /// Takes the most recently used idle session, or makes one.
    /// - throws: ``TransportError/network(_:)`` if libcurl cannot make one.
    func checkOut() throws(TransportError) -> CurlSession {
        if let session = idle.withLock({ $0.popLast() }) { return session }
        return try CurlSession()
    }

    /// Returns `session`, which its transfer no longer uses.
    func checkIn(_ session: CurlSession) {
        idle.withLock { $0.append(session) }
    }
}
