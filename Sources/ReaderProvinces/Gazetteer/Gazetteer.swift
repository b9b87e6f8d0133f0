import ReaderModels

/// The built-in gazetteer: the 34 provincial-level divisions, how each is spelled,
/// and the places inside each that news names instead.
///
/// The tables live in one file per region (`Gazetteer+North.swift` and so on), one line
/// per place. Each place lists its spellings in English and Chinese; the tagger matches
/// them as whole words in Latin script and by longest match in Chinese, so a Chinese
/// city needs no `市` variant (`昆明市` starts with `昆明`). Suffixed forms appear only
/// where the bare form is unsafe (`来宾市`: 来宾 also means "guests") or names something
/// else (`海南州`, `Hainan Prefecture`: in Qinghai, not Hainan).
///
/// Beside these hand-written tables, ``counties`` (generated from the national division
/// codes) lists every county-level division, and ``landmarks`` the towns, geographical
/// indications and venues news names bare. Chinese spellings are simplified: traditional
/// characters are folded before matching (``SimplifiedChinese``).
///
/// A spelling listed under two divisions (`Taizhou`: 泰州 in Jiangsu, 台州 in Zhejiang)
/// is shared: it tags only a candidate the text names elsewhere, or the one division the
/// hand-written tables give it (``GazetteerIndex/sharedSpellings``).
enum Gazetteer {
    /// All 34 divisions, grouped by region.
    static let divisions: [Division] =
        north + northeast + east + southCentral + southwest + northwest + specialAdministrativeRegionsAndTaiwan
}

/// One provincial-level division: its own spellings and the places inside it.
struct Division: Sendable {
    /// The division.
    let province: Province
    /// The division's own spellings, official and common, English and Chinese:
    /// the names ``ProvinceName/province(named:)`` accepts.
    let names: [String]
    /// Places inside the division that news names instead of it.
    let places: [Place]

    init(_ province: Province, names: [String], places: [Place]) {
        self.province = province
        self.names = names
        self.places = places
    }
}

/// A place inside a division, with its spellings.
struct Place: Sendable {
    /// How a place sits in the administrative hierarchy.
    enum Level: Sendable {
        /// A prefecture-level division: city, prefecture, autonomous prefecture or league.
        case prefecture
        /// A district, county-level city, new area, zone or landmark.
        case local
    }

    /// How the place sits in the administrative hierarchy.
    let level: Level
    /// Its spellings, English and Chinese.
    let spellings: [String]

    /// A prefecture-level division spelled `spellings`.
    static func prefecture(_ spellings: String...) -> Place {
        Place(level: .prefecture, spellings: spellings)
    }

    /// A district, zone or other local place spelled `spellings`.
    static func local(_ spellings: String...) -> Place {
        Place(level: .local, spellings: spellings)
    }
}

/// A name that covers several divisions at once, such as 京津冀 (Beijing, Tianjin, Hebei).
struct Region: Sendable {
    /// Its spellings, English and Chinese.
    let spellings: [String]
    /// The divisions it names.
    let provinces: [Province]

    init(_ spellings: [String], covering provinces: [Province]) {
        self.spellings = spellings
        self.provinces = provinces
    }
}
