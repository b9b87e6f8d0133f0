import Foundation
import ReaderHTTP
import ReaderModels

extension GReaderClient {
    /// Logs `user` in at `endpoint` with `password` (`POST accounts/ClientLogin`)
    /// and returns the login token (the answer's `Auth=` line), to keep in
    /// place of the password.
    ///
    /// The password is sent form-encoded and appears in no error: a server
    /// that echoes it has it removed. Errors name the account as
    /// `runner.sourceURL`.
    ///
    /// - throws: ``SyncError/loginRequired(account:)`` for a wrong user name
    ///   or password (401); ``SyncError/http(source:status:message:)`` for a
    ///   request the server refuses (400, such as a user name FreshRSS does
    ///   not take); ``SyncError/unexpectedAnswer(account:route:detail:)``
    ///   for an answer without an `Auth=` line; and the runner's errors.
    static func logIn(
        endpoint: String, user: String, password: String, runner: RequestRunner, report: inout SyncReport
    ) async throws(SyncError) -> String {
        let form = GReaderFormEncoding.encoded([("Email", user), ("Passwd", password)])
        let request = HTTPRequest(
            url: GReaderRoute.clientLogin.url(endpoint: endpoint), method: .post,
            headers: ["Content-Type": formContentType], body: Data(form.utf8))
        let exchange = GReaderExchange(
            runner: runner, account: runner.sourceURL, secrets: [password, GReaderFormEncoding.escaped(password)])
        return try await exchange.perform(.clientLogin, request, report: &report) { response throws(GReaderExchange.Unexpected) in
            let lines = String(decoding: response.body, as: UTF8.self).split(whereSeparator: \.isNewline)
            let auth = lines.lazy.filter { $0.hasPrefix("Auth=") }.map { $0.dropFirst(5).trimmingCharacters(in: .whitespaces) }
            guard let token = auth.first(where: { !$0.isEmpty }) else {
                throw GReaderExchange.Unexpected(detail: "no login token (Auth) in the answer")
            }
            return token
        }
    }
}
