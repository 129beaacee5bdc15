/// A role a nominee fills in a session (`cbql` = cán bộ quản lý), with its labels.
public struct Role: Hashable, Sendable, Codable {
    public var code: RoleCode
    public var name: String
    public var nameEn: String?

    public init(code: RoleCode, name: String, nameEn: String? = nil) {
        self.code = code
        self.name = name
        self.nameEn = nameEn
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case code, name
        case nameEn = "name_en"
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.decode(RoleCode.self, forKey: .code)
        name = try c.decodeText(forKey: .name)
        nameEn = try c.decodeTextIfPresent(forKey: .nameEn)
    }

    /// The label in the given language.
    public func label(_ lang: Language) -> String {
        lang == .en ? (nameEn ?? name) : name
    }
}
