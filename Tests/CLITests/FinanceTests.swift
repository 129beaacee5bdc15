import Foundation
import Testing
import TestSupport

@Suite("Finance staff at the command line: rates in force and amounts in words, without a database")
struct FinanceTests {
    static let ratesFolder = Fixture.template("rates")

    /// Runs `outreach` in a fresh folder, so a test also shows that no database is needed or made.
    func run(_ arguments: [String]) throws -> ProcessResult {
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(arguments, in: folder)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "wrote into the folder")
        return result
    }

    func listedRates(on day: String) throws -> [[String: Any]] {
        let result = try run(["rates", "list", "--on", day, "--dir", Self.ratesFolder, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    func perDiem(_ rates: [[String: Any]]) -> [String: Any]? {
        rates.first { $0["code"] as? String == "phu-cap-luu-tru" && $0["region"] == nil }
    }

    @Test func ratesListAsJSONGivesThePerDiemOfTheDay() throws {
        let in2022 = try listedRates(on: "2022-05-10")
        let perDiem2022 = try #require(perDiem(in2022))
        #expect(perDiem2022["amount"] as? Int == 200_000)
        #expect(perDiem2022["unit"] as? String == "nguoi-ngay")
        #expect(perDiem2022["basis"] as? String == "Khoản 1 Điều 5 Thông tư 40/2017/TT-BTC")
        #expect(perDiem2022["confidence"] as? String == "verified")
        #expect((perDiem2022["file"] as? String)?.hasSuffix("national.yaml") == true)
        #expect(in2022.first { $0["code"] as? String == "nuoc-uong" }?["confidence"] as? String == "unconfirmed")
        #expect(try perDiem(listedRates(on: "2025-06-15"))?["amount"] as? Int == 300_000)
    }

    @Test func ratesListPrintsATableWithMarksAndNotes() throws {
        let result = try run(["rates", "list", "--dir", Self.ratesFolder, "--today", "2022-05-10"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Định mức áp dụng ngày 10/05/2022 (\(Self.ratesFolder)):")
        let perDiem = try #require(lines.first { $0.hasPrefix("phu-cap-luu-tru ") })
        #expect(perDiem.contains("200.000"))
        #expect(perDiem.contains("người/ngày"))
        #expect(perDiem.contains("national.yaml"))
        let water = try #require(lines.first { $0.hasPrefix("nuoc-uong ") })
        #expect(water.hasSuffix("?"))
        #expect(lines.contains("? chưa xác nhận được nguồn:"))
        #expect(lines.contains { $0.hasPrefix("thu-lao-bao-cao-vien-muc-1 ") && $0.hasSuffix("!") })
    }

    @Test func ratesListReadsTheDefaultFolderOfTheProject() throws {
        let result = try CLIRunner.run(["rates", "list", "--on", "2025-06-15", "--json"], in: Fixture.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"amount\" : 300000"))
    }

    @Test(arguments: [
        (["rates", "list", "--dir", "khong-co"], Int32(3), "khong-co"),
        (["rates", "list", "--on", "2022-02-30"], Int32(2), "--on"),
    ])
    func ratesListRefusesBadInput(arguments: [String], status: Int32, message: String) throws {
        let result = try run(arguments)
        #expect(result.status == status)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func aBrokenRatesFileIsOneLocatedLine() throws {
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let national = try String(contentsOfFile: Fixture.template("rates/national.yaml"), encoding: .utf8)
        let broken = national.replacingOccurrences(of: "effective_from: 2025-05-04", with: "effective_from: 2025-05-01")
        try broken.write(to: folder.appendingPathComponent("national.yaml"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["rates", "list", "--dir", "."], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("lỗi: ./national.yaml:"))
        #expect(result.stderr.contains("trùng thời gian với rates[0]"))
    }

    @Test(arguments: [
        (["1.005.000"], "Một triệu không trăm linh năm nghìn đồng"),
        (["1500000"], "Một triệu năm trăm nghìn đồng"),
        (["1,500,000", "--le", "--ngan", "--chan"], "Một triệu năm trăm ngàn đồng chẵn"),
        (["1.024.105", "--tu", "--le"], "Một triệu không trăm hai mươi tư nghìn một trăm lẻ năm đồng"),
        (["0"], "Không đồng"),
        (["999.999.999.999.999"], "Chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng"),
    ])
    func moneyWordsPrintsTheAmountInWords(arguments: [String], expected: String) throws {
        let result = try run(["money", "words"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == expected + "\n")
    }

    @Test(arguments: [
        (["-5"], "không được âm"),
        (["--", "-1.000"], "không được âm"),
        (["abc"], "không phải số tiền"),
        (["1.5"], "không phải số tiền"),
        (["1.500,50"], "không phải số tiền"),
        (["1000000000000000"], "tối đa 999.999.999.999.999"),
        (["99999999999999999999999"], "tối đa 999.999.999.999.999"),
    ])
    func moneyWordsRefusesBadAmountsInOneLine(arguments: [String], message: String) throws {
        let result = try run(["money", "words"] + arguments)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("lỗi: số tiền “"), "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func helpTeachesBothCommandsWithShortExamples() throws {
        for command in [["rates", "list"], ["money", "words"], ["rates"], ["money"]] {
            let help = try run(["help"] + command)
            #expect(help.status == 0)
            #expect(help.stdout.contains("Ví dụ"))
            let example = help.stdout.split(separator: "\n").filter { $0.hasPrefix("  outreach \(command[0])") }
            #expect(!example.isEmpty)
            #expect(example.allSatisfy { $0.count <= 80 }, "\(example)")
        }
    }
}
