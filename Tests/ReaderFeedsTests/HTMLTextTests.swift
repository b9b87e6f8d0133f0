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
}
