import Hummingbird
import OutreachCore
import OutreachStore

/// `/api/v1` downloads: every export and document the command line writes, made on demand as the organiser's
/// pages make them (the same `Outreach` functions, so the same callers are refused), and the plans and blocs the
/// caller may see whole.
extension APIController {
    func addExportRoutes(to group: RouterGroup<WebRequestContext>) {
        group.get("sessions/:code/exports/:name", use: sessionExport)
        group.get("sessions/:code/exports/forms/:unit", use: form)
        group.get("plans", use: plans)
        group.get("plans/:plan/exports/:name", use: planExport)
        group.get("blocs", use: blocs)
        group.get("blocs/:bloc/exports/:name", use: blocExport)
    }

    @Sendable func sessionExport(_ request: Request, context: WebRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let code = try PageController.sessionCode(context)
        let file = try await outreach.sessionExport(code, name: try context.parameters.require("name"), account: account)
        return Respond.download(file.bytes, filename: file.filename)
    }

    /// An office's nomination form (`UNIT` or `UNIT.xlsx`): the organiser's written into the exports folder, an
    /// office's own made for it alone.
    @Sendable func form(_ request: Request, context: WebRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let code = try PageController.sessionCode(context)
        var raw = try context.parameters.require("unit")
        if raw.lowercased().hasSuffix(".xlsx") { raw = String(raw.dropLast(5)) }
        guard let unit = UnitCode(rawValue: raw.uppercased()) else { throw OutreachError.unknownUnit(raw) }
        let file = try await outreach.form(code, unit: unit, account: account)
        return Respond.download(file.bytes, filename: file.filename)
    }

    /// The plans the caller may see whole, with the names of their downloads.
    @Sendable func plans(_ request: Request, context: WebRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let plans = try await outreach.run { try $0.plans(visibleTo: account.principal) }
        return Respond.json(plans.map { plan in
            PlanExportsJSON(code: plan.template.code.rawValue, title: plan.template.title, issuer: plan.template.issuer.rawValue,
                            exports: PlanExport.allCases.map(\.filename))
        })
    }

    @Sendable func planExport(_ request: Request, context: WebRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let raw = try context.parameters.require("plan")
        guard let code = UnitCode(rawValue: raw.uppercased()) else { throw OutreachError.unknownPlan(raw) }
        let file = try await outreach.planExport(code, name: try context.parameters.require("name"), account: account)
        return Respond.download(file.bytes, filename: file.filename)
    }

    /// The blocs the caller may see whole, with the name of their download.
    @Sendable func blocs(_ request: Request, context: WebRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let blocs = try await outreach.run { try $0.blocs(visibleTo: account.principal) }
        return Respond.json(blocs.map { bloc in
            BlocExportsJSON(code: bloc.code.rawValue, name: bloc.name, plan: bloc.plan.template.code.rawValue,
                            chair: bloc.chair.rawValue, exports: [BlocExport.filename])
        })
    }

    @Sendable func blocExport(_ request: Request, context: WebRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let raw = try context.parameters.require("bloc")
        guard let code = UnitCode(rawValue: raw.uppercased()) else { throw OutreachError.unknownBloc(raw) }
        let file = try await outreach.blocExport(code, name: try context.parameters.require("name"), account: account)
        return Respond.download(file.bytes, filename: file.filename)
    }
}

struct PlanExportsJSON: Encodable {
    var code: String
    var title: String
    var issuer: String
    var exports: [String]
}

struct BlocExportsJSON: Encodable {
    var code: String
    var name: String
    var plan: String
    var chair: String
    var exports: [String]
}
