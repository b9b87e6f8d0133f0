/// Recognises a person's name made of a surname and a place name (`Wang Hainan`,
/// `王海南表示`), so that the place is not tagged.
///
/// In Latin script a surname right before a one-word place name makes a person's name.
/// In Chinese, where characters run together (`向海南` is "towards Hainan"), the surname
/// before a two-character place name must also be followed by a word that follows
/// names: a verb of saying or a title (`表示`, `说`, `教授`, `局长`).
struct PersonNames: Sendable {
    /// For each word number, whether it is a surname.
    private let surnameWords: [Bool]
    private let surnameIdeographs: Set<UInt32>
    /// Words that follow a person's name, as ideographs.
    private let followers: [[UInt32]]

    /// The person names of `table`; surnames are numbered in `vocabulary`.
    init(_ table: PersonNameTable, vocabulary: inout Vocabulary) {
        var numbers: [UInt32] = []
        for surname in table.latinSurnames {
            if let number = vocabulary.add(Array(surname.utf8)) { numbers.append(number) }
        }
        var surnameWords = [Bool](repeating: false, count: Int(numbers.max() ?? 0) + 1)
        for number in numbers { surnameWords[Int(number)] = true }
        self.surnameWords = surnameWords
        surnameIdeographs = Set(Spelling(table.chineseSurnames).ideographs)
        followers = table.chineseFollowers.map { Spelling($0).ideographs }
    }

    /// Whether the one-word phrase at `start` of a word stream is part of a person's name,
    /// given that the words before `free` belong to earlier phrases.
    func isPersonName(words stream: UnsafeBufferPointer<UInt32>, at start: Int, free: Int) -> Bool {
        guard start > free, start > 0 else { return false }
        let before = Int(stream[start - 1])
        return before < surnameWords.count && surnameWords[before]
    }

    /// Whether the two-ideograph phrase from `start` to `end` is part of a person's name,
    /// given that the ideographs before `free` belong to earlier phrases.
    func isPersonName(ideographs stream: UnsafeBufferPointer<UInt32>, from start: Int, to end: Int, free: Int) -> Bool {
        guard start > free, start > 0, surnameIdeographs.contains(stream[start - 1]) else { return false }
        return followers.contains { follower in
            end + follower.count <= stream.count && follower.indices.allSatisfy { stream[end + $0] == follower[$0] }
        }
    }
}

/// The surnames and following words ``PersonNames`` reads, as the gazetteer lists them.
struct PersonNameTable: Sendable {
    /// Pinyin surnames, lowercased.
    let latinSurnames: [String]
    /// Chinese surnames, one character each, in one string.
    let chineseSurnames: String
    /// Words that follow a person's name in Chinese.
    let chineseFollowers: [String]
}
