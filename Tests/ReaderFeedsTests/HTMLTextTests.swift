import ReaderFeeds
import Testing

@Suite struct HTMLTextTests {
    @Test(arguments: [
        ("Patents &amp; Trademarks", "Patents & Trademarks"),
        ("&lt;p&gt; &quot;quoted&quot; &apos;single&apos;", "<p> \"quoted\" 'single'"),
        ("&#20013;&#x6587;&#X6587;", "中文文"),
        ("&#20013 no semicolon", "中 no semicolon"),
        ("a&nbsp;b", "a\u{A0}b"),
        ("&eacute;&hellip;&mdash;&euro;&copy;&times;&alpha;&rarr;", "é…—€©×α→"),
        ("&#146;&#150;", "’–"),
        ("&#0;&#xD800;&#x110000;", "\u{FFFD}\u{FFFD}\u{FFFD}"),
        ("AT&T &unknown; & &amp &#; &#x;", "AT&T &unknown; & &amp &#; &#x;"),
        ("no entities at all", "no entities at all"),
        ("&amp;amp;", "&amp;"),
    ])
    func decodesEntities(input: String, expected: String) {
        #expect(HTMLText.decodeEntities(input) == expected)
    }

    @Test(arguments: [
        ("<p>Yunnan</p><p>IP&nbsp;Week</p>", "Yunnan IP Week"),
        ("  <div>\n  Intellectual\n\t property  </div>  ", "Intellectual property"),
        ("one<br>two<br/>three", "one two three"),
        ("<b>bold</b>and<i>italic</i>", "boldanditalic"),
        ("<script>var x = '<p>';</script>Text<style>p { color: red }</style>", "Text"),
        ("<SCRIPT type=\"text/javascript\">alert(1)</SCRIPT>Visible", "Visible"),
        ("<!-- a comment <p> -->After", "After"),
        ("a < b and c > d", "a < b and c > d"),
        (#"<a href="x" title="1 > 0">link</a>"#, "link"),
        ("<ul><li>One</li><li>Two</li></ul>", "One Two"),
        ("<head><title>Page</title></head><body>Body</body>", "Body"),
        ("知识产权<p>专利</p>", "知识产权 专利"),
        ("&lt;not a tag&gt;", "<not a tag>"),
        ("", ""),
    ])
    func extractsPlainText(html: String, expected: String) {
        #expect(HTMLText.plainText(fromHTML: html) == expected)
    }

    @Test func escapesSpecialCharacters() {
        #expect(HTMLText.escaped(#"IP & "Patents" <b>"#) == "IP &amp; &quot;Patents&quot; &lt;b&gt;")
        #expect(HTMLText.escaped("知识产权") == "知识产权")
    }

    /// A quote or `<` followed by a combining mark is one `Character` that is
    /// neither, yet as markup it still ends an attribute or opens a tag.
    @Test func escapesSpecialCharactersFollowedByCombiningMarks() {
        #expect(HTMLText.escaped("a\"\u{301}b<\u{301}c&\u{301}") == "a&quot;\u{301}b&lt;\u{301}c&amp;\u{301}")
    }

    @Test func separatesParagraphsWithBlankLines() {
        let html = "<p>First paragraph.</p>\n<p>Second <b>paragraph</b>.</p><div>Third</div>"
        #expect(HTMLText.readableText(fromHTML: html) == "First paragraph.\n\nSecond paragraph.\n\nThird")
    }

    @Test func breaksLinesAtBR() {
        #expect(
            HTMLText.readableText(fromHTML: "<p>Line one<br>Line two<br/><br/>After a gap</p>")
                == "Line one\nLine two\n\nAfter a gap")
    }

    @Test func listsItemsWithDashes() {
        let html = "<p>Events:</p><ul><li>Ceremony</li><li>Forum<ul><li>Morning</li></ul></li></ul><p>End.</p>"
        #expect(HTMLText.readableText(fromHTML: html) == "Events:\n\n- Ceremony\n- Forum\n  - Morning\n\nEnd.")
    }

    @Test func marksHeadingsAndQuotes() {
        let html = "<h2>Results</h2><p>Text.</p><blockquote><p>Quoted words.</p></blockquote>"
        #expect(HTMLText.readableText(fromHTML: html) == "## Results\n\nText.\n\n> Quoted words.")
    }

    @Test func writesLinksAsTextAndURL() {
        let html = """
            <p>See <a href="https://ip.example.org/a?x=1&amp;y=2">the report</a>, \
            <a href="https://ip.example.org/">https://ip.example.org</a> and <a href="#top">top</a>.</p>
            """
        #expect(
            HTMLText.readableText(fromHTML: html, width: 200)
                == "See the report (https://ip.example.org/a?x=1&y=2), https://ip.example.org and top.")
    }

    @Test func dropsScriptsAndStyles() {
        let html = "<style>.a{}</style><p>Shown</p><script>document.write('<p>hidden</p>')</script>"
        #expect(HTMLText.readableText(fromHTML: html) == "Shown")
    }

    @Test func keepsPreformattedText() {
        let html = "<p>Code:</p><pre>\nline 1\n    indented &lt;x&gt;\n</pre>"
        #expect(HTMLText.readableText(fromHTML: html) == "Code:\n\nline 1\n    indented <x>")
    }

    @Test func wrapsWordsAtTheWidth() {
        let html = "<p>The theme of the Publicity Week this year is Intellectual Property and Healthy China.</p>"
        let text = HTMLText.readableText(fromHTML: html, width: 30)
        #expect(text == "The theme of the Publicity\nWeek this year is Intellectual\nProperty and Healthy China.")
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 30 })
    }

    @Test func wrapsCJKAnywhereCountingTwoColumns() {
        let html = "<p>4月20日至26日，云南省以知识产权与健康中国为主题，开展知识产权宣传周活动。</p>"
        let lines = HTMLText.readableText(fromHTML: html, width: 20).split(separator: "\n").map(String.init)
        #expect(lines.joined() == "4月20日至26日，云南省以知识产权与健康中国为主题，开展知识产权宣传周活动。")
        #expect(lines.count > 3)
        for line in lines {
            let columns = line.reduce(0) { $0 + ($1.isASCII ? 1 : 2) }
            #expect(columns <= 20, "\(line)")
            #expect(line.first != "，" && line.first != "。", "\(line)")
        }
    }

    @Test func indentsWrappedListItems() {
        let html = "<ul><li>Patent applications reached a record high in the province last year</li></ul>"
        #expect(
            HTMLText.readableText(fromHTML: html, width: 30)
                == "- Patent applications reached\n  a record high in the\n  province last year")
    }
}
