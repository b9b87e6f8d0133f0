import Foundation
import ReaderFeeds
import Testing

/// Issue 10 §3: a reference to an entity that is not declared (or declared
/// external, never loaded) keeps the text around it; the reference itself is
/// kept as literal text.
@Suite struct EntityReferenceTests {
    /// An RSS item whose title and description carry `&xxe;`, after `prolog`.
    static func rss(prolog: String, atom: Bool = false) -> Data {
        if atom {
            return Data(
                """
                <?xml version="1.0"?>
                \(prolog)
                <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:t</id>
                <entry><id>urn:1</id><title>XXE &xxe; end</title><summary>before &xxe; after</summary>
                <updated>2020-04-20T08:00:00Z</updated></entry></feed>
                """.utf8)
        }
        return Data(
            """
            <?xml version="1.0"?>
            \(prolog)
            <rss version="2.0"><channel><title>T</title>
            <item><guid>1</guid><title>XXE &xxe; end</title><description>before &xxe; after</description></item>
            </channel></rss>
            """.utf8)
    }

    static let prologs = [
        "",
        #"<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>"#,
        #"<!DOCTYPE rss [<!ENTITY other "x">]>"#,
        #"<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">"#,
    ]

    @Test("an undeclared or external entity keeps the title's and description's text", arguments: prologs, [false, true])
    func keepsText(prolog: String, atom: Bool) throws {
        let feed = try FeedParser.parse(Self.rss(prolog: prolog, atom: atom))
        let item = try #require(feed.items.first)
        #expect(item.title == "XXE &xxe; end")
        #expect(item.summary == "before &xxe; after")
    }

    @Test("no entity is loaded or expanded: the references stay as text; predefined, numeric and HTML ones expand")
    func otherEntitiesExpand() throws {
        let document = Data(
            """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY office "Yunnan IP office"><!ENTITY secret SYSTEM "file:///etc/hostname">]>
            <rss version="2.0"><channel><title>T</title>
            <item><guid>1</guid><title>&office; &amp; &secret;&nbsp;&#20013;</title>
            <description><![CDATA[<p>kept &raw; as is</p>]]></description></item>
            </channel></rss>
            """.utf8)
        let item = try #require(try FeedParser.parse(document).items.first)
        #expect(item.title == "&office; & &secret; 中")
        #expect(item.summary == "kept &raw; as is")
    }
}
