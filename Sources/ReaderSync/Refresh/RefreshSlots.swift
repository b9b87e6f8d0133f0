/// The bookkeeping of a refresh's network slots: how many sources are on the
/// network (fetching) at once, in all and per host, and how many are in
/// progress, fetching or storing what they fetched.
///
/// A plain feed gives its slot back as soon as its document has arrived, so
/// that parsing and storing it never leaves the network idle; at most twice
/// as many sources as slots are in progress, so fetched documents cannot pile
/// up behind a busy writer.
struct RefreshSlots {
    /// Sources on the network at once, at most.
    let limit: Int
    /// Sources of one host on the network at once, at most.
    let perHost: Int
    private(set) var onNetwork: Set<Int> = []
    private(set) var inProgress = 0
    private var perHostOnNetwork: [String: Int] = [:]
    /// Hosts whose slot was just given back, most recent last: their
    /// connection is open and idle.
    private var warmHosts: [String] = []

    /// Slots for `limit` sources on the network at once, `perHost` of one host.
    init(limit: Int, perHost: Int) {
        self.limit = limit
        self.perHost = perHost
    }

    /// The position in `waiting` of the source to start next, if one may
    /// start: one of a host whose slot was just given back, while its
    /// connection is still open (a new one costs a round trip or three on a
    /// phone, and with more hosts than connections libcurl would close one
    /// for every request), else the first with room on its host.
    ///
    /// `waiting` is in the order of waiting time, so the preference for a
    /// warm host only reorders sources that all start in this refresh, unless
    /// a deadline cuts it short.
    mutating func nextToStart(in waiting: [Int], hosts: [String]) -> Int? {
        guard onNetwork.count < limit, inProgress < 2 * limit else { return nil }
        let perHostOnNetwork = perHostOnNetwork, perHost = perHost
        let hasRoom = { (index: Int) in perHostOnNetwork[hosts[index], default: 0] < perHost }
        while let host = warmHosts.popLast() {
            if let position = waiting.firstIndex(where: { hosts[$0] == host && hasRoom($0) }) { return position }
        }
        return waiting.firstIndex(where: hasRoom)
    }

    /// The source at `index` starts, taking a slot.
    mutating func start(_ index: Int, host: String) {
        onNetwork.insert(index)
        perHostOnNetwork[host, default: 0] += 1
        inProgress += 1
    }

    /// The source at `index` needs the network no more.
    mutating func releaseNetwork(of index: Int, host: String) {
        guard onNetwork.remove(index) != nil else { return }
        perHostOnNetwork[host, default: 1] -= 1
        warmHosts.append(host)
    }

    /// The source at `index` finished.
    mutating func finish(_ index: Int, host: String) {
        releaseNetwork(of: index, host: host)
        inProgress -= 1
    }
}
