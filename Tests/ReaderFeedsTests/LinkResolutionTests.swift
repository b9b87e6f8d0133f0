import Foundation
@testable import ReaderFeeds
import ReaderModels
import Testing

/// Relative URLs in feeds: `xml:base` at any level, else the document's URL (RFC 3986).
@Suite struct LinkResolutionTests {
    /// RFC 3986 section 5.4's normal and abnormal examples, plus the empty reference.
    @Test(arguments: [
        ("g", "http://a/b/c/g"), ("./g", "http://a/b/c/g"), ("g/", "http://a/b/c/g/"), ("/g", "http://a/g"),
        ("//g", "http://g"), ("?y", "http://a/b/c/d;p?y"), ("g?y", "http://a/b/c/g?y"),
        ("#s", "http://a/b/c/d;p?q#s"), ("g#s", "http://a/b/c/g#s"), (";x", "http://a/b/c/;x"),
        ("", "http://a/b/c/d;p?q"), (".", "http://a/b/c/"), ("..", "http://a/b/"), ("../g", "http://a/b/g"),
        ("../..", "http://a/"), ("../../g", "http://a/g"), ("../../../g", "http://a/g"), ("/./g", "http://a/g"),
        ("/../g", "http://a/g"), ("g.", "http://a/b/c/g."), ("..g", "http://a/b/c/..g"), ("./../g", "http://a/b/g"),
        ("g/../h", "http://a/b/c/h"), ("g;x=1/../y", "http://a/b/c/y"), ("g:h", "g:h"),
        ("mailto:x@a", "mailto:x@a"), ("HTTPS://Other/X", "HTTPS://Other/X"),
    ])
    func resolvesAsRFC3986Says(reference: String, expected: String) throws {
        let base = try #require(LinkBase("http://a/b/c/d;p?q"))
        #expect(LinkBase.resolve(reference, against: base) == expected)
    }

    @Test func otherBasesAndReferences() throws {
        let bare = try #require(LinkBase("https://example.org"))
        #expect(LinkBase.resolve("a/b", against: bare) == "https://example.org/a/b")
        #expect(LinkBase.resolve("?q", against: bare) == "https://example.org?q")
        let withFragment = try #require(LinkBase("https://example.org/x/y.html?p=1#top"))
        #expect(LinkBase.resolve("#f", against: withFragment) == "https://example.org/x/y.html?p=1#f")
        #expect(LinkBase.resolve("//cdn.example/a/../b?c#d", against: withFragment) == "https://cdn.example/b?c#d")
        #expect(LinkBase.resolve(" ../z ", against: withFragment) == "https://example.org/z")
        #expect(LinkBase("urn:example:feed") == nil)
        #expect(LinkBase("/relative/") == nil)
    }

    @Test func nestedBasesResolveAgainstEachOther() throws {
        let feed = try #require(LinkBase.nested("https://blog.example.org/writing/", in: nil))
        let entry = LinkBase.nested("2025/08/", in: feed)
        let content = LinkBase.nested("26/qemu/", in: entry)
        #expect(content?.url == "https://blog.example.org/writing/2025/08/26/qemu/")
        #expect(LinkBase.nested("//cdn.example.net/m/", in: feed)?.url == "https://cdn.example.net/m/")
        // A relative base with nothing to resolve it against leaves no base.
        #expect(LinkBase.nested("2025/", in: nil) == nil)
    }

    @Test func atomBasesNestAtEveryLevel() throws {
        let feed = try parseFixture("links/atom-nested-base.xml")
        #expect(feed.homePageURL == "https://blog.example.org/")
        #expect(feed.iconURL == "https://blog.example.org/favicon.ico")
        #expect(feed.logoURL == "https://blog.example.org/writing/images/logo.png")
        #expect(feed.description == "Notes on <emulators> and patents")

        let qemu = try #require(feed.item("tag:blog.example.org,2025:qemu"))
        #expect(qemu.url == "https://blog.example.org/writing/2025/08/26/qemu-10-1-0/")
        #expect(
            qemu.enclosures == [
                Enclosure(url: "https://blog.example.org/writing/media/qemu.ogg", mimeType: "audio/ogg", length: 12345)
            ])
        #expect(qemu.imageURL == "https://blog.example.org/writing/2025/08/26/qemu-10-1-0/shot.png")
        let page = "https://blog.example.org/writing/2025/08/26/qemu-10-1-0/"
        #expect(
            qemu.contentHTML
                == #"<p><a href="https://blog.example.org/writing/releases/?v=10.1#notes">Notes</a> "#
                + #"<img src="\#(page)shot.png" width="640"> <a href="\#(page)?page=2">next</a> "#
                + #"<a href="\#(page)#f">here</a> <a href='https://cdn.example.net/x'>cdn</a> "#
                + #"<a href="\#(page)plain.html">plain</a> <a href="https://other.example/abs">abs</a> "#
                + #"<a href="mailto:editor@example.org">mail</a> <a href="javascript:alert(1)">js</a></p>"#)

        #expect(feed.item("tag:blog.example.org,2025:about")?.url == "https://blog.example.org/about/index.html")
        #expect(feed.item("tag:blog.example.org,2025:mirror")?.url == "https://cdn.example.net/mirror/x")
        // A mailto: link is no web page.
        let mail = try #require(feed.item("tag:blog.example.org,2025:mail"))
        #expect(mail.url == nil)
    }

    @Test func withoutXMLBaseLinksResolveAgainstTheDocumentURL() throws {
        let feed = try parseFixture("links/atom-document-url.xml", baseURL: "https://www.qemu.example/feeds/atom.xml")
        #expect(feed.homePageURL == "https://www.qemu.example/")
        let entry = try #require(feed.items.first)
        #expect(entry.url == "https://www.qemu.example/2025/08/26/qemu-10-1-0/")
        #expect(
            entry.contentHTML
                == #"<p>Get it from the <a href="https://www.qemu.example/feeds/download/">download page</a>.</p>"#
                + #"<img src="https://www.qemu.example/screenshots/10.1.png" alt="">"#)
        #expect(entry.imageURL == "https://www.qemu.example/screenshots/10.1.png")
        // The id does not depend on where the document was fetched from.
        #expect(entry.uniqueID == "urn:example:qemu:10.1.0")
    }

    @Test func withNoBaseKnownRelativeLinksStayAsWritten() throws {
        let feed = try parseFixture("links/atom-document-url.xml")
        #expect(feed.items.first?.url == "/2025/08/26/qemu-10-1-0/")
        #expect(feed.items.first?.imageURL == nil)
    }

    @Test func htmlWithNothingRelativeComesBackUnchanged() throws {
        let base = try #require(LinkBase("https://example.org/a/"))
        let html = #"<p><a href="https://x.example/">x</a> <img src="data:image/png;base64,AA"> text &amp; more</p>"#
        #expect(HTMLLinkResolver.resolve(html, against: base, findingImage: false).html == html)
        let unquoted = HTMLLinkResolver.resolve(#"<video poster=p.jpg src="v.mp4">"#, against: base, findingImage: false)
        #expect(unquoted.html == #"<video poster="https://example.org/a/p.jpg" src="https://example.org/a/v.mp4">"#)
        let escaped = HTMLLinkResolver.resolve(#"<a href="?a=1&amp;b=2">q</a>"#, against: base, findingImage: false)
        #expect(escaped.html == #"<a href="https://example.org/a/?a=1&amp;b=2">q</a>"#)
    }
}
