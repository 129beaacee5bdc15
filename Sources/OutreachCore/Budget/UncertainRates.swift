/// Rates not read in any source (`?`) or placeholders (`!`) in an estimate: marked wherever the estimate is
/// shown, so nobody signs a figure that still has to be checked.
extension BudgetEstimate {
    /// The lines priced at an unconfirmed or placeholder rate, in the estimate's order.
    public var uncertainItems: [Item] {
        (organiserItems + sendingUnitItems).filter { ($0.confidence ?? .verified) != .verified }
    }

    /// One sentence naming those lines and what their marks mean; nil when every rate is checked.
    public var uncertainRatesNote: LocalizedText? { uncertainRatesNote(printed: false) }

    /// The same note as a printed document says it: each line by its name, never its code (issue 18, item 19).
    public var uncertainRatesPrintedNote: LocalizedText? { uncertainRatesNote(printed: true) }

    private func uncertainRatesNote(printed: Bool) -> LocalizedText? {
        let items = uncertainItems
        guard !items.isEmpty else { return nil }
        func listed(_ lang: Language) -> String {
            items.map { item in
                let mark = item.confidence?.mark ?? ""
                let line = printed ? item.line.name : item.line.code.rawValue
                return lang.text { $0.uncertainRate(line, VietnameseNumber.grouped(item.unitPrice), mark, item.confidence?.label(lang) ?? "") }
            }.joined(separator: "; ")
        }
        return LocalizedText { $0.ratesStillToBeChecked(LocalizedText(each: listed)) }
    }
}

extension BudgetEstimate.Item {
    /// The unit price as a table prints it, followed by `?` or `!` when the rate is not checked.
    public var markedUnitPrice: String {
        let mark = confidence?.mark ?? ""
        return VietnameseNumber.grouped(unitPrice) + (mark.isEmpty ? "" : " \(mark)")
    }

    /// The "Căn cứ" text, led by the mark when the rate is not checked ("(?) Thông tư 40/2017/TT-BTC …").
    public var markedBasis: String {
        let mark = confidence?.mark ?? ""
        return mark.isEmpty ? basis : "(\(mark)) \(basis)"
    }
}
