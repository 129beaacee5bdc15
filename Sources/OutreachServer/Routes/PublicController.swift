import Hummingbird
import OutreachStore

/// What needs no sign-in: the health check, the stylesheet and the API's description.
struct PublicController {
    let outreach: Outreach

    func addRoutes(to router: Router<WebRequestContext>) {
        router.get("healthz", use: health)
        router.get("tai-nguyen/kieu.css") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
                body: .init(byteBuffer: .init(string: Stylesheet.css)))
        }
        router.get("api/v1/openapi.json") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                body: .init(byteBuffer: .init(string: OpenAPI.document)))
        }
    }

    /// 200 when the database answers a read; otherwise the store's error as 503.
    @Sendable func health(_ request: Request, context: WebRequestContext) async throws -> Response {
        _ = try await outreach.run { try $0.isDemo() }
        return Respond.json(["status": "ok"])
    }
}
