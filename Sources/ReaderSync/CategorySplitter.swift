import ReaderModels
import ReaderProvinces

/// Splits feed categories into provinces and other tags, remembering each
/// category's lookup for the rest of a batch: a feed's items repeat the same
/// few categories, and reading a name (``ProvinceName/province(named:)``)
/// costs more than finding it again (4% of a first sync's reading thread).
struct CategorySplitter {
    private var provinceByCategory: [String: Province?] = [:]

    /// `categories` that name a province, as provinces; the rest, in order, as tags.
    mutating func split(_ categories: [String]) -> (provinces: [Province], tags: [String]) {
        var provinces: [Province] = []
        var tags: [String] = []
        for category in categories {
            if let province = province(named: category) {
                provinces.append(province)
            } else {
                tags.append(category)
            }
        }
        return (provinces, tags)
    }

    private mutating func province(named category: String) -> Province? {
        if let known = provinceByCategory[category] { return known }
        let province = ProvinceName.province(named: category)
        provinceByCategory[category] = province
        return province
    }
}
