extension Session {
    /// When the session takes place, as printed: "08h00 ngày 10/5/2022", or a range for several days.
    public var whenText: String { when(.vi) }

    /// The same in the given language, for a screen.
    public func when(_ lang: Language) -> String {
        lang.text { $0.sessionWhen(startTime?.vietnamese, VietnameseDate.numeric(starts),
                                   days == 1 ? nil : VietnameseDate.numeric(ends)) }
    }
}
