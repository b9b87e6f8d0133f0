import Foundation
import ReaderFeeds
import Testing

/// Atom 0.3, read as the Atom 1.0 it became.
@Suite struct Atom03Tests {
    @Test func readsFeedAndEntries() throws {
        let feed = try parseFixture("wild/atom-0.3.xml")
        #expect(feed.format == .atom)
        #expect(feed.title == "Old <Blog> Days")
        #expect(feed.homePageURL == "https://oldblog.example.net/")
        #expect(feed.language == "en")
        #expect(feed.items.map(\.uniqueID) == ["tag:oldblog.example.net,2025:42", "tag:oldblog.example.net,2025:41", "tag:oldblog.example.net,2025:40"])
        #expect(feed.skipped.isEmpty)
    }

    @Test func escapedContentIssuedAndModified() throws {
        let entry = try #require(try parseFixture("wild/atom-0.3.xml").items.first)
        #expect(entry.title == "Moving to a new host")
        #expect(entry.url == "https://oldblog.example.net/2025/08/new-host.html")
        #expect(entry.contentHTML == "<p>The blog moves to a <em>new</em> host.</p>")
        #expect(entry.summary == "The blog moves to a new host.")
        #expect(entry.author == "Marta Ruiz")
        #expect(entry.published == (try instant("2025-08-26T07:00:00Z")))
        #expect(entry.updated == (try instant("2025-08-26T09:30:00Z")))
    }

    @Test func inlineXHTMLAndCreatedWithoutIssued() throws {
        let entry = try #require(try parseFixture("wild/atom-0.3.xml").items.dropFirst().first)
        #expect(entry.contentHTML == "<p>Inline <strong>markup</strong>.</p>")
        #expect(entry.summary == "A short summary.")
        #expect(entry.author == "Ana Gil")
        #expect(entry.published == (try instant("2025-08-20T08:00:00Z")))
        #expect(entry.updated == (try instant("2025-08-21T08:00:00Z")))
    }

    @Test func base64Content() throws {
        let entry = try #require(try parseFixture("wild/atom-0.3.xml").items.last)
        #expect(entry.contentHTML == "<p>Notes from the <b>base64</b> era.</p>")
        #expect(entry.published == (try instant("2025-08-19T08:00:00Z")))
    }
}
