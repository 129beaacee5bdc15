extension Session {
    /// When the session takes place, as printed: "08h00 ngày 10/5/2022", or a range for several days.
    public var whenText: String {
        let time = startTime.map { "\($0.vietnamese) " } ?? ""
        let last = days == 1 ? "" : " đến ngày \(VietnameseDate.numeric(ends))"
        return "\(time)ngày \(VietnameseDate.numeric(starts))\(last)"
    }
}
