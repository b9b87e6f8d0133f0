import Foundation
import Hummingbird
import HummingbirdTesting
import ReaderModels
import ReferenceServerCore
import Testing

@Suite("Admin API")
struct AdminTests {
    @Test("edits 50, retracts 20, publishes 30: a client that resumes ends with the server's articles")
    func acceptanceScenario() async throws {
        try await withServer(configure: { configuration, _ in configuration.corpusCount = 400 }) { client in
            var stream = ReplayedStream()
            try await client.pullArticles(into: &stream, limit: 64)
            #expect(stream.articles.count == 400)

            let edited = try await client.post("/admin/edit-random", json: ["count": 50, "seed": 1], headers: .admin)
                .decoded(as: AffectedIDs.self).ids
            let retracted = try await client.post(
                "/admin/retract-random", json: ["count": 20, "seed": 2], headers: .admin
            ).decoded(as: AffectedIDs.self).ids
            let published = try await client.post(
                "/admin/publish-random", json: ["count": 30, "seed": 3], headers: .admin
            ).decoded(as: AffectedIDs.self).ids
            #expect((Set(edited).count, Set(retracted).count, Set(published).count) == (50, 20, 30))

            try await client.pullArticles(into: &stream, limit: 64)
            let dump = try await client.adminArticles()
            #expect(dump.count == 410)
            #expect(dump.map(\.id) == dump.map(\.id).sorted())
            let cached = stream.articles.values.map {
                DumpedArticle(id: $0.id, updated: $0.updated, title: $0.title, provinces: $0.provinces)
            }
            #expect(cached.sorted { $0.id < $1.id } == dump)
            #expect(Set(retracted).isDisjoint(with: stream.articles.keys))
        }
    }

    @Test("the random helpers are deterministic for a seed")
    func randomHelpersAreDeterministic() async throws {
        let run: @Sendable () async throws -> [String] = {
            try await withServer(configure: { configuration, _ in configuration.corpusCount = 100 }) { client in
                let edited = try await client.post("/admin/edit-random", json: ["count": 10, "seed": 77], headers: .admin)
                    .decoded(as: AffectedIDs.self).ids
                let retracted = try await client.post(
                    "/admin/retract-random", json: ["count": 10, "seed": 78], headers: .admin
                ).decoded(as: AffectedIDs.self).ids
                return edited + retracted
            }
        }
        let first = try await run()
        #expect(first.count == 20)
        #expect(try await run() == first)
    }

    @Test("publishing an unchanged article changes nothing; an edit gets a later updated")
    func publishAndEdit() async throws {
        try await withServer { client in
            let date = Date(timeIntervalSince1970: 1_587_369_600)
            var article = SyncWire.Article(
                id: "yunnan-1", url: "https://news.example/yunnan-1",
                title: "IP Publicity Week Events in Yunnan Province Launched", published: date, updated: date,
                summary: "Kunming held the launching ceremony.")
            let created = try await client.post("/admin/articles", json: article, headers: .admin)
            #expect(try created.decoded(as: AffectedIDs.self).ids == ["yunnan-1"])
            let repeated = try await client.post("/admin/articles", json: [article], headers: .admin)
            #expect(try repeated.decoded(as: AffectedIDs.self).ids.isEmpty)

            article.title += " (updated)"
            _ = try await client.post("/admin/articles", json: [article], headers: .admin)
            let dump = try await client.adminArticles()
            #expect(dump.count == 1)
            #expect(dump.first?.title == article.title)
            #expect(dump.first?.updated == date.addingTimeInterval(1))
            #expect(dump.first?.provinces == ["Yunnan"])

            let page = try await client.get("/api/v1/articles").decoded(as: SyncWire.ArticlePage.self)
            #expect(page.articles.map(\.title) == [article.title])
        }
    }

    @Test("bad admin requests answer 400 or 404")
    func badAdminRequests() async throws {
        try await withServer { client in
            let noTitle = try await client.execute(
                uri: "/admin/articles", method: .post, headers: .admin,
                body: ByteBuffer(
                    string: #"{"id":"x","url":"u","title":"","published":"2020-01-01T00:00:00Z","updated":"2020-01-01T00:00:00Z"}"#
                ))
            #expect(noTitle.status == .badRequest)
            let badDate = try await client.execute(
                uri: "/admin/articles", method: .post, headers: .admin,
                body: ByteBuffer(string: #"[{"id":"x","url":"u","title":"t","published":"yesterday","updated":"now"}]"#))
            #expect(badDate.status == .badRequest)
            let badCount = try await client.post("/admin/edit-random", json: ["count": -1], headers: .admin)
            #expect(badCount.status == .badRequest)
            let missing = try await client.execute(uri: "/admin/articles/nope", method: .delete, headers: .admin)
            #expect(missing.status == .notFound)
        }
    }
}
