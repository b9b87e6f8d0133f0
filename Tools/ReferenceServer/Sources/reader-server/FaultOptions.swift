import ArgumentParser
import Foundation
import ReferenceServerCore

/// The fault-injection flags of `reader-server serve`.
struct FaultOptions: ParsableArguments {
    @Option(help: "Milliseconds to wait before every answer.")
    var latencyMs = 0

    @Option(help: "The share of requests (0 to 1) that fail with one of --fail-statuses.")
    var failRate = 0.0

    @Option(
        help: "Comma-separated statuses for failures; 429 and 503 carry Retry-After: 1.",
        transform: FaultOptions.statuses)
    var failStatuses: [Int] = [500, 503, 429]

    @Option(help: "The share of answers (0 to 1) cut in half after a full Content-Length.")
    var truncateRate = 0.0

    @Flag(help: "Make article pages overlap: each page re-sends the last quarter of the previous one.")
    var overlap = false

    @Option(help: "A cursor that answers 410 cursor_expired (repeatable).")
    var expireCursor: [String] = []

    @Option(help: "The seed of the fault decisions.")
    var faultSeed: UInt64 = 0

    /// The fault settings these flags describe.
    var settings: FaultSettings {
        FaultSettings(
            latencyMS: latencyMs, failRate: failRate, failStatuses: failStatuses, truncateRate: truncateRate,
            overlap: overlap, expiredCursors: expireCursor, seed: faultSeed)
    }

    /// Parses `500,503,429`.
    static func statuses(_ text: String) throws -> [Int] {
        try text.split(separator: ",").map { part in
            guard let status = Int(part.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("--fail-statuses takes comma-separated numbers, not \(text)")
            }
            return status
        }
    }
}
