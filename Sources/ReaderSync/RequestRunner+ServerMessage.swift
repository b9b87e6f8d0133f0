import Foundation
import ReaderHTTP
import ReaderModels

// MARK: - The server's own words

extension RequestRunner {
    /// The longest server message an error carries, in characters.
    static let longestMessage = 300

    /// The `message` of a JSON error body, or the first line of a short
    /// plain-text body, fit for an error line: through
    /// `ServerText.displayable(_:secrets:)` with this source's token as a
    /// secret (a server may echo the request's headers), on one line, and
    /// at most ``longestMessage`` characters.
    func message(in response: HTTPResponse) -> String? {
        guard let text = Self.rawMessage(in: response) else { return nil }
        return displayable(text)
    }

    /// `text` from the server made fit for an error line, as ``message(in:)`` does.
    func displayable(_ text: String) -> String {
        let shown = ServerText.displayable(text, secrets: token.map { [$0] } ?? [])
            .split(whereSeparator: \.isNewline).joined(separator: " ")
        return shown.count > Self.longestMessage ? shown.prefix(Self.longestMessage) + "…" : shown
    }

    /// The message as the server sent it.
    private static func rawMessage(in response: HTTPResponse) -> String? {
        if let body = try? JSONDecoder().decode(SyncWire.ErrorBody.self, from: response.body) {
            return body.error.message
        }
        guard response.body.count <= 200, let text = String(data: response.body, encoding: .utf8) else { return nil }
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init)?.trimmingCharacters(in: .whitespaces)
        return (line?.isEmpty ?? true) || text.contains("<") ? nil : line
    }
}
