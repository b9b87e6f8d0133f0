import ArgumentParser
import Foundation
import ReaderCore

/// Option values parsed once, as ArgumentParser reads them: each throws a
/// message that says what is wrong, shown as `--option: message`.
enum ArgumentValue {
    /// A province in any spelling (`Yunnan`, `yunnan`, `云南省`).
    static func province(_ text: String) throws -> Province {
        guard let province = ProvinceName.province(named: text) else {
            throw ValidationError(ProvinceNameMessage.unknown(text))
        }
        return province
    }

    /// A search in the syntax ``SearchQuery`` reads.
    static func search(_ text: String) throws -> SearchQuery {
        do throws(SearchQueryError) {
            return try SearchQuery(text)
        } catch {
            throw ValidationError(error.description)
        }
    }

    /// A date: `YYYY-MM-DD` or RFC 3339.
    static func date(_ text: String) throws -> Date {
        guard let date = FeedDate.parse(text) else {
            throw ValidationError("takes a date like 2020-04-20 or 2020-04-20T08:00:00Z, not \"\(text)\"")
        }
        return date
    }

    /// A whole number of at least 1.
    static func positiveCount(_ text: String) throws -> Int {
        guard let count = Int(text), count > 0 else {
            throw ValidationError("must be a positive whole number, not \"\(text)\"")
        }
        return count
    }
}
