import Foundation
import GRDB

/// Tells the faults of the cache's file (damage, a read-only or full disk)
/// from other database errors, so each gets the ``StoreError`` that says
/// what happened to the file and what to do.
enum StoreFault {
    /// The error for `error`, met while `operation` (nil while opening) on
    /// the cache at `path`.
    static func error(for error: any Error, path: String, operation: String?) -> StoreError {
        if let error = error as? StoreError { return error }
        let reason = ArticleStore.reason(error)
        if let database = error as? DatabaseError, path != ":memory:" && !path.isEmpty {
            switch database.resultCode.primaryResultCode {
            case .SQLITE_CORRUPT, .SQLITE_NOTADB: return .damaged(path: path, reason: reason)
            case .SQLITE_FULL: return .diskFull(path: path)
            // A read-only connection to a writable file (OpenMode.readOnly) is no fault of the file.
            case .SQLITE_READONLY where !isWritable(path), .SQLITE_CANTOPEN where !isWritable(path),
                .SQLITE_IOERR where !isWritable(path):
                return .readOnly(path: path, reason: reason)
            default: break
            }
        }
        guard let operation else { return .cannotOpen(path: path, reason: reason) }
        return .database(operation: operation, reason: reason)
    }

    /// Whether the cache file (or, before it exists, its folder) may be written.
    private static func isWritable(_ path: String) -> Bool {
        let target = FileManager.default.fileExists(atPath: path) ? path : (path as NSString).deletingLastPathComponent
        return access(target, W_OK) == 0
    }
}
