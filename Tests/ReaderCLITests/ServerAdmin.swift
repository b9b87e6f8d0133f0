import Foundation
import ReaderModels

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The reference server's admin API (`/admin`): what it holds, random edits,
/// and fault settings at runtime.
struct ServerAdmin: Sendable {
    /// `http://127.0.0.1:PORT`.
    let origin: String
    /// The admin bearer token.
    let token: String

    /// One live article of the dump.
    struct Listing: Decodable, Sendable {
        let id: String
        let updated: Date
        let title: String
    }

    /// Every live article, as the client's cache should hold it once synced
    /// from `endpoint`: keyed by the id the client derives from the endpoint
    /// URL and the server's id.
    func content(asSyncedFrom endpoint: String) async throws -> Set<ArticleContent> {
        let listings = try await send("GET", "articles", decoding: [Listing].self)
        return Set(listings.map {
            ArticleContent(
                id: ArticleID(sourceURL: endpoint, remoteID: $0.id).rawValue, title: $0.title,
                updatedMilliseconds: Milliseconds.of($0.updated))
        })
    }

    /// Every stored (article, field) value, by the server's article id.
    func state() async throws -> [StateChange] {
        try await send("GET", "state", decoding: [StateChange].self)
    }

    /// Edits `count` random live articles; returns their server ids.
    func editRandom(count: Int, seed: UInt64) async throws -> [String] {
        try await send("POST", "edit-random", body: RandomRequest(count: count, seed: seed), decoding: AffectedIDs.self).ids
    }

    /// Retracts `count` random live articles; returns their server ids.
    func retractRandom(count: Int, seed: UInt64) async throws -> [String] {
        try await send("POST", "retract-random", body: RandomRequest(count: count, seed: seed), decoding: AffectedIDs.self).ids
    }

    /// Publishes `count` new articles; returns their server ids.
    func publishRandom(count: Int, seed: UInt64) async throws -> [String] {
        try await send("POST", "publish-random", body: RandomRequest(count: count, seed: seed), decoding: AffectedIDs.self).ids
    }

    /// Replaces the fault settings (snake_case fields; missing ones mean no fault).
    func setFaults(_ faults: Faults) async throws {
        _ = try await send("PUT", "faults", body: faults, decoding: Faults.self)
    }

    /// The fault settings of `PUT /admin/faults`.
    struct Faults: Codable, Sendable {
        var failRate: Double?
        var failStatuses: [Int]?
        var truncateRate: Double?
        var overlap: Bool?
        var expiredCursors: [String]?
        var seed: UInt64?

        enum CodingKeys: String, CodingKey {
            case failRate = "fail_rate", failStatuses = "fail_statuses", truncateRate = "truncate_rate", overlap
            case expiredCursors = "expired_cursors", seed
        }
    }

    private struct AffectedIDs: Decodable {
        let ids: [String]
    }

    private struct RandomRequest: Encodable {
        let count: Int
        let seed: UInt64
    }

    private func send<Answer: Decodable>(
        _ method: String, _ path: String, body: some Encodable, decoding: Answer.Type
    ) async throws -> Answer {
        try await send(method, path, json: try JSONEncoder().encode(body), decoding: Answer.self)
    }

    private func send<Answer: Decodable>(
        _ method: String, _ path: String, json body: Data? = nil, decoding: Answer.Type
    ) async throws -> Answer {
        var request = URLRequest(url: URL(string: "\(origin)/admin/\(path)")!)
        request.httpMethod = method
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.cachePolicy = .reloadIgnoringLocalCacheData
        if let body {
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.httpBody = body
        }
        let (data, response) = try await Self.session.data(for: request)
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        guard (200..<300).contains(status) else {
            throw AdminFailure(request: "\(method) /admin/\(path)", status: status, body: String(decoding: data, as: UTF8.self))
        }
        return try SyncWire.makeDecoder().decode(Answer.self, from: data)
    }

    private static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.timeoutIntervalForRequest = 120
        return URLSession(configuration: configuration)
    }()
}

/// An admin request failed.
struct AdminFailure: Error, CustomStringConvertible {
    let request: String
    let status: Int
    let body: String
    var description: String { "\(request) answered \(status): \(body.prefix(500))" }
}
