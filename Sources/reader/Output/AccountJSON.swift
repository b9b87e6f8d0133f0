import Foundation
import ReaderCore

/// An account as `reader accounts list` prints it; never its token.
struct AccountJSON: Encodable {
    var name: String
    var kind: String
    var url: String
    var user: String
    var subscriptions: Int
    var lastSynced: String?
    var lastError: String?

    enum CodingKeys: String, CodingKey {
        case name, kind, url, user, subscriptions
        case lastSynced = "last_synced"
        case lastError = "last_error"
    }

    init(_ account: Account, subscriptions: Int) {
        name = account.name
        kind = account.kind.rawValue
        url = account.url
        user = account.user
        self.subscriptions = subscriptions
        lastSynced = account.lastSyncedAt.map(RFC3339.string(from:))
        lastError = account.lastError
    }

    /// One line: name, URL, user, subscriptions, last sync and error.
    var text: String {
        var parts = [name, url, "user \(user)", "\(subscriptions) subscription\(subscriptions == 1 ? "" : "s")"]
        if let lastSynced { parts.append("last sync \(lastSynced)") } else { parts.append("not synced yet") }
        if let lastError { parts.append("last error: \(lastError)") }
        return parts.joined(separator: " · ")
    }
}
