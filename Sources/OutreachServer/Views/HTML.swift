import Foundation
import OutreachCore
import OutreachStore

/// Server-rendered pages as plain Swift strings: every value passes through `escape`, the layout links only the
/// binary's own stylesheet, and nothing needs JavaScript.
enum HTML {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A path segment or query value, percent-encoded.
    static func url(_ text: String) -> String {
        text.addingPercentEncodingForURL()
    }

    /// The page around `body`: language, title, the stylesheet, and when signed in the unit and a sign-out form.
    /// `languageLink`: the page the language link leads to, `lang=` added to its query; empty for this page
    /// (`Respond.languageLink`). `signOutTo`: a page to come back to after signing in again with another code.
    static func page(
        title: String, lang: Language, body: String, signedIn: AccessAccount? = nil, unitName: String? = nil,
        csrf: String? = nil, flash: String? = nil, languageLink: String = "", signOutTo: ReturnPage? = nil
    ) -> String {
        var header = "<header><a class=\"brand\" href=\"/\">\(lang.text { $0.trainingNominations })</a>"
        if let signedIn, let csrf {
            header += """
                <form method="post" action="/dang-xuat" class="signout"><span>\(escape(unitName ?? signedIn.unit.rawValue))</span>\
                <input type="hidden" name="csrf" value="\(escape(csrf))">\
                \(signOutTo.map { "<input type=\"hidden\" name=\"tiep\" value=\"\(escape($0.path))\">" } ?? "")\
                <button type="submit">\(lang.text { $0.signOut })</button></form>
                """
        }
        // A plain link: the query keeps the page, the server remembers the choice.
        let other: Language = lang == .vi ? .en : .vi
        let separator = languageLink.contains("?") ? "&" : "?"
        header += "<a class=\"lang\" href=\"\(escape(languageLink + separator + "lang=" + other.rawValue))\" lang=\"\(other.rawValue)\">\(lang.text { $0.otherLanguageName })</a>"
        header += "</header>"
        let notice: String = flash.map { (text: String) -> String in "<p class=\"flash\" role=\"status\">\(escape(text))</p>" } ?? ""
        return """
            <!DOCTYPE html>
            <html lang="\(lang.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title))</title>
            <link rel="stylesheet" href="/tai-nguyen/kieu.css">
            </head>
            <body>
            \(header)
            <main>
            \(notice)
            \(body)
            </main>
            </body>
            </html>
            """
    }
}

extension String {
    fileprivate func addingPercentEncodingForURL() -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return addingPercentEncoding(withAllowedCharacters: allowed) ?? self
    }
}
