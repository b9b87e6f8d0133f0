import GRDB
import ReaderModels

extension ArticleQuery {
    /// The tables, conditions and ordering column of a query for these filters:
    /// the filter that narrows most drives the scan, through an index whose
    /// order is newest first, so a limited list stops early.
    ///
    /// Columns in scope: `a` (article) and `s` (article_state, may be NULL).
    /// - throws: ``StoreError/invalidSearch(_:)`` when ``search`` is not a valid ``SearchQuery``.
    func parts() throws(StoreError) -> ArticleQueryParts {
        let from: String
        var conditions: [String] = []
        var arguments: StatementArguments = []
        let orderColumn: String
        var searchQuery: SearchQuery?
        if let search {
            do throws(SearchQueryError) {
                searchQuery = try SearchQuery(search)
            } catch {
                throw .invalidSearch(error)
            }
        }
        let match = searchQuery?.matchExpression

        if let match {
            from = "article_search f JOIN article a ON a.sort_key = f.rowid LEFT JOIN article_state s ON s.article_id = a.id"
            conditions.append("article_search MATCH ?")
            arguments += [match]
            orderColumn = "f.rowid"
        } else if let province {
            from = "article_province p JOIN article a ON a.sort_key = p.sort_key LEFT JOIN article_state s ON s.article_id = a.id"
            conditions.append("p.province = ?")
            arguments += [province.rawValue]
            orderColumn = "p.sort_key"
        } else if bookmarkedOnly {
            from = "article_state s JOIN article a ON a.id = s.article_id"
            orderColumn = "a.sort_key"
        } else {
            from = "article a LEFT JOIN article_state s ON s.article_id = a.id"
            orderColumn = "a.sort_key"
        }

        if match != nil, let province {
            conditions.append("EXISTS (SELECT 1 FROM article_province p WHERE p.province = ? AND p.sort_key = a.sort_key)")
            arguments += [province.rawValue]
        }
        if let searchQuery {
            Self.addSubstringScans(of: searchQuery, to: &conditions, arguments: &arguments)
        }
        if bookmarkedOnly { conditions.append("s.bookmarked = 1") }
        if unreadOnly { conditions.append("coalesce(s.read, 0) = 0") }
        if let since {
            conditions.append("\(orderColumn) >= ?")
            arguments += [SortKey.lowerBound(since)]
        }
        if let sourceID {
            conditions.append("a.source_id = ?")
            arguments += [sourceID]
        }
        if let before {
            conditions.append("\(orderColumn) < ?")
            arguments += [before.sortKey]
        }
        return ArticleQueryParts(
            tables: from, conditions: conditions, arguments: arguments, orderColumn: orderColumn, limit: limit)
    }

    /// What the index cannot answer for `search`: single CJK characters, by
    /// a scan of the article's text, and words left out while no index word
    /// is required (`专 -patent`).
    private static func addSubstringScans(
        of search: SearchQuery, to conditions: inout [String], arguments: inout StatementArguments
    ) {
        let contains = "(a.title LIKE ? OR a.content_html LIKE ? OR a.summary LIKE ?)"
        func patterns(_ character: String) -> StatementArguments {
            let pattern = "%\(character)%"
            return [pattern, pattern, pattern]
        }
        for character in search.substringsRequired {
            conditions.append(contains)
            arguments += patterns(character)
        }
        for group in search.substringsExcluded {
            // A NULL summary makes its LIKE NULL: coalesce, so NOT of "not found" is true.
            conditions.append("NOT coalesce(" + group.map { _ in contains }.joined(separator: " AND ") + ", 0)")
            for character in group { arguments += patterns(character) }
        }
        if let excluded = search.unmatchedExclusion {
            conditions.append("a.sort_key NOT IN (SELECT rowid FROM article_search WHERE article_search MATCH ?)")
            arguments += [excluded]
        }
    }

    /// The full `SELECT` of matching articles with their flags, newest first.
    /// - throws: ``StoreError/invalidSearch(_:)``.
    func selectSQL() throws(StoreError) -> (sql: String, arguments: StatementArguments) {
        let parts = try parts()
        return (parts.select("a.*, coalesce(s.read, 0) AS is_read, coalesce(s.bookmarked, 0) AS is_bookmarked"), parts.arguments)
    }
}

/// The pieces of the SQL for an ``ArticleQuery``.
struct ArticleQueryParts {
    /// The `FROM` list, with joins.
    var tables: String
    /// Conditions, all required.
    var conditions: [String]
    /// Arguments of `tables` and `conditions`, in order.
    var arguments: StatementArguments
    /// The newest-first ordering column of the driving table.
    var orderColumn: String
    /// The row limit.
    var limit: Int?

    /// `SELECT columns FROM tables [extraJoin] WHERE … ORDER BY … DESC LIMIT …`.
    func select(_ columns: String, join extraJoin: String = "") -> String {
        var sql = "SELECT \(columns) FROM \(tables) \(extraJoin)"
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += " ORDER BY \(orderColumn) DESC"
        if let limit { sql += " LIMIT \(max(0, limit))" }
        return sql
    }
}
