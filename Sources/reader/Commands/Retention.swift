import ArgumentParser
import Foundation
import ReaderCore

/// `reader retention [show | set | clear]`.
struct Retention: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show or set how long articles stay in the cache.",
        discussion: """
            No policy is set at first: nothing is pruned. Every sync prunes by the policy when it ends, \
            and `reader prune` does it at once. Bookmarked articles are never removed.
            """,
        subcommands: [Show.self, Set.self, Clear.self], defaultSubcommand: Show.self)

    /// `reader retention show`.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the retention policy.")

        @OptionGroup var options: GlobalOptions

        @Flag(help: "Print a JSON object instead of lines (durations in seconds, null for no limit).")
        var json = false

        func run() async throws {
            try await reportingErrors {
                let store = try options.openCacheForReading()
                let policy = try await store.retentionPolicy()
                if json {
                    let sourceURLs = try await SourceURLs.byID(in: store)
                    print(try JSONOutput.text(of: RetentionJSON(policy, sourceURLs: sourceURLs)))
                    return
                }
                guard policy != .keepEverything else {
                    print("No retention policy: nothing is pruned. Set one with `reader retention set --max-age 90d`.")
                    return
                }
                var parts = [RetentionText.limits(policy.limits, countScope: "in all")]
                parts.append(
                    policy.keepUnreadYoungerThan.map { "unread articles kept \(RetentionText.duration($0))" }
                        ?? "unread articles go by the limits too")
                parts.append("read state of pruned articles kept \(RetentionText.duration(policy.stateRetention))")
                print("Retention: " + parts.joined(separator: "; "))
                let sources = try await SourceURLs.byID(in: store)
                for (id, limits) in policy.sourceLimits.sorted(by: { $0.key < $1.key }) {
                    print("  \(sources[id] ?? "source \(id)") (\(id)): \(RetentionText.limits(limits, countScope: "of it"))")
                }
            }
        }
    }

    /// `reader retention set`.
    struct Set: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set limits of the retention policy; the others stay as they are.",
            discussion: "Times are like 90d, 12h, 30m. With --feed, the limits are that source's own.")

        @OptionGroup var options: GlobalOptions

        @Option(help: "Remove articles published longer ago than this (e.g. 90d).")
        var maxAge: TimeBudget?

        @Option(help: "Keep only the newest this many articles (in all, or of --feed).")
        var maxCount: Int?

        @Option(help: "Never remove an unread article younger than this (e.g. 30d).")
        var keepUnread: TimeBudget?

        @Option(help: "Keep the read state of pruned articles this long, in case their feed brings them back (default 180d).")
        var stateRetention: TimeBudget?

        @Option(help: "Set the limits of this source (its URL or number) instead.")
        var feed: String?

        func validate() throws {
            if maxAge == nil && maxCount == nil && keepUnread == nil && stateRetention == nil {
                throw ValidationError("give at least one of --max-age, --max-count, --keep-unread, --state-retention.")
            }
            if let maxCount, maxCount < 0 { throw ValidationError("--max-count must not be negative.") }
            if feed != nil && (keepUnread != nil || stateRetention != nil) {
                throw ValidationError("--keep-unread and --state-retention are for the whole cache, not --feed.")
            }
        }

        func run() async throws {
            try await reportingErrors {
                let library = try options.openLibrary()
                var policy = try await library.retentionPolicy
                if let feed {
                    let source = try await FeedArgument.find(feed, in: library.store)
                    var limits = policy.sourceLimits[source.id] ?? RetentionPolicy.Limits()
                    limits.maxAge = maxAge?.seconds ?? limits.maxAge
                    limits.maxCount = maxCount ?? limits.maxCount
                    policy.sourceLimits[source.id] = limits
                } else {
                    policy.limits.maxAge = maxAge?.seconds ?? policy.limits.maxAge
                    policy.limits.maxCount = maxCount ?? policy.limits.maxCount
                    policy.keepUnreadYoungerThan = keepUnread?.seconds ?? policy.keepUnreadYoungerThan
                    policy.stateRetention = stateRetention?.seconds ?? policy.stateRetention
                }
                try await library.setRetentionPolicy(policy)
                print("Saved; `reader prune --dry-run` shows what it removes.")
            }
        }
    }

    /// `reader retention clear`.
    struct Clear: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Clear the retention policy (nothing is pruned), or one source's own limits.")

        @OptionGroup var options: GlobalOptions

        @Option(help: "Clear only this source's limits (its URL or number).")
        var feed: String?

        func run() async throws {
            try await reportingErrors {
                let library = try options.openLibrary()
                var policy = RetentionPolicy.keepEverything
                if let feed {
                    policy = try await library.retentionPolicy
                    policy.sourceLimits[try await FeedArgument.find(feed, in: library.store).id] = nil
                }
                try await library.setRetentionPolicy(policy)
                print(feed == nil ? "Cleared: nothing is pruned." : "Cleared the limits of \(feed ?? "")")
            }
        }
    }
}

/// A source named on the command line by its URL or number.
enum FeedArgument {
    /// The saved source `reference` names.
    /// - throws: ``StoreError/sourceNotFound(_:)``.
    static func find(_ reference: String, in store: ArticleStore) async throws -> Source {
        guard let source = try await store.source(reference: reference) else { throw StoreError.sourceNotFound(reference) }
        return source
    }
}

/// The retention policy in words.
enum RetentionText {
    /// `at most 90d old, at most 5,000 articles in all`, or `no limit`.
    static func limits(_ limits: RetentionPolicy.Limits, countScope: String) -> String {
        var parts: [String] = []
        if let age = limits.maxAge { parts.append("at most \(duration(age)) old") }
        if let count = limits.maxCount { parts.append("at most \(List.grouped(count)) articles \(countScope)") }
        return parts.isEmpty ? "no limit" : parts.joined(separator: ", ")
    }

    /// `90d`, `12h`, `30m` or `45s`: the largest unit that is exact.
    static func duration(_ seconds: TimeInterval) -> String {
        for (unit, length) in [("d", 86_400.0), ("h", 3600), ("m", 60)] where seconds >= length && seconds.remainder(dividingBy: length) == 0 {
            return "\(Int(seconds / length))\(unit)"
        }
        return "\(Int(seconds.rounded()))s"
    }
}
