import ReaderFeeds
import Testing

@Suite struct SafeHTMLTests {
    static let base = "https://example.org/posts/1"

    @Test("scripts, styles and embedded documents are dropped with their content", arguments: [
        ("<p>Hi<script>alert(1)</script> there</p>", "<p>Hi there</p>"),
        ("<SCRIPT SRC=//evil.example/x.js></SCRIPT>ok", "ok"),
        ("<script>document.write('<p>')</script>after", "after"),
        ("<style>body{background:url(javascript:alert(1))}</style>text", "text"),
        (#"<iframe src="https://evil.example"><p>fallback</p></iframe><object data="x.swf"><b>f</b></object><embed src="x.swf">ok"#, "ok"),
        (#"<form action="https://evil.example"><input name="p"><button>Go</button></form>after"#, "after"),
        (#"<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><link rel=stylesheet href=x.css><base href="https://evil.example/">text"#, "text"),
        ("<noscript><img src=x onerror=alert(1)></noscript>ok", "ok"),
        ("<template><p>hidden</p></template><textarea><b>t</b></textarea>ok", "ok"),
        ("<svg onload=alert(1)><circle/><svg><script>x</script></svg>inside</svg>after", "after"),
        ("<svg/onload=alert(1)>after", ""),
        ("<svg/>after", "after"),
        (#"<math><mi xlink:href="javascript:alert(1)">x</mi></math>y"#, "y"),
    ])
    func dropsCode(html: String, expected: String) {
        #expect(SafeHTML.sanitized(html, baseURL: Self.base) == expected)
    }

    @Test("event handlers and style attributes go; listed attributes stay, escaped", arguments: [
        ("<img src=x onerror=alert(1)>", #"<img src="https://example.org/posts/x">"#),
        ("<img/src=x/onerror=alert(1)>", #"<img src="https://example.org/posts/x/onerror=alert(1)">"#),
        (#"<a title="x" onmouseover="alert(1)" OnClick='y()' href="/p">x</a>"#, #"<a title="x" href="https://example.org/p">x</a>"#),
        (#"<p style="width: expression(alert(1))">x</p>"#, "<p>x</p>"),
        (#"<div style="background:url(javascript:alert(1))" class="c" id="login">x</div>"#, "<div>x</div>"),
        (#"<img src="x" width="10&quot; onload=&quot;alert(1)">"#, #"<img src="https://example.org/posts/x" width="10&quot; onload=&quot;alert(1)">"#),
        (#"<img alt="</script><script>alert(1)</script>" src="a.png">"#,
            #"<img alt="&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" src="https://example.org/posts/a.png">"#),
        ("<video src=movie.mp4 controls autoplay onplay=x()>", #"<video src="https://example.org/posts/movie.mp4" controls></video>"#),
        (#"<P CLASS=x LANG="en">Hi</P>"#, #"<p lang="en">Hi</p>"#),
        (#"<td colspan=2 bgcolor=red>x</td>"#, #"<td colspan="2">x</td>"#),
    ])
    func filtersAttributes(html: String, expected: String) {
        #expect(SafeHTML.sanitized(html, baseURL: Self.base) == expected)
    }

    @Test("javascript:, vbscript: and data: URLs are dropped, however written", arguments: [
        #"<a href="javascript:alert(1)">x</a>"#,
        #"<a href="jav&#x09;ascript:alert(1)">x</a>"#,
        #"<a href="jav&#9ascript:alert(1)">x</a>"#,
        "<a href=\"java\nscript:alert(1)\">x</a>",
        "<a href=\"java\rscript:alert(1)\">x</a>",
        #"<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>"#,
        #"<a href="&#x6A;avascript&#x3A;alert(1)">x</a>"#,
        "<a href=&#x6A;avascript:alert(1)>x</a>",
        #"<a href=" JaVaScRiPt:alert(1)">x</a>"#,
        "<a href=\"\u{1}\u{8}javascript:alert(1)\">x</a>",
        #"<a href="vbscript:msgbox(1)">x</a>"#,
        #"<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>"#,
        #"<a href="data:image/png;base64,AAAA">x</a>"#,
        #"<a href="javascript&colon;alert(1)">x</a>"#,
        #"<a href="java&#0;script:alert(1)">x</a>"#,
        #"<a href="javascript:alert(1)" href="/fine">x</a>"#,
        #"<a href="">x</a>"#,
    ])
    func dropsDangerousURLs(html: String) {
        #expect(SafeHTML.sanitized(html, baseURL: nil) == "<a>x</a>")
    }

    @Test("image data URLs stay only on an img's src, and never SVG", arguments: [
        (#"<img src="data:image/png;base64,iVBORw0KGgo=">"#, #"<img src="data:image/png;base64,iVBORw0KGgo=">"#),
        (#"<img src="DATA:image/gif;base64,R0lGOD">"#, #"<img src="DATA:image/gif;base64,R0lGOD">"#),
        (#"<img src="data:image/svg+xml,<svg onload=alert(1)>">"#, "<img>"),
        (#"<img src="data:text/html,<script>alert(1)</script>">"#, "<img>"),
        (#"<video poster="data:image/png;base64,AA"></video>"#, "<video></video>"),
    ])
    func imageData(html: String, expected: String) {
        #expect(SafeHTML.sanitized(html, baseURL: Self.base) == expected)
    }

    @Test("relative URLs are resolved against the base; without one they stay", arguments: [
        (#"<a href="../up">x</a>"#, Self.base, #"<a href="https://example.org/up">x</a>"#),
        (#"<img src="//cdn.example/i.png">"#, Self.base, #"<img src="https://cdn.example/i.png">"#),
        (##"<a href="#notes">x</a>"##, Self.base, ##"<a href="https://example.org/posts/1#notes">x</a>"##),
        (#"<a href="?page=2&amp;s=1">x</a>"#, Self.base, #"<a href="https://example.org/posts/1?page=2&amp;s=1">x</a>"#),
        (#"<a href="mailto:ip@example.org">x</a>"#, Self.base, #"<a href="mailto:ip@example.org">x</a>"#),
        (#"<a href=" https://example.com/a ">x</a>"#, Self.base, #"<a href="https://example.com/a">x</a>"#),
        (#"<blockquote cite="/source">q</blockquote>"#, Self.base, #"<blockquote cite="https://example.org/source">q</blockquote>"#),
        (#"<img src="a.png">"#, nil, #"<img src="a.png">"#),
        (#"<img src="a.png">"#, "file:///etc/passwd", #"<img src="a.png">"#),
    ])
    func resolvesRelativeURLs(html: String, base: String?, expected: String) {
        #expect(SafeHTML.sanitized(html, baseURL: base) == expected)
    }

    @Test("links that open a new window get rel=noopener noreferrer; other targets go", arguments: [
        (#"<a href="https://a.example/" target="_blank">x</a>"#,
            #"<a href="https://a.example/" target="_blank" rel="noopener noreferrer">x</a>"#),
        (#"<a target=_BLANK rel=opener href="https://a.example/">x</a>"#,
            #"<a href="https://a.example/" target="_blank" rel="noopener noreferrer">x</a>"#),
        (#"<a href="https://a.example/" target="app" rel="opener">x</a>"#, #"<a href="https://a.example/">x</a>"#),
    ])
    func newWindowLinks(html: String, expected: String) {
        #expect(SafeHTML.sanitized(html, baseURL: nil) == expected)
    }

    @Test("malformed markup comes out balanced, text escaped, comments gone", arguments: [
        ("<p><b>bold", "<p><b>bold</b></p>"),
        (#"<img src="a.png" onerror="x()""#, #"<img src="https://example.org/posts/a.png">"#),
        ("<b><i>x</b></i>y", "<b><i>x</i></b>y"),
        ("</div></body>text</p>", "text"),
        ("<ul><li>a<li>b</ul>", "<ul><li>a</li><li>b</li></ul>"),
        ("<scr<script>ipt>alert(1)</script>", "ipt&gt;alert(1)"),
        ("<!-- <script>alert(1)</script> -->visible", "visible"),
        ("<!--[if IE]><script>alert(1)</script><![endif]-->ok", "ok"),
        ("<!DOCTYPE html><?xml version=\"1.0\"?>ok", "ok"),
        ("a < b &amp; c > d &lt;script&gt;", "a &lt; b &amp; c &gt; d &lt;script&gt;"),
        ("<font color=red><blink>Hi</blink></font>", "Hi"),
        ("<p>AT&T &nbsp;中文</p>", "<p>AT&amp;T \u{A0}中文</p>"),
        ("", ""),
    ])
    func repairsMarkup(html: String, expected: String) {
        #expect(SafeHTML.sanitized(html, baseURL: Self.base) == expected)
    }

    @Test("nesting deeper than 256 elements loses its tags, not its text")
    func boundedNesting() {
        let html = String(repeating: "<div>", count: 300) + "deep" + String(repeating: "</div>", count: 300)
        let expected = String(repeating: "<div>", count: 256) + "deep" + String(repeating: "</div>", count: 256)
        #expect(SafeHTML.sanitized(html, baseURL: nil) == expected)
    }

    @Test("an ordinary article keeps its markup")
    func keepsArticle() {
        let html = """
            <h2>Yunnan</h2><p>Patents <em>rose</em> &amp; <a href="/stats">trademarks</a>:</p>\
            <ul><li>one</li></ul><pre><code>x &lt; y</code></pre><figure><img src="c.jpg" alt="chart">\
            <figcaption>Chart</figcaption></figure><table><tr><th scope="col">A</th></tr></table>
            """
        #expect(SafeHTML.sanitized(html, baseURL: Self.base) == """
            <h2>Yunnan</h2><p>Patents <em>rose</em> &amp; <a href="https://example.org/stats">trademarks</a>:</p>\
            <ul><li>one</li></ul><pre><code>x &lt; y</code></pre><figure><img src="https://example.org/posts/c.jpg" alt="chart">\
            <figcaption>Chart</figcaption></figure><table><tr><th scope="col">A</th></tr></table>
            """)
    }
}
