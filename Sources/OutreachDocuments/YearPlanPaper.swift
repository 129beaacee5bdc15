import OutreachCore

/// A yearly plan as issued (seed 003, `plan import`): the activities by quarter with the units that carry them
/// out, the report deadlines and the award rule, as a Word document.
public struct YearPlanPaper: Sendable {
    public var plan: ResolvedPlan
    public var issuer: OrgUnit
    public var parentBody: OrgUnit?
    public var units: UnitTree

    /// The text it uses in `Templates/documents/`.
    public static let templateName = "ke-hoach-nam"

    public init(plan: ResolvedPlan, issuer: OrgUnit, parentBody: OrgUnit?, units: UnitTree) {
        self.plan = plan
        self.issuer = issuer
        self.parentBody = parentBody
        self.units = units
    }

    public func document(_ template: DocumentTemplate) throws(OutreachError) -> DocxDocument {
        let facts = plan.template
        var values: TemplateValues = [
            "title": .text(facts.title),
            "year": .text("\(facts.year)"),
            "issuer": .text(issuer.name),
            "issuer_short": .text(issuer.displayName),
            "place": .text(facts.place),
        ]
        let quarters = Set(facts.activities.map(\.quarter)).sorted()
        values["quarters"] = .list(quarters.map { quarter in
            [
                "roman": .text(Self.roman(quarter)),
                "activities": .list(facts.activities.filter { $0.quarter == quarter }.map { activity in
                    ["number": .text("\(activity.number)"), "content": .text(activity.content),
                     "responsible": .text(activity.responsible)]
                }),
            ]
        })
        values["duties"] = .list(facts.duties.filter(\.printed).map { duty in
            ["title": .text(duty.title), "due": .text(VietnameseDate.numeric(duty.due))]
        })
        values["award_note"] = .text(facts.awardRule?.note ?? "")
        for (key, word) in template.words { values["words." + key] = .text(word) }
        let document = facts.document
        let number = document?.number.map { $0.hasPrefix("/") ? "Số:        \($0)" : "Số: \($0)" }
        let dateLine = document?.date.map { VietnameseDate.placeAndDate(place: facts.place, date: $0) }
            ?? "\(facts.place), ngày      tháng      năm \(facts.year)"
        let header = OfficialHeader(parentBody: parentBody?.documentHeaderName, issuer: issuer.documentHeaderName,
                                    number: number, placeAndDate: dateLine)
        let signer = document?.signer.map {
            OfficialSigner(authority: document?.signerOnBehalf, title: document?.signerTitle ?? "", name: $0)
        }
        let section = try DocumentComposer(header: header, signer: signer).section(template, values: values)
        return DocxDocument(title: "Kế hoạch \(facts.title)", sections: [section])
    }

    static func roman(_ number: Int) -> String {
        ["", "I", "II", "III", "IV"].indices.contains(number) ? ["", "I", "II", "III", "IV"][number] : "\(number)"
    }
}
