import NIOConcurrencyHelpers
import ReaderModels

/// The account's tokens: the `Auth` token (the same on every login, derived
/// from the user and password) and the action token `T` that writes carry,
/// which expires after ``GReaderSettings/tokenUses`` writes when that is set.
final class GReaderCredentials: Sendable {
    private struct Ledger {
        var generation = 0
        var uses = 0
    }

    let settings: GReaderSettings
    /// `USER/<40 hex digits>`.
    let authToken: String
    private let ledger = NIOLockedValueBox(Ledger())

    init(settings: GReaderSettings) {
        self.settings = settings
        authToken = "\(settings.user)/" + Self.hexDigits(40, of: ["auth", settings.user, settings.password])
    }

    /// Whether `header` (an `Authorization` value) is `GoogleLogin auth=<Auth>` with the account's token.
    func acceptsAuthorization(_ header: String?) -> Bool {
        let scheme = "googlelogin auth="
        guard let header, header.count > scheme.count, header.prefix(scheme.count).lowercased() == scheme else {
            return false
        }
        return ConstantTime.equal(String(header.dropFirst(scheme.count)), authToken)
    }

    /// Whether `user` and `password` are the account's.
    func accepts(user: String, password: String) -> Bool {
        ConstantTime.equal(user, settings.user) && ConstantTime.equal(password, settings.password)
    }

    /// The action token in force: 40 hex digits and 17 `Z`, 57 characters as FreshRSS's.
    var actionToken: String {
        let generation = ledger.withLockedValue { $0.generation }
        return Self.actionToken(generation: generation, settings: settings)
    }

    /// Spends one use of `token` for a write; `false` when it is not the token in force.
    func spend(_ token: String?) -> Bool {
        ledger.withLockedValue { ledger in
            guard let token, ConstantTime.equal(token, Self.actionToken(generation: ledger.generation, settings: settings))
            else { return false }
            ledger.uses += 1
            if let limit = settings.tokenUses, ledger.uses >= limit {
                ledger.generation += 1
                ledger.uses = 0
            }
            return true
        }
    }

    private static func actionToken(generation: Int, settings: GReaderSettings) -> String {
        hexDigits(40, of: ["token", settings.user, settings.password, String(generation)])
            + String(repeating: "Z", count: 17)
    }

    /// `count` hex digits derived from `parts` (FNV-1a rounds; a test server's token, not a secret).
    private static func hexDigits(_ count: Int, of parts: [String]) -> String {
        var digits = ""
        var round = 0
        while digits.count < count {
            var hash = StableHash()
            for part in parts { hash.combine(part) }
            hash.combine(String(round))
            digits += hash.hexDigits
            round += 1
        }
        return String(digits.prefix(count))
    }
}
