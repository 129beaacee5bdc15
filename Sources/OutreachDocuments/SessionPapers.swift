import Foundation
import OutreachCore

/// The session's own documents: the plan (*kế hoạch*), the invitation to each office (*giấy mời*), the decision
/// approving the estimate (*quyết định phê duyệt dự toán*) and the certificates (*giấy chứng nhận*). The facts come
/// from the store's reads (the nominee list, the quotas, the estimate, the attendance), the wording from the
/// templates the session names (`documents:`), the layout from Decree 30.
public struct SessionPapers: Sendable {
    public var list: NomineeList
    public var quotas: [UnitQuota]
    public var units: UnitTree
    /// The day the command acts on: the date of the invitations and the decision.
    public var today: CalendarDate

    public init(list: NomineeList, quotas: [UnitQuota], units: UnitTree, today: CalendarDate) {
        self.list = list
        self.quotas = quotas
        self.units = units
        self.today = today
    }

    var session: Session { list.session }

    /// The template names a session uses when its `documents:` names none.
    public enum Kind: String, Sendable, CaseIterable {
        case plan = "ke-hoach"
        case invitation = "giay-moi"
        case budgetDecision = "quyet-dinh-du-toan"
        case certificate = "giay-chung-nhan"
    }

    /// The template file (without `.md`) the session uses for a kind of document.
    public func templateName(_ kind: Kind) -> String {
        let named: String? = switch kind {
        case .plan: session.documents?.plan
        case .invitation: session.documents?.invitation
        case .budgetDecision: session.documents?.budgetDecision
        case .certificate: session.documents?.certificate
        }
        return named ?? kind.rawValue
    }

    // MARK: - The documents

    public func plan(_ template: DocumentTemplate) throws(OutreachError) -> DocxDocument {
        var values = common(template)
        values["blocks"] = .list(blocks(template))
        values["total_people"] = .text(Self.count(quotas.reduce(0) { $0 + $1.required }))
        values.merge(funding(template)) { $1 }
        let number = session.plan?.number ?? "/\(template.kind ?? "KH")-\(issuerAbbreviation)"
        let composer = DocumentComposer(header: header(number: number, date: session.plan?.date), signer: signer)
        return DocxDocument(title: "Kế hoạch – \(session.title)", sections: [try composer.section(template, values: values)])
    }

    /// One invitation per office, in the list's order (quota block, then administrative order).
    public func invitations(_ template: DocumentTemplate, only: UnitCode? = nil, link: String? = nil)
        throws(OutreachError) -> [(unit: OrgUnit, section: DocxSection)] {
        let composer = DocumentComposer(header: header(number: number(template), date: today), signer: signer)
        var out: [(unit: OrgUnit, section: DocxSection)] = []
        for quota in orderedQuotas where only == nil || quota.unit == only {
            guard let unit = units[quota.unit] else { continue }
            var values = common(template)
            values["unit"] = .text(unit.name)
            values["unit_short"] = .text(unit.displayName)
            values["unit_code"] = .text(unit.code.rawValue)
            values["count"] = .text(Self.count(quota.required))
            let places = quota.slots.map { slotText($0.rule, template: template) }
            values["places"] = .list(places.map { ["text": .text($0)] })
            values["places_text"] = .text(places.joined(separator: "; "))
            values["form"] = .text("\(unit.code.rawValue).xlsx")
            values["link"] = .text(link.map { Self.link(base: $0, session: session.code, unit: unit.code) } ?? "")
            out.append((unit, try composer.section(template, values: values)))
        }
        return out
    }

    /// The decision approving the estimate: the template's articles, and the estimate as a table whose lines,
    /// total and amount in words are `BudgetEstimate`'s, the computation `budget estimate` prints.
    public func budgetDecision(_ template: DocumentTemplate, estimate: BudgetEstimate) throws(OutreachError) -> DocxDocument {
        var values = common(template)
        func rows(_ items: [BudgetEstimate.Item], from start: Int) -> [TemplateValues] {
            items.enumerated().map { index, item in
                [
                    "stt": .text("\(start + index)"), "name": .text(item.line.name), "unit": .text(item.line.unit),
                    "quantity": .text(VietnameseNumber.grouped(item.quantity)),
                    "price": .text(VietnameseNumber.grouped(item.unitPrice)),
                    "amount": .text(VietnameseNumber.grouped(item.amount)), "basis": .text(item.basis),
                ]
            }
        }
        values["organiser_rows"] = .list(rows(estimate.organiserItems, from: 1))
        values["sending_rows"] = .list(rows(estimate.sendingUnitItems, from: 1))
        values["organiser_total"] = .text(VietnameseNumber.grouped(estimate.organiserTotal))
        values["sending_total"] = .text(VietnameseNumber.grouped(estimate.sendingUnitTotal))
        values["total"] = .text(VietnameseNumber.grouped(estimate.total))
        values["total_words"] = .text(BudgetEstimate.words(estimate.total))
        values["participants"] = .text(VietnameseNumber.grouped(estimate.participants))
        values["participant_basis"] = .text(estimate.basis.label(.vi))
        values["offices"] = .text(VietnameseNumber.grouped(Int64(estimate.offices.count)))
        let composer = DocumentComposer(header: header(number: number(template), date: today), signer: signer)
        return DocxDocument(title: "Quyết định phê duyệt dự toán – \(session.title)",
                            sections: [try composer.section(template, values: values)])
    }

    /// Everyone who came (present or late at one part or more, walk-ins included), in the sign-in sheet's
    /// order: office by office as the list groups them, people by name within each; anyone the list no longer
    /// holds (replaced after coming) after their office's people.
    public func attendeesInOrder(_ attendees: Attendees) -> [Nominee] {
        let came = Set(attendees.people.map(\.nomination.id))
        var ordered = list.allRows.filter { came.contains($0.nomination.id) }
        let listed = Set(ordered.map(\.nomination.id))
        let groupIndex = Dictionary(list.groups.enumerated().map { ($1.unit.code, $0) }, uniquingKeysWith: { a, _ in a })
        let rest = attendees.people.filter { !listed.contains($0.nomination.id) }
            .sorted {
                (groupIndex[$0.nomination.sender] ?? .max, PersonName($0.person.fullName).sortKey(tieBreak: .givenThenFamily), $0.nomination.id)
                    < (groupIndex[$1.nomination.sender] ?? .max, PersonName($1.person.fullName).sortKey(tieBreak: .givenThenFamily), $1.nomination.id)
            }
        for nominee in rest {
            let index = groupIndex[nominee.nomination.sender] ?? .max
            let position = ordered.lastIndex { (groupIndex[$0.nomination.sender] ?? .max) <= index }.map { $0 + 1 } ?? 0
            ordered.insert(nominee, at: position)
        }
        return ordered
    }

    /// A certificate per person who came, one landscape page each, in the sign-in sheet's order.
    public func certificates(_ template: DocumentTemplate, attendees: Attendees) throws(OutreachError) -> DocxDocument {
        let composer = DocumentComposer(header: header(number: number(template), date: session.ends), signer: signer)
        var sections: [DocxSection] = []
        for (index, nominee) in attendeesInOrder(attendees).enumerated() {
            var values = common(template)
            values["stt"] = .text("\(index + 1)")
            values["name"] = .text(nominee.person.fullName)
            values["position"] = .text(nominee.person.position ?? "")
            let sender = units[nominee.nomination.sender]
            values["workplace"] = .text(nominee.workplace ?? sender?.name ?? "")
            values["sender"] = .text(sender?.name ?? nominee.nomination.sender.rawValue)
            values["role"] = .text(session.role(nominee.nomination.role)?.name ?? nominee.nomination.role.rawValue)
            sections.append(try composer.section(template, values: values))
        }
        return DocxDocument(title: "Giấy chứng nhận – \(session.title)", sections: sections)
    }

    // MARK: - Facts every document shares

    func common(_ template: DocumentTemplate) -> TemplateValues {
        var values: TemplateValues = [:]
        let organiser = list.organiser
        values["title"] = .text(session.title)
        values["title_lower"] = .text(Self.lowerFirst(session.title))
        values["title_upper"] = .text(VietnameseText.uppercased(session.title))
        values["topic"] = .text(session.topic ?? session.title)
        values["code"] = .text(session.code.rawValue)
        values["organiser"] = .text(organiser.name)
        values["organiser_short"] = .text(organiser.displayName)
        values["organiser_upper"] = .text(organiser.documentHeaderName)
        values["parent_body"] = .text(list.parentBody?.name ?? "")
        values["parent_body_short"] = .text(list.parentBody?.displayName ?? "")
        for (key, code) in [("managed_by", session.managedBy), ("funded_by", session.fundedBy)] {
            let unit = code.flatMap { units[$0] }
            values[key] = .text(unit?.name ?? "")
            values[key + "_short"] = .text(unit?.displayName ?? "")
            values[key + "_phone"] = .text(unit?.phone ?? "")
            values[key + "_email"] = .text(unit?.email ?? "")
        }
        values["place"] = .text(session.place)
        values["venue"] = .text(session.venue)
        values["when"] = .text(session.whenText)
        values["start_date"] = .text(VietnameseDate.numeric(session.starts))
        values["start_date_written"] = .text(VietnameseDate.written(session.starts))
        values["end_date"] = .text(VietnameseDate.numeric(session.ends))
        values["start_time"] = .text(session.startTime?.vietnamese ?? "")
        values["duration"] = .text(session.days == 1 && session.halfDayCount == 1 ? "01 buổi" : "\(Self.count(session.days)) ngày")
        values["year"] = .text("\(session.starts.year)")
        values["deadline"] = .text(session.nominationDeadline.map(VietnameseDate.numeric) ?? "")
        values["deadline_written"] = .text(session.nominationDeadline.map(VietnameseDate.written) ?? "")
        values["content"] = .list(session.content.map { ["text": .text($0)] })
        values["basis"] = .list((session.documents?.basis ?? []).map { ["text": .text($0)] })
        values["signer"] = .text(session.plan?.signer ?? "")
        values["plan_number"] = .text(session.plan?.number ?? "")
        values["plan_date"] = .text(session.plan?.date.map { " ngày " + VietnameseDate.numeric($0) } ?? "")
        values["signer_title"] = .text(session.plan?.signerTitle ?? "")
        values["today"] = .text(VietnameseDate.numeric(today))
        values["follow_up"] = .flag(session.followUp?.required ?? false)
        values["follow_up_note"] = .text(session.followUp?.note ?? "")
        values["follow_up_due"] = .text(session.followUp.map { VietnameseDate.numeric($0.due(after: session.ends)) } ?? "")
        for (key, word) in template.words { values["words." + key] = .text(word) }
        return values
    }

    var signer: OfficialSigner? {
        guard let plan = session.plan, let name = plan.signer else { return nil }
        return OfficialSigner(authority: plan.signerOnBehalf, title: plan.signerTitle ?? "", name: name)
    }

    /// The issuer's abbreviation in numbers (`SGD&ĐT` of `/KH-SGD&ĐT`): the plan number's, else the short name's capitals.
    var issuerAbbreviation: String {
        if let number = session.plan?.number, let dash = number.firstIndex(of: "-") {
            return String(number[number.index(after: dash)...])
        }
        return list.organiser.displayName.filter { $0.isUppercase || $0 == "&" }
    }

    func number(_ template: DocumentTemplate) -> String? {
        template.kind.map { "/\($0)-\(issuerAbbreviation)" }
    }

    func header(number: String?, date: CalendarDate?) -> OfficialHeader {
        // A number left for the registry clerk ("/KH-…") keeps room to write it in.
        let printed = number.map { $0.hasPrefix("/") ? "Số:        \($0)" : "Số: \($0)" }
        let dateLine = date.map { VietnameseDate.placeAndDate(place: session.place, date: $0) }
            ?? "\(session.place), ngày      tháng      năm \(session.starts.year)"
        return OfficialHeader(parentBody: list.parentBody?.documentHeaderName, issuer: list.organiser.documentHeaderName,
                              number: printed, placeAndDate: dateLine)
    }

    /// Quotas in the list's order: quota block, then administrative order.
    var orderedQuotas: [UnitQuota] {
        quotas.sorted {
            ($0.groupIndex, units[$0.unit]?.sortOrder ?? .max, $0.unit) < ($1.groupIndex, units[$1.unit]?.sortOrder ?? .max, $1.unit)
        }
    }

    // MARK: - Quotas in words

    /// "01 lãnh đạo phụ trách công tác TĐKT", "13 cán bộ quản lý, giáo viên của các trường trên địa bàn",
    /// "01 cán bộ quản lý hoặc giáo viên": a place's count and roles as the plan words them.
    func slotText(_ rule: SlotRule, template: DocumentTemplate) -> String {
        let names = rule.roles.map { code in Self.lowerFirst(session.role(code)?.name ?? code.rawValue) }
        let joined: String
        if names.count > 1 {
            let separator = rule.count == 1 ? " hoặc " : ", "
            joined = names.dropLast().joined(separator: ", ") + separator + names[names.count - 1]
        } else {
            joined = names.first ?? ""
        }
        var text = "\(Self.count(rule.count)) \(joined)"
        if rule.source == .subordinate {
            text += " " + (template.words["from_subordinate"] ?? "của các đơn vị trực thuộc")
        }
        return text
    }

    /// The plan's attendance part: per quota block, its label, how each office of it is called, the
    /// composition most of its offices have, and the offices whose quota differs.
    func blocks(_ template: DocumentTemplate) -> [TemplateValues] {
        var grouped: [(index: Int, label: String, quotas: [UnitQuota])] = []
        for quota in orderedQuotas {
            if grouped.last?.index == quota.groupIndex { grouped[grouped.count - 1].quotas.append(quota) }
            else { grouped.append((quota.groupIndex, quota.groupLabel, [quota])) }
        }
        return grouped.map { block in
            let compositions = block.quotas.map { $0.slots.map(\.rule) }
            // The composition most offices share (the first such in order when tied).
            var counts: [[SlotRule]: Int] = [:]
            for composition in compositions { counts[composition, default: 0] += 1 }
            let most = counts.values.max() ?? 0
            let best = compositions.first { counts[$0] == most } ?? []
            let kind = units[block.quotas[0].unit]?.kind.rawValue ?? ""
            let noun = template.words["each." + kind] ?? template.words["each"] ?? "đơn vị"
            let exceptions = block.quotas.filter { $0.slots.map(\.rule) != best }.compactMap { quota -> String? in
                guard let unit = units[quota.unit] else { return nil }
                return "\(unit.displayName) cử \(Self.count(quota.required)) người"
            }
            let places = best.map { slotText($0, template: template) }
            return [
                "label": .text(block.label),
                "noun": .text(noun),
                "count": .text(Self.count(best.reduce(0) { $0 + $1.count })),
                "composition": .text(places.joined(separator: "; ")),
                "places": .list(places.map { ["text": .text($0)] }),
                "single": .flag(best.count == 1),
                "offices": .text(Self.count(block.quotas.count)),
                "exceptions": .text(exceptions.isEmpty ? "" : " Riêng " + exceptions.joined(separator: "; ") + "."),
            ]
        }
    }

    /// Who pays what, from the budget's lines: the sending offices' lines and the organiser's, by name.
    func funding(_ template: DocumentTemplate) -> TemplateValues {
        let lines = session.budget?.applicableLines ?? []
        let sending = lines.filter { $0.payer == .sendingUnit }.map { Self.lowerFirst($0.name) }
        let organiser = lines.filter { $0.payer == .organiser }.map { Self.lowerFirst($0.name) }
        return [
            "has_budget": .flag(!lines.isEmpty),
            "sending_lines": .text(sending.joined(separator: ", ")),
            "organiser_lines": .text(organiser.joined(separator: "; ")),
            "has_sending_lines": .flag(!sending.isEmpty),
            "has_organiser_lines": .flag(!organiser.isEmpty),
        ]
    }

    // MARK: - Words

    /// Counts as plans write them: two digits below 10 ("01", "02"), grouped above 999.
    public static func count(_ value: Int) -> String {
        value < 10 && value >= 0 ? "0\(value)" : VietnameseNumber.grouped(Int64(value))
    }

    static func lowerFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        // Keep an abbreviation (TĐKT, GD&ĐT) as it is.
        if text.count > 1, text[text.index(after: text.startIndex)].isUppercase { return text }
        return first.lowercased() + text.dropFirst()
    }

    /// The office's sign-in page on the server: `BASE/dang-ky/SESSION/UNIT`.
    public static func link(base: String, session: SessionCode, unit: UnitCode) -> String {
        let trimmed = base.hasSuffix("/") ? String(base.dropLast()) : base
        return "\(trimmed)/dang-ky/\(session.rawValue)/\(unit.rawValue)"
    }
}
