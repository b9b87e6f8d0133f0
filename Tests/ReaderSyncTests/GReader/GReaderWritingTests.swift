import Foundation
@testable import ReaderSync
import ReaderTestSupport
import Testing

@Suite struct GReaderWritingTests {
    @Test func anEditTagChunkSendsDecimalIDsTheTagAndTheToken() async throws {
        let server = try GReaderTestServer { _, _, _ in GReaderTestServer.html("OK") }
        var report = GReaderTestServer.makeReport()
        let ids = [GReaderItemID(-1), GReaderItemID(291), GReaderItemID(1_636_862_563_565_793)]
        let outcome = try await server.makeClient().editTag(ids, add: GReaderTag.read, actionToken: "T1", report: &report)
        #expect(outcome == .done)
        let request = try #require(server.requests.first)
        #expect(request.method == "POST" && request.path == "/api/greader.php/reader/api/0/edit-tag")
        #expect(request.headers["content-type"] == "application/x-www-form-urlencoded")
        #expect(String(decoding: request.body, as: UTF8.self)
            == "i=-1&i=291&i=1636862563565793&a=user%2F-%2Fstate%2Fcom.google%2Fread&T=T1")
    }

    @Test func aStaleActionTokenIsFetchedAgainOnceAndTheChunkSentAgain() async throws {
        let server = try GReaderTestServer { request, route, _ in
            if route == "reader/api/0/token" { return GReaderTestServer.html("T2fresh\n") }
            let token = GReaderTestServer.form(of: request).last { $0.name == "T" }?.value
            return token == "T2fresh" ? GReaderTestServer.html("OK") : GReaderTestServer.badToken
        }
        var report = GReaderTestServer.makeReport()
        let token = try await server.makeClient().editTagRefetchingToken(
            [GReaderItemID(7)], remove: GReaderTag.starred, actionToken: "T1stale", report: &report)
        #expect(token == "T2fresh")
        #expect(server.requests.map { $0.path.split(separator: "/").last ?? "" } == ["edit-tag", "token", "edit-tag"])
        #expect(report.requests == 3)
    }

    @Test func aFreshTokenRefusedTooIsLoginRequired() async throws {
        let server = try GReaderTestServer { _, route, _ in
            route == "reader/api/0/token" ? GReaderTestServer.html("T2fresh\n") : GReaderTestServer.badToken
        }
        var report = GReaderTestServer.makeReport()
        await #expect(throws: SyncError.loginRequired(account: "home")) {
            _ = try await server.makeClient().editTagRefetchingToken(
                [GReaderItemID(7)], add: GReaderTag.starred, actionToken: "T1stale", report: &report)
        }
        #expect(server.requests.map { $0.path.split(separator: "/").last ?? "" } == ["edit-tag", "token", "edit-tag"])
    }

    @Test func withoutATokenOneIsFetchedFirst() async throws {
        let server = try GReaderTestServer { _, route, _ in
            GReaderTestServer.html(route == "reader/api/0/token" ? "T0\n" : "OK")
        }
        var report = GReaderTestServer.makeReport()
        let token = try await server.makeClient().editTagRefetchingToken(
            [GReaderItemID(7)], add: GReaderTag.read, actionToken: nil, report: &report)
        #expect(token == "T0" && server.requests.count == 2)
    }

    @Test func anEditTagAnswerOtherThanOKIsUnexpected() async throws {
        let server = try GReaderTestServer { _, _, _ in GReaderTestServer.html("<html>Error</html>") }
        var report = GReaderTestServer.makeReport()
        let error = await #expect(throws: SyncError.self) {
            _ = try await server.makeClient().editTag([GReaderItemID(1)], add: GReaderTag.read, actionToken: "T", report: &report)
        }
        guard case .unexpectedAnswer("home", "edit-tag", _)? = error else {
            Issue.record("expected unexpectedAnswer for edit-tag, got \(String(describing: error))")
            return
        }
    }

    @Test func aBadLoginTokenIsLoginRequiredAndNotShown() async throws {
        let server = try GReaderTestServer { request, _, _ in
            .response(status: 401, headers: ["Google-Bad-Token": "true"], body: Data((request.headers["authorization"] ?? "").utf8))
        }
        var report = GReaderTestServer.makeReport()
        await #expect(throws: SyncError.loginRequired(account: "home")) {
            _ = try await server.makeClient().actionToken(report: &report)
        }
    }

    @Test func aRefusedQuickAddNamesTheURLAndTheServersReason() async throws {
        let server = try GReaderTestServer { _, _, _ in
            GReaderTestServer.html(#"{"numResults":0,"query":"https://nowhere.example/feed","error":"Feed not found"}"#)
        }
        var report = GReaderTestServer.makeReport()
        let url = "https://nowhere.example/feed?a=1&b=2"
        await #expect(throws: SyncError.subscriptionRefused(account: "home", url: url, message: "Feed not found")) {
            _ = try await server.makeClient().quickAdd(url: url, actionToken: "T", report: &report)
        }
        let form = GReaderTestServer.form(of: try #require(server.requests.first))
        #expect(form.map(\.name) == ["quickadd", "T"] && form.first?.value == url)
        #expect("\(SyncError.subscriptionRefused(account: "home", url: url, message: "Feed not found"))"
            == "home: the server could not subscribe to \(url): Feed not found")
    }

    @Test func aQuickAddGivesTheNewStreamAndAnEditSendsFolders() async throws {
        let server = try GReaderTestServer { _, route, _ in
            route.hasSuffix("quickadd")
                ? GReaderTestServer.html(#"{"numResults":1,"query":"https://news.example/feed","streamId":"feed/7","streamName":"IP"}"#)
                : GReaderTestServer.html("OK")
        }
        let client = server.makeClient()
        var report = GReaderTestServer.makeReport()
        #expect(try await client.quickAdd(url: "https://news.example/feed", actionToken: "T", report: &report) == "feed/7")
        try await client.editSubscription(
            action: .edit, stream: "feed/7", title: "IP & Patents", addFolder: "专利", actionToken: "T", report: &report)
        let form = GReaderTestServer.form(of: server.requests[1])
        #expect(form.map(\.name) == ["ac", "s", "t", "a", "T"])
        #expect(form.map(\.value) == ["edit", "feed/7", "IP & Patents", "user/-/label/专利", "T"])
    }
}
