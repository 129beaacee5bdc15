/// The name and position pools of `Templates/demo/people.yaml`, from which the demo invents its nominees.
public struct DemoPeople: Sendable, Decodable {
    public var kinh: NamePool
    public var minority: NamePool
    /// Positions (*chức vụ*) by role code, then by the kind of unit the person works at.
    public var positions: [String: [String: [String]]]
    public var phonePrefixes: [String]
    public var minorityShareByDistrict: [String: Double]

    /// Family, middle and given names of one naming tradition.
    public struct NamePool: Sendable, Decodable {
        public var family: [String]
        public var middleMale: [String]
        public var middleFemale: [String]
        public var givenMale: [String]
        public var givenFemale: [String]

        enum CodingKeys: String, CodingKey, CaseIterable {
            case family
            case middleMale = "middle_male"
            case middleFemale = "middle_female"
            case givenMale = "given_male"
            case givenFemale = "given_female"
        }

        public init(from decoder: any Decoder) throws {
            try decoder.rejectUnknownKeys(CodingKeys.self)
            let c = try decoder.container(keyedBy: CodingKeys.self)
            func names(_ key: CodingKeys) throws -> [String] {
                let list = try c.decode([String].self, forKey: key).map(VietnameseText.normalized)
                if list.isEmpty || list.contains(where: \.isEmpty) {
                    throw TemplateFieldError(c.codingPath + [key], { $0.needsNonEmptyNames })
                }
                return list
            }
            family = try names(.family)
            middleMale = try names(.middleMale)
            middleFemale = try names(.middleFemale)
            givenMale = try names(.givenMale)
            givenFemale = try names(.givenFemale)
        }
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case kinh, minority, positions
        case phonePrefixes = "phone_prefixes"
        case minorityShareByDistrict = "minority_share_by_district"
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kinh = try c.decode(NamePool.self, forKey: .kinh)
        minority = try c.decode(NamePool.self, forKey: .minority)
        positions = try c.decode([String: [String: [String]]].self, forKey: .positions)
        phonePrefixes = try c.decode([String].self, forKey: .phonePrefixes)
        if phonePrefixes.isEmpty || phonePrefixes.contains(where: { $0.count != 3 || !$0.allSatisfy(\.isNumber) }) {
            throw TemplateFieldError(
                c.codingPath + [CodingKeys.phonePrefixes], { $0.needsThreeDigitPrefixesSuch })
        }
        minorityShareByDistrict = try c.decodeIfPresent([String: Double].self, forKey: .minorityShareByDistrict) ?? [:]
    }
}

extension TemplateLoader {
    /// Parses the demo's people pools.
    public static func demoPeople(yaml: String, file: String) throws(OutreachError) -> DemoPeople {
        try decodeOnly(yaml: yaml, file: file)
    }
}
