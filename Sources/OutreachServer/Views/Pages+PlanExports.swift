import OutreachCore

/// The page of the yearly plans and blocs a unit may see whole, each with its downloads.
extension Pages {
    static func plansAndBlocs(_ plans: [ResolvedPlan], blocs: [BlocView], lang: Language) -> String {
        let title = lang.pick("Kế hoạch năm và khối thi đua", "Yearly plans and blocs")
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
                <li id="khoi-\(E.escape(code))">\(E.escape(bloc.name)) (\(E.escape(code))), \(lang.pick("kế hoạch", "plan")) \(E.escape(bloc.plan.template.code.rawValue)): \
                <a href="/ke-hoach-khoi/khoi/\(E.url(code))/\(BlocExport.filename)" download>\(E.escape(BlocExport.label(lang)))</a></li>
                """
        }.joined(separator: "\n")
        let plansPart = plans.isEmpty
            ? "<p>\(lang.pick("Không có kế hoạch nào do đơn vị hoặc đơn vị cấp dưới ban hành.", "No plan issued by your unit or a unit below it."))</p>"
            : planRows
        let blocsPart = blocs.isEmpty
            ? "<p>\(lang.pick("Không có khối thi đua nào đơn vị được xem toàn bộ.", "No bloc your unit may see whole."))</p>"
            : "<ul id=\"khoi\">\(blocRows)</ul>"
        return """
            <p class="crumbs"><a href="/">\(lang.pick("Các đợt", "Sessions"))</a></p>
            <h1>\(title)</h1>
            <p>\(lang.pick(
                "Mỗi bảng tính được lập lại từ dữ liệu hiện tại, ghi vào thư mục xuất như lệnh outreach export, rồi tải về. Đơn vị ban hành kế hoạch và các đơn vị cấp trên xem được toàn bộ kế hoạch; trưởng khối, phó khối xem được toàn bộ khối.",
                "Each workbook is made again from the data as it stands, written into the exports folder as outreach export does, then downloaded. A plan's issuer and the units above it see the whole plan; a bloc's chair and deputy see the whole bloc."))</p>
            <h2>\(lang.pick("Kế hoạch năm", "Yearly plans"))</h2>
            \(plansPart)
            <h2>\(lang.pick("Khối thi đua", "Blocs"))</h2>
            \(blocsPart)
            """
    }
}
