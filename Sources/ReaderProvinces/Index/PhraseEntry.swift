/// What one phrase of the gazetteer means to the tagger, stored once per distinct
/// meaning and referred to by number from the trie's nodes.
struct PhraseEntry: Hashable, Sendable {
    /// What kind of phrase it is.
    enum Kind: UInt8, Sendable {
        /// A division or a place inside one, or a combination of divisions (`京津冀` spelled
        /// with other than abbreviations, `Greater Bay Area`): tags ``PhraseEntry/provinces``.
        case place
        /// A name that contains a place name but names no division (`长江`, `Hainan Airlines`):
        /// tags nothing and hides the names inside it.
        case nonPlace
        /// A name of places in several divisions (``PhraseEntry/candidates``): tags the one the
        /// text names elsewhere, else ``PhraseEntry/provinces`` (the well-known one, or none).
        case shared
        /// One character that abbreviates a division (`沪`, `苏`): counts only in a run of them.
        case abbreviation
        /// Several abbreviations that the gazetteer lists together (`港澳`, `云贵川`): a run by itself.
        case compound
    }

    /// What kind of phrase it is.
    var kind: Kind
    /// The divisions it tags; for ``Kind/shared``, those it tags when the text names no candidate.
    var provinces: ProvinceSet
    /// For ``Kind/shared``, the divisions it may mean; otherwise empty.
    var candidates: ProvinceSet = .none
    /// For ``Kind/abbreviation``, whether the character is rarely anything else (`沪`, `皖`),
    /// so that a run with one counts; `新`, `青`, `云`, `台` are not (`新港`, `青云`, `云台`).
    var isDistinctive = false
    /// Whether the phrase is a single name that people also bear (`Hainan`, `海南`): after a
    /// surname it is taken as a person's name (``PersonNames``).
    var mayBePersonName = false

    /// A phrase that tags nothing.
    static let nonPlace = PhraseEntry(kind: .nonPlace, provinces: .none)
}
