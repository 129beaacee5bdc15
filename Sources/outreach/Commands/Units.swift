import ArgumentParser
import OutreachCore

/// `outreach units …`: the administrative tree of offices and schools.
struct Units: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Help.text { $0.importAndLookAtUnits },
        subcommands: [Import.self, List.self, Show.self])
}

extension Units {
    struct Import: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.importAUnitsFileYAML },
            discussion: Help.text { $0.unitsAlreadyPresentAreUpdated })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text { $0.theUnitsFileEG })
        var file: String

        func execute(_ cli: CLI) throws(OutreachError) {
            let list = try TemplateLoader.units(yaml: try TemplateLoader.readText(path: file), file: file)
            let database = try cli.database()
            let summary = try database.importUnits(list, source: file, context: try cli.context())
            if cli.json { return cli.printJSON(summary) }
            cli.say(cli.lang.text { $0.importedUnitsCountUnitsFromFile(list.units.count, file, summary.inserted, summary.updated, summary.unchanged) })
        }
    }

    struct List: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.listUnitsOptionallyOfOne },
            discussion: Help.text { $0.exampleOutreachUnitsListKind })

        @OptionGroup var global: GlobalOptions
        @Option(help: .text { $0.onlyUnitsOfThisKind })
        var kind: String?
        @Option(help: .text { $0.onlyUnitsDirectlyUnderThis })
        var parent: String?

        func execute(_ cli: CLI) throws(OutreachError) {
            let database = try cli.database()
            var units = try database.units()
            if let kind {
                let kinds = Set(units.map(\.kind.rawValue))
                guard kinds.contains(kind) else {
                    throw .invalidValue(field: "--kind", value: kind, reason: LocalizedText { $0.noUnitIsOfThis(kinds.sorted().joined(separator: ", ")) })
                }
                units = units.filter { $0.kind.rawValue == kind }
            }
            if let parent {
                let code = try cli.unitCode(parent, field: "--parent")
                _ = try database.unit(code)
                units = units.filter { $0.parent == code }
            }
            if cli.json { return cli.printJSON(units.map(UnitJSON.init)) }
            var table = Table(cli.lang.catalogue.unitsCodeNameKindHeadings)
            for unit in units {
                table.add([unit.code.rawValue, unit.displayName, unit.kind.rawValue, unit.parent?.rawValue ?? ""])
            }
            cli.say(table.render())
            cli.say(cli.lang.text { $0.owingCountUnits(units.count) })
        }
    }

    struct Show: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.showOneUnitWithIts },
            discussion: Help.text { $0.exampleOutreachUnitsShowPGD })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text { $0.theUnitCode })
        var code: String

        func execute(_ cli: CLI) throws(OutreachError) {
            let database = try cli.database()
            let unit = try database.unit(try cli.unitCode(code, field: "<code>"))
            let tree = UnitTree(try database.units())
            let children = tree.children(of: unit.code)
            if cli.json {
                return cli.printJSON(UnitDetailJSON(
                    unit: UnitJSON(unit), ancestors: tree.ancestors(of: unit.code).map(\.rawValue),
                    children: children.map(UnitJSON.init)))
            }
            let l = cli.lang
            cli.say("\(unit.code)  \(unit.name)")
            cli.say("  \(l.text { $0.kind }): \(unit.kind)")
            let chain = tree.ancestors(of: unit.code).compactMap { tree[$0]?.displayName }
            if !chain.isEmpty { cli.say("  \(l.text { $0.under }): \(chain.joined(separator: " ‹ "))") }
            if let phone = unit.phone { cli.say("  \(l.text { $0.phone }): \(phone)") }
            if let email = unit.email { cli.say("  Email: \(email)") }
            if let address = unit.address { cli.say("  \(l.text { $0.address }): \(address)") }
            if let from = unit.validFrom {
                cli.say("  \(l.text { $0.valid }): \(VietnameseDate.numeric(from)) – \(unit.validTo.map(VietnameseDate.numeric) ?? "")")
            }
            if !children.isEmpty {
                cli.say("  \(l.text { $0.unitsUnderIt }) (\(children.count)):")
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
