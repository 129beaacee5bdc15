import OutreachCore

/// The page of the yearly plans and blocs a unit may see whole, each with its downloads.
extension Pages {
    static func plansAndBlocs(_ plans: [ResolvedPlan], blocs: [BlocView], lang: Language) -> String {
        let title = lang.text { $0.yearlyPlansAndBlocs }
        let planRows = plans.map { plan -> String in
            let code = plan.template.code.rawValue
            let links = PlanExport.allCases.map { kind in
                "<li><a href=\"/ke-hoach-khoi/ke-hoach/\(E.url(code))/\(kind.filename)\" download>\(E.escape(kind.label(lang)))</a></li>"
            }.joined()
            return """
                <h3 id="ke-hoach-\(E.escape(code))">\(E.escape(plan.template.title)) (\(E.escape(code)))</h3>
                <ul>\(links)</ul>
                """
        }.joined(separator: "\n")
        let blocRows = blocs.map { bloc -> String in
            let code = bloc.code.rawValue
            return """
                <li id="khoi-\(E.escape(code))">\(E.escape(bloc.name)) (\(E.escape(code))), \(lang.text { $0.planInPagePlanExports }) \(E.escape(bloc.plan.template.code.rawValue)): \
                <a href="/ke-hoach-khoi/khoi/\(E.url(code))/\(BlocExport.filename)" download>\(E.escape(BlocExport.label(lang)))</a></li>
                """
        }.joined(separator: "\n")
        let plansPart = plans.isEmpty
            ? "<p>\(lang.text { $0.noPlanIssuedByYour })</p>"
            : planRows
        let blocsPart = blocs.isEmpty
            ? "<p>\(lang.text { $0.noBlocYourUnitMay })</p>"
            : "<ul id=\"khoi\">\(blocRows)</ul>"
        return """
            <p class="crumbs"><a href="/">\(lang.text { $0.sessionsInPageDuties })</a></p>
            <h1>\(title)</h1>
            <p>\(lang.text { $0.eachWorkbookIsMadeAgainFrom })</p>
            <h2>\(lang.text { $0.yearlyPlans })</h2>
            \(plansPart)
            <h2>\(lang.text { $0.blocs })</h2>
            \(blocsPart)
            """
    }
}
