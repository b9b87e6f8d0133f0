import ReaderHTTP
import Synchronization

/// The idle easy handles of one transport, so that a transfer reuses a handle
/// an earlier one left, with the TLS session tickets it keeps.
///
/// Connections and DNS answers live in the transport's multi handle and are
/// shared by every handle; libcurl 7.88 keeps TLS sessions per easy handle,
/// so reusing handles is what lets a new connection resume one.
final class CurlEasyHandlePool: Sendable {
    /// The most idle handles kept; a handle returned beyond it is cleaned up.
    private let capacity: Int
    /// The idle handles, the most recently used last.
    private let idle = Mutex<[CurlEasyHandle]>([])

    /// Creates an empty pool that keeps at most `capacity` idle handles
    /// (`Int.max`: as many as were ever in use at once).
    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Takes the most recently used idle handle, or makes one.
    /// - throws: ``TransportError/network(_:)`` if libcurl cannot be loaded or cannot make one.
    func checkOut() throws(TransportError) -> CurlEasyHandle {
        if let handle = idle.withLock({ $0.popLast() }) { return handle }
        return try CurlEasyHandle()
    }

    /// Returns `handle`, which no multi handle drives any more.
    func checkIn(_ handle: CurlEasyHandle) {
        idle.withLock { idle in
            if idle.count < capacity { idle.append(handle) }
        }
    }
}
