import Foundation
import ReaderHTTP
import ReaderModels

/// Sends the requests of one Google Reader API account through a
/// ``RequestRunner`` and reads their answers by route, never by
/// `Content-Type`.
///
/// The runner's retry policy covers 429, 503, 5xx and broken transfers; on
/// top of it an answer that does not read as its route promises (a cut or
/// garbled body) is asked for again, up to the policy's attempts, and then
/// is ``SyncError/unexpectedAnswer(account:route:detail:)``. A 401 is
/// ``SyncError/loginRequired(account:)``, unless the caller takes it as a
/// stale action token. Every error has `secrets` removed.
struct GReaderExchange: Sendable {
    /// An answer that is not what its route promises.
    struct Unexpected: Error {
        /// What is wrong with it, in a few words.
        var detail: String
    }

    /// What sends and retries.
    let runner: RequestRunner
    /// The account's name, for errors.
    let account: String
    /// What no error may show: the login token, or the password at login.
    let secrets: [String]

    /// Sends `request` to `route` and returns what `read` makes of the answer.
    ///
    /// - parameter onStaleToken: what a 401 means when the request carried an
    ///   action token that may have expired; `nil`: a 401 is a login required.
    /// - parameter read: reads a 2xx answer; throws ``Unexpected`` when it
    ///   is not what the route promises.
    func perform<Value>(
        _ route: GReaderRoute, _ request: HTTPRequest, report: inout SyncReport, onStaleToken: Value? = nil,
        read: (HTTPResponse) throws(Unexpected) -> Value
    ) async throws(SyncError) -> Value {
        var attempt = 0
        while true {
            attempt += 1
            let response: HTTPResponse
            do {
                response = try await runner.send(request, passing: [400, 401, 403], report: &report)
            } catch {
                throw error.redacting(secrets)
            }
            switch response.status {
            case 401:
                if let onStaleToken { return onStaleToken }
                throw .loginRequired(account: account)
            case 400, 403:
                throw SyncError.http(source: runner.sourceURL, status: response.status, message: refusal(route, response))
                    .redacting(secrets)
            default:
                break
            }
            do throws(Unexpected) {
                return try read(response)
            } catch {
                guard attempt < runner.policy.maxAttempts else {
                    throw SyncError.unexpectedAnswer(account: account, route: route.name, detail: runner.displayable(error.detail))
                        .redacting(secrets)
                }
            }
        }
    }

    /// What a 400 or 403 of `route` says: the server's message, and for a
    /// login what FreshRSS refuses with 400.
    private func refusal(_ route: GReaderRoute, _ response: HTTPResponse) -> String? {
        let message = runner.message(in: response)
        guard route == .clientLogin, response.status == 400 else { return message }
        return "the server refused the login request (FreshRSS accepts only letters and digits in a user name)"
            + (message.map { ": \($0)" } ?? "")
    }

    /// The JSON body of `response` as `type`.
    /// - throws: ``Unexpected`` naming the field and the fault.
    static func json<Body: Decodable>(_ type: Body.Type, from response: HTTPResponse) throws(Unexpected) -> Body {
        do {
            return try JSONDecoder().decode(type, from: response.body)
        } catch {
            throw Unexpected(detail: DecodingFailure.describe(error))
        }
    }

    /// The body of `response` as text without surrounding whitespace.
    static func trimmedText(of response: HTTPResponse) -> String {
        String(decoding: response.body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
