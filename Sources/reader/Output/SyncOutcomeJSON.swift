import Foundation
import ReaderCore

/// One source's result as `reader sync --json` prints it.
///
/// `result` is one of `synced`, `not_modified`, `failed`, `stopped` (at the
/// deadline), `deferred` and `not_reached`; counts are present when it synced,
/// `error` when it failed or stopped, `deferred` when it was left alone.
struct SyncOutcomeJSON: Encodable {
    /// Why and until when a source was left alone.
    struct Deferral: Encodable {
        var reason: String
        var until: String
    }

    var url: String
    var result: String
    var new: Int?
    var updated: Int?
    var unchanged: Int?
    var retracted: Int?
    var pages: Int?
    var requests: Int?
    var bytes: Int?
    var durationSeconds: Double?
    var statePushed: Int?
    var statePulled: Int?
    var skipped: [String]?
    var damage: String?
    var error: String?
    var deferred: Deferral?

    enum CodingKeys: String, CodingKey {
        case url, result, new, updated, unchanged, retracted, pages, requests, bytes, skipped, damage, error, deferred
        case durationSeconds = "duration_s", statePushed = "state_pushed", statePulled = "state_pulled"
    }

    /// - parameter url: the source's URL, or an account's name.
    init(url: String, status: SyncOutcome.Status) {
        self.url = url
        switch status {
        case .synced(let report):
            result = report.notModified && report.articles == ApplyResult() ? "not_modified" : "synced"
            new = report.articles.new
            updated = report.articles.updated
            unchanged = report.articles.unchanged
            retracted = report.articles.retracted
            pages = report.pages
            requests = report.requests
            bytes = report.bytesReceived
            durationSeconds = (report.duration * 1000).rounded() / 1000
            statePushed = report.statePushed
            statePulled = report.statePulled
            skipped = report.skipped
            damage = report.damage
        case .failed(let failure):
            result = failure.isStop ? "stopped" : "failed"
            error = failure.description
        case .deferred(let deferral):
            result = "deferred"
            deferred = Deferral(reason: deferral.reason.rawValue, until: RFC3339.string(from: deferral.until))
        case .notReached:
            result = "not_reached"
        }
    }
}
