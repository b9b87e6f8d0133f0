/// How a query plan reaches its rows, read from `EXPLAIN QUERY PLAN` lines.
///
/// - `SEARCH … USING … INDEX` / `PRIMARY KEY`, and `SCAN … VIRTUAL TABLE INDEX`
///   (FTS5), are index lookups.
/// - A `SCAN t` of the first (driving) table, plain or through an index, with
///   no temporary B-tree for the `ORDER BY`, walks that table (or the index) in
///   sort-key order and stops at the `LIMIT`.
/// - A plain `SCAN` of any other table, or a temporary B-tree for `ORDER BY`,
///   reads every row: a full scan.
struct PlanVerdict: CustomStringConvertible {
    /// The lines that read every row; empty when there are none.
    let fullScans: [String]
    /// Whether the driving table is walked in order rather than searched.
    let walksDrivingTable: Bool

    init(plan: [String]) {
        var fullScans: [String] = []
        var walks = false
        for (index, line) in plan.enumerated() {
            if line.contains("USE TEMP B-TREE FOR ORDER BY") {
                fullScans.append(line)
            } else if line.hasPrefix("SCAN "), !line.contains("VIRTUAL TABLE INDEX") {
                if index == 0 { walks = true } else if !line.contains("USING") { fullScans.append(line) }
            }
        }
        self.fullScans = fullScans
        self.walksDrivingTable = walks
    }

    var description: String {
        if !fullScans.isEmpty { return "FULL SCAN (\(fullScans.joined(separator: "; ")))" }
        return walksDrivingTable ? "ordered walk in sort-key order, stops at LIMIT" : "index"
    }
}
