import Logging
import Synchronization

/// `reader`'s swift-log setup: one `StreamLogHandler` on standard error,
/// installed the first time a logger is asked for (`LoggingSystem` takes one
/// bootstrap per process), each logger at the level its command's options give.
enum ReaderLog {
    private static let bootstrapped = Mutex(false)

    /// A logger labelled `reader` that writes `level` and above to standard error.
    static func logger(level: Logger.Level) -> Logger {
        bootstrapped.withLock { done in
            guard !done else { return }
            LoggingSystem.bootstrap(StreamLogHandler.standardError)
            done = true
        }
        var logger = Logger(label: "reader")
        logger.logLevel = level
        return logger
    }
}
