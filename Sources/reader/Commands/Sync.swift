import ArgumentParser
import Foundation
import Logging
import ReaderCore
import ReaderCurl

/// `reader sync`: syncs one new source, or refreshes every saved one.
struct Sync: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Sync a feed or sync endpoint, or every saved source.",
        discussion: """
            Without --endpoint, refreshes every saved source, several at once: fresh feeds (by their HTTP \
            caching) and sources backing off after failures are left alone unless --force. Exits non-zero \
            if any source failed, after syncing the others.
            """)

    @OptionGroup var options: GlobalOptions

    @Option(help: "A feed or Reader Sync API URL to add (kept for later runs) and sync.")
    var endpoint: String?

    @Option(help: "Bearer token for --endpoint (default: $READER_TOKEN). Stored for that source, never printed.")
    var token: String?

    @Option(help: "Sync only this account (by its name in `reader accounts list`).")
    var account: String?

    @Flag(help: "Sync every source now, even those that are fresh or backing off.")
    var force = false

    @Option(help: "Start nothing after this long (e.g. 25s, 2m, 1500ms); sources in flight stop at their next request.")
    var deadline: TimeBudget?

    @Option(help: "Sources fetching at once, and libcurl connections open at once.")
    var jobs = SyncScheduler.Options().maxConcurrentFetches

    @Option(name: .customLong("per-host"), help: "Sources of one host fetching, and connections to it, at once.")
    var perHost = SyncScheduler.Options().maxSourcesPerHost

    @Flag(help: "Print a JSON array with each source's result instead of lines (errors also go to stderr).")
    var json = false

    func validate() throws {
        if token != nil && endpoint == nil {
            throw ValidationError("--token needs --endpoint: it is stored for that source.")
        }
        if account != nil && endpoint != nil { throw ValidationError("give --endpoint or --account, not both.") }
        guard jobs > 0, perHost > 0 else { throw ValidationError("--jobs and --per-host must be at least 1.") }
    }

    func run() async throws {
        let deadline = deadline.map { ContinuousClock.now + $0.duration }
        let command = self
        let work = Task {
            try await CurlTransport.whilePreparing { try await command.sync(until: deadline) }
        }
        let interruption = SyncInterruption { work.cancel() }
        defer { interruption.end() }
        let result = await work.result
        if interruption.happened {
            Terminal.clearLineIfInteractive()
            Terminal.printError(SyncInterruption.message)
            throw ExitCode(SyncInterruption.exitStatus)
        }
        try result.get()
    }

    /// Syncs, with libcurl loading meanwhile; prints nothing once the task is
    /// cancelled (by Ctrl-C: ``run()`` says so).
    private func sync(until deadline: ContinuousClock.Instant?) async throws {
        try await reportingErrors {
            let library = try options.openLibrary(connections: jobs, connectionsPerHost: perHost)
            let progress = Terminal.isInteractive && !options.quiet && !json ? SyncProgressLine() : nil
            let options = options
            let logStep: @Sendable (SyncProgress) -> Void = { step in
                options.log(
                    .debug, "\(step.sourceURL): \(SyncProgressLine.name(of: step.phase)), \(step.pages) pages, "
                        + "\(step.articles) articles, \(step.bytesReceived) bytes")
            }
            let onSource: @Sendable (SyncProgress) -> Void = { step in
                progress?.showSource(step)
                logStep(step)
            }
            let outcomes: [(url: String, status: SyncOutcome.Status)]
            if let endpoint {
                outcomes = [(endpoint, await syncOne(endpoint, library: library, deadline: deadline, progress: onSource))]
            } else if let account {
                let found = try await AccountArgument.find(account, in: library.store)
                outcomes = [(found.name, await syncAccount(found, library: library, deadline: deadline, progress: onSource))]
            } else {
                let scheduling = SyncScheduler.Options(
                    maxConcurrentFetches: jobs, maxSourcesPerHost: perHost, deadline: deadline, force: force)
                let sources = try await library.syncAll(options: scheduling) { step in
                    progress?.show(step)
                    if let latest = step.latest { logStep(latest) }
                }.map {
                    ($0.source.url, $0.status)
                }
                let accounts = try await library.syncAccounts(deadline: deadline, progress: onSource).map {
                    ($0.account.name, Self.status(of: $0.result))
                }
                outcomes = sources + accounts
                if outcomes.isEmpty && !json {
                    print(
                        "No sources yet: add one with `reader sync --endpoint URL`, `reader feeds add URL` "
                            + "or `reader accounts add greader URL --user NAME`.")
                }
            }
            progress?.clear()
            if Task.isCancelled { return }
            var failed = false
            for (url, status) in outcomes {
                if case .failed(let error) = status, !error.isStop {
                    failed = true
                    Terminal.printError(error.description + ErrorHint.text(for: error))
                } else if !options.quiet && !json {
                    print(SyncSummary.lines(for: status, url: url).joined(separator: "\n"))
                }
            }
            if json {
                print(try JSONOutput.text(of: outcomes.map { SyncOutcomeJSON(url: $0.url, status: $0.status) }))
            } else if outcomes.count > 1 && !options.quiet {
                print(SyncSummary.totals(outcomes.map(\.status)))
            }
            if failed { throw ExitCode.failure }
        }
    }

    /// Syncs `account` alone.
    private func syncAccount(
        _ account: Account, library: ReaderLibrary, deadline: ContinuousClock.Instant?,
        progress: @escaping @Sendable (SyncProgress) -> Void
    ) async -> SyncOutcome.Status {
        do throws(SyncError) {
            return .synced(try await library.sync(account, deadline: deadline, progress: progress))
        } catch {
            return .failed(error)
        }
    }

    /// An account's result as a sync status.
    private static func status(of result: Result<SyncReport, SyncError>) -> SyncOutcome.Status {
        switch result {
        case .success(let report): .synced(report)
        case .failure(let error): .failed(error)
        }
    }

    /// Saves and syncs `url` alone.
    private func syncOne(
        _ url: String, library: ReaderLibrary, deadline: ContinuousClock.Instant?,
        progress: @escaping @Sendable (SyncProgress) -> Void
    ) async -> SyncOutcome.Status {
        let token = token ?? GlobalOptions.environmentToken
        do throws(SyncError) {
            return .synced(
                try await library.addSourceAndSync(url: url, token: token, deadline: deadline, progress: progress))
        } catch {
            return .failed(error)
        }
    }
}

/// A length of time on the command line: `25s`, `2m`, `1500ms`, `1h`, `30d`, or plain seconds.
struct TimeBudget: ExpressibleByArgument {
    /// The length.
    var duration: Duration

    /// The length in seconds.
    var seconds: TimeInterval { Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18 }

    init?(argument: String) {
        let units: [(suffix: String, seconds: Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600), ("d", 86_400)]
        let text = argument.trimmingCharacters(in: .whitespaces).lowercased()
        let unit = units.first { text.hasSuffix($0.suffix) && Double(text.dropLast($0.suffix.count)) != nil }
        guard let value = Double(unit.map { String(text.dropLast($0.suffix.count)) } ?? text), value > 0,
            value.isFinite
        else { return nil }
        duration = .milliseconds(Int64((value * (unit?.seconds ?? 1) * 1000).rounded()))
    }
}
