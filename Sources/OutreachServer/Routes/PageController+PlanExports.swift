import Hummingbird
import OutreachCore
import OutreachStore

/// The yearly plans and blocs the signed-in unit may see whole (`Authority`'s `viewPlan`, `viewBloc`: a plan's
/// issuer and the units above it; a bloc's chair and deputy too), with the workbooks `export plan`,
/// `export duties`, `export bloc` and the document `doc plan` write, made on demand.
extension PageController {
    @Sendable func plansAndBlocsPage(_ request: Request, context: WebRequestContext) async throws -> Response {
        guard let account = context.identity else { return Respond.signIn(returningTo: request) }
        let (plans, blocs) = try await outreach.run { database in
            (try database.plans(visibleTo: account.principal), try database.blocs(visibleTo: account.principal))
        }
        let lang = request.language
        return try await page(request, context, account, title: lang.text { $0.yearlyPlansAndBlocs },
                              body: Pages.plansAndBlocs(plans, blocs: blocs, lang: lang))
    }

    @Sendable func planExport(_ request: Request, context: WebRequestContext) async throws -> Response {
        guard let account = context.identity else { return Respond.signIn(returningTo: request) }
        let raw = try context.parameters.require("plan")
        guard let code = UnitCode(rawValue: raw.uppercased()) else { throw OutreachError.unknownPlan(raw) }
        let file = try await outreach.planExport(code, name: try context.parameters.require("file"), account: account)
        return Respond.download(file.bytes, filename: file.filename)
    }

    @Sendable func blocExport(_ request: Request, context: WebRequestContext) async throws -> Response {
        guard let account = context.identity else { return Respond.signIn(returningTo: request) }
        let raw = try context.parameters.require("bloc")
        guard let code = UnitCode(rawValue: raw.uppercased()) else { throw OutreachError.unknownBloc(raw) }
        let file = try await outreach.blocExport(code, name: try context.parameters.require("file"), account: account)
        return Respond.download(file.bytes, filename: file.filename)
    }
}
