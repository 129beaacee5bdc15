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
        /// after it as routine; an office (`.concerned`, `.above`) confirming after it needs a late reason.
        case confirm(standings: [Standing])
    }

    /// Whether a change to the list on `today` needs a late reason: after the deadline, while the session is not
    /// over (then nothing may change, late or not). What a page asks for beside each change.
    public static func needsLateReason(_ session: Session, today: CalendarDate) -> Bool {
        today <= session.ends && session.isPastDeadline(on: today)
    }

    /// Throws when `change` is not allowed on `today`: `sessionOver` / `sessionEnded` after the session's last
    /// day (late or not), `deadlinePassed` after the deadline without a late reason. The deadline day itself is
    /// still open.
    public static func check(
        _ change: Change, session: Session, today: CalendarDate, late: Bool
    ) throws(OutreachError) {
        switch change {
        case .nominate:
            if today > session.ends {
                throw .sessionOver(session: session.code.rawValue, ended: VietnameseDate.numeric(session.ends))
            }
        case .withdraw:
            if today > session.ends {
                throw .sessionEnded(
                    session: session.code.rawValue, ended: VietnameseDate.numeric(session.ends),
                    action: LocalizedText { $0.withdrawNominees })
            }
        case .confirm(let standings):
            let bound = standings.contains { $0 != .organiser && $0 != .databaseOperator }
            if !bound { return }
        }
        guard !late, session.isPastDeadline(on: today), let deadline = session.nominationDeadline else { return }
        throw .deadlinePassed(
            session: session.code.rawValue, deadline: VietnameseDate.numeric(deadline),
            today: VietnameseDate.numeric(today))
    }
}
