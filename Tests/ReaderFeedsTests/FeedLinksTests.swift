import Foundation
import ReaderFeeds
import Testing

@Suite struct FeedLinksTests {
    static let page = "https://blog.example/posts/today.html"

    @Test("RSS, Atom and JSON Feed links are found in document order, relative hrefs resolved against the page")
    func findsDeclaredFeeds() {
        let html = """
            <!DOCTYPE html><html><head><title>Blog</title>
            <link rel="stylesheet" type="text/css" href="/style.css">
            <LINK REL="Alternate" TYPE="application/RSS+xml" href="../rss.xml" title=" Blog (RSS) ">
            <link rel="alternate nofollow" type="application/atom+xml; charset=utf-8" href="//feeds.example/atom">
            <link rel="alternate" type="application/feed+json" href="feed.json">
            <link rel="alternate" type="application/json" href="/api/feed.json" title="">
            <link rel="alternate" type="text/html" hreflang="fr" href="/fr/">
            <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
            <link rel="alternate" type="application/rss+xml" href="../rss.xml" title="again">
            <link rel="alternatefeed" type="application/rss+xml" href="/not-a-token.xml">
            <link rel="alternate" type="application/rss+xml">
            </head><body><link rel="alternate" type="application/rss+xml" href="/in-body.xml"></body></html>
            """
        #expect(FeedLinks.declared(inPage: html, pageURL: Self.page) == [
            FeedLink(url: "https://blog.example/rss.xml", title: "Blog (RSS)", format: .rss),
            FeedLink(url: "https://feeds.example/atom", title: nil, format: .atom),
            FeedLink(url: "https://blog.example/posts/feed.json", title: nil, format: .jsonFeed),
            FeedLink(url: "https://blog.example/api/feed.json", title: nil, format: .jsonFeed),
        ])
    }

    @Test("a <base href> anywhere in the head is what relative hrefs resolve against")
    func honoursBase() {
        let html = """
            <head><link rel="alternate" type="application/atom+xml" href="atom.xml">
            <base href="/feeds/"><base href="https://other.example/"></head>
            """
        #expect(FeedLinks.declared(inPage: html, pageURL: Self.page) == [
            FeedLink(url: "https://blog.example/feeds/atom.xml", title: nil, format: .atom)
        ])
    }

    @Test("a page with no head tags, entities in attributes and scripts in the way")
    func toleratesMessyPages() {
        let html = """
            <script>document.write('<link rel="alternate" type="application/rss+xml" href="/fake.xml">')</script>
            <!-- <link rel="alternate" type="application/rss+xml" href="/commented.xml"> -->
            <link rel=alternate type=application/rss+xml href=/a.xml?x=1&amp;y=2 title=A&amp;B>
            """
        #expect(FeedLinks.declared(inPage: html, pageURL: Self.page) == [
            FeedLink(url: "https://blog.example/a.xml?x=1&y=2", title: "A&B", format: .rss)
        ])
    }

    @Test("links in the body, in comments, of other types or of other rels declare nothing")
    func nothingDeclared() {
        let html = """
            <html><head><title>x</title>
            <!-- <link rel="alternate" type="application/rss+xml" href="/old.xml"> -->
            <link rel="alternate" type="text/html" href="/fr/">
            <link rel="feed" type="application/rss+xml" href="/feed-rel.xml">
            <link rel="alternate" type="application/rdf+xml" href="/meta.rdf">
            </head><body><link rel="alternate" type="application/rss+xml" href="/in-body.xml"></body></html>
            """
        #expect(FeedLinks.declared(inPage: html, pageURL: Self.page).isEmpty)
        #expect(FeedLinks.declared(inPage: "", pageURL: Self.page).isEmpty)
    }

    @Test("HTML pages are told from feeds by their first markup", arguments: [
        ("<!DOCTYPE html><html></html>", true),
        ("\u{FEFF}\n  <!-- x --><html lang=en>", true),
        ("<?xml version=\"1.0\"?><rss version=\"2.0\"></rss>", false),
        ("{\"version\": \"https://jsonfeed.org/version/1.1\"}", false),
        ("<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", false),
    ])
    func tellsPagesFromFeeds(document: String, isPage: Bool) {
        #expect(FeedLinks.isHTMLPage(Data(document.utf8)) == isPage)
    }
}
