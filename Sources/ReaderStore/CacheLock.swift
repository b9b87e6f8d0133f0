import Foundation
import Synchronization

/// The lock that lets one process at a time sync or rebuild a cache: an
/// advisory `flock` on a file beside it (`reader.sqlite.sync-lock` for
/// `reader.sqlite`), released by the system if the process dies.
///
/// Within one process the lock is shared: every holder of this object may
/// hold it at once (a library's syncs may overlap, each source's writes are
/// transactions of their own), and the file lock is taken by the first and
/// released by the last.
///
/// For example:
///
/// ```swift
/// let lock = CacheLock(cachePath: "/tmp/reader.sqlite")
/// try lock.acquire()          // throws .syncInProgress while another process holds it
/// defer { lock.release() }
/// ```
package final class CacheLock: Sendable {
    /// The cache the lock is for.
    package let cachePath: String
    /// The lock file: the cache's path with `.sync-lock` appended.
    package var lockPath: String { cachePath + ".sync-lock" }

    private struct Held {
        var descriptor: Int32 = -1
        var holders = 0
    }

    private let held = Mutex(Held())

    /// The lock of the cache at `cachePath`, not yet acquired.
    package init(cachePath: String) {
        self.cachePath = cachePath
    }

    /// Takes the lock without waiting, or joins this process's holders.
    /// - throws: ``StoreError/syncInProgress(path:)`` while another process
    ///   holds it; ``StoreError/readOnly(path:reason:)`` or
    ///   ``StoreError/cannotOpen(path:reason:)`` if the lock file cannot be
    ///   opened or created.
    package func acquire() throws(StoreError) {
        try held.withLock { (held: inout Held) throws(StoreError) in
            if held.holders > 0 {
                held.holders += 1
                return
            }
            var descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            if descriptor < 0 { descriptor = open(lockPath, O_RDONLY | O_CLOEXEC) }
            guard descriptor >= 0 else {
                let reason = "cannot open its lock file \(lockPath): \(String(cString: strerror(errno)))"
                throw errno == EROFS || errno == EACCES
                    ? .readOnly(path: cachePath, reason: reason) : .cannotOpen(path: cachePath, reason: reason)
            }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
                close(descriptor)
                throw .syncInProgress(path: cachePath)
            }
            held = Held(descriptor: descriptor, holders: 1)
        }
    }

    /// Leaves the lock; the last holder in this process releases the file lock.
    package func release() {
        held.withLock { held in
            guard held.holders > 0 else { return }
            held.holders -= 1
            if held.holders == 0 {
                flock(held.descriptor, LOCK_UN)
                close(held.descriptor)
                held.descriptor = -1
            }
        }
    }

    deinit {
        held.withLock { held in
            if held.descriptor >= 0 { close(held.descriptor) }
        }
    }
}
