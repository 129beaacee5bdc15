/// When a session's list may still change: the nomination deadline and the session's last day, judged on the
/// day the rules use (`--today`, a request's day). Pure: the store passes the session, the day, whether a late
/// reason was given and, for a confirmation, the standing `Authority` gave the principal.
public enum NominationDeadlines {
    /// A change to a session's list of nominees.
    public enum Change: Sendable, Equatable {
        /// Nominate, replace, promote a reserve or import a list: never once the session is over (a person who came
        /// without a place is a walk-in, on the attendance), and after the deadline only with a late reason.
        case nominate
        /// Withdraw a nominee: never once the session is over (who came is paid by the attendance), and after the
        /// deadline only with a late reason.
        case withdraw
        /// Confirm nominees, with the standing of the principal towards each: the deadline binds the offices, not
        /// the organisers (the organiser, the division that runs the session, the operator), who confirm the lists
        /// after it as routine, even after the session; an office (`.concerned`, `.above`) confirming after the
        /// deadline needs a late reason, and after the session may not, late or not.
        case confirm(standings: [Standing])
    }

    /// Whether a change to the list on `today` needs a late reason: after the deadline, while the session is not
    /// over (then nothing may change, late or not). What a page asks for beside each change.
    public static func needsLateReason(_ session: Session, today: CalendarDate) -> Bool {
        !isClosed(session, today: today) && session.isPastDeadline(on: today)
    }

    /// Whether the session's list is closed on `today` (its last day is past): no change of any kind, late or not.
    public static func isClosed(_ session: Session, today: CalendarDate) -> Bool {
        today > session.ends
    }

    /// Throws when `change` is not allowed on `today`: `sessionOver` / `sessionEnded` after the session's last
    /// day (late or not), `deadlinePassed` after the deadline without a late reason. The deadline day itself is
    /// still open.
    public static func check(
        _ change: Change, session: Session, today: CalendarDate, late: Bool
    ) throws(OutreachError) {
        switch change {
        case .nominate:
            if isClosed(session, today: today) {
                throw .sessionOver(session: session.code.rawValue, ended: VietnameseDate.numeric(session.ends))
            }
        case .withdraw:
            if isClosed(session, today: today) {
                throw .sessionEnded(
                    session: session.code.rawValue, ended: VietnameseDate.numeric(session.ends),
                    action: LocalizedText { $0.withdrawNominees })
            }
        case .confirm(let standings):
            let bound = standings.contains { $0 != .organiser && $0 != .databaseOperator }
            if !bound { return }
            // An office's list is closed once the session is over, late or not; the organisers still tidy theirs.
            if isClosed(session, today: today) {
                throw .sessionEnded(
                    session: session.code.rawValue, ended: VietnameseDate.numeric(session.ends),
                    action: LocalizedText { $0.confirmNominees })
            }
        }
        guard !late, session.isPastDeadline(on: today), let deadline = session.nominationDeadline else { return }
        throw .deadlinePassed(
            session: session.code.rawValue, deadline: VietnameseDate.numeric(deadline),
            today: VietnameseDate.numeric(today))
    }
}
