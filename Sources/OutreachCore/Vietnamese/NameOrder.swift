/// How an official list breaks ties between people with the same given name.
public enum NameOrder: String, Sendable, CaseIterable, Codable {
    /// Given name, then the whole name from the start (family name, then middle names): the common practice.
    case givenThenFamily = "given-family"
    /// Given name, then middle names, then family name: what some offices do instead.
    case givenThenMiddle = "given-middle"
}
