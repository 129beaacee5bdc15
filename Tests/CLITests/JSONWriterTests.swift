import Foundation
@testable import outreach
import Testing

@Suite("The streaming JSON writer writes what JSONSerialization reads back")
struct JSONWriterTests {
    @Test func escapesAndNestsAsJSONRequires() throws {
        let hostile = "Trường \"Kim Đồng\" \\ C:\\tổ\n\tmới\u{01}/"
        var json = JSONWriter()
        json.beginObject()
        json.field("name", hostile)
        json.field("missing", String?.none)
        json.field("rate", 0.875)
        json.field("whole", 1.0)
        json.field("count", 60_100)
        json.key("rows")
        json.beginArray()
        for id in 1...3 {
            json.element()
            json.beginObject(inline: true)
            json.field("id", Int64(id))
            json.key("inner")
            json.beginObject()
            json.field("x", id)
            json.endObject()
            json.endObject()
        }
        json.endArray()
        json.key("empty")
        json.beginArray()
        json.endArray()
        json.endObject()
        let text = String(decoding: json.bytes, as: UTF8.self)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.bytes)) as? [String: Any])
        #expect(object["name"] as? String == hostile)
        #expect(object["missing"] == nil && object["rate"] as? Double == 0.875 && object["whole"] as? Int == 1)
        #expect(object["count"] as? Int == 60_100)
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.map { $0["id"] as? Int } == [1, 2, 3])
        #expect((rows.last?["inner"] as? [String: Int])?["x"] == 3)
        #expect((object["empty"] as? [Any])?.isEmpty == true)
        // One line per inline record, as the cascade's nodes print.
        #expect(text.contains("\n    { \"id\" : 2, \"inner\" : { \"x\" : 2 } },\n"))
    }
}
