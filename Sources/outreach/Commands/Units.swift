import ArgumentParser
import OutreachCore

/// `outreach units …`: the administrative tree of offices and schools.
struct Units: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Help.text(
            vi: "Nhập và xem các đơn vị (phòng, trường, đơn vị trực thuộc).",
            en: "Import and look at units (offices, schools, divisions)."),
        subcommands: [Import.self, List.self, Show.self])
}

extension Units {
    struct Import: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Nhập tệp danh sách đơn vị (YAML); mọi thứ được kiểm tra trước khi ghi.",
                en: "Import a units file (YAML); everything is checked before anything is written."),
            discussion: Help.text(
                vi: """
                    Đơn vị đã có thì được cập nhật; thứ tự trong tệp là thứ tự dùng trong các danh
                    sách.
                    Ví dụ:
                      outreach units import Templates/units/lao-cai-2022.yaml
                    """,
                en: """
                    Units already present are updated; the file's order is the order lists use.
                    Example:
                      outreach units import Templates/units/lao-cai-2022.yaml
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text(
            vi: "Tệp danh sách đơn vị, ví dụ Templates/units/lao-cai-2022.yaml.",
            en: "The units file, e.g. Templates/units/lao-cai-2022.yaml."))
        var file: String

        func execute(_ cli: CLI) throws(OutreachError) {
            let list = try TemplateLoader.units(yaml: try TemplateLoader.readText(path: file), file: file)
            let database = try cli.database()
            let summary = try database.importUnits(list, source: file, context: try cli.context())
            if cli.json { return cli.printJSON(summary) }
            cli.say(cli.lang.pick(
                "Đã nạp \(list.units.count) đơn vị từ \(file): thêm \(summary.inserted), cập nhật \(summary.updated), không đổi \(summary.unchanged).",
                "Imported \(list.units.count) units from \(file): \(summary.inserted) added, \(summary.updated) updated, \(summary.unchanged) unchanged."))
        }
    }

    struct List: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Danh sách đơn vị, có thể lọc theo loại hoặc theo đơn vị cấp trên.",
                en: "List units, optionally of one kind or under one parent."),
            discussion: Help.text(
                vi: "Ví dụ: outreach units list --kind phong-gddt",
                en: "Example: outreach units list --kind phong-gddt"))

        @OptionGroup var global: GlobalOptions
        @Option(help: .text(
            vi: "Chỉ các đơn vị thuộc loại này (so, phong-gddt, truc-thuoc-so, tt-gdnn-gdtx, truong…).",
            en: "Only units of this kind (so, phong-gddt, truc-thuoc-so, tt-gdnn-gdtx, truong…)."))
        var kind: String?
        @Option(help: .text(vi: "Chỉ các đơn vị trực thuộc đơn vị này.", en: "Only units directly under this unit."))
        var parent: String?

        func execute(_ cli: CLI) throws(OutreachError) {
            let database = try cli.database()
            var units = try database.units()
            if let kind {
                let kinds = Set(units.map(\.kind.rawValue))
                guard kinds.contains(kind) else {
                    throw .invalidValue(field: "--kind", value: kind, reason: LocalizedText(
                        vi: "không có đơn vị loại này; các loại: \(kinds.sorted().joined(separator: ", "))",
                        en: "no unit is of this kind; kinds: \(kinds.sorted().joined(separator: ", "))"))
                }
                units = units.filter { $0.kind.rawValue == kind }
            }
            if let parent {
                let code = try cli.unitCode(parent, field: "--parent")
                _ = try database.unit(code)
                units = units.filter { $0.parent == code }
            }
            if cli.json { return cli.printJSON(units.map(UnitJSON.init)) }
            var table = Table(cli.lang.pick(["Mã", "Tên", "Loại", "Cấp trên"], ["Code", "Name", "Kind", "Parent"]))
            for unit in units {
                table.add([unit.code.rawValue, unit.displayName, unit.kind.rawValue, unit.parent?.rawValue ?? ""])
            }
            cli.say(table.render())
            cli.say(cli.lang.pick("\(units.count) đơn vị", "\(units.count) units"))
        }
    }

    struct Show: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Xem một đơn vị, các đơn vị cấp trên và các đơn vị trực thuộc.",
                en: "Show one unit with its parents and the units directly under it."),
            discussion: Help.text(
                vi: "Ví dụ: outreach units show PGD-BATXAT",
                en: "Example: outreach units show PGD-BATXAT"))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text(vi: "Mã đơn vị.", en: "The unit code."))
        var code: String

        func execute(_ cli: CLI) throws(OutreachError) {
            let database = try cli.database()
            let unit = try database.unit(try cli.unitCode(code, field: "CODE"))
            let tree = UnitTree(try database.units())
            let children = tree.children(of: unit.code)
            if cli.json {
                return cli.printJSON(UnitDetailJSON(
                    unit: UnitJSON(unit), ancestors: tree.ancestors(of: unit.code).map(\.rawValue),
                    children: children.map(UnitJSON.init)))
            }
            let l = cli.lang
            cli.say("\(unit.code)  \(unit.name)")
            cli.say("  \(l.pick("Loại", "Kind")): \(unit.kind)")
            let chain = tree.ancestors(of: unit.code).compactMap { tree[$0]?.displayName }
            if !chain.isEmpty { cli.say("  \(l.pick("Trực thuộc", "Under")): \(chain.joined(separator: " ‹ "))") }
            if let phone = unit.phone { cli.say("  \(l.pick("Điện thoại", "Phone")): \(phone)") }
            if let email = unit.email { cli.say("  Email: \(email)") }
            if let address = unit.address { cli.say("  \(l.pick("Địa chỉ", "Address")): \(address)") }
            if let from = unit.validFrom {
                cli.say("  \(l.pick("Hiệu lực", "Valid")): \(VietnameseDate.numeric(from)) – \(unit.validTo.map(VietnameseDate.numeric) ?? "")")
            }
            if !children.isEmpty {
                cli.say("  \(l.pick("Đơn vị trực thuộc", "Units under it")) (\(children.count)):")
                for child in children { cli.say("    \(child.code)  \(child.displayName)") }
            }
        }
    }
}

/// A unit as JSON output.
struct UnitJSON: Encodable {
    var code: String
    var name: String
    var shortName: String?
    var kind: String
    var parent: String?
    var phone: String?
    var email: String?
    var validFrom: String?
    var validTo: String?

    init(_ unit: OrgUnit) {
        code = unit.code.rawValue
        name = unit.name
        shortName = unit.shortName
        kind = unit.kind.rawValue
        parent = unit.parent?.rawValue
        phone = unit.phone
        email = unit.email
        validFrom = unit.validFrom?.iso
        validTo = unit.validTo?.iso
    }
}

struct UnitDetailJSON: Encodable {
    var unit: UnitJSON
    var ancestors: [String]
    var children: [UnitJSON]
}
