import ReaderModels
import Testing

/// An article id is stored and compared across devices: the state another
/// device sends finds its article by it. The expected ids below are written out
/// (worked out apart from this code, as FNV-1a 64 over each UTF-8 part and a
/// zero byte after it): changing the hash, the order of its inputs or their
/// separator must fail here, never pass by computing both sides alike.
@Suite struct ArticleIDTests {
    @Test(arguments: [
        ("https://news.example/api", "a-123", "59448332b0f6eb3c"),
        ("https://news.example/api", "a-124", "59411d32b0f40813"),
        ("https://other.example/api", "a-123", "a083a8dfb43b8a97"),
        // The source URL comes first: swapped, the same two strings give another id.
        ("a-123", "https://news.example/api", "8260fbb9f9c4eb74"),
        ("https://ip.example.org/feed.xml", "https://ip.example.org/news/jilin-ip.html", "fb262ac046622623"),
        ("https://ip.example.org/feed.xml", "中文-1", "07b7f5f5b173fa49"),
        // A Google Reader API item: the account's id base and the item's decimal id.
        ("greader:alice@https://rss.example/api/greader.php", "1234567890", "1f3bd8df662bc931"),
    ])
    func isPinned(sourceURL: String, remoteID: String, expected: String) {
        #expect(ArticleID(sourceURL: sourceURL, remoteID: remoteID).rawValue == expected)
    }

    @Test func hashOfTheEmptyStringIsPinned() {
        var hash = StableHash()
        hash.combine("")
        #expect(hash.hexDigits == "af63bd4c8601b7df")
    }

    @Test func accountArticlesHashTheUserAndServer() {
        let account = Account(id: 1, url: "https://rss.example/api/greader.php", user: "alice", name: "alice@rss.example")
        #expect(account.articleIDBase == "greader:alice@https://rss.example/api/greader.php")
    }
}
