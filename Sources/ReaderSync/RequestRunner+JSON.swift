import Foundation
import ReaderHTTP
import ReaderModels

// MARK: - JSON answers

extension RequestRunner {
    /// Sends a request and decodes its JSON answer, retrying (within the policy)
    /// when the answer does not decode, as a truncated or garbled body would not.
    /// A 304 or a status in `passing` comes back without a body to decode.
    func fetchJSON<Body: Decodable>(
        _ type: Body.Type, _ request: HTTPRequest, passing: Set<Int> = [], report: inout SyncReport
    ) async throws(SyncError) -> (HTTPResponse, Body?) {
        var attempt = 0
        while true {
            attempt += 1
            let response = try await send(request, passing: passing, report: &report)
            if response.status == 304 || passing.contains(response.status) { return (response, nil) }
            do throws(SyncError) {
                return (response, try decode(type, from: response))
            } catch {
                guard attempt < policy.maxAttempts else { throw error }
            }
        }
    }

    /// Decodes a JSON answer of the endpoint.
    func decode<Body: Decodable>(_ type: Body.Type, from response: HTTPResponse) throws(SyncError) -> Body {
        do {
            return try SyncWire.makeDecoder().decode(type, from: response.body)
        } catch {
            throw .protocolViolation(source: sourceURL, detail: displayable(DecodingFailure.describe(error)))
        }
    }
}
