import Foundation
import ReaderFeeds
import ReaderTestSupport
import Testing

/// Parses the fixture at `Fixtures/opml/<name>`.
private func parseOPMLFixture(_ name: String) throws -> OPMLDocument {
    try OPMLDocument.parse(Fixtures.data("opml/" + name))
}

/// Parses `xml`, given as UTF-8.
private func parseOPML(_ xml: String) throws(OPMLError) -> OPMLDocument {
    try OPMLDocument.parse(Data(xml.utf8))
}

/// 2020-04-20 08:00:00 UTC, a Monday.
private let created = Date(timeIntervalSince1970: 1_587_369_600)

@Suite struct OPMLReadingTests {
    @Test func readsNestedFolders() throws {
        let document = try parseOPMLFixture("nested-folders.opml")
        #expect(document.title == "IP subscriptions")
        #expect(document.skipped.isEmpty)
        #expect(
            document.entries == [
                OPMLEntry(
                    url: "https://yn.ip.example.org/rss.xml", title: "Yunnan IP Office",
                    homePageURL: "https://yn.ip.example.org/", folder: ["China", "Yunnan"]),
                OPMLEntry(url: "https://km.ip.example.org/feed", title: "Kunming Patents", folder: ["China", "Yunnan"]),
                OPMLEntry(url: "https://cnipa.example.org/rss", title: "CNIPA News", folder: ["China"]),
                OPMLEntry(
                    url: "https://ln.ip.example.org/atom.xml", title: "Liaoning IP", folder: ["China", "Liaoning"]),
                OPMLEntry(
                    url: "https://wipo.example.org/rss", title: "WIPO Newsroom",
                    homePageURL: "https://wipo.example.org/news"),
                OPMLEntry(url: "https://talk.example.org/podcast.xml", title: "IP Talk", folder: ["Podcasts"]),
                // Nested in the "IP Talk" feed outline: only the folders count.
                OPMLEntry(url: "https://talk.example.org/extras.xml", title: "IP Talk extras", folder: ["Podcasts"]),
            ])
    }

    @Test func prefersTheTitleAttributeOverText() throws {
        let document = try parseOPML(
            #"""
            <opml version="2.0"><body>
              <outline text="Folder text" title="Folder title">
                <outline text="Feed text" title="Feed title" xmlUrl="https://a.example.org/rss"/>
                <outline text="Only text" xmlUrl="https://b.example.org/rss"/>
              </outline>
            </body></opml>
            """#)
        #expect(document.entries.map(\.title) == ["Feed title", "Only text"])
        #expect(document.entries.map(\.folder) == [["Folder title"], ["Folder title"]])
    }

    @Test func matchesAttributeNamesIgnoringCaseAndTrimsValues() throws {
        let document = try parseOPMLFixture("attribute-variants.opml")
        #expect(document.title == nil)  // a blank <title>
        #expect(document.skipped.isEmpty)
        #expect(
            document.entries == [
                OPMLEntry(url: "https://a.example.org/rss", title: "lowercase", homePageURL: "https://a.example.org/"),
                OPMLEntry(url: "https://b.example.org/rss", title: "UPPERCASE"),
                OPMLEntry(url: "https://c.example.org/rss", title: "Padded text"),
                OPMLEntry(url: "https://d.example.org/rss", title: nil),  // the text only repeats the URL
                OPMLEntry(url: "https://e.example.org/rss", title: "No type"),
                OPMLEntry(url: "https://a.example.org/rss", title: "Duplicate of lowercase"),  // kept
                OPMLEntry(url: "https://f.example.org/rss", title: "Inside", folder: ["Blank xmlUrl makes a folder"]),
                OPMLEntry(url: "https://g.example.org/rss", title: "In an unnamed folder"),
            ])
    }

    @Test func prefersTheExactSpellingOfAnAttribute() throws {
        let document = try parseOPML(
            #"<opml><body><outline XMLURL="https://b.example.org/" xmlUrl="https://a.example.org/"/></body></opml>"#)
        #expect(document.entries.map(\.url) == ["https://a.example.org/"])
    }

    @Test func skipsFeedsWithoutAnHTTPAddress() throws {
        let document = try parseOPMLFixture("skipped-urls.opml")
        #expect(document.entries.map(\.url) == ["https://ok.example.org/rss", "HTTP://upper.example.org/rss"])
        #expect(document.entries.map(\.folder) == [[], ["Folder"]])
        #expect(
            document.skipped == [
                "outline 2 (line 6): xmlUrl ftp://files.example.org/feed.xml is not an http or https URL",
                "outline 3 (line 7): xmlUrl feeds/local.xml is not an absolute URL",
                "outline 5 (line 9): xmlUrl file:///home/me/feed.xml is not an http or https URL",
                "outline 6 (line 10): xmlUrl http:///feed has no host",
                "outline 8 (line 13): xmlUrl feed://feed.example.org/rss is not an http or https URL",
            ])
    }

    @Test func readsADocumentWithoutFeeds() throws {
        let document = try parseOPML(#"<?xml version="1.0"?><opml version="2.0"><head/><body/></opml>"#)
        #expect(document == OPMLDocument())
    }

    @Test func readsISO8859_1() throws {
        let data = try Fixtures.data("opml/latin1.opml")
        #expect(String(data: data, encoding: .utf8) == nil)  // the fixture really is not UTF-8
        let document = try OPMLDocument.parse(data)
        #expect(document.title == "Abonnements français")
        #expect(
            document.entries == [
                OPMLEntry(
                    url: "https://cafe.example.fr/rss", title: "Café des brevets",
                    homePageURL: "https://cafe.example.fr/", folder: ["Propriété intellectuelle"]),
                OPMLEntry(
                    url: "https://marken.example.de/feed", title: "München & Marken » Neuigkeiten",
                    folder: ["Propriété intellectuelle"]),
            ])
    }

    @Test func honoursAUTF16ByteOrderMark() throws {
        let xml = #"""
            <?xml version="1.0" encoding="UTF-16"?>
            <opml><body><outline text="知识产权" xmlUrl="https://ip.example.cn/rss"/></body></opml>
            """#
        let data = Data([0xFF, 0xFE] + xml.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let document = try OPMLDocument.parse(data)
        #expect(document.entries == [OPMLEntry(url: "https://ip.example.cn/rss", title: "知识产权")])
    }

    @Test func toleratesHTMLNamedEntities() throws {
        let document = try parseOPML(
            #"<opml><body><outline text="Patents&nbsp;&amp;&nbsp;Marks" xmlUrl="https://a.example.org/"/></body></opml>"#)
        #expect(document.entries.map(\.title) == ["Patents\u{A0}&\u{A0}Marks"])
    }

    @Test func ignoresOutlinesOutsideTheBody() throws {
        let document = try parseOPML(
            #"<opml><head><outline xmlUrl="https://head.example.org/"/></head><body/></opml>"#)
        #expect(document.entries.isEmpty)
    }
}

@Suite struct OPMLErrorTests {
    @Test func refusesATruncatedDocument() throws {
        do {
            let document = try parseOPMLFixture("truncated.opml")
            Issue.record("a truncated document parsed: \(document)")
        } catch let OPMLError.malformed(line, column, reason) {
            #expect(line == 4)
            #expect(column > 0)
            #expect(!reason.isEmpty)
        }
    }

    @Test func refusesAnRSSFeed() throws {
        #expect(throws: OPMLError.notOPML(rootElement: "rss")) { try parseOPMLFixture("rss-root.xml") }
    }

    @Test func refusesOtherDocuments() {
        #expect(throws: OPMLError.notOPML(rootElement: nil)) { try parseOPML(#"{"version": "1"}"#) }
        #expect(throws: OPMLError.notOPML(rootElement: nil)) { try parseOPML("Subscriptions: none") }
        #expect(throws: OPMLError.notOPML(rootElement: "html")) {
            try parseOPML("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
        }
        #expect(throws: OPMLError.empty) { try parseOPML(" \n") }
    }

    @Test func refusesADocumentWithoutABody() throws {
        #expect(throws: OPMLError.noBody) { try parseOPMLFixture("no-body.opml") }
    }

    @Test func refusesTextInvalidInItsEncoding() {
        let data = Data(#"<?xml version="1.0" encoding="UTF-8"?><opml><body/></opml>"#.utf8) + Data([0xFF])
        #expect(throws: OPMLError.undecodableText(encoding: "UTF-8")) { try OPMLDocument.parse(data) }
    }

    @Test func describesErrorsOnOneLine() {
        #expect(
            OPMLError.notOPML(rootElement: "rss").description == "not an OPML document (the root element is <rss>)")
        #expect(OPMLError.notOPML(rootElement: nil).description == "not an OPML document (not XML)")
        #expect(
            OPMLError.malformed(line: 3, column: 7, reason: "unfinished tag").description
                == "malformed OPML at line 3, column 7: unfinished tag")
        #expect(OPMLError.noBody.description == "OPML has no <body>")
        #expect(OPMLError.empty.description == "the OPML document is empty")
        #expect(OPMLError.undecodableText(encoding: "GBK").description == "the OPML document is not valid GBK text")
    }
}

@Suite struct OPMLWritingTests {
    @Test func writesFoldersInOrderOfFirstAppearance() {
        let document = OPMLDocument(
            title: "Reader & friends",
            entries: [
                OPMLEntry(
                    url: "https://a.example.org/rss", title: "A", homePageURL: "https://a.example.org/",
                    folder: ["News"]),
                OPMLEntry(url: "https://b.example.org/rss"),
                OPMLEntry(url: "https://c.example.org/rss", title: "C", folder: ["News", "Local"]),
                OPMLEntry(url: "https://d.example.org/rss", title: "D", folder: ["News"]),
            ])
        let expected = """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0">
              <head>
                <title>Reader &amp; friends</title>
                <dateCreated>Mon, 20 Apr 2020 08:00:00 GMT</dateCreated>
              </head>
              <body>
                <outline text="News" title="News">
                  <outline type="rss" text="A" title="A" xmlUrl="https://a.example.org/rss" htmlUrl="https://a.example.org/"/>
                  <outline text="Local" title="Local">
                    <outline type="rss" text="C" title="C" xmlUrl="https://c.example.org/rss"/>
                  </outline>
                  <outline type="rss" text="D" title="D" xmlUrl="https://d.example.org/rss"/>
                </outline>
                <outline type="rss" text="https://b.example.org/rss" xmlUrl="https://b.example.org/rss"/>
              </body>
            </opml>

            """
        #expect(String(decoding: document.serialized(created: created), as: UTF8.self) == expected)
    }

    @Test func writesAnEmptyDocument() {
        let expected = """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0">
              <head>
                <dateCreated>Thu, 01 Jan 1970 00:00:00 GMT</dateCreated>
              </head>
              <body>
              </body>
            </opml>

            """
        let output = OPMLDocument().serialized(created: Date(timeIntervalSince1970: 0))
        #expect(String(decoding: output, as: UTF8.self) == expected)
    }

    @Test func roundTripsAParsedDocument() throws {
        let original = try parseOPMLFixture("nested-folders.opml")
        let reread = try OPMLDocument.parse(original.serialized(created: created))
        #expect(reread == original)
        #expect(reread.entries.count == 7)
    }

    @Test func escapesAttributeValues() throws {
        let title = "Tom & \"Jerry\" <IP>\tweekly\nnews"
        let document = OPMLDocument(
            entries: [
                OPMLEntry(
                    url: "https://ip.example.org/rss?a=1&b=\"2\"", title: title + "\u{1}",
                    homePageURL: "https://ip.example.org/?q=<x>", folder: ["R&D \"lab\"", "<a\u{301}>\"\u{301}"])
            ])
        let xml = String(decoding: document.serialized(created: created), as: UTF8.self)
        #expect(xml.contains(#"text="Tom &amp; &quot;Jerry&quot; &lt;IP&gt;&#9;weekly&#10;news""#))
        #expect(xml.contains(#"xmlUrl="https://ip.example.org/rss?a=1&amp;b=&quot;2&quot;""#))
        #expect(xml.contains(#"htmlUrl="https://ip.example.org/?q=&lt;x&gt;""#))
        #expect(xml.contains(#"<outline text="R&amp;D &quot;lab&quot;" title="R&amp;D &quot;lab&quot;">"#))
        #expect(xml.contains("<outline text=\"&lt;a\u{301}&gt;&quot;\u{301}\""))
        #expect(!xml.unicodeScalars.contains("\u{1}"))

        // The control character, which XML cannot hold, is the only loss.
        let reread = try OPMLDocument.parse(Data(xml.utf8))
        #expect(
            reread.entries == [
                OPMLEntry(
                    url: "https://ip.example.org/rss?a=1&b=\"2\"", title: title,
                    homePageURL: "https://ip.example.org/?q=<x>", folder: ["R&D \"lab\"", "<a\u{301}>\"\u{301}"])
            ])
    }
}
